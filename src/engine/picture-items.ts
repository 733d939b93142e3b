import { isPictogramId } from '../content/pictograms.js';
import type { ConfigError } from '../events.js';

/** One card or schedule item as a host gives it (SPEC §3 `<calm-schedule>`, `<calm-choice>`). */
export interface PictureItem {
  /** Reported in events; never shown. */
  id: string;
  /** The words shown and spoken; defaults to the pictogram's name in the element's language. */
  label?: string;
  /** A built-in pictogram id, or a `data:image/png|jpeg|webp|svg+xml` URL. */
  picture: string;
}

/** The shapes of `<calm-schedule>`: first–then, now–next–later, a short list. */
export const SCHEDULE_VARIANTS = ['first-then', 'now-next', 'list'] as const;
export type ScheduleVariant = (typeof SCHEDULE_VARIANTS)[number];

/** How many items each element takes (one place: the elements and flow steps read it). */
export const MAX_PICTURE_ITEMS = Object.freeze({ schedule: 8, choice: 36 });

const MAX_ID = 64;
const MAX_LABEL = 200;
/** A data URL shown in an <img>: nothing is fetched, and an image cannot run script. */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|webp|svg\+xml)(?:;[a-z0-9=.+-]+)*,/i;
const MAX_DATA_URL = 500_000;

/** Whether `picture` is an image data URL calmkit may show. */
export function isDataPicture(picture: unknown): picture is string {
  return typeof picture === 'string' && picture.length <= MAX_DATA_URL && DATA_IMAGE.test(picture);
}

/** Whether `picture` is a built-in pictogram id or an image data URL calmkit may show. */
export function isSafePicture(picture: unknown): picture is string {
  return isPictogramId(picture) || isDataPicture(picture);
}

/**
 * Validates and copies a host's items: each entry must be `{ id, label?, picture }` with a safe
 * picture (a remote URL, `javascript:` or inline markup is refused). Bad entries are dropped and
 * named in `errors`; at most `max` are kept. Never throws.
 */
export function copyPictureItems(value: unknown, max: number, path = '$'): { items: PictureItem[]; errors: ConfigError[] } {
  const items: PictureItem[] = [];
  const errors: ConfigError[] = [];
  let list: unknown[];
  try {
    if (!Array.isArray(value)) return { items, errors: [{ path, message: 'must be a list of { id, label?, picture }' }] };
    list = Array.from(value as unknown[]);
  } catch {
    return { items, errors: [{ path, message: 'could not be read' }] };
  }
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    const at = `${path}[${index}]`;
    try {
      if (typeof entry !== 'object' || entry === null) throw new Error('must be an object { id, label?, picture }');
      const { id, label, picture } = entry as Record<string, unknown>;
      if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_ID) throw new Error(`id must be a text of 1 to ${MAX_ID} characters`);
      if (seen.has(id)) throw new Error(`id "${id}" is used twice`);
      if (!isSafePicture(picture)) throw new Error('picture must be a built-in pictogram id or a data:image/png, jpeg, webp or svg+xml URL (never a remote URL or markup)');
      if (label !== undefined && (typeof label !== 'string' || label.trim() === '' || label.length > MAX_LABEL)) throw new Error(`label must be a text of 1 to ${MAX_LABEL} characters`);
      if (label === undefined && !isPictogramId(picture)) throw new Error('label is needed with a data: picture (it is the picture’s words)');
      if (items.length >= max) throw new Error(`only ${max} items are shown here`);
      seen.add(id);
      items.push(label === undefined ? { id, picture } : { id, label, picture });
    } catch (error) {
      errors.push({ path: at, message: error instanceof Error ? error.message : 'could not be read' });
    }
  });
  return { items, errors };
}
