import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

// calmkit compiles with `experimentalDecorators` + `useDefineForClassFields: false` (tsconfig.json).
// Vite's TypeScript transform only finds tsconfig.json for files it `include`s (src/), so point it
// at the file explicitly: stories and the elements they import must compile exactly like the
// library, or a Lit `@property` becomes a shadowing class field and the build passes while every
// story is broken (scripts/check-stories.mjs opens every story to catch that).
const tsconfig = new URL('../tsconfig.json', import.meta.url).pathname;

// package.json's `sideEffects` names the files that register elements and locales in dist/ only,
// so to the bundler `src/elements/*/define.ts` and `src/locales/*.ts` look side-effect free and
// `import '../src/elements/help/define.js'` in a story is dropped: the element is never defined.
// Our own sources always keep their side effects here.
const ownSources = ['src/', 'stories/', '.storybook/'].map((dir) => new URL(`../${dir}`, import.meta.url).pathname);
const keepOwnSideEffects: Plugin = {
  name: 'calmkit:keep-own-side-effects',
  enforce: 'post',
  transform(code, id) {
    if (!ownSources.some((dir) => id.startsWith(dir))) return null;
    return { code, map: null, moduleSideEffects: true };
  },
};

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: {
    // No network on the build machines, and calmkit sends nothing anywhere.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  viteFinal(viteConfig) {
    return {
      ...viteConfig,
      plugins: [...(viteConfig.plugins ?? []), keepOwnSideEffects],
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        // Storybook's renderer imports lit/directive-helpers.js; unless it is pre-bundled with the
        // rest of Lit, `storybook dev` loads a second lit-html ("Multiple versions of Lit loaded").
        include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
      },
      tsconfig,
      // Storybook's own manager and docs chunks are large by design; the library's size gate is elsewhere.
      build: { ...viteConfig.build, chunkSizeWarningLimit: 2000 },
      oxc: {
        ...(typeof viteConfig.oxc === 'object' ? viteConfig.oxc : {}),
        // Spelled out as well, in case a tool in between drops the tsconfig.
        decorator: { legacy: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
        assumptions: { setPublicClassFields: true },
      },
    };
  },
};

export default config;
