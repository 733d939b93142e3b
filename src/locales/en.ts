/**
 * English strings: the reference catalog. Every other catalog must have exactly these keys
 * (a test checks). Wording follows CONTENT.md: plain, calm, hopeful, second person; help is
 * never called a "panic button". `{name}` marks a value filled in at run time.
 *
 * Each element's English lives in its own file under en/ and is added by that element's module
 * when it loads (`addEnglish` in registry.ts), so a page that uses one element carries only its
 * words; this file puts them together for the other catalogs' type and the tests.
 */
import { breathingEnglish } from './en/breathing.js';
import { checkInEnglish } from './en/check-in.js';
import { commonEnglish } from './en/common.js';
import { flowEnglish } from './en/flow.js';
import { groundingEnglish } from './en/grounding.js';
import { helpEnglish } from './en/help.js';
import { kioskEnglish } from './en/kiosk.js';
import { planEnglish } from './en/plan.js';
import { quickExitEnglish } from './en/quick-exit.js';
import { timerEnglish } from './en/timer.js';
import { scheduleEnglish } from './en/schedule.js';
import { choiceEnglish } from './en/choice.js';
import { picturesEnglish } from './en/pictures.js';

export const en = {
  ...helpEnglish,
  ...quickExitEnglish,
  ...breathingEnglish,
  ...groundingEnglish,
  ...kioskEnglish,
  ...checkInEnglish,
  ...flowEnglish,
  ...planEnglish,
  ...commonEnglish,
  ...timerEnglish,
  ...scheduleEnglish,
  ...choiceEnglish,
  ...picturesEnglish,
} as const;

export type StringKey = keyof typeof en;
export type Catalog = Readonly<Record<StringKey, string>>;
