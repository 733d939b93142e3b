import { defineElement } from '../../define.js';
import { CalmKiosk } from './calm-kiosk.js';

export { CalmKiosk };
defineElement('calm-kiosk', CalmKiosk);
