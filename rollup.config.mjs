// Two builds of the same sources:
// 1. dist/**/*.js — unbundled ES2022 modules (one per source file) for npm users and bundlers,
//    so a page that imports one element loads only that element. Types come from tsc.
// 2. dist/calmkit.min.js — one self-contained minified module with Lit and all four languages,
//    for a <script type="module"> drop-in and offline kiosks.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { templateWhitespace } from './scripts/rollup-template-whitespace.mjs';

const sourceFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });

// `.json` too: the built-in flows are JSON files (src/content/flows/*.json) imported as modules.
const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false, loaders: { '.json': 'json' } });

// Each built-in flow names where its facts come from in `source` fields; the drop-in bundle never
// shows them, so it leaves them out (the npm modules keep them, as written).
const flowsWithoutSources = () => ({
  name: 'calmkit-flows-without-sources',
  transform(code, id) {
    if (!/[\\/]src[\\/]content[\\/]flows[\\/][^\\/]+\.json$/.test(id)) return null;
    return { code: JSON.stringify(JSON.parse(code, (key, value) => (key === 'source' || key === '$schema' ? undefined : value))), map: null };
  },
});

export default [
  {
    input: Object.fromEntries(sourceFiles('src').filter((file) => !file.endsWith('bundle.ts')).map((file) => [relative('src', file).replace(/\.ts$/, ''), file])),
    external: [/^lit(\/|$)/, /^@lit\//, /^react(\/|$)/],
    plugins: [typescript(), templateWhitespace()],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
  },
  {
    input: 'src/bundle.ts',
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      flowsWithoutSources(),
      typescript(),
      templateWhitespace(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
    output: { file: 'dist/calmkit.min.js', format: 'es' },
  },
];
