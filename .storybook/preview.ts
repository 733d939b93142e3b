/// <reference types="vite/client" />
import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { CalmDocsPage, extractArgTypes, useManifest, type Manifest } from './api-docs.js';

// Each locale module registers its catalog on import; English is built in.
import '../src/locales/es.js';
import '../src/locales/fr.js';
import '../src/locales/ar.js';

// API tables (attributes, properties, methods, events, slots, parts, CSS properties) come from the
// manifest that `npm run manifest` writes before every Storybook run (see api-docs.ts). A glob,
// not an import, so that type-checking a fresh clone does not depend on a generated file.
const manifests = import.meta.glob<{ default: Manifest }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) {
  // Storybook reads the element's description from it; api-docs.ts builds the API tables.
  setCustomElementsManifest(manifest);
  useManifest(manifest);
} else console.warn('calmkit: custom-elements.json is missing, so API tables are empty. Run `npm run manifest`.');

const THEMES = ['auto', 'light', 'dark', 'contrast'] as const;
const LANGUAGES = ['en', 'en-GB', 'es', 'fr', 'ar'] as const;
const DIRECTIONS = ['auto', 'ltr', 'rtl'] as const;
const MOTIONS = ['auto', 'reduce'] as const;

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** The value a story's own markup gave an attribute before the toolbar overrode it. */
const ownValues = new WeakMap<Element, Map<string, string | null>>();

function applyAttribute(el: Element, name: string, value: string | undefined): void {
  let own = ownValues.get(el);
  if (value !== undefined) {
    if (!own) ownValues.set(el, (own = new Map<string, string | null>()));
    if (!own.has(name)) own.set(name, el.getAttribute(name));
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  } else if (own?.has(name)) {
    // Back to auto: give the element back what the story itself said.
    const original = own.get(name) ?? null;
    own.delete(name);
    if (original === null) el.removeAttribute(name);
    else el.setAttribute(name, original);
  }
}

/** Sets the toolbar's `theme` and `motion` on every calmkit element the story rendered. */
function syncElements(container: HTMLElement): void {
  const theme = container.dataset.calmTheme;
  const motion = container.dataset.calmMotion;
  for (const el of container.querySelectorAll('*')) {
    if (!el.localName.startsWith('calm-')) continue;
    applyAttribute(el, 'theme', theme === 'auto' ? undefined : theme);
    applyAttribute(el, 'motion', motion === 'reduce' ? 'reduce' : undefined);
  }
}

// Stories render, re-render on args and globals changes, and may add elements later (play
// functions, elements that open dialogs), so watch each container rather than poll once.
const watched = new WeakSet<Element>();
function watch(el: Element | undefined): void {
  if (!(el instanceof HTMLElement) || watched.has(el)) return;
  watched.add(el);
  new MutationObserver(() => syncElements(el)).observe(el, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-calm-theme', 'data-calm-motion'],
  });
  queueMicrotask(() => syncElements(el));
}

/**
 * Wraps each story in a container that carries the toolbar's language and direction (calmkit
 * elements resolve both from their nearest ancestor) and paints a background that follows the theme.
 */
const withCalmContext: Decorator = (story, { globals }) => {
  const theme = pick(globals.theme, THEMES, 'auto');
  const language = pick(globals.language, LANGUAGES, 'en');
  const direction = pick(globals.direction, DIRECTIONS, 'auto');
  const motion = pick(globals.motion, MOTIONS, 'auto');
  return html`<div
    class="calm-preview"
    ${ref(watch)}
    lang=${language}
    dir=${ifDefined(direction === 'auto' ? undefined : direction)}
    data-calm-theme=${theme}
    data-calm-motion=${motion}
  >
    ${story()}
  </div>`;
};

// Calm neutrals for the canvas around the elements, so dark and high-contrast stories are
// readable; each pair passes WCAG AAA for body text.
const previewStyles = new CSSStyleSheet();
previewStyles.replaceSync(`
  .calm-preview {
    --calm-preview-bg: #f6f5f1;
    --calm-preview-fg: #1f2328;
    color-scheme: light;
    background: var(--calm-preview-bg);
    color: var(--calm-preview-fg);
    font-family: system-ui, sans-serif;
    padding: 1.5rem;
    box-sizing: border-box;
  }
  #storybook-root .calm-preview { min-height: 100vh; }
  .calm-preview[data-calm-theme='dark'] {
    --calm-preview-bg: #17191c;
    --calm-preview-fg: #e6e4df;
    color-scheme: dark;
  }
  .calm-preview[data-calm-theme='contrast'] {
    --calm-preview-bg: #ffffff;
    --calm-preview-fg: #000000;
  }
  @media (prefers-color-scheme: dark) {
    .calm-preview[data-calm-theme='auto'] {
      --calm-preview-bg: #17191c;
      --calm-preview-fg: #e6e4df;
      color-scheme: dark;
    }
  }
  @media (prefers-contrast: more) {
    .calm-preview[data-calm-theme='auto'] {
      --calm-preview-bg: #ffffff;
      --calm-preview-fg: #000000;
    }
  }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, previewStyles];

const preview: Preview = {
  decorators: [withCalmContext],
  globalTypes: {
    theme: {
      description: 'calmkit theme (the `theme` attribute of every calm-* element)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'auto', title: 'Auto (follow the system)' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
    language: {
      description: 'Language of the container (lang attribute)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', right: 'en', title: 'English (US)' },
          { value: 'en-GB', right: 'en-GB', title: 'English (UK, Ireland, Australia, New Zealand)' },
          { value: 'es', right: 'es', title: 'Español' },
          { value: 'fr', right: 'fr', title: 'Français' },
          { value: 'ar', right: 'ar', title: 'العربية' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction of the container (dir attribute)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Auto (from the language)' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    motion: {
      description: 'Reduced motion (the `motion` attribute of every calm-* element)',
      toolbar: {
        title: 'Motion',
        icon: 'lightningoff',
        items: [
          { value: 'auto', title: 'Motion: follow the system' },
          { value: 'reduce', title: 'Motion: reduce' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'auto', language: 'en', direction: 'auto', motion: 'auto' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    docs: { extractArgTypes, page: CalmDocsPage },
    // Axe findings show as failures in the Accessibility panel; scripts/check-stories.mjs fails on them.
    a11y: { test: 'error' },
  },
};

export default preview;
