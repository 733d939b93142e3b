/** English words of every element; part of the reference catalog in ../en.ts. */
export const commonEnglish = {
  'common.loadError': 'This activity could not be loaded.',
} as const;
