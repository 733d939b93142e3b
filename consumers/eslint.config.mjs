// The consumer apps are small projects of their own, each with its own tsconfig and framework,
// so the library's type-checked rules (which need the root tsconfig) do not apply here. ESLint
// uses the config nearest to each file, so `eslint .` at the root lints them with this one.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/', '**/dist/', '**/.angular/'] },
  js.configs.recommended,
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node } },
  { files: ['*/src/**/*.{js,ts,tsx}', 'html/app.js'], languageOptions: { globals: globals.browser } },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [...tseslint.configs.recommended],
    languageOptions: { parserOptions: { tsconfigRootDir: import.meta.dirname } },
  },
);
