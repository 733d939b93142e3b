// Package facts a developer relies on: the lock file npm keeps as it is, the release notes'
// integrity written from the build, the drop-in files' compile hint.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const run = (command, args, options) =>
  new Promise((resolvePromise) => {
    execFile(command, args, { encoding: 'utf8', ...options }, (error, stdout, stderr) => resolvePromise({ code: error ? error.code : 0, stdout, stderr }));
  });

test('npm install leaves package-lock.json as it is (npm 11, as devEngines requires)', async (t) => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  // npm 10 drops the "libc" fields npm 11 writes for platform packages, so it would rewrite the lock.
  assert.deepEqual(pkg.devEngines?.packageManager, { name: 'npm', version: '>=11.0.0', onFail: 'error' });
  const dir = mkdtempSync(join(tmpdir(), 'calmkit-lock-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  copyFileSync('package.json', join(dir, 'package.json'));
  copyFileSync('package-lock.json', join(dir, 'package-lock.json'));
  const install = await run('npm', ['install', '--package-lock-only', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir });
  assert.equal(install.code, 0, install.stderr);
  assert.equal(readFileSync(join(dir, 'package-lock.json'), 'utf8'), readFileSync('package-lock.json', 'utf8'), 'npm install rewrote package-lock.json: commit the lock npm 11 writes');
});

test('the release notes carry the integrity the build wrote beside the drop-in file', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'calmkit-notes-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const readme = join(dir, 'README.md');
  writeFileSync(readme, readFileSync('README.md', 'utf8').replace(/(<!-- integrity of dist\/calmkit\.min\.js -->).*?(<!-- \/integrity -->)/, '$1old$2'));
  const notes = await run(process.execPath, ['scripts/release-notes.mjs', readme]);
  assert.equal(notes.code, 0, notes.stderr);
  const sri = readFileSync(resolve('dist/calmkit.min.js.sri'), 'utf8').trim();
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.match(readFileSync(readme, 'utf8'), new RegExp(`## Release notes[\\s\\S]*\`${version}\`: \`${sri.replace(/[+/]/g, '\\$&')}\``));
});

test('the drop-in files ask Chromium to compile every function while they stream in (their first line)', () => {
  for (const file of ['dist/calmkit.min.js', 'dist/calmkit.classic.min.js']) {
    assert.equal(readFileSync(file, 'utf8').split('\n', 1)[0], '//# allFunctionsCalledOnLoad', file);
  }
});

test('calmkit/testing is the one public way to the fake clock, and imports in Node', async () => {
  const testing = await import('calmkit/testing');
  assert.deepEqual(Object.keys(testing).sort(), ['FakeClock', 'nextCalmEvent', 'settled', 'useClock']);
  const clock = new testing.FakeClock(0);
  let fired = 0;
  clock.schedule(() => fired++, 100);
  clock.advance(100);
  assert.equal(fired, 1);
  await assert.rejects(import('calmkit/dist/engine/fake-clock.js'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
  const bundled = readFileSync('dist/calmkit.min.js', 'utf8');
  assert.doesNotMatch(bundled, /lateBy/, 'the drop-in file must not carry the fake clock');
});
