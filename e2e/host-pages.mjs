/* global window, document, customElements, requestAnimationFrame */
// Host pages calmkit does not control (SPEC §1.3, §1.10, §4), in Chromium and Firefox ESR under
// enforced Trusted Types.
//
// 1. Two Lits, one page. Every order of a host app built with its own copy of Lit (as Shoelace
//    or Material Web bring one), dist/calmkit.min.js, and calmkit from npm as a host's bundler
//    ships it (its own Lit again), in pairs and all three, plus calmkit.min.js from two addresses
//    (two plugins each shipping it), alone and around the host app: under
//    `trusted-types lit-html 'allow-duplicates'` the host app renders, "Get help now" appears,
//    and the page logs no error. Under the old `trusted-types lit-html`, with the host's Lit
//    first, calmkit cannot start: the console names the exact directive to add, and the
//    fallback link the host put inside <calm-help> is what the person sees and hears.
// 2. Fallback markup: a plain tel: link inside <calm-help> is shown (and in the accessibility
//    tree) until the element upgrades, and after that neither shown nor read.
// 3. Kiosks that open a file: a page opened from file:// with dist/calmkit.classic.min.js as a
//    classic <script src> and no declared charset renders <calm-help> in French and opens its dialog.
//
//   node e2e/host-pages.mjs                      both browsers
//   E2E_BROWSERS=chromium node e2e/host-pages.mjs
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { guarded, launch, reporter } from './lib.mjs';
import { STRICT_POLICY, serve } from '../scripts/serve.mjs';

const browsers = (process.env.E2E_BROWSERS ?? 'chromium firefox').split(/[\s,]+/).filter(Boolean);
const report = reporter('host pages');
const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'calmkit-host-pages-'));

/** Bundles `source` (resolved from the project root) into work/`file`, with its own copy of Lit. */
async function bundle(file, source) {
  await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    conditions: ['production'],
    outfile: join(work, file),
    logLevel: 'error',
  });
}

// A host app with its own Lit: one element that says it is ready.
await bundle(
  'host-lit-app.js',
  `import { LitElement, html } from 'lit';
customElements.define('host-app', class extends LitElement { render() { return html\`<p>Host app ready</p>\`; } });`,
);
// calmkit from npm, as a host's bundler ships it: the package's modules and its own Lit.
await bundle('calmkit-npm-app.js', `import './dist/index.js';`);
copyFileSync('dist/calmkit.min.js', join(work, 'calmkit.min.js'));
// The same file at a second address (two plugins each shipping it): a module runs once per URL.
mkdirSync(join(work, 'plugin'));
copyFileSync('dist/calmkit.min.js', join(work, 'plugin/calmkit.min.js'));
copyFileSync('dist/calmkit.classic.min.js', join(work, 'calmkit.classic.min.js'));

const SCRIPTS = { host: 'host-lit-app.js', bundle: 'calmkit.min.js', npm: 'calmkit-npm-app.js', again: 'plugin/calmkit.min.js' };
/** Every order of two or three different scripts, then the bundle twice (two addresses), alone and around the host. */
const orders = [];
const names = ['host', 'bundle', 'npm'];
for (const a of names) {
  for (const b of names.filter((n) => n !== a)) {
    orders.push([a, b]);
    for (const c of names.filter((n) => n !== a && n !== b)) orders.push([a, b, c]);
  }
}
orders.push(['bundle', 'again'], ['host', 'bundle', 'again'], ['bundle', 'again', 'host']);

/** What a host writes inside <calm-help>: shown until calmkit upgrades it, or when it cannot. */
const FALLBACK = 'Call or text 988 to talk to someone now';
const OLD_POLICY = STRICT_POLICY.replace(" 'allow-duplicates'", '');

