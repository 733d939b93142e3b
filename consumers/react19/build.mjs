// A production bundle with esbuild: React's and Lit's production builds, one module, and the page.
import { copyFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: ['src/main.tsx'],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  minify: true,
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  outfile: 'dist/main.js',
  logLevel: 'warning',
});
copyFileSync('index.html', 'dist/index.html');
