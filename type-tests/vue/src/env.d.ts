// Once per app: calm-* tags in templates get their props and events checked.
import type {} from 'calmkit/vue';
