// Consumer apps (issue 9): each app in consumers/<name>/ installs the package exactly as a user
// would, from the tarball `npm pack` makes (never from src/), builds with its own framework's
// tools, and is opened in Chromium: its calm-* element renders, a property the app sets reaches
// the element, and a calm-* event reaches the app. Console errors and warnings, page errors,
// policy violations and requests beyond the page fail it. Run after the build (npm test does).
//
//   node scripts/check-consumers.mjs                 every app
//   node scripts/check-consumers.mjs vue3 html       only these
//   node scripts/check-consumers.mjs --keep          keep the temp folder (prints where)
//   node scripts/check-consumers.mjs --update-locks  rewrite consumers/*/package-lock.json
//
// Each app is copied to a temp folder next to the tarball (consumers/<name>/package.json depends
// on "calmkit": "file:../calmkit.tgz"), so the work tree gets no node_modules, dist or tarball.
// Its committed package-lock.json pins every registry package. The calmkit entry carries no
// integrity: with one, npm installs the tarball it cached under that hash (the one packed when
// the lock was made) instead of today's, so the checker also compares the installed files with
// the tarball.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumFlags } from './browsers.mjs';
import { STRICT_POLICY, serve, watchPage } from './serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const consumers = join(root, 'consumers');
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const updateLocks = args.includes('--update-locks');
const only = args.filter((arg) => !arg.startsWith('--'));

/** What every app shows (consumers/README.md): a <calm-help> given this contact through its property. */
const CONTACT_NAME = 'Riverside Clinic duty line';
/** …and a list #events where it writes `help: <reason>` for each calm-help event it hears. */
const EXPECTED_EVENT = 'help: button';

