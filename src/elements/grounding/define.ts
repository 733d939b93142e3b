import { defineElement } from '../../define.js';
import { CalmGrounding } from './calm-grounding.js';

export { CalmGrounding };
defineElement('calm-grounding', CalmGrounding);
