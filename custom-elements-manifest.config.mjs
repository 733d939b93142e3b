// Config for `cem analyze` (npm run manifest): writes custom-elements.json at the repo root, the
// one source of the elements' API docs (Storybook's API tables, editors, React wrappers).
// Elements document themselves with JSDoc on the class: @summary @slot @event @csspart @cssproperty.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The analyzer only learns a tag name from `customElements.define('calm-x', X)` or `@customElement`.
 * calmkit registers through its own safe, version-aware helper (src/define.ts), so also read a
 * call like `defineElement('calm-x', ClassName)` (a callee named *define* or *register*, a class
 * name; not `this.emit('calm-help', detail)`) as a definition, and drop the bogus definitions
 * the core plugin records for the helper's own `customElements.define(name, ctor)` (variable names
 * are not tag names: a tag name always has a hyphen).
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function calmRegistrationPlugin() {
  return {
    name: 'calmkit-registration-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(klass)) return;
      if (!/^calm-[a-z0-9-]+$/.test(tag.text) || !/^[A-Z]/.test(klass.text)) return;
      const callee = node.expression.getText();
      if (!/define|register/i.test(callee)) return;
      if (/(^|\.)customElements\.define$/.test(callee)) return; // the core plugin has it
      moduleDoc.exports ??= [];
      if (moduleDoc.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag.text)) return;
      const imported = node.getSourceFile().statements.find(
        (s) =>
          ts.isImportDeclaration(s) &&
          s.importClause?.namedBindings &&
          ts.isNamedImports(s.importClause.namedBindings) &&
          s.importClause.namedBindings.elements.some((el) => el.name.text === klass.text),
      );
      const from = imported && ts.isStringLiteral(imported.moduleSpecifier) ? imported.moduleSpecifier.text : null;
      const module = from?.startsWith('.')
        ? new URL(from.replace(/\.js$/, '.ts'), `file:///${moduleDoc.path}`).pathname.slice(1)
        : moduleDoc.path;
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: from && !from.startsWith('.') ? { name: klass.text, package: from } : { name: klass.text, module },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
      }
    },
  };
}

/**
 * The manifest describes the public API: drop `#private`, `private` and `protected` members, which
 * would otherwise show up in Storybook's API tables and editors' completions.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function publicApiOnlyPlugin() {
  const isPublic = (member) => !member.name.startsWith('#') && member.privacy !== 'private' && member.privacy !== 'protected';
  return {
    name: 'calmkit-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
        }
      }
    },
  };
}

/**
 * Every calm-* event gets its type from the one event map (src/events.ts `CalmEventDetails`):
 * `CustomEvent<CalmPhaseDetail>`, so editors, docs and the React wrappers show the detail.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function eventTypesPlugin() {
  const source = readFileSync('src/events.ts', 'utf8');
  const map = /interface CalmEventDetails \{([^}]*)\}/.exec(source)?.[1] ?? '';
  const details = new Map([...map.matchAll(/'(calm-[a-z-]+)':\s*(\w+);/g)].map(([, name, type]) => [name, type]));
  return {
    name: 'calmkit-event-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const detail = details.get(event.name);
            if (detail) event.type = { text: `CustomEvent<${detail}>` };
          }
        }
      }
    },
  };
}

/**
 * Module paths name what the package ships (dist/elements/help/calm-help.js), not the sources
 * (src/…/*.ts), which are not published: editors and tools resolve them in node_modules/calmkit.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function shippedPathsPlugin() {
  // src/bundle.ts is the drop-in file; every other module ships as itself.
  const shipped = (value) => (/^src\/bundle\.[jt]s$/.test(value) ? 'dist/calmkit.min.js' : value.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js'));
  const rewrite = (node) => {
    if (Array.isArray(node)) node.forEach(rewrite);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string' && /^src\/.*\.[jt]s$/.test(value)) node[key] = shipped(value);
        else rewrite(value);
      }
    }
  };
  return { name: 'calmkit-shipped-paths', packageLinkPhase: ({ customElementsManifest }) => rewrite(customElementsManifest) };
}

/**
 * Defaults written as a named constant (`pattern = DEFAULT_PATTERN`) show the value a host sees
 * (`'extended-exhale'`): every `const NAME = 'text'` or `= 120` in src/ with one value is used.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function resolvedDefaultsPlugin() {
  const constants = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        for (const [, constant, literal] of readFileSync(path, 'utf8').matchAll(/^(?:export )?const ([A-Z][A-Z0-9_]*)(?::[^=]+)? = ('[^'\n]*'|"[^"\n]*"|-?\d+(?:\.\d+)?);/gm)) {
          const value = literal.startsWith('"') ? `'${literal.slice(1, -1)}'` : literal;
          constants.set(constant, constants.has(constant) && constants.get(constant) !== value ? null : value);
        }
      }
    }
  };
  walk('src');
  return {
    name: 'calmkit-resolved-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
            const value = item.default && constants.get(item.default);
            if (value) item.default = value;
          }
        }
      }
    },
  };
}

/** @type {import('@custom-elements-manifest/analyzer').Config} */
export default {
  globs: ['src/**/*.ts'],
  // src/react/ is bundled into dist/react/index.js; src/vue.ts and src/svelte.ts are typings. None describes an element.
  exclude: ['src/react/**', 'src/vue.ts', 'src/svelte.ts', 'src/**/*.test.ts', 'src/**/*.spec.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already points at custom-elements.json; never let the analyzer rewrite it.
  packagejson: false,
  plugins: [calmRegistrationPlugin(), publicApiOnlyPlugin(), eventTypesPlugin(), resolvedDefaultsPlugin(), shippedPathsPlugin()],
};
