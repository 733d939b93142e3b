/**
 * The quick exits on the page, so a calmkit dialog, which makes everything behind it inert, can
 * offer the same exit inside itself (SPEC §3 `<calm-quick-exit>`: an exit stays reachable by touch).
 */
export const quickExits = new Set<{ exit(): void }>();
