import { css } from 'lit';

/**
 * Sound and Vibration (and any on/off setting beside an activity's main button): quiet switches,
 * a track and a knob, `role="switch"` with `aria-checked`, never filled like the main button.
 */
export const switchStyles = css`
  .toggles .button {
    padding-inline: 0.5em;
    border: 2px solid #0000;
    box-shadow: none;
    background: #0000;
    color: inherit;
    font-weight: 500;
  }
  .toggle::before {
    content: '';
    flex: none;
    inline-size: 2.2em;
    block-size: 1.3em;
    border: 2px solid;
    border-radius: 1em;
    background: radial-gradient(closest-side, currentColor 85%, #0000 95%) 0.1em / 1em no-repeat;
  }
  .toggle[aria-checked='true']::before {
    color: var(--_accent-text);
    border-color: var(--_accent);
    background-color: var(--_accent);
    background-position-x: calc(100% - 0.1em);
  }
  [dir='rtl'] .toggle::before {
    transform: scaleX(-1);
  }
  @media (forced-colors: active) {
    .toggles .button {
      color: ButtonText;
    }
    .toggle[aria-checked='true']::before {
      color: HighlightText;
      border-color: Highlight;
      background-color: Highlight;
    }
  }
`;
