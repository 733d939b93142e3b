import { css } from 'lit';
import { activityScreen } from '../../styles/activity-screen.js';

export const flowStyles = css`
  ${activityScreen}
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
