/** English words of <calm-schedule>; part of the reference catalog in ../en.ts. */
export const scheduleEnglish = {
  'schedule.label': 'Schedule',
  'schedule.first': 'First',
  'schedule.then': 'Then',
  'schedule.now': 'Now',
  'schedule.next': 'Next',
  'schedule.later': 'Later',
  'schedule.todo': 'To do',
  'schedule.allDone': 'All done',
  'schedule.markDone': 'Done',
  'schedule.markDoneLabel': 'Mark “{item}” as done',
  'schedule.marked': '{item} is done.',
  'schedule.finished': 'Everything is done.',
  'schedule.empty': 'Nothing on the schedule yet.',
} as const;
