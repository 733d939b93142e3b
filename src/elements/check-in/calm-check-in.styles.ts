import { css } from 'lit';
import { activityScreen } from '../../styles/activity-screen.js';

export const checkInStyles = css`
  ${activityScreen}
  .base,
  .screen,
  .offer,
  .safety-help,
  .quadrant {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  /* Narrower than 296 px, the padding gives way (to 4 px at least) so the eleven numbers keep a
     264 px row: 24 px from one number to the next (see .numbers). */
  .base {
    padding: min(var(--_space), max(4px, (100% - 264px) / 2));
  }
  .base,
  .screen,
  .safety-help {
    grid-template-columns: minmax(0, 1fr);
  }
  .safety-help calm-help {
    justify-self: stretch;
  }
  .icon {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Chosen shows as a check mark with the shared fill and bold words (styles/shared.ts), not only as colour. */
  .check {
    width: 1.1em;
    stroke-width: 3;
    visibility: hidden;
  }
  [aria-selected='true'] .check,
  [aria-checked='true'] .check,
  [aria-pressed='true'] .check,
  .chosen .check {
    visibility: visible;
  }
  /* Chosen words are bold (styles/shared.ts): that font is ready before the first choice, with one
     unseen space in it, out of the flow and of the accessibility tree. Without it the browser sets
     the font up inside the first tap (a few milliseconds on a cheap tablet). */
  .screen::after {
    content: '\\a0';
    position: absolute;
    visibility: hidden;
    font-weight: 700;
  }
  .option,
  .card {
    justify-content: start;
    padding-inline: 0.5em;
    font-weight: 400;
    text-align: start;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  /* The check sits in the end padding, so long words keep the width. */
  .option {
    position: relative;
    padding-inline: 0.4em 1.4em;
  }
  .option .check {
    position: absolute;
    inset-inline-end: 0.3em;
  }

  .numbers,
  .faces,
  .cards {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0.5em;
  }
  /* Feelings: two quadrants a row where they fit, high energy on top, pleasant on the inline end;
     on a phone one a row, its words two a row, so no word is broken in two and each heading
     keeps to a line; on a wide screen too, rather than long thin bars. */
  .feelings {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    container-type: inline-size;
  }
  @container (max-width: 28.5rem) or (min-width: 52rem) {
    .quadrant {
      display: flex;
      flex-wrap: wrap;
    }
    .quadrant > span {
      flex-basis: 100%;
    }
    /* Two a row; a word too long for half the row takes the whole row rather than break. */
    .option {
      flex: 1 1 40%;
      min-width: auto;
      max-width: 100%;
      overflow-wrap: break-word;
      hyphens: manual;
    }
  }
  @container (max-width: 28.5rem) {
    .quadrant {
      padding: 0.3em;
    }
    .option {
      padding-inline-end: 1.25em;
    }
    .option .check {
      inset-inline-end: 0.15em;
    }
  }
  .quadrant {
    --quadrant: var(--calm-color-high-energy-unpleasant, #a3478a);
    flex: 1 1 max(14rem, 50% - 0.5em);
    align-content: start;
    gap: 0.4em;
    padding: 0.4em;
    border: var(--_border-width) solid var(--_border);
    border-top: 0.4em solid var(--quadrant);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--quadrant) 12%, var(--_surface));
  }
  .high-energy-pleasant {
    --quadrant: var(--calm-color-high-energy-pleasant, #d9822b);
  }
  .low-energy-unpleasant {
    --quadrant: var(--calm-color-low-energy-unpleasant, #6a6fb3);
  }
  .low-energy-pleasant {
    --quadrant: var(--calm-color-low-energy-pleasant, #2e8b84);
  }
  .quadrant > span {
    grid-column: 1 / -1;
    display: flex;
    align-items: center;
    gap: 0.4em;
    font-weight: 600;
  }
  .shape {
    fill: var(--quadrant);
    stroke-width: 1.5;
  }

  /* Intensity: one row of eleven equal numbers at every width, never broken into two rows,
     so it always reads as a scale (mirrored in right-to-left languages). Each number is at
     least 44 px tall; on the narrowest screens it is narrower than 44 px, which WCAG 2.2's
     target size (2.5.8, AA) allows: a row of at least 264 px (kept by .base's padding) puts
     the numbers 24 px or more apart, centre to centre, so a 24 px circle on each touches no
     other number or circle. From 540 px wide each is 44 px or wider. */
  .numbers {
    grid-template-columns: repeat(11, minmax(0, 1fr));
  }
  .numbers,
  .faces {
    gap: clamp(2px, 1%, 0.3em);
  }
  /* "10" stays one number on the narrowest row (it would break into "1" over "0"). */
  .numbers .rating {
    min-width: 0;
    padding: 0;
    white-space: nowrap;
    letter-spacing: -0.05em;
  }
  /* The words under 0, 5 and 10: the first starts under 0, the middle one is centred on the
     row (the centre of 5), the last ends under 10. */
  .anchors {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 0.5em;
    font-size: var(--_text-small);
  }
  .anchors > :nth-child(2) {
    text-align: center;
  }
  .anchors > :last-child {
    text-align: end;
  }

  /* Faces: one row of five, calm at the start; the words centred under each face. The words are
     sized by the row, not the window, so the longest ("possible") fits its card edge to edge (in
     contrast too, inside its thicker border) from a 240 px row up, on a phone or in a narrow
     column of a wide page; narrower still, a word breaks rather than sticks out of its card. */
  .faces {
    grid-template-columns: repeat(5, minmax(0, 1fr));
    container-type: inline-size;
  }
  .faces .rating {
    flex-direction: column;
    justify-content: start;
    gap: 0.25em;
    min-width: 0;
    padding: 0.4em 0;
    font-size: clamp(0.7rem, 4.3cqi, 1em);
    font-weight: 400;
    text-align: center;
    overflow-wrap: break-word;
  }
  .faces [part='rating-label'] {
    max-inline-size: 100%;
  }
  /* Under the words, at the foot of the card: a narrow card has no corner clear of its face. */
  .faces .check {
    margin-block-start: auto;
  }
  .face {
    width: min(3.5em, 100%);
    height: auto;
    aspect-ratio: 1;
  }
  .eyes {
    stroke-width: 4.5;
  }
  .feeling-face {
    width: 2em;
    height: 2em;
    stroke-width: 2.5;
  }
  /* A child's word sits under its face, with the whole width of the card. */
  .child .option {
    flex-direction: column;
    gap: 0.2em;
    padding: 0.4em;
    text-align: center;
  }
  .child .option .check {
    inset-block-start: 0.3em;
  }

  /* Body areas, needs and safety answers: big cards, a picture and words. */
  .cards {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11em), 1fr));
  }
  .card {
    min-height: max(3.5em, var(--_target), 48px);
  }
  .card > span {
    flex: 1;
  }
  /* A need's picture large enough to point at, for someone who cannot say it. */
  .need {
    width: 2.25em;
    height: 2.25em;
    stroke-width: 1.75;
  }
  .body {
    width: 2.5em;
    height: 4em;
    stroke-width: 1.75;
  }
  .mark {
    fill: var(--_accent);
    stroke: none;
  }
  /* On the chosen fill the marked place takes the words' colour (the contrast theme's fill is black). */
  [aria-pressed='true'] .mark {
    fill: currentColor;
  }
  .safety-help {
    gap: 0.5em;
  }
  .offer {
    justify-items: start;
    gap: 0.5em;
    padding: var(--_space);
    border: var(--_border-width) solid var(--_border);
    border-inline-start: 0.35em solid var(--_help);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }

  @media (forced-colors: active) {
    .shape,
    .mark {
      forced-color-adjust: none;
      fill: CanvasText;
    }
    .shape {
      stroke: CanvasText;
    }
    [aria-pressed='true'] .mark {
      fill: HighlightText;
    }
  }
  /* Embedded in a flow: each question under the flow's heading, all on one screen. */
  .question {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
`;
