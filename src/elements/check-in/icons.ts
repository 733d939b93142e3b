import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { BodyArea, FeelingId, NeedId, QuadrantShape } from '../../content/check-in.js';

/**
 * The check-in's pictures: inline SVG only (no image requests, SPEC §1.2), always beside words
 * and hidden from assistive technology. Lines use `currentColor`, so they follow the theme and
 * forced colours.
 */
const icon = (content: SVGTemplateResult | SVGTemplateResult[], className: string, viewBox = '0 0 24 24'): TemplateResult =>
  html`<svg class="icon ${className}" viewBox=${viewBox} aria-hidden="true">${content}</svg>`;

export const checkMark = (): TemplateResult => icon(svg`<path d="M5 12.5l4.5 4.5L19 7" />`, 'check');

const shapes: Record<QuadrantShape, SVGTemplateResult> = {
  spikes: svg`<path d="M12 2l2.4 5.6L20 5l-2.2 5.8L23 13l-5.6 1.6L19 21l-5.4-3.2L12 23l-1.6-5.2L5 21l1.6-6.4L1 13l5.2-2.2L4 5l5.6 2.6z" />`,
  sun: svg`<circle cx="12" cy="12" r="5" /><path d="M12 1.5v3M12 19.5v3M1.5 12h3M19.5 12h3M4.6 4.6l2.1 2.1M17.3 17.3l2.1 2.1M4.6 19.4l2.1-2.1M17.3 6.7l2.1-2.1" />`,
  drop: svg`<path d="M12 3c4.5 6 6.5 9.2 6.5 12.2a6.5 6.5 0 0 1-13 0C5.5 12.2 7.5 9 12 3z" />`,
  circle: svg`<circle cx="12" cy="12" r="8" />`,
};
/** Each quadrant's own shape, so it is told apart by shape and words, not colour alone. */
export const quadrantShape = (shape: QuadrantShape): TemplateResult => icon(shapes[shape], 'shape');

/**
 * A line face in a 48 × 48 box, one template for every face: a circle, dot eyes (`eyes`, drawn
 * thick; empty for none), a mouth, brows, and other marks (closed eyes, a tear, a star).
 */
type FaceLines = readonly [mouth: string, brows?: string, marks?: string, eyes?: string];
const drawFace = ([mouth, brows, marks, eyes = 'M17 19.5v1M31 19.5v1']: FaceLines, className: string): TemplateResult =>
  icon(
    svg`<circle cx="24" cy="24" r="21" />${eyes ? svg`<path class="eyes" d=${eyes} />` : nothing}<path class="mouth" d=${mouth} />${
      brows ? svg`<path class="brows" d=${brows} />` : nothing
    }${marks ? svg`<path d=${marks} />` : nothing}`,
    className,
    '0 0 48 48',
  );

/**
 * The faces scale, calm to very upset: the mouth goes from a gentle smile through flat to a
 * deep frown, and the brows rise in worry (inner ends up, never the lowered brows of anger).
 * Each face differs in its lines, not its colour, so they stay apart in forced colours.
 */
const scaleFaces: readonly FaceLines[] = [
  ['M16 30q8 6 16 0'],
  ['M17 32h14'],
  ['M16 33q8-3 16 0'],
  ['M16 34q8-6 16 0', 'M12 15l7-3M36 15l-7-3'],
  ['M15 36q9-9 18 0', 'M12 14l7-4.5M36 14l-7-4.5', 'M33 25c2 3 2 5 0 5s-2-2 0-5'],
];
/** Face `index` of the faces scale (`FACES` in content/check-in.ts). */
export const scaleFace = (index: number): TemplateResult => drawFace(scaleFaces[index] ?? ['M17 32h14'], 'face');

