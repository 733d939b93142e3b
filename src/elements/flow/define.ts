import { defineElement } from '../../define.js';
import { CalmFlow } from './calm-flow.js';

export { CalmFlow };
defineElement('calm-flow', CalmFlow);
