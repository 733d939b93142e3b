/** English words of <calm-choice>; part of the reference catalog in ../en.ts. */
export const choiceEnglish = {
  'choice.title': 'I need…',
  'choice.show': 'I need',
  'choice.close': 'Close',
  'choice.nextPage': 'More cards',
  'choice.page': 'Page {page} of {pages}',
} as const;
