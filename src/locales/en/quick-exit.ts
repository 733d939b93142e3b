/** English words of <calm-quick-exit>; part of the reference catalog in ../en.ts. */
export const quickExitEnglish = {
  'quickExit.button': 'Exit this page',
  'quickExit.hint': 'Or press Shift 3 times',
  'quickExit.progress': 'Shift pressed {count} of 3 times',
} as const;
