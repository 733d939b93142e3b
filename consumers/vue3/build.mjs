// A production bundle with esbuild and Vue's own single-file-component compiler (it comes with
// the `vue` package): the same compiler and options Vite's Vue plugin uses, without Vite.
import { createHash } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { build } from 'esbuild';
import { compileScript, parse } from 'vue/compiler-sfc';

/** Vue's template compiler options: calm-* tags are custom elements, not Vue components. */
const compilerOptions = { isCustomElement: (tag) => tag.startsWith('calm-') };

const vue = {
  name: 'vue-sfc',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.vue$/ }, async ({ path }) => {
      const { descriptor, errors } = parse(await readFile(path, 'utf8'), { filename: path });
      if (descriptor.styles.length > 0) errors.push(new Error('<style> blocks are not supported by this small build'));
      if (errors.length > 0) return { errors: errors.map((error) => ({ text: error.message })) };
      const id = createHash('sha256').update(path).digest('hex').slice(0, 8);
      const script = compileScript(descriptor, { id, inlineTemplate: true, templateOptions: { compilerOptions } });
      return { contents: script.content, loader: script.lang === 'ts' ? 'ts' : 'js', resolveDir: dirname(path) };
    });
  },
};

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: ['src/main.js'],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  conditions: ['production'],
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  plugins: [vue],
  outfile: 'dist/main.js',
  logLevel: 'warning',
});
copyFileSync('index.html', 'dist/index.html');
