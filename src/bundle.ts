/** The self-contained drop-in bundle (dist/calmkit.min.js): every element and every language. */
export * from './index.js';
import './locales/es.js';
import './locales/fr.js';
import './locales/ar.js';
