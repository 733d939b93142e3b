/**
 * The self-contained drop-in bundle (dist/calmkit.min.js): every language, then every element.
 * All English is added here, beside the other catalogs, so that their shared keys compress
 * together (each element would add its own words anyway).
 */
import { en } from './locales/en.js';
import { addEnglish } from './locales/registry.js';
import './locales/es.js';
import './locales/fr.js';
import './locales/ar.js';
export * from './index.js';

addEnglish(en);
