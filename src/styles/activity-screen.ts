import { css } from 'lit';

/**
 * The screen of an activity a person works through one screen at a time (`<calm-grounding>`,
 * `<calm-check-in>`, `<calm-flow>`, `<calm-plan>`): the layout, "Get help now" first, the
 * heading that takes focus on each new screen, text, muted hints, a row of buttons and the look
 * of a text field. Each element's own sheet starts with it (`css\`${activityScreen} …\``), so
 * its own rules come after and win.
 */
export const activityScreen = css`
  .base {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
  }
  /* Part of a host's step: the host's own padding is around it already. */
  :host([embedded]) .base {
    padding: 0;
  }
  calm-help {
    justify-self: start;
    background: transparent;
  }
  .screen {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  h2 {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.3;
  }
  /* A question or title inside an embedding host's step (the host has the one h2). */
  h3 {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.3;
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }
  input,
  textarea {
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    color: var(--_text);
    font: inherit;
  }
`;
