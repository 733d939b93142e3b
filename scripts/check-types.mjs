// Type tests (type-tests/<name>/): calmkit's published types as a host's compiler sees them,
// installed from the tarball `npm pack` makes. Each fixture compiles with its own tools and
// marks each deliberate mistake with @ts-expect-error, so a mistake that stops being an error
// fails the run as surely as correct code that stops compiling. Run after the build.
//
//   node scripts/check-types.mjs [name…]        every fixture, or only these
//   node scripts/check-types.mjs --update-locks  rewrite type-tests/*/package-lock.json
//
// Each fixture's package.json depends on "calmkit": "file:../calmkit.tgz" and names the command
// that checks it in "scripts.check" (default `tsc -p .`).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const updateLocks = args.includes('--update-locks');
const only = args.filter((arg) => !arg.startsWith('--'));
const fixtures = readdirSync('type-tests', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join('type-tests', entry.name, 'package.json')))
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name));
const env = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1', FORCE_COLOR: '0' };
const run = (command, commandArgs, cwd) => {
  const result = spawnSync(command, commandArgs, { cwd, env, encoding: 'utf8', timeout: 6 * 60_000 });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
};

const work = mkdtempSync(join(tmpdir(), 'calmkit-types-'));
let failed = 0;
try {
  const packed = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], '.');
  if (!packed.ok) throw new Error(`npm pack failed:\n${packed.output}`);
  const pack = JSON.parse(packed.output.slice(packed.output.indexOf('[')))[0];
  renameSync(join(work, pack.filename), join(work, 'calmkit.tgz'));
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const name of fixtures) {
    const dir = join(work, name);
    cpSync(join('type-tests', name), dir, { recursive: true, filter: (path) => !path.includes('node_modules') });
    const lockPath = join(dir, 'package-lock.json');
    let problem = '';
    let detail = '';
    if (updateLocks) {
      rmSync(lockPath, { force: true });
      const locked = run('npm', ['install', '--package-lock-only'], dir);
      if (!locked.ok) [problem, detail] = ['npm install --package-lock-only failed', locked.output];
      else {
        const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
        delete lock.packages['node_modules/calmkit']?.integrity;
        writeFileSync(join('type-tests', name, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
      }
    }
    if (!problem && !existsSync(lockPath)) problem = 'no committed package-lock.json (node scripts/check-types.mjs --update-locks)';
    if (!problem) {
      // The lock pins the registry packages; calmkit is whatever the tarball holds now.
      const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
      const entry = lock.packages['node_modules/calmkit'] ?? {};
      delete entry.integrity;
      entry.version = pack.version;
      for (const field of ['dependencies', 'peerDependencies', 'peerDependenciesMeta']) {
        if (manifest[field]) entry[field] = manifest[field];
        else delete entry[field];
      }
      writeFileSync(lockPath, JSON.stringify(lock, null, 2));
      const install = run('npm', ['ci'], dir);
      if (!install.ok) [problem, detail] = ['npm ci failed', install.output];
    }
    if (!problem) {
      const check = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts?.check;
      const compiled = check ? run('npm', ['run', '--silent', 'check'], dir) : run(join(dir, 'node_modules/.bin/tsc'), ['-p', '.'], dir);
      if (!compiled.ok) [problem, detail] = ['the types do not compile as expected', compiled.output];
    }
    if (problem) failed++;
    console.log(`${problem ? 'FAIL' : 'pass'} ${name}${problem ? `: ${problem}` : ''}`);
    if (detail) console.log(detail.split('\n').slice(0, 40).join('\n'));
  }
} catch (error) {
  console.error(`check-types: ${error.message}`);
  failed = fixtures.length;
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`type tests: ${fixtures.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
