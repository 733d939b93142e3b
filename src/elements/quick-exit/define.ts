import { defineElement } from '../../define.js';
import { CalmQuickExit } from './calm-quick-exit.js';

export { CalmQuickExit };
defineElement('calm-quick-exit', CalmQuickExit);
