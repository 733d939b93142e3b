import { defineElement } from '../../define.js';
import { CalmBreathing } from './calm-breathing.js';

export { CalmBreathing };
defineElement('calm-breathing', CalmBreathing);
