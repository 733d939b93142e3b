// Two builds of the same sources:
// 1. dist/**/*.js — unbundled ES2022 modules (one per source file) for npm users and bundlers,
//    so a page that imports one element loads only that element. Types come from tsc.
//    calmkit/react (dist/react/) is one module that carries @lit/react's createComponent inside,
//    so a React 18 app needs nothing beyond calmkit, react and react-dom.
// 2. dist/calmkit.min.js — one self-contained minified module with Lit and all four languages,
//    for a <script type="module"> drop-in and offline kiosks; and dist/calmkit.classic.min.js, the
//    same code as a classic script (it sets the global `calmkit`) for pages opened from a file,
//    where browsers refuse module scripts; written in ASCII only (words as \u escapes), as such a
//    page without <meta charset> reads its scripts in a legacy encoding. Both do nothing where there is no page (imported in
//    Node by a server render or a build tool), so every entry of the package imports anywhere.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { flowNotes } from './scripts/rollup-flow-notes.mjs';
import { templateWhitespace } from './scripts/rollup-template-whitespace.mjs';

const sourceFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });

// `.json` too: the built-in flows are JSON files (src/content/flows/*.json) imported as modules.
const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false, loaders: { '.json': 'json' } });

/** Imports of calmkit's own modules from src/react/ (`../elements/…`) stay as written. */
const calmkitModulesStay = () => ({
  name: 'calmkit-modules-stay',
  resolveId: (source, importer) => (importer && source.startsWith('../') ? { id: source, external: 'absolute' } : null),
});

/**
 * One wrapper for both drop-in files. The bundle runs inside a function that
 * - returns at once where there is no document (imported in Node: a server render, a build tool);
 * - catches the one start-up failure a host page causes, Lit's Trusted Types policy refused
 *   because the page's policy lacks it or its own Lit made `lit-html` first, and names the
 *   directive to add (Lit creates the policy as it loads, before any calmkit code could check);
 * - returns the exports: the module file exports them (an ES module cannot return early, nor
 *   export from a block); the classic script sets the global `calmkit` to them.
 */
function dropIn(kind) {
  return {
    name: `calmkit-drop-in-${kind}`,
    renderChunk(code) {
      const exported = /\nexport \{([^}]*)\};\s*$/.exec(code);
      if (!exported) throw new Error('calmkit drop-in: the bundle has no final export list');
      const names = exported[1].split(',').map((spec) => spec.trim().split(/\s+as\s+/)).map(([local, name = local]) => ({ local, name }));
      const run = `(() => {
if (typeof document === 'undefined') return {};
const start = () => {
${code.slice(0, exported.index)}
return { ${names.map(({ local, name }) => `${name}: ${local}`).join(', ')} };
};
try {
  return start();
} catch (error) {
  if (!/polic/i.test(String(error))) throw error;
  console.error(\`calmkit could not start: \${error.message} The page's policy must say: trusted-types lit-html 'allow-duplicates'\`);
  return {};
}
})()`;
      return kind === 'module'
        ? `const pageExports = ${run};\nexport const { ${names.map(({ name }) => name).join(', ')} } = pageExports;\n`
        : `var calmkit = ${run};\n`;
    },
  };
}

const minify = (module, format = {}) => terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false, ...format } });
// Asks Chromium (136 and later) to compile every function of the drop-in file while the file
// streams in, off the main thread, rather than each one on the main thread the first time it runs:
// on a slow tablet the first tap on Start would otherwise wait for the functions it calls to be
// compiled. Other browsers read it as a comment.
const compileEagerly = '//# allFunctionsCalledOnLoad';

export default [
  {
    input: Object.fromEntries(sourceFiles('src').filter((file) => !file.endsWith('bundle.ts') && !file.startsWith(join('src', 'react'))).map((file) => [relative('src', file).replace(/\.ts$/, ''), file])),
    external: [/^lit(\/|$)/, /^@lit\//, /^react(\/|$)/],
    plugins: [flowNotes(), typescript(), templateWhitespace()],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js', sourcemap: true },
  },
  {
    input: { index: 'src/react/index.ts', jsx: 'src/react/jsx.ts' },
    // calmkit's own modules stay imports of their dist/ files; @lit/react is bundled in.
    external: [/^lit(\/|$)/, /^react(\/|$)/],
    plugins: [calmkitModulesStay(), nodeResolve({ exportConditions: ['production'] }), typescript()],
    output: { dir: 'dist/react', format: 'es', entryFileNames: '[name].js', sourcemap: true },
  },
  {
    input: 'src/bundle.ts',
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      flowNotes(),
      typescript(),
      templateWhitespace(),
    ],
    output: [
      { file: 'dist/calmkit.min.js', format: 'es', plugins: [dropIn('module'), minify(true, { preamble: compileEagerly })] },
      { file: 'dist/calmkit.classic.min.js', format: 'es', plugins: [dropIn('classic'), minify(false, { ascii_only: true, preamble: compileEagerly })] },
    ],
  },
];