const INSTALL_TIMEOUT = 6 * 60_000;
const BUILD_TIMEOUT = 4 * 60_000;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs a command, resolving with { ok, stdout, output (stdout and stderr), ms }; never rejects. */
function run(command, commandArgs, { cwd, timeout }) {
  const started = Date.now();
  return new Promise((resolvePromise) => {
    const child = spawn(command, commandArgs, {
      cwd,
      env: {
        ...process.env,
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n(stopped after ${seconds(timeout)})`;
      child.kill('SIGTERM');
    }, timeout);
    child.on('error', (error) => (output += `\n${error.message}`));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ ok: code === 0, stdout, output, ms: Date.now() - started });
    });
  });
}

/** At most `n` of the tasks given to the returned function run at once. */
function limit(n) {
  let active = 0;
  const waiting = [];
  const next = () => {
    if (active >= n || waiting.length === 0) return;
    active++;
    const { task, resolveTask } = waiting.shift();
    task()
      .then(resolveTask)
      .finally(() => {
        active--;
        next();
      });
  };
  return (task) =>
    new Promise((resolveTask) => {
      waiting.push({ task, resolveTask });
      next();
    });
}

const tail = (text, lines = 25) => text.trimEnd().split('\n').slice(-lines).join('\n');
/** npm puts the reason first and its usage text after it. */
const head = (text, lines = 15) => text.trimEnd().split('\n').slice(0, lines).join('\n');

for (const needed of ['dist/index.js', 'dist/calmkit.min.js', 'custom-elements.json']) {
  if (!existsSync(join(root, needed))) {
    console.error(`check-consumers: ${needed} is missing; run \`node scripts/build.mjs\` first.`);
    process.exit(1);
  }
}
if (!existsSync(browserPaths.chromium)) {
  console.error(`check-consumers: Chromium is missing at ${browserPaths.chromium}; run \`node scripts/browsers.mjs\` (or set CHROME_PATH).`);
  process.exit(1);
}

const apps = readdirSync(consumers, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(consumers, entry.name, 'package.json')))
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();
const unknown = only.filter((name) => !apps.includes(name));
if (unknown.length > 0 || apps.length === 0) {
  console.error(`check-consumers: no consumer app named ${unknown.join(', ') || '(none found)'} in consumers/`);
  process.exit(1);
}

const started = Date.now();
const work = mkdtempSync(join(tmpdir(), 'calmkit-consumers-'));
const servers = [];
let browser;
const cleanUp = () => {
  for (const server of servers) server.close();
  if (!keep) rmSync(work, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

/** Result per app: { name, problems: string[], details: string[], times: {} }. */
const results = new Map(apps.map((name) => [name, { name, problems: [], details: [], times: {} }]));

try {
  // 1. The package as it would be published.
  const packed = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, timeout: 60_000 });
  if (!packed.ok) throw new Error(`npm pack failed:\n${tail(packed.output)}`);
  const pack = JSON.parse(packed.stdout)[0];
  renameSync(join(work, pack.filename), join(work, 'calmkit.tgz'));
  // Unpacked once, to compare each app's installed copy with (.packed/package/).
  mkdirSync(join(work, '.packed'));
  const unpacked = await run('tar', ['-xzf', '../calmkit.tgz'], { cwd: join(work, '.packed'), timeout: 60_000 });
  if (!unpacked.ok) throw new Error(`could not unpack the tarball:\n${tail(unpacked.output)}`);
  const packedFiles = pack.files.map((file) => file.path);
  const packedManifest = JSON.parse(readFileSync(join(work, '.packed/package/package.json'), 'utf8'));

  // 2. Install and build every app: installs mostly wait on the network and disk, builds on the
  //    CPU, so installs overlap more than builds do on a 2-core machine.
  const installSlot = limit(3);
  const buildSlot = limit(2);
  await Promise.all(
    apps.map(async (name) => {
      const result = results.get(name);
      const source = join(consumers, name);
      const dir = join(work, name);
      cpSync(source, dir, {
        recursive: true,
        filter: (path) => !/^(node_modules|dist|\.angular|\.next|out)$/.test(relative(source, path).split(/[\\/]/)[0]),
      });
      const lockPath = join(dir, 'package-lock.json');
      if (updateLocks) {
        rmSync(lockPath, { force: true });
        const locked = await installSlot(() => run('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund'], { cwd: dir, timeout: INSTALL_TIMEOUT }));
        if (!locked.ok) {
          result.problems.push('npm install --package-lock-only failed');
          result.details.push(tail(locked.output));
          return;
        }
        const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
        delete lock.packages['node_modules/calmkit']?.integrity;
        writeFileSync(join(source, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
      }
      if (!existsSync(lockPath)) {
        result.problems.push('no committed package-lock.json (make one with `node scripts/check-consumers.mjs --update-locks`)');
        return;
      }
      // The lock pins the registry packages; calmkit is whatever the tarball holds now.
      const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
      const entry = lock.packages['node_modules/calmkit'];
      if (!entry) {
        result.problems.push('package-lock.json has no calmkit (package.json must depend on "calmkit": "file:../calmkit.tgz")');
        return;
      }
      delete entry.integrity;
      entry.version = pack.version;
      // calmkit's own dependencies as packed today: if they changed, npm ci says the lock is out of sync.
      for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'peerDependenciesMeta']) {
        if (packedManifest[field]) entry[field] = packedManifest[field];
        else delete entry[field];
      }
      writeFileSync(lockPath, JSON.stringify(lock, null, 2));

      const install = await installSlot(() => run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, timeout: INSTALL_TIMEOUT }));
      result.times.install = install.ms;
      if (!install.ok) {
        result.problems.push(
          /in sync|Missing: /.test(install.output)
            ? 'npm ci failed: package-lock.json is out of date (run `node scripts/check-consumers.mjs --update-locks`)'
            : 'npm ci failed',
        );
        result.details.push(head(install.output));
        return;
      }
      // Packages the app must work without (package.json "calmkitConsumer.notInstalled"), e.g.
      // @lit/react for React 18: the README promises calmkit, react and react-dom are enough.
      const appManifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const present = (appManifest.calmkitConsumer?.notInstalled ?? []).filter((name) => existsSync(join(dir, 'node_modules', name)));
      if (present.length > 0) {
        result.problems.push(`installed without being asked for: ${present.join(', ')} (calmkit must not need it)`);
        return;
      }
      const stale = packedFiles.filter((path) => {
        const installed = join(dir, 'node_modules/calmkit', path);
        return !existsSync(installed) || !readFileSync(installed).equals(readFileSync(join(work, '.packed/package', path)));
      });
      if (stale.length > 0) {
        result.problems.push(`the installed calmkit differs from the packed one (${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ', …' : ''})`);
        return;
      }

      const built = await buildSlot(() => run('npm', ['run', 'build', '--silent'], { cwd: dir, timeout: BUILD_TIMEOUT }));
      result.times.build = built.ms;
      if (!built.ok) {
        result.problems.push('the build failed');
        result.details.push(tail(built.output));
      } else if (!existsSync(join(dir, 'dist/index.html'))) {
        result.problems.push('the build made no dist/index.html');
      }
    }),
  );

  // 3. Each built app in Chromium, one after another in one browser.
  const ready = apps.filter((name) => results.get(name).problems.length === 0);
  if (ready.length > 0) {
    browser = await puppeteer.launch({ executablePath: browserPaths.chromium, headless: true, args: chromiumFlags });
    for (const name of ready) {
      const result = results.get(name);
      const pageStarted = Date.now();
      try {
        await checkInBrowser(join(work, name), result.problems);
      } catch (error) {
        result.problems.push(`the check stopped: ${error.message.split('\n')[0]}`);
      }
      result.times.browser = Date.now() - pageStarted;
    }
  }
} catch (error) {
  console.error(`check-consumers: ${error.message}`);
  for (const result of results.values()) if (result.problems.length === 0) result.problems.push('not checked (see above)');
} finally {
  await browser?.close();
  cleanUp();
}

