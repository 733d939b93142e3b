/**
 * calmkit's own pictograms, drawn for this project (symbol sets such as ARASAAC or Sclera are
 * licensed for non-commercial use only). Data only: each is one SVG path on a 24 × 24 grid,
 * drawn as a line (`stroke="currentColor"`, round caps and joins, no fill), so it follows the
 * theme and stays visible in forced colours. Names live in the catalogs as `picture.<id>`.
 * Used by <calm-schedule>, <calm-choice> and the kiosk.
 */

/** A circle as path commands, so every pictogram stays one path. */
const o = (cx: number, cy: number, r: number): string => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
const face = (features: string): string => `${o(12, 12, 9)}${features}`;

export const pictogramGroups = {
  routines: {
    'wake-up': 'M2 19h20M7 19a5 5 0 0 1 10 0M12 7v3M5.5 11.5l2 1.5M18.5 11.5l-2 1.5M9 4l3-2 3 2',
    sleep: `M3 19V6M3 15h18v4M21 15v-2a3 3 0 0 0-3-3h-7v5${o(7, 12, 1.8)}`,
    'wash-hands': 'M3 6h9a3 3 0 0 1 3 3v1M8 6V3M5 3h6M15 13c-1 1.4-1.5 2.2-1.5 3a1.5 1.5 0 0 0 3 0c0-.8-.5-1.6-1.5-3zM4 20c3 2 13 2 16 0',
    'brush-teeth': 'M2 16h10M12 14h9v4h-9zM13.5 14v-3M16.5 14v-3M19.5 14v-3',
    'get-dressed': 'M8 3L3 6l2 4 2-1v12h10V9l2 1 2-4-5-3a4 4 0 0 1-8 0z',
    eat: `M3 3v4a2 2 0 0 0 4 0V3M5 3v18M21 21V3c-2 2-2 6-2 9h2${o(13, 12, 4)}`,
    shower: 'M5 21V5a2 2 0 0 1 2-2h5v3M8 10h8l-1.5-4h-5zM9 13v1.5M12 13v1.5M15 13v1.5M10.5 17.5V19M13.5 17.5V19',
  },
  school: {
    read: 'M12 6C10 4.5 7 4 3 4v14c4 0 7 .5 9 2 2-1.5 5-2 9-2V4c-4 0-7 .5-9 2zM12 6v14',
    write: 'M4 20l1-4L16 5l3 3L8 19zM14 7l3 3M13 20h7',
    draw: `M12 3a9 9 0 0 0 0 18c1.5 0 2-1 1.5-2s0-2 1.5-2h2a4 4 0 0 0 4-4c0-5.5-4-10-9-10z${o(7.5, 11, 1)}${o(10, 7, 1)}${o(15, 7, 1)}`,
    music: `M9 18V5l11-2v13${o(6.5, 18, 2.5)}${o(17.5, 16, 2.5)}`,
    computer: 'M5 5h14v10H5zM2 19h20l-2-4H4z',
    numbers: 'M7 4v6M4 7h6M14 7h6M15 15l4 4M19 15l-4 4M4 16h6M4 19h6',
    sport: `${o(12, 12, 9)}M5.6 5.6c3.5 3.5 3.5 9.3 0 12.8M18.4 5.6c-3.5 3.5-3.5 9.3 0 12.8M3 12h18M12 3v18`,
    'tidy-up': 'M3 8l9-4 9 4-9 4zM3 8v9l9 4 9-4V8M12 12v9',
  },
  places: {
    home: 'M3 11l9-7 9 7M5 9.5V20h14V9.5M10 20v-5h4v5',
    school: `M3 21h18M5 21V10l7-4 7 4v11M12 6V2l4 1.5-4 1.5M10 21v-4h4v4${o(12, 11.5, 1.5)}`,
    outside: `M12 22V10M12 14l-3-3M12 12l3-3M6 22h12${o(12, 9, 6.5)}`,
    playground: 'M4 21V6M8 21V6M4 6h4M4 10h4M4 14h4M4 18h4M8 6c4 0 5 3 8 9s3 6 6 6',
    bus: 'M5 4h14a2 2 0 0 1 2 2v11H3V6a2 2 0 0 1 2-2zM3 11h18M12 4v7M7 17v3M17 17v3M6 14h1M17 14h1',
    car: `M3 16v-4l2-5h14l2 5v4zM3 12h18${o(7, 17, 2)}${o(17, 17, 2)}`,
    shop: `M2 4h3l2.5 11h11l2-8H6${o(9, 19, 1.5)}${o(17, 19, 1.5)}`,
    'calm-corner': 'M6 12V6h12v6M3 12h4v3h10v-3h4v6H3zM5 18v2M19 18v2',
  },
  'calm-down': {
    breathe: 'M3 9h10a3 3 0 1 0-3-3M3 13h15a3 3 0 1 1-3 3M3 17h6',
    headphones: 'M4 16v-4a8 8 0 0 1 16 0v4M4 14h3v6H4zM17 14h3v6h-3z',
    'squeeze-ball': `${o(12, 12, 8)}M7 11c2-2 3 2 5 0s3 2 5 0`,
    stretch: `${o(12, 4, 2)}M12 7v8M12 15l-3 6M12 15l3 6M6 3l6 5 6-5`,
    walk: `${o(13, 4, 2)}M12 7l-1 7-3 7M11 14l4 3v4M7 11l5-4 4 4`,
    wait: 'M6 3h12M6 21h12M8 3v2c0 3 4 5 4 7s-4 4-4 7v2M16 3v2c0 3-4 5-4 7s4 4 4 7v2',
    lamp: 'M8 3h8l3 8H5zM12 11v8M8 21h8',
    fidget: `${o(12, 12, 2)}${o(12, 5.5, 3)}${o(6.4, 15.3, 3)}${o(17.6, 15.3, 3)}`,
  },
  needs: {
    break: `${o(12, 12, 9)}M10 8.5v7M14 8.5v7`,
    quiet: 'M3 9h4l5-4v14l-5-4H3zM16 9l5 6M21 9l-5 6',
    drink: 'M6 3h12l-1.6 17.1a1 1 0 0 1-1 .9H8.6a1 1 0 0 1-1-.9zM6.6 9h10.8',
    toilet: 'M5 3h5v8H5zM3 11h17c0 3.5-2.5 6-6 6h-4l1 4H7l1-4.5C5 15.5 3 13.5 3 11z',
    help: 'M8 13V5.5a1.5 1.5 0 0 1 3 0V11M11 10V4a1.5 1.5 0 0 1 3 0v7M14 10V5.5a1.5 1.5 0 0 1 3 0V14c0 4-3 7-6.5 7C7 21 6 19 4 15.5a1.5 1.5 0 0 1 2.5-1.5L8 16',
    space: `${o(12, 12, 2)}M12 7V2M9.5 4.5L12 2l2.5 2.5M12 17v5M9.5 19.5L12 22l2.5-2.5M7 12H2M4.5 9.5L2 12l2.5 2.5M17 12h5M19.5 9.5L22 12l-2.5 2.5`,
    stop: 'M8 3h8l5 5v8l-5 5H8l-5-5V8zM8 12h8',
    'more-time': `${o(10, 13, 7)}M10 9v4l2.5 2M19 2v5M16.5 4.5h5`,
    talk: 'M4 5h16v11H10l-5 4v-4H4zM8 9h8M8 12h5',
    move: `${o(12, 4, 2)}M12 7v7M6 10l6-2 6 2M12 14l-4 7M12 14l4 7M2 15h2M20 15h2`,
    yes: `${o(12, 12, 9)}M8 12.5l3 3 5-6`,
    no: `${o(12, 12, 9)}M9 9l6 6M15 9l-6 6`,
  },
  feelings: {
    happy: face('M9 10h.01M15 10h.01M8 14a4.5 4.5 0 0 0 8 0'),
    calm: face('M8 10.5q1 1 2 0M14 10.5q1 1 2 0M9.5 15q2.5 1.5 5 0'),
    okay: face('M9 10h.01M15 10h.01M9 15h6'),
    sad: face('M9 10h.01M15 10h.01M8.5 16.5a4 4 0 0 1 7 0'),
    angry: face('M7.5 8l3 1.5M16.5 8l-3 1.5M9 11h.01M15 11h.01M9 16h6'),
    worried: face('M8 8.5l2.5-1M16 8.5l-2.5-1M9 11h.01M15 11h.01M8 16q1.3-1 2.7 0t2.7 0t2.6 0'),
    tired: face('M8 10.5h3M13 10.5h3M10.5 16a1.5 1.5 0 0 0 3 0a1.5 1.5 0 0 0-3 0'),
    confused: face('M8 8l2.5 1M9 11h.01M15 11h.01M9 16l2-1 2 1 2-1'),
  },
} as const;

type Groups = typeof pictogramGroups;
export type PictogramGroup = keyof Groups;
export type PictogramId = { [G in PictogramGroup]: keyof Groups[G] }[PictogramGroup];

/** Every pictogram's path by id (ids are unique across groups; a test checks). */
export const pictograms: Readonly<Record<PictogramId, string>> = Object.assign({}, ...Object.values(pictogramGroups)) as Record<PictogramId, string>;

export function isPictogramId(id: unknown): id is PictogramId {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(pictograms, id);
}

/** The "I need…" board's cards when the host gives none (SPEC §3 `<calm-choice>`). */
export const DEFAULT_NEEDS: readonly PictogramId[] = ['break', 'quiet', 'drink', 'toilet', 'help', 'space', 'headphones', 'stop', 'more-time', 'talk', 'move'];