function page(file, order, policy) {
  writeFileSync(
    join(work, file),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A host page</title>
<meta http-equiv="Content-Security-Policy" content="${policy}">
${order.map((name) => `<script type="module" src="${SCRIPTS[name]}"></script>`).join('\n')}
</head><body><host-app></host-app>
<calm-help region="US"><a href="tel:988">${FALLBACK}</a></calm-help></body></html>`,
  );
  return file;
}

const { server, url } = await serve({ '/': work });

/** Loads one page; resolves with what it shows and what it logged. */
async function visit(browser, file) {
  const tab = await browser.newPage();
  const logged = [];
  tab.on('console', (message) => ['error', 'warn', 'warning'].includes(message.type()) && logged.push(message.text()));
  tab.on('pageerror', (error) => logged.push(`page error: ${error.message}`));
  try {
    await tab.goto(new URL(file, url).href, { waitUntil: 'load' });
    // Module scripts have run by load; give each element one frame to render.
    await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const seen = await tab.evaluate(async (fallback) => {
      const help = document.querySelector('calm-help');
      if (customElements.get('calm-help')) await help.updateComplete;
      const link = help.querySelector('a');
      return {
        help: Boolean(customElements.get('calm-help') && help.shadowRoot?.querySelector('[part="button"]')?.textContent.includes('Get help now')),
        host: Boolean(document.querySelector('host-app').shadowRoot?.textContent.includes('Host app ready')),
        fallbackShown: link.getClientRects().length > 0 && link.textContent === fallback,
      };
    }, FALLBACK);
    // What a screen reader gets (Chromium's accessibility tree; Firefox over BiDi has none to read).
    const tree = browser.name === 'chromium' ? JSON.stringify(await tab.accessibility.snapshot()) : null;
    return { ...seen, spoken: tree === null ? null : tree.split(FALLBACK).length - 1, logged };
  } finally {
    await tab.close();
  }
}

try {
  for (const name of browsers) {
    await guarded(report, `${name}: host pages`, async () => {
      const browser = await launch(name);
      browser.name = name;
      try {
        for (const order of orders) {
          const label = order.map((n) => SCRIPTS[n]).join(' + ');
          const seen = await visit(browser, page(`${order.join('-')}.html`, order, STRICT_POLICY));
          report.check(
            `${name}: ${label}: "Get help now" appears${order.includes('host') ? ', the host app renders' : ''}, the fallback is neither shown nor read, no error`,
            seen.help && (!order.includes('host') || seen.host) && !seen.fallbackShown && (seen.spoken ?? 0) === 0 && seen.logged.length === 0,
            [JSON.stringify({ ...seen, logged: undefined }), ...seen.logged],
          );
        }

        // The policy calmkit used to document: the host's Lit made lit-html first.
        const blocked = await visit(browser, page('old-policy.html', ['host', 'bundle'], OLD_POLICY));
        const named = blocked.logged.filter((line) => line.includes("calmkit could not start") && line.includes("trusted-types lit-html 'allow-duplicates'"));
        report.check(
          `${name}: without 'allow-duplicates' calmkit cannot start; the console names the directive to add, once`,
          !blocked.help && blocked.host && named.length === 1,
          blocked.logged,
        );
        report.check(
          `${name}: …and the host's fallback link inside <calm-help> is shown and read instead`,
          blocked.fallbackShown && (blocked.spoken ?? 1) >= 1,
          [JSON.stringify({ ...blocked, logged: undefined })],
        );

        // Before calmkit loads, the fallback is there; the bundle comes later.
        const late = await browser.newPage();
        try {
          await late.goto(new URL(page('late.html', [], STRICT_POLICY), url).href, { waitUntil: 'load' });
          const before = await late.evaluate(() => document.querySelector('calm-help a').getClientRects().length > 0);
          // A dynamic import: the policy refuses a script element made by script (no TrustedScriptURL).
          await late.evaluate((src) => import(src), new URL('calmkit.min.js', url).href);
          await late.waitForFunction(() => customElements.get('calm-help'), { timeout: 10_000 });
          const after = await late.evaluate(async () => {
            const help = document.querySelector('calm-help');
            await help.updateComplete;
            return help.querySelector('a').getClientRects().length > 0;
          });
          const spoken = name === 'chromium' ? JSON.stringify(await late.accessibility.snapshot()).split(FALLBACK).length - 1 : 0;
          report.check(`${name}: the fallback link shows until <calm-help> upgrades, then is neither shown nor read`, before && !after && spoken === 0, [JSON.stringify({ before, after, spoken })]);
        } finally {
          await late.close();
        }

        // A kiosk page opened from a file, with the classic script, and no <meta charset>: a file
        // page's bytes are then read in a legacy encoding, so the script is written in ASCII only
        // and its French words must still read right.
        const kiosk = await browser.newPage();
        const errors = [];
        kiosk.on('pageerror', (error) => errors.push(error.message));
        try {
          writeFileSync(
            join(work, 'kiosk.html'),
            `<!doctype html><html lang="fr"><head><title>Kiosk</title><script src="calmkit.classic.min.js"></script></head><body><calm-help region="US"></calm-help></body></html>`,
          );
          await kiosk.goto(pathToFileURL(join(work, 'kiosk.html')).href, { waitUntil: 'load' });
          await kiosk.waitForFunction(() => document.querySelector('calm-help').shadowRoot?.querySelector('[part="button"]'), { timeout: 10_000 });
          await (await kiosk.$('calm-help >>> [part="button"]')).click();
          const opened = await kiosk
            .waitForFunction(() => document.querySelector('calm-help').shadowRoot.querySelector('dialog[open] a[href="tel:988"]'), { timeout: 5_000 })
            .then(() => true, () => false);
          const words = await kiosk.evaluate(() => document.querySelector('calm-help').shadowRoot.querySelector('[part="button"]').textContent.trim());
          if (words !== 'Aide immédiate') errors.push(`the help button reads ${JSON.stringify(words)}`);
          const global = await kiosk.evaluate(() => typeof window.calmkit?.validateFlow === 'function' && window.calmkit.CalmHelp === customElements.get('calm-help'));
          report.check(`${name}: file:// with calmkit.classic.min.js as a classic script and no declared charset: help renders in French and opens with tel:988; window.calmkit holds the exports`, opened && global && errors.length === 0, errors);
        } finally {
          await kiosk.close();
        }
      } finally {
        await browser.close();
      }
    });
  }
} finally {
  server.close();
  rmSync(work, { recursive: true, force: true });
}
report.finish();
