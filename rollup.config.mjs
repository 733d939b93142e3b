// Two builds of the same sources:
// 1. dist/**/*.js — unbundled ES2022 modules (one per source file) for npm users and bundlers,
//    so a page that imports one element loads only that element. Types come from tsc.
//    calmkit/react (dist/react/) is one module that carries @lit/react's createComponent inside,
//    so a React 18 app needs nothing beyond calmkit, react and react-dom.
// 2. dist/calmkit.min.js — one self-contained minified module with Lit and all four languages,
//    for a <script type="module"> drop-in and offline kiosks.
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
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
    output: { file: 'dist/calmkit.min.js', format: 'es' },
  },
];
