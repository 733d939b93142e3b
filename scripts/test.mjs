// npm test: every check calmkit makes, in order, ending non-zero if any fails.
// Lint, types, the build with its size budgets, the package imported in plain Node, the consumer
// apps, the three browsers in Lit's production and development builds, the demo pages under the
// strict policy, server rendering and hydration, host pages with another Lit, and every story.
import { spawn } from 'node:child_process';
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
  ['package lint: publint, attw (esm-only) on the packed tarball', process.execPath, ['scripts/check-package-lint.mjs']],
  ['node tests: npm start, calmkit validate, package files (test/node)', process.execPath, [
    '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-test-count.mjs', '--test-reporter-destination=stdout', 'test/node/',
  ]],
  ['React wrappers and JSX typings match the manifest', process.execPath, ['scripts/generate-react.mjs', '--check']],
  ['consumer apps (React 19, React 18, Vue 3, Angular, Next.js, HTML)', process.execPath, ['scripts/check-consumers.mjs']],
  ['type tests against the packed package (TypeScript, React 19 JSX, React 18 wrappers, Vue with vue-tsc, Svelte with svelte-check)', process.execPath, ['scripts/check-types.mjs']],
  ['tests: Chromium, Firefox, WebKit (Lit production build)', 'xvfb-run', ['-a', bin('wtr')], { LIT_MODE: 'production' }],
  ['tests: Chromium, Firefox, WebKit (Lit development build)', 'xvfb-run', ['-a', bin('wtr')], { LIT_MODE: 'development' }],
  ['demo pages under the strict policy', process.execPath, ['scripts/check-demo.mjs']],
  ['dist/ scanned for network, storage, eval and HTML-injection APIs', process.execPath, ['scripts/scan-dist.mjs']],
  ['e2e: nothing leaves, nothing stays, strict policy (Chromium, Firefox)', process.execPath, ['e2e/privacy.mjs']],
  ['e2e: server rendering with Lit SSR in Node, hydrated in Chromium and Firefox', process.execPath, ['e2e/ssr.mjs']],
  ['e2e: two copies of Lit and the classic script under enforced Trusted Types (Chromium, Firefox)', process.execPath, ['e2e/host-pages.mjs']],
  ['e2e: no leaks after hundreds of mounts (Chromium, DevTools counters)', process.execPath, ['e2e/leaks.mjs']],
  ['e2e: seen as people see it: themes, forced colours, 320 px, axe (Chromium)', process.execPath, ['e2e/seen.mjs']],
  ['e2e: help finds the region from the time zone, or asks (Chromium, Firefox)', process.execPath, ['e2e/region.mjs']],
  ['e2e: quick exit in a host page with a "Leave site?" guard (Chromium, Firefox)', process.execPath, ['e2e/quick-exit.mjs']],
  ['Storybook: every story, and an API page per element that matches the manifest', process.execPath, ['scripts/check-stories.mjs']],
];

/** Colour and cursor codes (ESC [ … letter), which the test runner writes around its counts. */
const TERMINAL_CODES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');

/** A count line: `<label>: N passed, N failed`, the label ending at its first colon or bar. */
const COUNT_LINE = /^\s*([^:|]*?):?[^:]*?(\d+) passed, (\d+) failed/;

/**
 * Runs one step, passing its output through, and reads the counts it reports: each suite ends with
 * a line `<label>: N passed, N failed` (the test runner repeats one per browser as it goes); the
 * last line of each label counts. Count lines are held back and each label's final count is
 * printed once the step ends, so that the only `N passed, N failed` lines in the whole run are
 * the totals at the end.
 */
function runStep(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    const counts = new Map();
    let pending = '';
    let lastBlank = false;
    const read = (text) => {
      const shown = [];
      for (const line of text.split('\n')) {
        const plain = line.replace(TERMINAL_CODES, '');
        const match = COUNT_LINE.exec(plain);
        if (match) counts.set(match[1].trim(), { passed: Number(match[2]), failed: Number(match[3]) });
        // The runner's redrawn progress leaves runs of empty lines behind; one is enough.
        else if (plain.trim() !== '' || !lastBlank) shown.push(line);
        if (!match) lastBlank = plain.trim() === '';
      }
      return shown;
    };
    child.stdout.on('data', (chunk) => {
      const text = pending + String(chunk);
      const end = text.lastIndexOf('\n');
      pending = text.slice(end + 1);
      if (end >= 0) {
        const shown = read(text.slice(0, end));
        if (shown.length > 0) process.stdout.write(`${shown.join('\n')}\n`);
      }
    });
    child.on('close', (status) => {
      const shown = pending ? read(pending) : [];
      if (shown.length > 0) process.stdout.write(`${shown.join('\n')}\n`);
      for (const [label, { passed, failed }] of counts) console.log(`${label}: ${passed + failed} tests ran, ${failed} of them failed`);
      resolve({ status, counts: [...counts.values()] });
    });
  });
}

const results = [];
for (const [name, command, args, env = {}] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const { status, counts } = await runStep(command, args, env);
  const passed = counts.reduce((sum, c) => sum + c.passed, 0);
  const failedTests = counts.reduce((sum, c) => sum + c.failed, 0);
  results.push({ name, ok: status === 0, counted: counts.length > 0, passed, failed: failedTests, seconds: ((Date.now() - started) / 1000).toFixed(0) });
}

console.log('\ncalmkit checks:');
for (const { name, ok, counted, passed, failed, seconds } of results) {
  // A step without its own count (lint, types, build) is still a check that ran: say so plainly.
  const outcome = ok ? 'passed' : 'FAILED';
  const tests = counted ? `${passed + failed} tests ran, ${failed} of them failed` : 'no test count';
  console.log(`  ${outcome} (${name}; ${tests}; ${seconds} s)`);
}
const failedSteps = results.filter((r) => !r.ok);
const total = (key) => results.reduce((sum, r) => sum + r[key], 0);
console.log(failedSteps.length === 0 ? `all ${results.length} checks pass` : `${failedSteps.length} of ${results.length} checks failed: ${failedSteps.map((r) => r.name).join('; ')}`);
console.log(`tests: ${total('passed')} passed, ${total('failed')} failed`);
process.exit(failedSteps.length > 0 ? 1 : 0);
