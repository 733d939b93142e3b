import { css } from 'lit';

export const timerStyles = css`
  .base {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  .activity {
    container-type: inline-size;
    display: grid;
    justify-items: center;
    gap: calc(var(--_space) * 0.75);
    text-align: center;
  }
  .title {
    margin: 0;
    font-size: 1.4em;
    font-weight: 700;
  }
  /* The disc: two half-discs, each in a half-width window that hides it as it turns away. */
  .disc {
    position: relative;
    /* Grows with its room, up to a tablet's third of the screen. */
    inline-size: min(100%, var(--calm-timer-size, clamp(14rem, 45cqi, 20rem)));
    aspect-ratio: 1;
    border-radius: 50%;
    overflow: hidden;
    background: var(--_surface);
    color: var(--_accent);
  }
  /* Its ring is drawn over the halves' rounded edge, so no hairline of the background shows there. */
  .disc::after {
    content: '';
    position: absolute;
    inset: 0;
    border: 3px solid;
    border-radius: 50%;
  }
  .window {
    position: absolute;
    inset-block: 0;
    left: 0;
    inline-size: 50%;
    overflow: hidden;
  }
  .window.right {
    left: 50%;
  }
  .half {
    position: absolute;
    inset-block: 0;
    left: 0;
    inline-size: 100%;
    background: var(--_accent);
  }
  .right .half {
    border-radius: 0 999px 999px 0;
    transform-origin: 0 50%;
  }
  .left .half {
    border-radius: 999px 0 0 999px;
    transform-origin: 100% 50%;
  }
  .gone {
    opacity: 0;
  }
  .time {
    margin: 0;
    font-size: 1.5em;
    font-variant-numeric: tabular-nums;
  }
  .end {
    display: grid;
    justify-items: center;
    gap: 0.25em;
  }
  .end p {
    margin: 0;
    font-size: 1.25em;
  }
  /* What comes next: its picture large above its words, the way a first–then card shows it. */
  .next {
    display: grid;
    justify-items: center;
    gap: 0.25em;
    --_picture-size: 5rem;
    font-weight: 600;
  }
  .controls,
  .toggles {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: calc(var(--_space) / 2);
  }
  /* On a phone no button stands alone on a line: the main one across, the others halves below
     (long words wrap inside a button). */
  @container (width < 26rem) {
    .controls > * {
      flex: 1 1 0;
      padding-inline: 0.5em;
    }
    .primary {
      flex-basis: 100%;
    }
  }
  @media (forced-colors: active) {
    .disc {
      forced-color-adjust: none;
      color: CanvasText;
      background: Canvas;
    }
    .half {
      background: Highlight;
    }
  }
`;