// Closed eyes: happy arches, and resting curves.
const ARCHES = 'M14 21q3-4 6 0M28 21q3-4 6 0';
const RESTING = 'M14 19q3 3 6 0M28 19q3 3 6 0';
const SMILE = 'M16 30q8 6 16 0';
const FROWN = 'M16 34q8-6 16 0';
/** A small face beside each feeling word a child sees, for a child who cannot read the word yet. */
const feelingFaces: Partial<Record<FeelingId, FaceLines>> = {
  angry: [FROWN, 'M12 12l7 4M36 12l-7 4'],
  scared: ['M21 33a3 3.5 0 1 0 6 0a3 3.5 0 1 0-6 0', 'M13 12q3-3 7-1M35 12q-3-3-7-1', 'M14 20a3 3 0 1 0 6 0a3 3 0 1 0-6 0M28 20a3 3 0 1 0 6 0a3 3 0 1 0-6 0', ''],
  worried: ['M15 33q3-3 6 0t6 0t6 0', 'M12 15l7-3M36 15l-7-3'],
  jealous: ['M18 33l12-2', 'M13 14l7 2M28 13l7 2', '', 'M20 19.5v1M34 19.5v1'],
  happy: ['M14 29q10 9 20 0'],
  excited: ['M14 28q10 12 20 0z', 'M13 13q3-3 7-1M35 13q-3-3-7-1'],
  silly: ['M15 29q9 7 18 0', '', 'M21 32.5v3a3 3 0 0 0 6 0v-3M28 21q3-4 6 0', 'M17 19.5v1'],
  proud: [SMILE, '', `${ARCHES}M40 3l1.5 3 3 .5-2.2 2 .6 3-2.9-1.5-2.9 1.5.6-3-2.2-2 3-.5z`, ''],
  sad: [FROWN, '', 'M32 24c2 3 2 5 0 5s-2-2 0-5'],
  tired: ['M20 33h8', '', 'M14 20h6M28 20h6M37 4h6l-6 6h6', ''],
  lonely: ['M19 34q5-3 10 0', '', '', 'M17 22v1M31 22v1'],
  bored: ['M17 33h14', 'M13 17h8M27 17h8'],
  calm: ['M18 31q6 4 12 0', '', RESTING, ''],
  cosy: ['M17 30q7 5 14 0', '', `${RESTING}M9 26h4M35 26h4`, ''],
  relaxed: [SMILE, '', 'M14 20h6M28 20h6', ''],
  thankful: [SMILE, '', `${ARCHES}M41 5c-1.5-2.5-5-1-3.5 1.5l3.5 3.5 3.5-3.5c1.5-2.5-2-4-3.5-1.5z`, ''],
};
/** The picture beside a feeling word a child sees (nothing for the words only older people see). */
export const feelingFace = (id: FeelingId): TemplateResult | typeof nothing => {
  const lines = feelingFaces[id];
  return lines ? drawFace(lines, 'feeling-face') : nothing;
};

const needs: Record<NeedId, SVGTemplateResult> = {
  break: svg`<path d="M9 5v14M15 5v14" />`,
  quiet: svg`<path d="M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z" />`,
  water: svg`<path d="M6 3h12l-1.6 17.1a1 1 0 0 1-1 .9H8.6a1 1 0 0 1-1-.9zM6.6 9h10.8" />`,
  move: svg`<circle cx="13" cy="4" r="2" /><path d="M12 7l-1 7-3 7M11 14l4 3v4M7 11l5-4 4 4" />`,
  breathe: svg`<path d="M3 9h10a3 3 0 1 0-3-3M3 13h15a3 3 0 1 1-3 3M3 17h6" />`,
  talk: svg`<path d="M4 5h16v11h-10l-5 4v-4h-1z" />`,
  'help-now': svg`<path d="M12 20s-7.5-4.6-7.5-10.2A4.2 4.2 0 0 1 12 7.3a4.2 4.2 0 0 1 7.5 2.5C19.5 15.4 12 20 12 20z" />`,
};
export const needIcon = (id: NeedId): TemplateResult => icon(needs[id], 'need');

// A small body figure with the chosen area marked.
const marks: Record<Exclude<BodyArea, 'all-over'>, SVGTemplateResult> = {
  head: svg`<circle cx="20" cy="8" r="4" />`,
  throat: svg`<circle cx="20" cy="16" r="3" />`,
  chest: svg`<circle cx="20" cy="23" r="4.5" />`,
  stomach: svg`<circle cx="20" cy="31.5" r="4.5" />`,
  arms: svg`<circle cx="8.5" cy="31" r="3.5" /><circle cx="31.5" cy="31" r="3.5" />`,
  legs: svg`<circle cx="14" cy="51" r="3.5" /><circle cx="26" cy="51" r="3.5" />`,
};
export const bodyIcon = (area: BodyArea): TemplateResult =>
  icon(
    [
      svg`<g class="mark">${area === 'all-over' ? Object.values(marks) : marks[area]}</g>`,
      svg`<circle cx="20" cy="8" r="5.5" /><path d="M20 13.5V17M13 17h14l2 20H11zM13 18l-5.5 17M27 18l5.5 17M15 37l-2 24M25 37l2 24" />`,
    ],
    'body',
    '0 0 40 64',
  );
