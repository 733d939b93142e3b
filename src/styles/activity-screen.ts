import { css } from 'lit';

/**
 * The screen of an activity a person works through one screen at a time (`<calm-grounding>`,
 * `<calm-check-in>`, `<calm-flow>`, `<calm-plan>`): the layout, "Get help now" first, the
 * heading that takes focus on each new screen, text, muted hints, a row of buttons and the look
 * of a text field. Each element's own sheet starts with it (`css\`${activityScreen} …\``), so
 * its own rules come after and win.
 */
export const activityScreen = css`
  /* Generous room: a screen breathes between its pieces (the spacing rhythm of styles/tokens.ts). */
  .base {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    /* On a wide screen the screen stays one readable column, centred, rather than buttons and
       answers stretched across the whole page. */
    max-inline-size: 48rem;
    margin-inline: auto;
    padding: calc(var(--_space) * 1.25);
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
    gap: var(--_space);
  }
  /* The one thing that matters on the screen: the title step of the type scale. */
  h2 {
    margin: 0;
    font-size: var(--_text-title);
    font-weight: 650;
    line-height: 1.25;
    text-wrap: balance;
  }
  /* A question or title inside an embedding host's step (the host has the one h2). */
  h3 {
    margin: 0;
    font-size: var(--_text-lead);
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
