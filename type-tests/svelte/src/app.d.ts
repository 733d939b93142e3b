// Once per app: calm-* tags in markup get their props and events checked.
import type {} from 'calmkit/svelte';
