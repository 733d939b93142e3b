import { css } from 'lit';

export const quickExitStyles = css`
  :host {
    display: inline-block;
  }
  /* A small control sits on the page's own background unless a theme is asked for. */
  :host(:not([theme])) {
    background: none;
  }
  .base {
    display: grid;
    gap: 0.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  /* Exit stands at the inline end, after help, in either direction. */
  .exit {
    margin-inline-start: auto;
    font-size: 1.05em;
  }
  /* The Shift hint only where a keyboard is likely: a fine pointer that hovers (a computer), or
     a key pressed on this page (a tablet with a keyboard). Phones have no Shift key to press. */
  .hint {
    display: none;
  }
  @media (hover: hover) and (pointer: fine) {
    .hint {
      display: flex;
    }
  }
  .keyboard .hint {
    display: flex;
  }
  .hint {
    align-items: center;
    gap: 0.5em;
    margin: 0;
    color: var(--_muted);
    font-size: var(--_text-small);
  }
  .dots {
    display: inline-flex;
    gap: 0.25em;
  }
  .dot {
    width: 0.6em;
    height: 0.6em;
    border: 1px solid var(--_border);
    border-radius: 50%;
  }
  .dot.on {
    background: var(--_exit);
    border-color: var(--_exit);
  }
  .cover {
    width: 100vw;
    max-width: none;
    height: 100dvh;
    max-height: none;
    margin: 0;
    padding: 0;
    border: 0;
    background: var(--_surface);
  }
  .cover::backdrop {
    background: var(--_surface);
  }
  @media (forced-colors: active) {
    .dot {
      border-color: CanvasText;
    }
    .dot.on {
      background: Highlight;
    }
    .cover,
    .cover::backdrop {
      background: Canvas;
    }
  }
`;
