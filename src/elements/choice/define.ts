import { defineElement } from '../../define.js';
import { CalmChoice } from './calm-choice.js';

export { CalmChoice };
defineElement('calm-choice', CalmChoice);
