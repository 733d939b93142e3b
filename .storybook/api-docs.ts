// The API tables of every element's docs page, from custom-elements.json (the one source).
// Storybook's own reading of the manifest keys every row by its bare name, so a part called `help`
// hides the `help` attribute, and it leaves out methods and read-only properties. Here each kind
// of API keeps its own rows: attributes (with a control that fits the type), properties, methods,
// events (with the detail type), slots, parts and CSS properties. scripts/check-stories.mjs
// compares every docs page with the manifest.
import { createElement as h, Fragment } from 'react';
import { Controls, Description, Primary, Source, Stories, Subtitle, Title, useOf } from '@storybook/addon-docs/blocks';
import type { ArgTypes, InputType } from 'storybook/internal/types';

interface Item {
  name: string;
  kind?: string;
  description?: string;
  summary?: string;
  type?: { text?: string };
  default?: string;
  fieldName?: string;
  attribute?: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
  parameters?: { name: string; type?: { text?: string }; optional?: boolean }[];
  return?: { type?: { text?: string } };
  syntax?: string;
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
export interface Manifest {
  modules?: { path: string; declarations?: Declaration[] }[];
}

/** The section each kind of API gets on a docs page, in the order they are shown. */
export const API_SECTIONS = {
  attributes: 'attributes',
  properties: 'properties',
  methods: 'methods',
  events: 'events',
  slots: 'slots',
  cssParts: 'css shadow parts',
  cssProperties: 'css custom properties',
} as const;

let manifest: Manifest | undefined;
export function useManifest(value: Manifest | undefined): void {
  manifest = value;
}

function find(tagName: string): { declaration: Declaration; path: string } | undefined {
  for (const mod of manifest?.modules ?? []) {
    const declaration = mod.declarations?.find((d) => d.customElement && d.tagName === tagName);
    if (declaration) return { declaration, path: mod.path };
  }
  return undefined;
}

const isPublic = (item: Item) => !item.static && (item.privacy ?? 'public') === 'public' && !item.name.startsWith('#');

/** A control that fits an attribute's type: numbers, switches, a choice of words, or text. */
function controlFor(typeText: string): Pick<InputType, 'control' | 'options'> {
  const parts = typeText.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined' && part !== 'null');
  if (parts.length === 1 && parts[0] === 'number') return { control: { type: 'number' } };
  if (parts.length === 1 && parts[0] === 'boolean') return { control: { type: 'boolean' } };
  const words = parts.filter((part) => /^'[^']*'$/.test(part)).map((part) => part.slice(1, -1));
  if (words.length > 0 && words.length === parts.length) return { control: { type: 'select' }, options: [undefined, ...words] };
  if (parts.every((part) => part === 'string' || /^'[^']*'$/.test(part) || part === '(string & {})')) return { control: { type: 'text' } };
  return { control: false };
}

function row(name: string, category: string, item: Item, typeText: string, control: Pick<InputType, 'control' | 'options'> = { control: false }): InputType {
  return {
    name,
    description: item.description ?? item.summary ?? '',
    ...control,
    table: {
      category,
      type: { summary: typeText || '—' },
      ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
    },
  };
}

const signature = (method: Item) =>
  `(${(method.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`).join(', ')}) => ${method.return?.type?.text ?? 'void'}`;

/**
 * Storybook's `extractArgTypes`: one row per attribute, property, method, event, slot, part and
 * CSS property. Attributes keep their bare name as the key (stories' args set them); every other
 * row's key names its kind, so no name can hide another.
 */
export function extractArgTypes(tagName: string): ArgTypes | null {
  const found = find(tagName);
  if (!found) return null;
  const { declaration } = found;
  const argTypes: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    const field = declaration.members?.find((m) => m.name === attribute.fieldName);
    const typeText = attribute.type?.text ?? field?.type?.text ?? 'string';
    const item = { ...field, ...attribute, description: attribute.description ?? field?.description };
    argTypes[attribute.name] = row(attribute.name, API_SECTIONS.attributes, item, typeText, controlFor(typeText));
  }
  for (const member of (declaration.members ?? []).filter(isPublic)) {
    if (member.kind === 'field') {
      const typeText = `${member.readonly ? 'readonly ' : ''}${member.type?.text ?? 'unknown'}`;
      const item = member.attribute ? { ...member, description: `${member.description ?? ''}${member.description ? ' ' : ''}(Attribute: \`${member.attribute}\`.)` } : member;
      argTypes[`property:${member.name}`] = row(member.name, API_SECTIONS.properties, item, typeText);
    } else if (member.kind === 'method') {
      argTypes[`method:${member.name}`] = row(`${member.name}()`, API_SECTIONS.methods, member, signature(member));
    }
  }
  for (const event of declaration.events ?? []) {
    // The action Storybook logs when the story fires the event; not a row of its own.
    const action = `on${event.name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}`;
    argTypes[action] = { name: action, action: event.name, table: { disable: true } };
    argTypes[`event:${event.name}`] = row(event.name, API_SECTIONS.events, event, event.type?.text ?? 'CustomEvent');
  }
  for (const slot of declaration.slots ?? []) {
    const name = slot.name || '(default)';
    argTypes[`slot:${name}`] = row(name, API_SECTIONS.slots, slot, '');
  }
  for (const part of declaration.cssParts ?? []) argTypes[`part:${part.name}`] = row(part.name, API_SECTIONS.cssParts, part, '');
  for (const property of declaration.cssProperties ?? []) {
    argTypes[`css:${property.name}`] = row(property.name, API_SECTIONS.cssProperties, property, property.syntax ?? '');
  }
  return argTypes;
}

/** How a page gets the element: from npm, one import per element; or the one drop-in file. */
export function importSnippet(tagName: string): string | undefined {
  const found = find(tagName);
  const entry = /^dist\/elements\/([a-z-]+)\//.exec(found?.path ?? '')?.[1];
  if (!entry) return undefined;
  return `// npm i calmkit — then, in the page's code:
import 'calmkit/${entry}.js';

<!-- or, with no build step, the drop-in file (every element and language): -->
<script type="module" src="/assets/calmkit.min.js"></script>`;
}

/** Every element's docs page: what it is for, how to import it, the story, then the API. */
export function CalmDocsPage() {
  const resolved = useOf('meta', ['meta']);
  const tagName = String(resolved.csfFile.meta.component ?? '');
  const snippet = importSnippet(tagName);
  return h(
    Fragment,
    null,
    h(Title),
    h(Subtitle),
    h(Description),
    snippet ? h('div', { 'data-calm-api': tagName }, h(Source, { code: snippet, language: 'html' })) : null,
    h(Primary),
    h(Controls, { sort: 'none' }),
    h(Stories),
  );
}
