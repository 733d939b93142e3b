import { defineElement } from '../../define.js';
import { CalmTimer } from './calm-timer.js';

export { CalmTimer };
defineElement('calm-timer', CalmTimer);
