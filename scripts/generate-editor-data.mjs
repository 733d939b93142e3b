// Editor data for calmkit's elements, written from custom-elements.json (the one description of
// every element) into dist/ by the build:
// - dist/vscode.html-custom-data.json: VS Code's HTML custom data (tags, attributes and their
//   values, with links to the docs), for "html.customData" in .vscode/settings.json;
// - dist/vscode.css-custom-data.json: VS Code's CSS custom data (every --calm-* token and part);
// - dist/web-types.json: JetBrains web-types (WebStorm, IntelliJ), found through package.json
//   "web-types": elements, attributes, properties, events, slots, parts and CSS properties.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DOCS = 'https://github.com/calmkit/calmkit#readme';

/** `export type Name = 'a' | 'b';` in the sources: alias name → its string values. */
function stringAliases(dir = 'src') {
  const aliases = new Map();
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        for (const [, alias, union] of readFileSync(path, 'utf8').matchAll(/export type (\w+) =\s*((?:'[^']*'\s*\|?\s*)+);/g)) {
          aliases.set(alias, [...union.matchAll(/'([^']*)'/g)].map(([, value]) => value));
        }
      }
    }
  };
  walk(dir);
  return aliases;
}

/** The string values a manifest type allows (`'a' | 'b'`, or an alias of such a union). */
function valuesOf(typeText, aliases) {
  if (!typeText) return [];
  const values = [];
  for (const part of typeText.split('|').map((p) => p.trim())) {
    const quoted = /^'([^']*)'$/.exec(part);
    if (quoted) values.push(quoted[1]);
    else if (aliases.has(part)) values.push(...aliases.get(part));
  }
  return [...new Set(values)];
}

const clean = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Every element of the manifest with a tag name, sorted by tag. */
export function manifestElements(manifest) {
  return manifest.modules
    .flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: mod.path })))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

export function editorData(manifest, pkg, aliases = stringAliases()) {
  const elements = manifestElements(manifest);
  const html = {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: { kind: 'markdown', value: clean(element.summary ?? element.description) },
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = valuesOf(attribute.type?.text, aliases);
        return {
          name: attribute.name,
          description: clean(`${attribute.description ?? ''}${attribute.default ? ` Default: \`${attribute.default}\`.` : ''}`),
          ...(values.length > 0 ? { values: values.map((name) => ({ name })) } : {}),
          ...(/boolean/.test(attribute.type?.text ?? '') ? { valueSet: 'v' } : {}),
        };
      }),
      references: [{ name: 'calmkit docs', url: DOCS }],
    })),
  };
  const tokens = new Map();
  const parts = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) if (!tokens.has(property.name)) tokens.set(property.name, clean(property.description));
    for (const part of element.cssParts ?? []) parts.set(`${element.tagName}::part(${part.name})`, clean(part.description));
  }
  const css = {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: [...tokens].sort(([a], [b]) => a.localeCompare(b)).map(([name, description]) => ({ name, description, references: [{ name: 'calmkit docs', url: DOCS }] })),
    pseudoElements: [...parts].map(([name, description]) => ({ name: name.slice(name.indexOf('::')), description: `${name.slice(0, name.indexOf('::'))}: ${description}` })),
  };
  const webTypes = {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: clean(element.summary ?? element.description),
          'doc-url': DOCS,
          source: { module: `./${element.path}`, symbol: element.name },
          attributes: (element.attributes ?? []).map((attribute) => {
            const values = valuesOf(attribute.type?.text, aliases);
            return {
              name: attribute.name,
              description: clean(attribute.description),
              ...(attribute.default ? { default: attribute.default } : {}),
              value: values.length > 0 ? { type: values.map((v) => `'${v}'`).join(' | '), required: false } : { type: clean(attribute.type?.text) || 'string', required: false },
            };
          }),
          events: (element.events ?? []).map((event) => ({ name: event.name, description: clean(event.description), ...(event.type ? { type: event.type.text } : {}) })),
          slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: clean(slot.description) })),
          js: {
            properties: (element.members ?? [])
              .filter((m) => m.kind === 'field' && !m.static)
              .map((m) => ({ name: m.name, description: clean(m.description), ...(m.type ? { type: m.type.text } : {}), ...(m.readonly ? { 'read-only': true } : {}) })),
            events: (element.events ?? []).map((event) => ({ name: event.name, description: clean(event.description) })),
          },
          css: {
            parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: clean(part.description) })),
            properties: (element.cssProperties ?? []).map((property) => ({ name: property.name, description: clean(property.description) })),
          },
        })),
      },
    },
  };
  return {
    'dist/vscode.html-custom-data.json': html,
    'dist/vscode.css-custom-data.json': css,
    'dist/web-types.json': webTypes,
  };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const [file, data] of Object.entries(editorData(manifest, pkg))) writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  console.log('wrote editor data: dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json, dist/web-types.json');
}
