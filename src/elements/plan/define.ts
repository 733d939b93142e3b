import { defineElement } from '../../define.js';
import { CalmPlan } from './calm-plan.js';

export { CalmPlan };
defineElement('calm-plan', CalmPlan);
