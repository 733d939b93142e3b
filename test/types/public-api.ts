/**
 * A type test: compiled by `tsc -p tsconfig.test.json` in npm test, never run. Each
 * `@ts-expect-error` fails the compile if the mistake it marks stops being an error, so the
 * public types stay as useful as they are documented.
 */
import type { CalmHelp, CalmQuickExit, CalmHelpDetail, CalmPhaseDetail, Catalog } from '../../src/index.js';

/** Holds what the checks read, so nothing is unused. */
export const seen: unknown[] = [];

// Tag names map to their classes.
const help: CalmHelp | null = document.querySelector('calm-help');
help?.show();
const exit: CalmQuickExit = document.createElement('calm-quick-exit');
exit.href = 'https://www.bbc.com/weather';

// Event details are typed on elements and on the document.
document.addEventListener('calm-phase', (event) => {
  const phase: CalmPhaseDetail['phase'] = event.detail.phase;
  const ms: number = event.detail.durationMs;
  seen.push(phase, ms);
});
help?.addEventListener('calm-help', (event) => {
  const reason: CalmHelpDetail['reason'] = event.detail.reason;
  seen.push(reason);
  // @ts-expect-error calm-help carries a reason, nothing a person typed or chose
  seen.push(event.detail.text);
});
document.addEventListener('calm-check-in', (event) => {
  const intensity: number | null = event.detail.intensity;
  seen.push(intensity);
});

// String overrides accept known keys only.
const words: Partial<Catalog> = { 'help.open': 'Talk to someone at school' };
// @ts-expect-error an unknown key is a mistake
const wrong: Partial<Catalog> = { 'help.opne': 'typo' };
seen.push(words, wrong);
