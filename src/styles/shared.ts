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
  /* A live region's words sit in a box that is a layout root: a new message lays out only it. */
  .said {
    inline-size: 1px;
    block-size: 1px;
    contain: strict;
  }
  /* A calm ring: the focus colour, clear of the control, following its rounded corners. */
  :focus-visible,
  [tabindex='-1'][data-key-focus]:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 3px;
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
    padding: 0.55em 1.2em;
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
    touch-action: manipulation;
  }
  /* Hover only where a pointer hovers: on a touch screen :hover sticks to the control last
     tapped, and working it out would sit between the finger and the tap's answer. Only hover
     fades in: a new screen's or a chosen answer's colours change at once. Before the kinds and
     states below, so a main, help or exit button, a chosen answer and a disabled one keep their
     own fill under the pointer. */
  @media (hover: hover) {
    .button:hover {
      background: var(--_accent-soft);
      transition: background-color var(--_duration) var(--_ease);
    }
    .button.primary:hover,
    .button.help:hover,
    .button.exit:hover {
      filter: brightness(1.08);
    }
  }
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  /* "Get help now": rust and fully rounded. Never shaped or coloured like an exit. */
  .button.help {
    border-color: var(--_help);
    border-radius: 999px;
    background: var(--_help);
    color: var(--_help-text);
  }
  /* "Exit this page": ink, square-cornered, with a door (exitIcon), always at the inline end. */
  .button.exit {
    border-color: var(--_exit);
    border-radius: 4px;
    background: var(--_exit);
    color: var(--_exit-text);
  }
  .icon-exit {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [dir='rtl'] .icon-exit {
    transform: scaleX(-1);
  }
  /* Pressed: the control tints a little toward its own text colour under the finger or mouse
     (stories/docs/design.mdx). Paint only: a transform here would lay out the whole element on
     every tap, and in WebKit Space on a button scaled while held down was lost (check-in's
     keyboard tests). */
  .button:active:hover {
    box-shadow: inset 0 0 0 100vmax color-mix(in srgb, currentColor 14%, transparent);
  }
  /* Chosen: a fill and a check mark (each element draws its own), not a border alone. */
  .button:is([aria-pressed='true'], [aria-selected='true'], [aria-checked='true']) {
    border-color: var(--_selected-text);
    box-shadow: inset 0 0 0 1px var(--_selected-text);
    background: var(--_selected);
    color: var(--_selected-text);
    font-weight: 700;
  }
  /* Not available now: no fill, a dashed edge, muted words, and the pointer says so. */
  .button:disabled {
    border-style: dashed;
    border-color: var(--_border);
    box-shadow: none;
    background: transparent;
    color: var(--_muted);
    transform: none;
    cursor: not-allowed;
  }
  a {
    color: inherit;
  }
  @media (forced-colors: active) {
    .button,
    .button:hover,
    .button.primary,
    .button.help,
    .button.exit {
      border: 2px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
    /* Exit keeps its square corners and door, help its round ones; exit's edge is doubled. */
    .button.exit {
      border: 4px double ButtonText;
    }
    /* Pressed: the faint tint above barely shows in the system's colours, so the edge takes the highlight. */
    .button:active:hover {
      border-color: Highlight;
    }
    .button:is([aria-pressed='true'], [aria-selected='true'], [aria-checked='true']) {
      border: 4px double Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .button:disabled {
      border: 2px dashed GrayText;
      color: GrayText;
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
