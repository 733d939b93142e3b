/** English words of <calm-plan>; part of the reference catalog in ../en.ts. */
export const planEnglish = {
  'plan.safety.title': 'My safety plan',
  'plan.safety.intro': 'In your own words. Short is fine. It is not a contract: it is a list of things that help.',
  'plan.safety.warning': 'Warning signs that things are getting hard',
  'plan.safety.warningHint': 'Thoughts, feelings or situations',
  'plan.safety.coping': 'Things I can do on my own to feel better',
  'plan.safety.social': 'People and places that take my mind off things',
  'plan.safety.people': 'People I can ask for help',
  'plan.safety.peopleHint': 'Names, and how to reach them',
  'plan.safety.professionals': 'Professionals and crisis lines',
  'plan.safety.professionalsHint': 'My doctor or counselor. "{help}" lists crisis lines.',
  'plan.safety.environment': 'Making where I am safer',
  'plan.safety.environmentHint': 'What I can do, with someone I trust, to keep myself safe',
  'plan.calmDown.title': 'My calm-down plan',
  'plan.calmDown.intro': 'Make it at a calm time, with someone you trust.',
  'plan.calmDown.upsets': 'What upsets me',
  'plan.calmDown.signs': 'How I can tell it is starting',
  'plan.calmDown.signsHint': 'In my body, my thoughts, what I do',
  'plan.calmDown.helps': 'Things that help me calm down',
  'plan.calmDown.helpsHint': 'Write two or more',
  'plan.calmDown.people': 'Who I can go to, and what I will say',
  'plan.calmDown.place': 'My calm place',
  'plan.private': 'Only you can see this. Nothing is sent or kept unless you print it or save it.',
  'plan.print': 'Print',
  'plan.save': 'Save as text file',
  'plan.clear': 'Clear all',
  'plan.clearConfirm': 'Clear everything you wrote? This cannot be undone.',
  'plan.clearYes': 'Yes, clear it',
  'plan.clearNo': 'Keep it',
  'plan.cleared': 'Your plan is cleared.',
  'plan.saved': 'Your plan was saved as a text file.',
} as const;

/** British English (`en-GB`, `en-AU`, `en-IE`, `en-NZ`): only the words spelled differently. */
export const planBritish = {
  'plan.safety.professionalsHint': 'My doctor or counsellor. "{help}" lists crisis lines.',
} as const;
