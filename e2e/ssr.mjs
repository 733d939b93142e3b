/* global window, document, customElements */
// Server rendering (SPEC §1.10), end to end.
//
// In Node, with no DOM: Lit SSR (@lit-labs/ssr) renders calmkit's published modules (imported
// as `calmkit/help.js` and `calmkit/quick-exit.js`, as a server would) to declarative shadow
// DOM: <calm-help region="US"> with its "Get help now" button, the panel variant with real
// tel: and sms: links, <calm-quick-exit> keeping its href, and elements in their own lang
// (Spanish; Arabic right to left), all without a warning.
//
// In Chromium and Firefox ESR (no policy: Lit SSR writes each shadow root's styles as an inline
// <style>), that markup shows the help links before any script runs; then Lit's hydration
// (@lit-labs/ssr-client) takes it over without losing anything: the same nodes stay (nothing
// is rendered twice), the quick exit keeps its href, "Get help now" opens the help dialog, the
// Shift shortcut counts, and hydration logs no error or warning.
//
//   node e2e/ssr.mjs                      both browsers
//   E2E_BROWSERS=chromium node e2e/ssr.mjs
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'calmkit/help.js';
import 'calmkit/quick-exit.js';
import 'calmkit/locales/es.js';
import 'calmkit/locales/ar.js';
import { guarded, launch, reporter } from './lib.mjs';
import { serve } from '../scripts/serve.mjs';

const browsers = (process.env.E2E_BROWSERS ?? 'chromium firefox').split(/[\s,]+/).filter(Boolean);
const report = reporter('ssr');
const EXIT_TO = 'https://www.bbc.co.uk/weather';

/** Renders a template as a server would, collecting what calmkit writes to the console meanwhile. */
async function serverRender(template) {
  const said = [];
  const { warn, error } = console;
  console.warn = (...args) => said.push(args.join(' '));
  console.error = (...args) => said.push(args.join(' '));
  try {
    return { markup: await collectResult(render(template)), said };
  } finally {
    Object.assign(console, { warn, error });
  }
}

/** The markup inside the first declarative shadow root of `markup`, styles left out. */
const shadowOf = (markup) => /<template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>/.exec(markup)?.[1].replace(/<style>[\s\S]*?<\/style>/g, '') ?? '';
const links = (markup) => [...markup.matchAll(/href="((?:tel|sms):[^"]*)"/g)].map((m) => m[1]);

const button = await serverRender(html`<calm-help region="US"></calm-help>`);
const panel = await serverRender(html`<calm-help region="US" variant="panel"></calm-help>`);
const exit = await serverRender(html`<calm-quick-exit href=${EXIT_TO}></calm-quick-exit>`);
const spanish = await serverRender(html`<calm-help lang="es" region="US" variant="panel"></calm-help>`);
const arabic = await serverRender(html`<calm-help lang="ar" region="US"></calm-help>`);

report.check('Node: <calm-help region="US"> renders to declarative shadow DOM with its "Get help now" button', /<button part="button"[^>]*>[\s\S]*Get help now/.test(shadowOf(button.markup)), button.markup.slice(0, 300));
const panelLinks = links(panel.markup);
report.check(
  'Node: the panel variant renders the US lines as real tel: and sms: links (911, 988 call and text)',
  ['tel:911', 'tel:988', 'sms:988'].every((link) => panelLinks.includes(link)),
  [`links: ${panelLinks.join(' ') || 'none'}`],
);
report.check(
  `Node: <calm-quick-exit href="${EXIT_TO}"> keeps its href and renders its exit button and help`,
  exit.markup.includes(`href="${EXIT_TO}"`) && /Exit this page/.test(exit.markup) && /<calm-help[^>]*defer-hydration/.test(exit.markup),
  exit.markup.slice(0, 300),
);
report.check(
  'Node: an element renders in its own lang on the server (Spanish panel; Arabic right to left)',
  shadowOf(spanish.markup).includes('Habla con alguien ahora') &&
    /lang="es" dir="ltr"/.test(shadowOf(spanish.markup)) &&
    shadowOf(arabic.markup).includes('اطلب المساعدة الآن') &&
    /lang="ar" dir="rtl"/.test(shadowOf(arabic.markup)),
  [shadowOf(spanish.markup).slice(0, 300), shadowOf(arabic.markup).slice(0, 300)],
);
const said = [...button.said, ...panel.said, ...exit.said, ...spanish.said, ...arabic.said];
report.check('Node: rendering warns about nothing (a valid href is accepted on the server)', said.length === 0, said);

