import { css } from 'lit';
import { activityScreen } from '../../styles/activity-screen.js';

export const flowStyles = css`
  ${activityScreen}
  .screen {
    container-type: inline-size;
  }
  /* "Step 3 of 5" after the flow's name moves to the next line whole. */
  [part='progress'] {
    display: inline-block;
  }
  /* On a phone the buttons fill their line, so one that wraps spans the line instead of standing alone. */
  @container (width < 30rem) {
    .row > .button {
      flex: 1 1 auto;
      padding-inline: 0.8em;
    }
  }
  .options {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .options .button {
    width: 100%;
    justify-content: flex-start;
    text-align: start;
  }
  .wave {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .wave svg {
    flex: none;
    width: 4.5em;
    height: 2em;
    fill: none;
    stroke: var(--_accent);
    stroke-width: 3;
    stroke-linecap: round;
  }
  .check {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .wave svg {
      stroke: CanvasText;
    }
  }
`;
