import { defineElement } from '../../define.js';
import { CalmSchedule } from './calm-schedule.js';

export { CalmSchedule };
defineElement('calm-schedule', CalmSchedule);