// The page a server would send: the three renders, then (added by the test) the scripts.
const work = mkdtempSync(join(tmpdir(), 'calmkit-ssr-'));
const importMap = {
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    '@lit-labs/ssr-client/': '/node_modules/@lit-labs/ssr-client/',
  },
};
writeFileSync(
  join(work, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>calmkit rendered on a server</title>
<script type="importmap">${JSON.stringify(importMap)}</script></head>
<body><main><h1>Support</h1>${button.markup}${panel.markup}${exit.markup}${spanish.markup}</main></body></html>`,
);
// Hydration support must load before Lit's element class, so calmkit comes after it; the
// languages the server rendered in come before the elements, which hydrate as they are defined.
writeFileSync(
  join(work, 'hydrate.js'),
  `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
await import('/dist/locales/es.js');
await import('/dist/elements/help/define.js');
await import('/dist/elements/quick-exit/define.js');
await Promise.all([...document.querySelectorAll('calm-help, calm-quick-exit')].map((el) => el.updateComplete));
window.hydrated = true;`,
);
const { server, url } = await serve({ '/node_modules/': 'node_modules', '/dist/': 'dist', '/': work });

try {
  for (const name of browsers) {
    await guarded(report, `${name}: the server-rendered page`, async () => {
      const browser = await launch(name);
      try {
        const page = await browser.newPage();
        const problems = [];
        page.on('console', (message) => ['error', 'warn', 'warning'].includes(message.type()) && problems.push(`console ${message.type()}: ${message.text()}`));
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        await page.goto(url, { waitUntil: 'load' });

        // Before any script: the shadow roots are there, the links can be seen and followed.
        const before = await page.evaluate(() => {
          const [help, panel] = document.querySelectorAll('main > calm-help');
          const exit = document.querySelector('calm-quick-exit');
          const visible = (el) => Boolean(el && el.getClientRects().length > 0);
          window.before = {
            button: help.shadowRoot?.querySelector('[part="button"]'),
            link: panel.shadowRoot?.querySelector('a[href="tel:988"]'),
            exit: exit.shadowRoot?.querySelector('[part="button"]'),
          };
          return {
            defined: Boolean(customElements.get('calm-help')),
            button: visible(window.before.button),
            link: visible(window.before.link),
            exit: visible(window.before.exit),
          };
        });
        report.check(
          `${name}: before any script, the server markup shows "Get help now", a visible tel:988 link and the exit button`,
          !before.defined && before.button && before.link && before.exit,
          [JSON.stringify(before)],
        );

        await page.addScriptTag({ url: '/hydrate.js', type: 'module' });
        await page.waitForFunction(() => window.hydrated === true, { timeout: 10_000 });
        const after = await page.evaluate(() => {
          const [help, panel] = document.querySelectorAll('main > calm-help');
          const exit = document.querySelector('calm-quick-exit');
          const inner = exit.shadowRoot.querySelector('calm-help');
          return {
            sameButton: help.shadowRoot.querySelector('[part="button"]') === window.before.button,
            sameLink: panel.shadowRoot.querySelector('a[href="tel:988"]') === window.before.link,
            sameExit: exit.shadowRoot.querySelector('[part="button"]') === window.before.exit,
            buttons: help.shadowRoot.querySelectorAll('[part="button"]').length,
            panelLinks: panel.shadowRoot.querySelectorAll('a[href^="tel:"], a[href^="sms:"]').length,
            href: exit.href,
            innerHydrated: inner.hasUpdated && !inner.hasAttribute('defer-hydration'),
          };
        });
        report.check(
          `${name}: hydration keeps the server's nodes (button, link, exit button), renders nothing twice and wakes the nested help`,
          after.sameButton && after.sameLink && after.sameExit && after.buttons === 1 && after.innerHydrated,
          [JSON.stringify(after)],
        );
        report.check(`${name}: after hydration the quick exit still has its href`, after.href === EXIT_TO, [`href: ${after.href}`]);

        // Alive: "Get help now" opens the dialog with the US lines; one Shift press is counted.
        await (await page.$('main > calm-help >>> [part="button"]')).click();
        const opened = await page
          .waitForFunction(() => document.querySelector('main > calm-help').shadowRoot.querySelector('dialog[open] a[href="tel:988"]'), { timeout: 5_000 })
          .then(() => true, () => false);
        report.check(`${name}: after hydration "Get help now" opens the help dialog with tel:988`, opened);
        await page.evaluate(() => document.querySelector('main > calm-help').shadowRoot.querySelector('dialog[open]')?.close());
        await page.keyboard.press('Shift');
        const counted = await page
          .waitForFunction(() => document.querySelector('calm-quick-exit').shadowRoot.querySelectorAll('.dot.on').length === 1, { timeout: 5_000 })
          .then(() => true, () => false);
        report.check(`${name}: after hydration a Shift press is counted by the quick exit`, counted);
        report.check(`${name}: no error or warning while hydrating and using the page`, problems.length === 0, problems);
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
