// Package hygiene, checked on what `npm pack` would publish: only dist/, types, the manifest,
// the flow schema, README and LICENSE; every `exports` target exists, lists `types` first and
// resolves; `sideEffects` names only registration files; lit is the only runtime dependency.
// Then every `exports` entry (each locale the `*` pattern covers, too) is imported in a fresh
// Node process with no DOM globals, as a server render, a build tool or CI would (SPEC §1.10),
// and `validateFlow` checks a flow there. Run after the build (npm test does).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
let checks = 0;
const check = (ok, message) => {
  checks++;
  if (!ok) problems.push(message);
};

const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }))[0];
const files = packed.files.map((file) => file.path);
const allowed = /^(bin\/calmkit\.mjs|dist\/.+\.(js|js\.map|d\.ts)|dist\/calmkit(\.classic)?\.min\.js\.sri|dist\/(vscode\.(html|css)-custom-data|web-types)\.json|custom-elements\.json|schema\/[\w.-]+\.json|README\.md|LICENSE|package\.json)$/;
for (const file of files) check(allowed.test(file), `npm pack would publish an unexpected file: ${file}`);
for (const needed of ['README.md', 'LICENSE', 'custom-elements.json', 'dist/calmkit.min.js', 'dist/calmkit.classic.min.js', 'dist/index.js', 'dist/index.d.ts']) {
  check(files.includes(needed), `npm pack would miss ${needed}`);
}

check(pkg.type === 'module', 'package.json must say "type": "module"');
check(JSON.stringify(Object.keys(pkg.dependencies ?? {})) === '["lit"]', 'lit must be the only runtime dependency');
check(pkg.customElements === 'custom-elements.json', 'package.json "customElements" must point at custom-elements.json');
for (const field of ['main', 'module', 'types']) check(existsSync(pkg[field]), `package.json "${field}" points at a missing file: ${pkg[field]}`);

/** Expands a `*` export target against the files npm would publish. */
const matching = (pattern) => {
  const [before, after] = pattern.replace(/^\.\//, '').split('*');
  return after === undefined ? files.filter((f) => f === before) : files.filter((f) => f.startsWith(before) && f.endsWith(after));
};
for (const [subpath, target] of Object.entries(pkg.exports)) {
  const targets = typeof target === 'string' ? { default: target } : target;
  if (typeof target === 'object') {
    const keys = Object.keys(target);
    if (keys.includes('types')) check(keys[0] === 'types', `exports["${subpath}"] must list "types" first`);
    check(keys.at(-1) === 'default', `exports["${subpath}"] must end with "default"`);
  }
  for (const [condition, path] of Object.entries(targets)) {
    if (path === './package.json') continue;
    check(matching(path).length > 0, `exports["${subpath}"].${condition} → ${path} is not in the package`);
  }
}
for (const pattern of pkg.sideEffects) {
  check(/(index|define|calmkit(\.classic)?\.min|locales\/\*)\.js$/.test(pattern), `sideEffects should list only registration files, not ${pattern}`);
  check(matching(pattern).length > 0, `sideEffects entry ${pattern} matches no published file`);
}

// Where a developer finds the code, the docs and the issue tracker: one repository for all three.
const REPOSITORY = 'https://github.com/calmkit/calmkit';
check(pkg.repository?.url === `git+${REPOSITORY}.git`, `package.json "repository" must be { "type": "git", "url": "git+${REPOSITORY}.git" }`);
check(pkg.homepage?.startsWith(REPOSITORY), `package.json "homepage" must point at ${REPOSITORY}`);
check(pkg.bugs?.url === `${REPOSITORY}/issues`, `package.json "bugs" must point at ${REPOSITORY}/issues`);

// The drop-in file's Subresource Integrity, shipped beside it, is the hash of the file shipped.
const sri = existsSync('dist/calmkit.min.js.sri') ? readFileSync('dist/calmkit.min.js.sri', 'utf8').trim() : '';
const hash = `sha384-${createHash('sha384').update(readFileSync('dist/calmkit.min.js')).digest('base64')}`;
check(files.includes('dist/calmkit.min.js.sri'), 'npm pack would miss dist/calmkit.min.js.sri');
check(sri === hash, `dist/calmkit.min.js.sri holds ${sri || 'nothing'}, not the file's ${hash}`);

// The calmkit bin (npx calmkit validate) is shipped and runs with node.
for (const [name, path] of Object.entries(pkg.bin ?? {})) {
  check(files.includes(path), `npm pack would miss the ${name} bin ${path}`);
  check(existsSync(path) && readFileSync(path, 'utf8').startsWith('#!/usr/bin/env node\n'), `the ${name} bin ${path} must start with #!/usr/bin/env node`);
}

// Every subpath resolves through Node's own resolver, as a bundler would.
for (const subpath of Object.keys(pkg.exports)) {
  if (subpath.includes('*')) continue;
  const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  try {
    import.meta.resolve(specifier);
    check(true, '');
  } catch (error) {
    check(false, `${specifier} does not resolve: ${error.message}`);
  }
}

// Every entry imports in plain Node: one child process per entry, so one entry's globals cannot
// hide another's need for them.
const importable = Object.entries(pkg.exports).flatMap(([subpath, target]) => {
  const path = typeof target === 'string' ? target : target.default;
  if (!subpath.includes('*')) return [subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`];
  const [before, after] = subpath.slice(2).split('*');
  return matching(path).map((file) => {
    const [start, end] = path.replace(/^\.\//, '').split('*');
    return `${pkg.name}/${before}${file.slice(start.length, file.length - end.length)}${after}`;
  });
});
/** A clinician's flow checked in CI: the main entry's validateFlow accepts a good one and names what is wrong in a bad one. */
const VALIDATE_IN_NODE = `
  const good = m.validateFlow({ version: 1, id: 'ci', title: { en: 'Check' }, start: 'a', steps: { a: { kind: 'end', title: { en: 'Done' } } } });
  const bad = m.validateFlow({ version: 2, id: 'ci', start: 'a', steps: {} });
  if (!good.definition || good.errors.length > 0 || bad.definition || bad.errors.length === 0) throw new Error('validateFlow gave ' + JSON.stringify({ good, bad }));`;
const importScript = (specifier) =>
  specifier.endsWith('.json')
    ? `await import(${JSON.stringify(specifier)}, { with: { type: 'json' } });`
    : `const m = await import(${JSON.stringify(specifier)});${specifier === pkg.name ? VALIDATE_IN_NODE : ''}`;
for (const specifier of importable) {
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', importScript(specifier)], { encoding: 'utf8', stdio: 'pipe' });
    check(true, '');
  } catch (error) {
    const reason = String(error.stderr ?? error.message).split('\n').find((line) => /Error/.test(line)) ?? error.message;
    check(false, `import('${specifier}') fails in Node without a DOM: ${reason.trim()}`);
  }
}

for (const problem of problems) console.log(`FAIL ${problem}`);
console.log(`package (${files.length} files, ${(packed.size / 1024).toFixed(0)} KB packed): ${checks - problems.length} passed, ${problems.length} failed`);
process.exit(problems.length > 0 ? 1 : 0);
