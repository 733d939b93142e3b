import { defineElement } from '../../define.js';
import { CalmCheckIn } from './calm-check-in.js';

export { CalmCheckIn };
defineElement('calm-check-in', CalmCheckIn);
