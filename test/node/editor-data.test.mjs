// Editor data (VS Code HTML and CSS custom data, JetBrains web-types) and source maps ship, are
// referenced by package.json, and describe every element exactly as custom-elements.json does.
// Run after the build (npm test does).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const pkg = read('package.json');
const manifest = read('custom-elements.json');
const elements = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: mod.path })));
const names = (list) => (list ?? []).map((item) => item.name).sort();

test('package.json points at the editor data, and each file is exported', () => {
  assert.equal(pkg['web-types'], './dist/web-types.json');
  for (const file of ['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json']) {
    assert.equal(pkg.exports[`./${file}`], `./dist/${file}`);
    assert.ok(existsSync(`dist/${file}`), `dist/${file} is missing: run node scripts/build.mjs`);
  }
});

test('the manifest names the shipped dist/*.js modules, never the unshipped sources', () => {
  for (const mod of manifest.modules) {
    assert.match(mod.path, /^dist\/.+\.js$/);
    assert.ok(existsSync(mod.path), `${mod.path} is not built`);
  }
  assert.doesNotMatch(JSON.stringify(manifest), /"src\//);
});

test('VS Code HTML data: every element, every attribute, and the values an attribute accepts', () => {
  const html = read('dist/vscode.html-custom-data.json');
  assert.deepEqual(html.tags.map((tag) => tag.name).sort(), elements.map((e) => e.tagName).sort());
  for (const element of elements) {
    const tag = html.tags.find((t) => t.name === element.tagName);
    assert.deepEqual(names(tag.attributes), names(element.attributes), element.tagName);
  }
  const variant = html.tags.find((t) => t.name === 'calm-help').attributes.find((a) => a.name === 'variant');
  assert.deepEqual(variant.values.map((v) => v.name), ['button', 'panel', 'inline']);
  const pattern = html.tags.find((t) => t.name === 'calm-breathing').attributes.find((a) => a.name === 'pattern');
  assert.match(pattern.description, /Default: `'extended-exhale'`/);
});

test('VS Code CSS data: every --calm-* token and every part', () => {
  const css = read('dist/vscode.css-custom-data.json');
  const tokens = [...new Set(elements.flatMap((e) => names(e.cssProperties)))].sort();
  assert.deepEqual(css.properties.map((p) => p.name), tokens);
  const parts = [...new Set(elements.flatMap((e) => names(e.cssParts).map((part) => `::part(${part})`)))].sort();
  assert.deepEqual([...new Set(css.pseudoElements.map((p) => p.name))].sort(), parts);
});

test('web-types: attributes, properties, events with their types, slots, parts and tokens per element', () => {
  const webTypes = read('dist/web-types.json');
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
  const described = webTypes.contributions.html.elements;
  assert.deepEqual(described.map((e) => e.name).sort(), elements.map((e) => e.tagName).sort());
  for (const element of elements) {
    const entry = described.find((e) => e.name === element.tagName);
    assert.deepEqual(names(entry.attributes), names(element.attributes), `${element.tagName} attributes`);
    assert.deepEqual(names(entry.events), names(element.events), `${element.tagName} events`);
    assert.deepEqual(names(entry.slots), names(element.slots), `${element.tagName} slots`);
    assert.deepEqual(names(entry.css.parts), names(element.cssParts), `${element.tagName} parts`);
    assert.deepEqual(names(entry.css.properties), names(element.cssProperties), `${element.tagName} CSS properties`);
    const fields = (element.members ?? []).filter((m) => m.kind === 'field' && !m.static);
    assert.deepEqual(names(entry.js.properties), names(fields), `${element.tagName} properties`);
    assert.equal(entry.source.module, `./${element.path}`);
    for (const event of entry.events) assert.match(event.type ?? '', /^CustomEvent<Calm\w+Detail>$/, `${element.tagName} ${event.name}`);
  }
  const flowEvents = names(described.find((e) => e.name === 'calm-flow').events);
  for (const passed of ['calm-check-in', 'calm-phase', 'calm-pause', 'calm-resume']) assert.ok(flowEvents.includes(passed), passed);
});

test('every module ships with its source map, holding its sources', () => {
  const modules = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.js') && !/calmkit(\.classic)?\.min\.js$/.test(path)) modules.push(path);
    }
  };
  walk('dist');
  assert.ok(modules.length > 20);
  for (const file of modules) {
    const code = readFileSync(file, 'utf8');
    if (code.trim() === '' || /^export \{\};?\s*(\/\/# sourceMappingURL=.*)?$/.test(code.trim())) continue;
    assert.match(code, /\/\/# sourceMappingURL=[\w.-]+\.js\.map\s*$/, file);
    const map = read(`${file}.map`);
    assert.equal(map.sources.length, map.sourcesContent?.length, `${file}.map carries its sources`);
  }
});
