/** The self-contained drop-in bundle (dist/calmkit.min.js): every language, then every element. */
import './locales/es.js';
import './locales/fr.js';
import './locales/ar.js';
export * from './index.js';
