import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'consumers/**/node_modules/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.test.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Lit binds handlers with @click=${this.handler}; the rule misfires on that pattern.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Arrow shorthands like `() => clock.cancel(id)` read better than braces.
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // The privacy and security promises (SPEC §1.2, §1.3), enforced where code is written.
      'no-restricted-globals': ['error', 'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'localStorage', 'sessionStorage', 'indexedDB', 'caches'],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text with Lit bindings.' },
        { property: 'outerHTML', message: 'Render text with Lit bindings.' },
        { property: 'sendBeacon', message: 'calmkit sends nothing.' },
        { property: 'cookie', message: 'calmkit stores nothing.' },
        { property: 'postMessage', message: 'calmkit sends nothing.' },
      ],
      'no-restricted-imports': ['error', { paths: [
        { name: 'lit/directives/unsafe-html.js', message: 'Breaks Trusted Types and renders host markup.' },
        { name: 'lit/directives/unsafe-svg.js', message: 'Breaks Trusted Types and renders host markup.' },
        { name: 'lit/directives/style-map.js', message: 'Style attributes break the strict CSP.' },
      ] }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'lit/no-template-bind': 'error',
      'lit/attribute-value-entities': 'error',
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      // chai's property assertions (expect(x).to.exist) and non-null assertions on fixtures.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai's assertions are typed as thenables, so this rule misfires on every expect();
      // the one promise that must never float, an axe check, has its own rule below.
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': ['error', {
        selector: 'ExpressionStatement > CallExpression[callee.property.name="accessible"]',
        message: 'Await the axe check: `await expect(el).to.be.accessible()` (un-awaited, it passes silently).',
      }],
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // These scripts also run functions inside the browser page they drive.
    files: ['scripts/check-*.mjs', 'scripts/gallery.mjs', 'scripts/serve.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
