// `npm start` beside another server: it takes the next free port and says so in one line.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { test } from 'node:test';

/** Holds a free port on 127.0.0.1, as the test runner or a second demo would. */
function holdPort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Starts `npm start` (without its build) on `port`; resolves with its output once it serves. */
function start(port) {
  const child = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], { env: { ...process.env, PORT: String(port) } });
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  const served = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Press Ctrl+C to stop.')) resolve(output);
    });
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before serving:\n${output}`)));
  });
  return { child, served };
}

test('npm start takes the next free port when PORT is busy, and says so in one line', async (t) => {
  const held = await holdPort();
  const busy = held.address().port;
  const { child, served } = start(busy);
  t.after(() => {
    child.kill();
    held.close();
  });
  const output = await served;
  const notes = output.split('\n').filter((line) => line.includes(`Port ${busy} is in use`));
  assert.equal(notes.length, 1, output);
  const url = /calmkit demo: (\S+)/.exec(output)?.[1];
  assert.ok(url, output);
  assert.notEqual(Number(new URL(url).port), busy);
  assert.doesNotMatch(output, /EADDRINUSE|at .*\(node:/);
  const page = await fetch(url);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /calm-/);
});

test('npm start keeps a free PORT and says nothing about ports', async (t) => {
  const held = await holdPort();
  const port = held.address().port;
  await new Promise((resolve) => held.close(resolve));
  const { child, served } = start(port);
  t.after(() => child.kill());
  const output = await served;
  assert.match(output, new RegExp(`calmkit demo: http://localhost:${port}/`));
  assert.doesNotMatch(output, /is in use/);
});
