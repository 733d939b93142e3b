// `calmkit validate`: each problem with its JSON path, exit 1; exit 0 for valid flows; 2 on a
// usage mistake. Runs the bin as npx would (node bin/calmkit.mjs), against dist/ as built.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

const pkg = JSON.parse(await (await import('node:fs/promises')).readFile('package.json', 'utf8'));
const bin = pkg.bin.calmkit;

/** Runs `calmkit …`; resolves with its exit code and output, whatever the code. */
const calmkit = (...args) =>
  new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
  });

let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'calmkit-validate-'));
});
after(() => rm(dir, { recursive: true, force: true }));

const valid = {
  version: 1,
  id: 'waiting-room',
  title: { en: 'Before your appointment' },
  start: 'breathe',
  steps: {
    breathe: { kind: 'breathing', title: { en: 'Slow your breathing' }, pattern: 'extended-exhale', next: 'help' },
    help: { kind: 'help', title: 'help.title', next: 'end' },
    end: { kind: 'end', title: { en: 'Thank you' } },
  },
};

async function flowFile(name, content) {
  const file = join(dir, name);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

test('package.json names the calmkit bin, shipped in the package', () => {
  assert.equal(bin, 'bin/calmkit.mjs');
  assert.ok(pkg.files.includes('bin'));
});

test('a valid flow exits 0 and says so', async () => {
  const { code, stdout } = await calmkit('validate', await flowFile('valid.json', valid));
  assert.equal(code, 0, stdout);
  assert.match(stdout, /valid\.json: valid flow "waiting-room" \(3 steps\)/);
});

test('every built-in flow passes, so a catalog key such as help.title is known', async () => {
  const files = (await readdir('src/content/flows')).filter((f) => f.endsWith('.json')).map((f) => join('src/content/flows', f));
  const { code, stdout } = await calmkit('validate', ...files);
  assert.equal(code, 0, stdout);
  assert.match(stdout, new RegExp(`${files.length} of ${files.length} flows are valid`));
});

test('an invalid flow exits 1 and prints each problem with its JSON path', async () => {
  const broken = structuredClone(valid);
  broken.steps.breathe.next = 'helpp';
  broken.steps.help.link = { label: { en: 'Site' }, href: 'javascript:alert(1)' };
  broken.steps.help.title = { en: 'Help', xx: 42 };
  const { code, stdout } = await calmkit('validate', await flowFile('broken.json', broken));
  assert.equal(code, 1, stdout);
  assert.match(stdout, /broken\.json: 2 problems\n/);
  assert.match(stdout, /^\s+\$\.steps\.help\.link\.href: must be an https:/m);
  assert.match(stdout, /^\s+\$\.steps\.help\.title\.xx: /m);
});

test('a flow whose shapes are right but whose steps do not join up exits 1 with each path', async () => {
  const broken = structuredClone(valid);
  broken.steps.breathe.next = 'helpp';
  const { code, stdout } = await calmkit('validate', await flowFile('typo.json', broken));
  assert.equal(code, 1, stdout);
  assert.match(stdout, /^\s+\$\.steps\.breathe\.next: points at "helpp"/m);
  assert.match(stdout, /^\s+\$\.steps\.help: /m);
});

test('timer, schedule and board steps pass; a bad picture, pictogram id, wait or list is named by its path', async () => {
  const visual = {
    ...valid,
    id: 'classroom',
    start: 'wait',
    steps: {
      wait: { kind: 'timer', title: { en: 'Wait for the bell' }, minutes: 2, then: 'break', waitForEnd: true, next: 'plan' },
      plan: { kind: 'schedule', title: { en: 'First, then' }, items: [{ id: 'read', picture: 'read' }, { id: 'play', picture: 'playground' }], next: 'need' },
      need: { kind: 'board', title: { en: 'What do you need?' }, perScreen: 4, next: 'end' },
      end: valid.steps.end,
    },
  };
  const good = await calmkit('validate', await flowFile('classroom.json', visual));
  assert.equal(good.code, 0, good.stdout);
  assert.match(good.stdout, /valid flow "classroom" \(4 steps\)/);

  const broken = structuredClone(visual);
  broken.steps.wait.minutes = 90;
  broken.steps.wait.then = 'unicorn';
  broken.steps.plan.items[1].picture = 'https://example.org/play.png';
  broken.steps.need.items = Array.from({ length: 40 }, (_, i) => ({ id: `card-${i}`, picture: 'break' }));
  const { code, stdout } = await calmkit('validate', await flowFile('broken-classroom.json', broken));
  assert.equal(code, 1, stdout);
  assert.match(stdout, /broken-classroom\.json: 4 problems\n/);
  assert.match(stdout, /^\s+\$\.steps\.wait\.minutes: must be a whole number from 0 to 60/m);
  assert.match(stdout, /^\s+\$\.steps\.wait\.then: "unicorn" is not a built-in pictogram id$/m);
  assert.match(stdout, /^\s+\$\.steps\.plan\.items\[1\]\.picture: must be a built-in pictogram id or a data:image/m);
  assert.match(stdout, /^\s+\$\.steps\.need\.items: must be a list of 2 to 36 items/m);
});

test('one invalid file among valid ones exits 1', async () => {
  const good = await flowFile('good.json', valid);
  const bad = await flowFile('unknown-key.json', { ...valid, colour: 'blue' });
  const { code, stdout } = await calmkit('validate', good, bad);
  assert.equal(code, 1, stdout);
  assert.match(stdout, /\$\.colour: /);
  assert.match(stdout, /1 of 2 flows are valid/);
});

test('a file that is not JSON, or is missing, exits 1 and names the file', async () => {
  const notJson = await flowFile('not.json', '{ "version": 1,');
  const { code, stdout } = await calmkit('validate', notJson, join(dir, 'missing.json'));
  assert.equal(code, 1, stdout);
  assert.match(stdout, /not\.json: 1 problem\n\s+is not JSON/);
  assert.match(stdout, /missing\.json: 1 problem\n\s+cannot be read \(ENOENT\)/);
});

test('no command, or validate without a file, is a usage mistake: exit 2 with the usage', async () => {
  for (const args of [[], ['validate'], ['check', 'x.json']]) {
    const { code, stderr } = await calmkit(...args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, /Usage: calmkit validate/);
  }
});

test('--version prints the package version', async () => {
  const { code, stdout } = await calmkit('--version');
  assert.equal(code, 0);
  assert.equal(stdout.trim(), pkg.version);
});
