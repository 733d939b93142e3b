// publint and @arethetypeswrong/cli (profile esm-only) on the tarball `npm pack` makes, offline:
// what a developer's bundler and TypeScript would find in the published package (exports, types
// per entry point, files). Run after the build (npm test does).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const work = mkdtempSync(join(tmpdir(), 'calmkit-lint-'));
let failed = 0;
try {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { encoding: 'utf8' }));
  const tarball = join(work, packed.filename);
  const tools = [
    ['publint', ['node_modules/.bin/publint', 'run', tarball, '--strict']],
    // The classic drop-in is a <script> for file:// pages, not a module anyone imports: no types.
    ['attw (esm-only)', ['node_modules/.bin/attw', tarball, '--profile', 'esm-only', '--exclude-entrypoints', './calmkit.classic.min.js', '--format', 'table-flipped', '--no-color']],
  ];
  for (const [name, [command, ...args]] of tools) {
    const run = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    const ok = run.status === 0;
    if (!ok) failed++;
    console.log(`${ok ? 'pass' : 'FAIL'} ${name}`);
    if (!ok) console.log(`${run.stdout}${run.stderr}`.trimEnd());
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`package lint: ${2 - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
