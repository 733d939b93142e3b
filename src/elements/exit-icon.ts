import { html, type TemplateResult } from 'lit';

/**
 * The door of "Exit this page": an arrow going out through a door on the inline-end side
 * (mirrored in right-to-left languages by `.icon-exit` in styles/shared.ts). "Get help now" has
 * no door, so the two never look alike, in forced colours too.
 */
export const exitIcon = (): TemplateResult =>
  html`<svg class="icon-exit" viewBox="0 0 24 24" aria-hidden="true"><path d="M14 3.5h5.5v17H14M3.5 12H14M10 8l4 4-4 4" /></svg>`;