/** A policy's directives: name → values. */
function directives(policy) {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
}

/**
 * The policy an app is served under. The strict policy of SPEC §1.3 as a header, unless the
 * page's own <meta> policy is that policy with more Trusted Types policy names (a framework's
 * own, such as Vue's "vue") or with the sha256 hashes of the page's own inline scripts in
 * script-src (a prerendered Next.js page): then the page's policy alone, after checking it
 * loosens nothing else. `'allow-duplicates'` is part of the strict policy (a host may carry
 * its own Lit); no other quoted keyword and no `*` is accepted in trusted-types.
 */
function policyFor(html, problems) {
  const meta = /<meta[^>]+http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html)?.[0];
  const own = meta && /content=(["'])(.*?)\1/is.exec(meta)?.[2];
  if (!own) return true;
  const strict = directives(STRICT_POLICY);
  const page = directives(own);
  const keywords = new Set(strict.get('trusted-types').filter((v) => v.startsWith("'")));
  const loosens = {
    'trusted-types': (v) => v === '*' || (v.startsWith("'") && !keywords.has(v)),
    'script-src': (v) => !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(v),
  };
  for (const [name, values] of strict) {
    const pageValues = page.get(name);
    const extra = pageValues?.filter((v) => !values.includes(v)) ?? [];
    const same = pageValues && values.every((v) => pageValues.includes(v)) && (name in loosens ? !extra.some(loosens[name]) : extra.length === 0);
    if (!same) problems.push(`the page's own policy changes ${name} (${pageValues?.join(' ') ?? 'missing'}; the strict policy says ${values.join(' ')})`);
  }
  for (const name of page.keys()) if (!strict.has(name)) problems.push(`the page's own policy adds ${name}`);
  // The same policy as the strict one: served as a header too.
  return page.size === strict.size && [...strict].every(([name, values]) => page.get(name)?.join(' ') === values.join(' '));
}

/** Serves dist/ under the strict policy, opens it and uses it as a person would. */
async function checkInBrowser(dir, problems) {
  const policy = policyFor(readFileSync(join(dir, 'dist/index.html'), 'utf8'), problems);
  const { server, url } = await serve({ '/': join(dir, 'dist') }, { policy });
  servers.push(server);
  const page = await browser.newPage();
  try {
    await watchPage(page, url, problems);
    await page.goto(url, { waitUntil: 'load' });

    // Renders: the app has put <calm-help> on the page, it is defined and its shadow root has content.
    const rendered = await page
      .waitForFunction(
        async () => {
          const help = document.querySelector('calm-help');
          if (!help || !customElements.get('calm-help')) return false;
          await help.updateComplete;
          return Boolean(help.shadowRoot?.querySelector('[part="button"]'));
        },
        { timeout: 10_000, polling: 50 },
      )
      .then(() => true, () => false);
    const elements = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('calm-'))
        .map((el) => ({ tag: el.localName, defined: Boolean(customElements.get(el.localName)), empty: !el.shadowRoot || el.shadowRoot.childElementCount === 0 })),
    );
    if (elements.length === 0) problems.push('no calm-* element on the page');
    for (const el of elements) {
      if (!el.defined) problems.push(`<${el.tag}> is not defined`);
      else if (el.empty) problems.push(`<${el.tag}> rendered nothing`);
    }
    if (!rendered) {
      if (elements.some((el) => el.tag === 'calm-help')) problems.push('<calm-help> has no "Get help now" button');
      else problems.push('no <calm-help> on the page');
      return;
    }

    // An event reaches the app: a real click on "Get help now" fires calm-help { reason: 'button' }.
    const button = await page.$('calm-help >>> [part="button"]');
    await button.click();
    const heard = await page
      .waitForFunction((text) => document.querySelector('#events')?.textContent.includes(text), { timeout: 5_000, polling: 50 }, EXPECTED_EVENT)
      .then(() => true, () => false);
    if (!heard) {
      const shown = await page.evaluate(() => document.querySelector('#events')?.textContent.trim() ?? null);
      problems.push(`calm-help did not reach the app: #events shows ${shown === null ? 'nothing (no #events)' : JSON.stringify(shown)}, expected "${EXPECTED_EVENT}"`);
    }

    // A property reaches the element: the contact the app set as .resources is in the dialog.
    const reached = await page
      .waitForFunction(
        (name) => {
          const dialog = document.querySelector('calm-help')?.shadowRoot?.querySelector('dialog[open]');
          return dialog?.textContent.includes(name);
        },
        { timeout: 5_000, polling: 50 },
        CONTACT_NAME,
      )
      .then(() => true, () => false);
    if (!reached) {
      const state = await page.evaluate(() => {
        const help = document.querySelector('calm-help');
        return {
          open: Boolean(help?.shadowRoot?.querySelector('dialog[open]')),
          attribute: help?.getAttribute('resources'),
          property: help?.resources?.length ?? null,
        };
      });
      problems.push(
        !state.open
          ? 'the help dialog did not open'
          : `the .resources property did not reach <calm-help> ("${CONTACT_NAME}" is not in its dialog; ` +
              `property holds ${state.property ?? 'nothing'} contacts${state.attribute === null ? '' : `, attribute resources="${state.attribute.slice(0, 40)}"`})`,
      );
    }

    const violations = await page.evaluate(() => window.__violations);
    for (const violation of violations) problems.push(`policy violation: ${violation}`);
  } finally {
    await page.close();
  }
}

// 4. One line per app, then the details of what failed, then the summary.
let failed = 0;
for (const { name, problems, times } of results.values()) {
  const timing = Object.entries(times)
    .map(([step, ms]) => `${step} ${seconds(ms)}`)
    .join(', ');
  if (problems.length > 0) failed++;
  const unique = [...new Set(problems)];
  console.log(`${unique.length ? 'FAIL' : 'pass'} ${name}${timing ? ` (${timing})` : ''}${unique.length ? `: ${unique.join('; ')}` : ''}`);
}
for (const { name, details } of results.values()) {
  for (const detail of details) console.log(`\n--- ${name} ---\n${detail}`);
}
if (updateLocks) console.log('\nconsumers/*/package-lock.json rewritten from the registry.');
if (keep) console.log(`\nkept ${work}`);
console.log(`\nconsumers took ${seconds(Date.now() - started)}`);
console.log(`consumers: ${apps.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
