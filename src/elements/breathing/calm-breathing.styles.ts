import { css } from 'lit';

export const breathingStyles = css`
  .base {
    display: grid;
    /* One column no wider than the element, however long a translated word is. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  .activity {
    display: grid;
    justify-items: center;
    gap: calc(var(--_space) * 0.75);
    text-align: center;
  }
  .stage {
    display: grid;
    place-items: center;
    inline-size: min(100%, var(--calm-breathing-size, 14rem));
    aspect-ratio: 1;
  }
  .stage > * {
    grid-area: 1 / 1;
  }
  .shape {
    inline-size: 100%;
    block-size: 100%;
    border: 3px solid var(--_accent);
    border-radius: 50%;
    background: var(--_accent-soft);
    transform: scale(0.6);
    opacity: 0.85;
  }
  .stage.still .shape {
    transform: scale(0.82);
    opacity: 1;
  }
  .fill {
    inline-size: 100%;
    block-size: 100%;
    fill: none;
    stroke-width: 5;
  }
  .track {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .level {
    stroke: var(--_accent);
    stroke-linecap: round;
  }
  .words {
    /* Above the shape, whose transform and opacity would otherwise paint over the words. */
    position: relative;
    max-inline-size: 11em;
    padding: 0.5em;
  }
  /* Before and after a session the shape rests full, so the welcome words fit inside it. */
  .stage.idle .shape,
  .stage.complete .shape {
    transform: none;
    opacity: 1;
  }
  .idle .words,
  .complete .words {
    max-inline-size: 12em;
  }
  .idle .phase,
  .complete .phase {
    font-size: 1.05em;
  }
  .phase {
    margin: 0;
    font-size: 1.5em;
    font-weight: 600;
    line-height: 1.25;
  }
  .count {
    margin: 0.25em 0 0;
    color: var(--_muted);
  }
  .still .count {
    color: var(--_text);
    font-size: 1.75em;
    font-variant-numeric: tabular-nums;
  }
  .progress {
    display: grid;
    gap: 0.25em;
    margin: 0;
    color: var(--_muted);
    inline-size: min(100%, 16rem);
  }
  progress {
    inline-size: 100%;
    accent-color: var(--_accent);
  }
  .controls,
  .toggles {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: calc(var(--_space) * 0.5);
  }
  .toggle::before {
    content: '';
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-radius: 4px;
  }
  .toggle[aria-pressed='true']::before {
    background: currentColor;
    box-shadow: inset 0 0 0 2px var(--_surface-raised);
  }
  @media (forced-colors: active) {
    .shape {
      forced-color-adjust: none;
      background: Canvas;
      border-color: CanvasText;
    }
    .track {
      stroke: CanvasText;
    }
    .level {
      stroke: Highlight;
    }
    .toggle[aria-pressed='true']::before {
      background: ButtonText;
      box-shadow: none;
    }
  }
`;
