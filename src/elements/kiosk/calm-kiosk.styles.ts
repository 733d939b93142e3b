import { css } from 'lit';

// Buttons, focus rings, `.visually-hidden` and forced colours for buttons come from shared.ts.
export const kioskStyles = css`
  :host {
    /* Kiosks and tablets: every control at least 48px (SPEC §1.4), passed on to the activities. */
    --_target: max(48px, var(--calm-target-size, 48px));
    min-height: 100%;
    /* A shared touch screen: no text selection, no callout on long press, no double-tap zoom. */
    -webkit-user-select: none;
    user-select: none;
    -webkit-touch-callout: none;
    touch-action: manipulation;
  }
  .base {
    --calm-target-size: var(--_target);
    position: relative;
    display: grid;
    grid-template-rows: auto 1fr;
    min-height: inherit;
    height: 100%;
    container: kiosk / inline-size;
  }
  .bar,
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  /* One line on every screen: help first, full screen at the end (its words go on a phone). */
  .bar {
    flex-wrap: nowrap;
    justify-content: space-between;
    padding: calc(var(--_space) / 2) var(--_space);
    border-block-end: var(--_border-width) solid var(--_border);
  }
  .fullscreen {
    flex: none;
  }
  @container kiosk (width < 30rem) {
    .fullscreen .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  /* The main landmark: every screen and the warning over it; the help bar stays outside. */
  .main {
    position: relative;
    display: grid;
    /* minmax(0, …): a wide picture or word never widens the screen past the kiosk. */
    grid-template: minmax(0, 1fr) / minmax(0, 1fr);
    min-height: 0;
  }
  .stage {
    grid-area: 1 / 1;
    display: grid;
    min-height: 0;
    overflow: auto;
  }
  .screen {
    display: grid;
    grid-template-rows: auto;
    align-content: start;
    gap: var(--_space);
    width: 100%;
    max-width: 72rem;
    margin-inline: auto;
    padding: var(--_space);
  }
  h1,
  h2,
  p {
    margin: 0;
  }
  h1 {
    font-size: clamp(1.5rem, 1.1rem + 2vw, 2.5rem);
    line-height: 1.2;
  }
  .row h1 {
    font-size: clamp(1.25rem, 1rem + 1vw, 1.75rem);
  }
  .muted {
    color: var(--_muted);
  }
  svg {
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [dir='rtl'] .back {
    transform: scaleX(-1);
  }
  .big {
    min-width: min(100%, 14rem);
    min-height: calc(var(--_target) * 1.25);
    font-size: 1.25em;
  }

  /* Welcome: a tap anywhere starts. */
  .attract {
    align-content: center;
    justify-items: center;
    min-height: 100%;
    text-align: center;
    cursor: pointer;
  }
  .attract p {
    max-width: 46ch;
  }
  .lead {
    font-size: 1.2em;
  }
  .scene {
    width: clamp(11rem, 45vmin, 24rem);
    max-width: 100%;
    height: auto;
    color: var(--_accent);
    stroke-width: 2.5;
  }
  .scene circle,
  .scene .land {
    fill: var(--_accent-soft);
  }
  /* The land hides the sun's lower half; its ridge is the line drawn over it. */
  .scene .land {
    stroke: none;
  }
  .scene .halo {
    fill: none;
    opacity: 0.45;
  }
  .scene .sun {
    transform-origin: 120px 72px;
    transform: scale(0.9);
    /* One slow breath, under 5 s so it needs no pause control (WCAG 2.2.2); none under reduced motion. */
    animation: calm-kiosk-breathe 4.8s ease-in-out;
  }
  @keyframes calm-kiosk-breathe {
    45% {
      transform: none;
    }
  }
  .still .sun {
    animation: none;
  }

  /* Menu: tiles are big buttons with a picture, a title and a line of text, sharing the height
     the heading and "I'm finished" leave (the rows grow; a short screen scrolls). */
  .menu {
    grid-template-rows: auto 1fr auto;
    min-height: 100%;
  }
  .tiles {
    display: grid;
    /* At most three across, so five tiles sit 3 + 2 on a wide screen, not 4 + 1. */
    grid-template-columns: repeat(auto-fit, minmax(min(100%, max(16rem, 30%)), 1fr));
    grid-auto-rows: 1fr;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tiles li {
    display: grid;
  }
  /* Two across (a tablet): an odd last tile takes the whole row rather than standing alone. */
  @container kiosk (35rem <= width < 52rem) {
    .tiles li:last-child:nth-child(odd) {
      grid-column: 1 / -1;
    }
  }
  .tile {
    display: grid;
    grid-template-columns: auto 1fr;
    align-content: center;
    gap: 0.2em 0.9em;
    min-height: max(var(--_target), 6.5rem);
    padding: var(--_space);
    font-weight: 400;
    text-align: start;
  }
  .tile svg {
    grid-row: span 2;
    width: clamp(3rem, 7vmin, 4.5rem);
    height: auto;
    aspect-ratio: 1;
    color: var(--_accent);
  }
  [data-activity='help'] svg {
    color: var(--_help);
  }
  .title {
    font-size: 1.15em;
    font-weight: 700;
  }

  /* "Are you still there?": over the screen (in the main landmark), never over the help bar. */
  .warning {
    grid-area: 1 / 1;
    inset: 0;
    display: grid;
    width: auto;
    height: auto;
    margin: 0;
    padding: min(var(--_space), 3vh);
    /* On a very short screen the card scrolls here; it never pushes the help bar off the top. */
    overflow: auto;
    border: 0;
    background: rgb(0 0 0 / 0.55);
    color: var(--_text);
  }
  /* Sizes shrink with a short screen (a phone on its side), so the whole card still shows. */
  .card {
    display: grid;
    justify-items: center;
    gap: min(var(--_space), 3vh);
    max-width: 32rem;
    /* Centred while it fits, top-aligned (never cut off) when it does not. */
    margin: auto;
    padding: min(var(--_space) * 1.5, 5vh);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    text-align: center;
  }
  h2,
  .countdown {
    font-size: min(1.4em, 6vh);
    line-height: 1.25;
  }
  .countdown {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  @media (forced-colors: active) {
    /* Tiles are buttons in system colours (shared.ts): their icon and text take the same. */
    .tile svg,
    .tile span {
      color: inherit;
    }
    .scene {
      color: CanvasText;
    }
    .scene circle,
    .scene .land {
      fill: Canvas;
    }
    .scene .halo {
      fill: none;
    }
  }
`;
