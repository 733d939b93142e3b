import { css } from 'lit';
import { activityScreen } from '../../styles/activity-screen.js';

export const groundingStyles = css`
  ${activityScreen}
  .found {
    min-height: calc(var(--_target) * 1.5);
    font-size: 1.1em;
  }
  .dots {
    display: inline-flex;
    gap: 0.4em;
  }
  .dot {
    width: 1em;
    height: 1em;
    border: 2px solid var(--_border);
    border-radius: 50%;
    transition: background-color var(--_duration);
  }
  .dot.on {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  label {
    font-weight: 600;
  }
  input {
    min-height: var(--_target);
    padding: 0.4em 0.6em;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  .words {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .cue {
    display: flex;
    align-items: center;
    gap: var(--_space);
    font-weight: 600;
  }
  .shape {
    flex: none;
    width: 3em;
    height: 3em;
    border: 2px solid var(--_accent);
    border-radius: 50%;
    background: var(--_accent-soft);
    transform: scale(0.7);
    /* A slow squeeze and let-go; 0 under reduced motion (tokens set --_duration to 0). */
    transition: transform calc(var(--_duration) * 10);
  }
  .cue.tense .shape {
    background: var(--_accent);
    transform: scale(1);
  }
  .cue.release .shape {
    transform: scale(0.7);
  }
  @media (forced-colors: active) {
    .dot,
    .shape {
      border-color: CanvasText;
      forced-color-adjust: none;
    }
    .dot.on,
    .cue.tense .shape {
      background: CanvasText;
    }
  }
  /* Embedded in a flow: the thing to do, under the flow's heading. */
  .prompt {
    font-size: 1.2em;
    font-weight: 600;
  }
`;
