import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { BodyArea, FeelingId, NeedId, QuadrantShape } from '../../content/check-in.js';
import { pictograms, type PictogramId } from '../../content/pictograms.js';

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
const drawFace = ([mouth, brows, marks, eyes = 'M17 19v2M31 19v2']: FaceLines, className: string): TemplateResult =>
  icon(
    svg`<circle cx="24" cy="24" r="21" />${eyes ? svg`<path class="eyes" d=${eyes} />` : nothing}<path class="mouth" d=${mouth} />${
      brows ? svg`<path class="brows" d=${brows} />` : nothing
    }${marks ? svg`<path d=${marks} />` : nothing}`,
    className,
    '0 0 48 48',
  );

/**
 * The lines faces are drawn from, by letter. Digits are eyes, drawn thick (dots looking ahead,
 * wide open, aside, down); letters are lines: closed eyes, mouths, brows and small signs.
 */
const PIECES: Readonly<Record<string, string>> = {
  0: 'M17 19v2M31 19v2',
  1: 'M17 17v5M31 17v5',
  2: 'M20 19v2M34 19v2',
  3: 'M17 22v1M31 22v1',
  a: 'M14 21q3-4 6 0M28 21q3-4 6 0',
  r: 'M14 19q3 3 6 0M28 19q3 3 6 0',
  f: 'M14 20h6M28 20h6',
  S: 'M16 30q8 6 16 0',
  F: 'M16 34q8-6 16 0',
  N: 'M17 32h14',
  O: 'M14 28q10 12 20 0z',
  x: 'M12 12l7 4M36 12l-7 4',
  w: 'M12 15l7-3M36 15l-7-3',
  e: 'M33 25c2 3 2 5 0 5s-2-2 0-5',
  z: 'M37 4h6l-6 6h6',
  p: 'M40 2v8M36 6h8',
  h: 'M41 11l-4-4a2 2 0 0 1 4-2a2 2 0 0 1 4 2z',
  b: 'M9 26h4M35 26h4',
  g: 'M22 34q2 5 4 0',
};
const lines = (code: string): string => code.replace(/./g, (piece) => PIECES[piece] ?? '');

/**
 * The faces scale, calm to very upset: the mouth goes from a gentle smile through flat to a
 * deep frown, and the brows rise in worry (inner ends up, never the lowered brows of anger).
 * Each face differs in its lines, not its colour, so they stay apart in forced colours.
 */
const scaleFaces: readonly FaceLines[] = [[lines('S')], [lines('N')], ['M16 33q8-3 16 0'], [lines('F'), lines('w')], ['M15 36q9-9 18 0', lines('w'), lines('e')]];
/** Face `index` of the faces scale (`FACES` in content/check-in.ts). */
export const scaleFace = (index: number): TemplateResult => drawFace(scaleFaces[index] ?? [lines('N')], 'face');

/** A small face beside each feeling word a child sees, for a child who cannot read the word yet. */
const feelingFaces: Partial<Record<FeelingId, string>> = {
  angry: '0Fx',
  scared: '1Ow',
  worried: '0Nw',
  jealous: '2Nx',
  happy: '0S',
  excited: '0O',
  silly: '0Sg',
  proud: 'aSp',
  sad: '0Fe',
  tired: 'fNz',
  lonely: '3F',
  bored: '3N',
  calm: 'rS',
  cosy: 'rSb',
  relaxed: 'fS',
  thankful: 'aSh',
};
/** The picture beside a feeling word a child sees (nothing for the words only older people see). */
export const feelingFace = (id: FeelingId): TemplateResult | typeof nothing => {
  const code = feelingFaces[id];
  return code ? drawFace([lines(code.replace(/\d/, '')), '', '', lines(code.replace(/\D/g, ''))], 'feeling-face') : nothing;
};

/** Each need's picture from calmkit's shared pictogram set, the same as on the "I need…" board. */
const needPictures: Record<NeedId, PictogramId> = {
  break: 'break',
  quiet: 'quiet',
  water: 'drink',
  move: 'move',
  breathe: 'breathe',
  talk: 'talk',
  'help-now': 'help',
};
export const needIcon = (id: NeedId): TemplateResult => icon(svg`<path d=${pictograms[needPictures[id]]} />`, 'need');

// A body figure with the chosen area filled in: the whole head, throat, chest or stomach, the
// length of both arms or both legs (large enough to see at a glance, not a dot).
const marks: Record<Exclude<BodyArea, 'all-over'>, SVGTemplateResult> = {
  head: svg`<circle cx="20" cy="8" r="5.5" />`,
  throat: svg`<ellipse cx="20" cy="15.5" rx="5.5" ry="3.8" />`,
  chest: svg`<ellipse cx="20" cy="23" rx="6.5" ry="5" />`,
  stomach: svg`<ellipse cx="20" cy="32" rx="7.5" ry="4.5" />`,
  arms: svg`<ellipse cx="10.2" cy="26.5" rx="3" ry="9.5" transform="rotate(18 10.2 26.5)" /><ellipse cx="29.8" cy="26.5" rx="3" ry="9.5" transform="rotate(-18 29.8 26.5)" />`,
  legs: svg`<ellipse cx="14" cy="49" rx="3.2" ry="12" transform="rotate(5 14 49)" /><ellipse cx="26" cy="49" rx="3.2" ry="12" transform="rotate(-5 26 49)" />`,
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
