/**
 * English words of <calm-flow>'s own controls (each built-in flow carries its words in
 * src/content/flows); part of the reference catalog in ../en.ts.
 */
export const flowEnglish = {
  'flow.start': 'Start',
  'flow.next': 'Next',
  'flow.back': 'Back',
  'flow.restart': 'Start over',
  'flow.again': 'Start again',
  'flow.progress': 'Step {index} of {total}',
  'flow.step': 'Step {index}',
  'flow.afterHelp.title': 'Thank you for reaching out',
  'flow.afterHelp.text': 'You can come back here any time.',
  'flow.waveTime': 'Time so far: {time}',
  'flow.waitForTimer': 'Next is ready when the timer ends.',
} as const;
