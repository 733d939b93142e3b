import { css } from 'lit';
import { activityScreen } from '../../styles/activity-screen.js';

export const planStyles = css`
  ${activityScreen}
  /* A form reads best at a short measure: the shared centred column, narrower. */
  .base {
    max-inline-size: 42rem;
  }
  /* Equal buttons: a row on a tablet, full-width one under another on a phone. */
  .row > .button {
    flex: 1 1 10rem;
  }
  .sections {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  label {
    font-weight: 600;
  }
  textarea {
    width: 100%;
    min-height: calc(var(--_target) * 2);
    padding: 0.5em 0.6em;
    resize: vertical;
  }
  .confirm {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.75);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
  }
  .print,
  .help-lines {
    display: none;
  }
  @media print {
    .base {
      padding: 0;
    }
    calm-help,
    .controls,
    .confirm,
    .private,
    textarea,
    .hint {
      display: none !important;
    }
    .print {
      display: block;
      white-space: pre-wrap;
      min-height: 3em;
    }
    .help-lines {
      display: block;
      white-space: pre-wrap;
      padding-top: 1em;
      border-top: 1px solid;
    }
  }
`;
