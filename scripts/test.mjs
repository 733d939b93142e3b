// npm test: every check calmkit makes, in order, ending non-zero if any fails.
// Lint, types, the build with its size budgets, the three browsers in Lit's production and
// development builds, the demo pages under the strict policy, and every Storybook story.
import { spawnSync } from 'node:child_process';
import { ensureBrowsers } from './browsers.mjs';

ensureBrowsers();

const bin = (name) => `node_modules/.bin/${name}`;
const steps = [
  ['lint (eslint)', bin('eslint'), ['.']],
  ['lint (lit-analyzer, strict)', bin('lit-analyzer'), ['--strict', '--quiet', 'src']],
  ['type-check (library)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['type-check (tests, stories)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.test.json']],
  ['build and size budgets', process.execPath, ['scripts/build.mjs']],
  ['package contents and exports', process.execPath, ['scripts/check-package.mjs']],
  ['React wrappers and JSX typings match the manifest', process.execPath, ['scripts/generate-react.mjs', '--check']],
  ['consumer apps (React 19, React 18, Vue 3, Angular, HTML)', process.execPath, ['scripts/check-consumers.mjs']],
  ['tests: Chromium, Firefox, WebKit (Lit production build)', 'xvfb-run', ['-a', bin('wtr')], { LIT_MODE: 'production' }],
  ['tests: Chromium, Firefox, WebKit (Lit development build)', 'xvfb-run', ['-a', bin('wtr')], { LIT_MODE: 'development' }],
  ['demo pages under the strict policy', process.execPath, ['scripts/check-demo.mjs']],
  ['dist/ scanned for network, storage, eval and HTML-injection APIs', process.execPath, ['scripts/scan-dist.mjs']],
  ['e2e: nothing leaves, nothing stays, strict policy (Chromium, Firefox)', process.execPath, ['e2e/privacy.mjs']],
  ['e2e: no leaks after hundreds of mounts (Chromium, DevTools counters)', process.execPath, ['e2e/leaks.mjs']],
  ['e2e: seen as people see it: themes, forced colours, 320 px, axe (Chromium)', process.execPath, ['e2e/seen.mjs']],
  ['Storybook: every story', process.execPath, ['scripts/check-stories.mjs']],
];

const results = [];
for (const [name, command, args, env = {}] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  results.push({ name, ok: status === 0, seconds: ((Date.now() - started) / 1000).toFixed(0) });
}

console.log('\ncalmkit checks:');
for (const { name, ok, seconds } of results) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`checks: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
