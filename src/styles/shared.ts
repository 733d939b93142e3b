import { css } from 'lit';

/** Base styles every element shares: type, focus, buttons, links and forced-colours support. */
export const shared = css`
  :host {
    display: block;
    box-sizing: border-box;
    /* Each element paints its own surface, so a theme is readable on any page. */
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    /* Host and translated words can be long (an e-mail address, a web address, a German
       compound): they break anywhere rather than push a 320 px screen sideways. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible,
  [tabindex='-1'][data-key-focus]:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  /* A heading that takes focus on a new screen (for screen readers) shows the ring only when
     the person is using a keyboard: controllers/focus-origin.ts marks it. */
  [tabindex='-1']:not([data-key-focus]):focus {
    outline: none;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-width: var(--_target);
    min-height: var(--_target);
    padding: 0.5em 1.1em;
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
    touch-action: manipulation;
    transition: background-color var(--_duration);
  }
  .button:hover {
    background: var(--_accent-soft);
  }
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  .button.help {
    background: var(--_help);
    border-color: var(--_help);
    color: var(--_help-text);
  }
  .button.primary:hover,
  .button.help:hover {
    filter: brightness(1.08);
  }
  a {
    color: inherit;
  }
  @media (forced-colors: active) {
    .button,
    .button:hover,
    .button.primary,
    .button.help {
      border: 2px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
    a.button {
      color: LinkText;
      border-color: LinkText;
    }
    :focus-visible,
    [tabindex='-1'][data-key-focus]:focus {
      outline-color: Highlight;
    }
  }
`;
