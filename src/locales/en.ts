/**
 * English strings: the reference catalog. Every other catalog must have exactly these keys
 * (a test checks). Wording follows CONTENT.md: plain, calm, hopeful, second person; help is
 * never called a "panic button". `{name}` marks a value filled in at run time.
 */
export const en = {
  'help.open': 'Get help now',
  'help.title': 'Talk to someone now',
  'help.intro': "You don't have to get through this alone. These people are ready to listen.",
  'help.emergency': 'If you are in danger right now, call {number}.',
  'help.emergencyUnknown': 'If you are in danger right now, call your local emergency number.',
  'help.findLine': 'Find a helpline in your country',
  'help.call': 'Call {number}',
  'help.text': 'Text {number}',
  'help.textMessage': 'Text {message} to {number}',
  'help.chat': 'Chat online',
  'help.alwaysOpen': 'Open 24 hours, every day',
  'help.languages': 'Languages: {languages}',
  'help.for.veterans': 'For veterans',
  'help.for.spanish': 'In Spanish',
  'help.for.young-people': 'For young people',
  'help.for.mental-health': 'For mental health',
  'help.newTab': '(opens in a new tab)',
  'help.close': 'Close',
  'quickExit.button': 'Exit this page',
  'quickExit.hint': 'Or press Shift 3 times',
  'quickExit.progress': 'Shift pressed {count} of 3 times',
  'common.loadError': 'This activity could not be loaded.',
} as const;

export type StringKey = keyof typeof en;
export type Catalog = Readonly<Record<StringKey, string>>;
