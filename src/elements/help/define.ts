import { defineElement } from '../../define.js';
import { CalmHelp } from './calm-help.js';

export { CalmHelp };
defineElement('calm-help', CalmHelp);
