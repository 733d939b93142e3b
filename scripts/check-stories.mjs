// npm run storybook:check — opens every story of the static Storybook build in Chromium and fails
// on what a passing `storybook build` cannot show: console errors and warnings, page errors, failed
// requests, stories that render nothing, and axe violations — in the light, dark and contrast
// themes, and under forced colours, where every control and graphic of the story must stay
// visible (e2e/visibility.mjs, shared with e2e/seen.mjs: enough ink at 3:1 against its
// background, and a button-like control shows an edge or icon, not only words). Each element's
// docs page is also compared with custom-elements.json: every element of the manifest needs a
// page, and the page's API tables need a row for each attribute, property, method, event, slot,
// part and CSS property.
//
// Each story is loaded once: after the first theme, the preview's `theme` global is changed
// through Storybook's channel (the story re-renders in place) and forced colours are emulated
// (the system's dark palette, no calmkit theme chosen). A docs page is checked in the first theme
// only, since each story it shows is checked on its own. Each failure is labelled with its theme.
//
//   node scripts/check-stories.mjs [--no-build] [--jobs=N] [--filter=TEXT] [--themes=LIST] [--globals=SPEC]...
//
// --no-build      check the existing storybook-static/ instead of building it first
// --jobs=N        pages open at once (default 2: this runs on 2-core machines)
// --filter=TEXT   only stories whose id contains TEXT
// --themes=LIST   the modes to check, in order, from light,dark,contrast,forced (the default: all)
// --globals=SPEC  check every story under these other toolbar globals too, e.g.
//                 --globals="direction:rtl;language:ar"; repeat for several runs (default: one
//                 run with the preview's initial globals). The theme comes from --themes.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumFlags, ensureBrowsers } from './browsers.mjs';
import { serve } from './serve.mjs';
import { decodePng } from '../e2e/png.mjs';
import { emulateForcedColours, forcedColoursInEffect, installFindTargets, visibilityProblems } from '../e2e/visibility.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = join(root, 'storybook-static');
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const storyChromiumFlags = [
  ...chromiumFlags,
  // Several story pages are open at once; keep the ones not in front from being throttled
  // (requestAnimationFrame and timers slow to a crawl in background pages).
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];
// Generous: on a busy 2-core machine a story page has been seen to take over 20 s to load.
const STORY_TIMEOUT_MS = 60_000;
const VIEWPORT = { width: 1024, height: 768 };
/** Stories taller than this are measured under forced colours down to here. */
const MAX_SCREENSHOT_HEIGHT = 4000;
/** The mode that emulates forced colours; the others are values of the preview's `theme` global. */
const FORCED = 'forced';
const MODES = ['light', 'dark', 'contrast', FORCED];
const modeName = (mode) => (mode === FORCED ? 'forced colours' : mode);

/** Console warnings that are not errors. Each entry says why it is harmless; keep this short. */
const harmlessWarnings = [
  // Lit's development build announces itself (only when a story is built in development mode).
  /^Lit is in dev mode\./,
];

const options = parseArgs(process.argv.slice(2));

function parseArgs(argv) {
  const opts = { build: true, jobs: 2, filter: '', globals: [], modes: MODES };
  for (const arg of argv) {
    const [key, value = ''] = arg.split(/=(.*)/s);
    if (key === '--no-build') opts.build = false;
    else if (key === '--jobs' && Number(value) >= 1) opts.jobs = Math.floor(Number(value));
    else if (key === '--filter') opts.filter = value;
    else if (key === '--globals' && value) opts.globals.push(value);
    else if (key === '--themes' && value.split(',').every((m) => MODES.includes(m))) opts.modes = [...new Set(value.split(','))];
    else {
      console.error(`check-stories: unknown argument ${arg}\nUsage: node scripts/check-stories.mjs [--no-build] [--jobs=N] [--filter=TEXT] [--themes=${MODES.join(',')}] [--globals=SPEC]...`);
      process.exit(2);
    }
  }
  if (opts.globals.length === 0) opts.globals.push('');
  return opts;
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Runs `npm run storybook:build`, printing its output only when it fails. */
function buildStorybook() {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('npm', ['run', '--silent', 'storybook:build'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`npm run storybook:build exited with ${code}:\n${output}`));
    });
  });
}

// ---- what runs inside the story's page ---------------------------------------------------------

/** Resolves once Storybook has finished rendering the story (or shown an error). */
function storyFinished(storyId) {
  const render = window.__STORYBOOK_PREVIEW__?.currentRender;
  const body = document.body;
  if (body.classList.contains('sb-show-errordisplay') || body.classList.contains('sb-show-nopreview')) return true;
  return render?.id === storyId && ['finished', 'aborted'].includes(render.phase);
}

/** Waits for every custom element in the story to be defined and to finish updating. */
async function settleElements(rootId) {
  const within = (ms) => new Promise((r) => setTimeout(() => r('timeout'), ms));
  const all = () => {
    const found = [];
    const visit = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName.includes('-')) found.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    const rootEl = document.getElementById(rootId);
    if (rootEl) visit(rootEl);
    return found;
  };
  const problems = [];
  // Elements can render further elements, so go round until nothing new appears.
  const settled = new Set();
  for (let round = 0; round < 5; round++) {
    const pending = all().filter((el) => !settled.has(el));
    if (pending.length === 0) break;
    const names = [...new Set(pending.map((el) => el.localName))];
    const undefinedNames = [];
    await Promise.all(
      names.map(async (name) => {
        if ((await Promise.race([customElements.whenDefined(name), within(3000)])) === 'timeout') {
          undefinedNames.push(name);
        }
      }),
    );
    for (const name of undefinedNames) {
      if (name.startsWith('calm-')) problems.push(`<${name}> is never defined (is its define.ts imported?)`);
    }
    await Promise.all(
      pending.map(async (el) => {
        settled.add(el);
        if (!('updateComplete' in el)) return;
        for (let i = 0; i < 10; i++) {
          const done = await Promise.race([el.updateComplete, within(5000)]);
          if (done === 'timeout') {
            problems.push(`<${el.localName}> never finished updating`);
            return;
          }
          if (done !== false) return; // false: another update was requested meanwhile
        }
      }),
    );
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return problems;
}

/** What the story shows, read from the page. */
function inspectStory(rootId) {
  const problems = [];
  const body = document.body;
  if (body.classList.contains('sb-show-errordisplay')) {
    const message = document.querySelector('#error-message')?.textContent?.trim() || 'unknown error';
    problems.push(`Storybook shows an error: ${message.split('\n')[0]}`);
  }
  if (body.classList.contains('sb-show-nopreview')) problems.push('Storybook shows "No Preview"');

  const rootEl = document.getElementById(rootId);
  // The preview's own wrappers (#root-inner from the renderer, .calm-preview from the decorator)
  // are not the story.
  const storyElements = rootEl
    ? [...rootEl.querySelectorAll('*')].filter((el) => el.id !== 'root-inner' && !el.classList.contains('calm-preview'))
    : [];
  if (storyElements.length === 0) problems.push(`empty ${rootId === 'storybook-docs' ? 'docs page' : 'story'}: nothing rendered inside #${rootId}`);

  const isShown = (el) => {
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
    return [...el.getClientRects()].some((r) => r.width > 0 && r.height > 0);
  };
  const textShown = (text) => {
    const parent = text.parentElement ?? text.parentNode?.host;
    if (!text.textContent?.trim() || !parent || !isShown(parent)) return false;
    const range = document.createRange();
    range.selectNodeContents(text);
    return [...range.getClientRects()].some((r) => r.width > 0 && r.height > 0);
  };
  /** Does this shadow root (or what its slots show) put anything visible on screen? */
  const rendersSomething = (shadow) => {
    const walk = (nodes) => {
      for (const node of nodes) {
        if (node.nodeType === Node.TEXT_NODE && textShown(node)) return true;
        if (node.nodeType !== Node.ELEMENT_NODE || node.localName === 'style') continue;
        if (node.localName === 'slot') {
          if (walk(node.assignedNodes({ flatten: true }))) return true;
          continue;
        }
        // A visible box with no element inside: an input, an icon, an image, a drawn shape.
        if ((node.children.length === 0 || ['svg', 'img', 'canvas'].includes(node.localName)) && isShown(node)) return true;
        if (walk(node.childNodes)) return true;
        if (node.shadowRoot && walk(node.shadowRoot.childNodes)) return true;
      }
      return false;
    };
    return walk(shadow.childNodes);
  };
  const calmElements = [];
  const collect = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('calm-')) calmElements.push(el);
      if (el.shadowRoot) collect(el.shadowRoot);
    }
  };
  if (rootEl) collect(rootEl);
  for (const el of calmElements) {
    if (!el.shadowRoot) problems.push(`<${el.localName}> has no shadow root`);
    else if (!rendersSomething(el.shadowRoot)) problems.push(`<${el.localName}> renders nothing visible`);
  }
  return problems;
}

/** Runs axe on the story the way the Accessibility panel does, and lists the violations. */
async function runAxe(rootId, enhancedContrast) {
  // The story's own `parameters.a11y.config` / `options` (per-rule exceptions with reasons in the
  // story file) apply here as in the panel. `region` is off as in the addon: a story is a fragment.
  const a11y = window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.a11y ?? {};
  const rules = [{ id: 'region', enabled: false }, ...(a11y.config?.rules ?? [])];
  window.axe.reset();
  window.axe.configure({ ...(a11y.config ?? {}), rules });
  // The contrast theme promises 7:1 (4.5:1 for large text): WCAG AAA's enhanced contrast.
  const options = a11y.options ?? {};
  const withEnhanced = enhancedContrast ? { ...options, rules: { ...options.rules, 'color-contrast-enhanced': { enabled: true } } } : options;
  const result = await window.axe.run(document.getElementById(rootId), withEnhanced);
  return {
    rulesOff: rules.filter((r) => r.enabled === false && r.id !== 'region').map((r) => r.id),
    violations: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : t)).join(' >> ')),
      more: Math.max(0, v.nodes.length - 3),
    })),
  };
}

/** The API tables of an element's docs page (.storybook/api-docs.ts): section label → row names. */
function readApiTables() {
  const marker = document.querySelector('#storybook-docs [data-calm-api]');
  if (!marker) return null;
  const sections = {};
  let current = '';
  for (const row of document.querySelectorAll('#storybook-docs .docblock-argstable-body > tr')) {
    const section = /^(?:Hide|Show) (.*?) items?$/.exec(row.getAttribute('title') ?? '');
    if (section) {
      current = section[1]; // a collapsed section ("Show …") shows no rows, so they count as missing
      continue;
    }
    const name = row.querySelector('td')?.firstElementChild?.textContent?.trim();
    if (name) (sections[current] ??= []).push(name);
  }
  return { tagName: marker.getAttribute('data-calm-api'), sections };
}

/** What an element's docs page must list, per section, from the manifest. */
function apiFromManifest(declaration) {
  const isPublic = (m) => !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#');
  const members = (declaration.members ?? []).filter(isPublic);
  return {
    attributes: (declaration.attributes ?? []).map((a) => a.name),
    properties: members.filter((m) => m.kind === 'field').map((m) => m.name),
    methods: members.filter((m) => m.kind === 'method').map((m) => `${m.name}()`),
    events: (declaration.events ?? []).map((e) => e.name),
    slots: (declaration.slots ?? []).map((slot) => slot.name || '(default)'),
    'css shadow parts': (declaration.cssParts ?? []).map((p) => p.name),
    'css custom properties': (declaration.cssProperties ?? []).map((p) => p.name),
  };
}

/** Every element of custom-elements.json with its API, read once Storybook's build has written it. */
let manifestElements = new Map();
function readManifest() {
  manifestElements = new Map(
    JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'))
      .modules.flatMap((mod) => mod.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => [d.tagName, apiFromManifest(d)]),
  );
}
/** Elements whose docs page has been seen, and what was missing from it. */
const docsPages = new Map();

function compareApi(tables) {
  const expected = manifestElements.get(tables.tagName);
  if (!expected) return [`the docs page names <${tables.tagName}>, which is not in custom-elements.json`];
  const missing = Object.entries(expected).flatMap(([section, names]) =>
    names.filter((name) => !(tables.sections[section] ?? []).includes(name)).map((name) => `${section}: ${name}`),
  );
  return missing.length ? [`<${tables.tagName}>'s API tables leave out ${missing.join(', ')}`] : [];
}

// ---- one story ---------------------------------------------------------------------------------

/** The theme global of the preview (.storybook/preview.ts) the check switches to, and why. */
async function switchTheme(rootId, theme) {
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  if (!channel) return 'no Storybook channel on the page';
  // The preview re-renders the story (without running its play function again, so a story that
  // opened a dialog keeps it open); the decorator's container takes the new theme and hands it to
  // every calm-* element.
  channel.emit('updateGlobals', { globals: { theme } });
  const deadline = performance.now() + 10_000;
  for (;;) {
    const previews = [...document.querySelectorAll(`#${rootId} .calm-preview`)];
    const render = window.__STORYBOOK_PREVIEW__?.currentRender;
    const rendered = rootId !== 'storybook-root' || ['finished', 'aborted'].includes(render?.phase);
    if (previews.length > 0 && previews.every((p) => p.dataset.calmTheme === theme) && rendered) return '';
    if (performance.now() > deadline) return `the story did not re-render in theme ${theme} within 10 s`;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Ends colour transitions at once, so what is measured is what stays on screen; with `freeze`,
 * also holds every animation where it is (a breathing shape), so a box measured and the
 * screenshot show the same frame.
 */
async function settleColours(freeze = false) {
  for (const animation of document.getAnimations()) {
    if (animation instanceof CSSTransition) animation.finish();
    else if (freeze) animation.pause();
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

/** The controls and graphics of every story the page shows (inside the preview's containers, not Storybook's own). */
function storyTargets(rootId) {
  const all = { targets: [], groups: [] };
  for (const preview of document.querySelectorAll(`#${rootId} .calm-preview`)) {
    const found = window.calmFindTargets(preview, 'story');
    all.targets.push(...found.targets);
    all.groups.push(...found.groups);
  }
  return all;
}

async function checkStory(browser, context, baseUrl, story, globalsSpec) {
  const started = Date.now();
  /** Failures, each labelled with the mode it was seen in: `[dark] axe color-contrast …`. */
  const reasons = [];
  const notes = [];
  /** The modes this story was checked in, and those that failed. */
  const checked = [];
  const failedModes = new Set();
  let mode = options.modes[0];
  const fail = (reason) => {
    reasons.push(`[${mode}] ${reason}`);
    failedModes.add(mode);
  };
  const page = await context.newPage();
  try {
    // Storybook's documented test-runner marker: it then pauses CSS animations instead of waiting
    // up to 5 s per story for endless ones (a breathing shape) to finish, as a test runner needs.
    await page.setUserAgent({ userAgent: `${await browser.userAgent()} StorybookTestRunner` });
    // Nothing a previous story stored (a saved safety plan, a dismissed notice) may leak in.
    const cdp = await page.createCDPSession();
    await cdp.send('Storage.clearDataForOrigin', { origin: baseUrl, storageTypes: 'all' });

    // Chromium asks for /favicon.ico on its own; that is the browser, not the story.
    const isFavicon = (url = '') => new URL(url, baseUrl).pathname === '/favicon.ico';
    page.on('console', (message) => {
      const type = message.type();
      const text = message.text();
      if (isFavicon(message.location()?.url)) return;
      if (type === 'error' || type === 'assert') fail(`console.${type}: ${text}`);
      else if ((type === 'warn' || type === 'warning') && !harmlessWarnings.some((re) => re.test(text))) {
        fail(`console.warn: ${text}`);
      }
    });
    page.on('pageerror', (error) => fail(`page error: ${error.message.split('\n')[0]}`));
    page.on('requestfailed', (request) => {
      if (isFavicon(request.url())) return;
      fail(`request failed: ${request.url().replace(baseUrl, '')} (${request.failure()?.errorText ?? 'unknown'})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !isFavicon(response.url())) fail(`request failed: ${response.url().replace(baseUrl, '')} (HTTP ${response.status()})`);
    });

    // Docs pages (MDX and autodocs) render into #storybook-docs, stories into #storybook-root.
    // A docs page is checked in the first theme only: each story it shows is checked on its own
    // in every theme.
    const docs = story.type === 'docs';
    const rootId = docs ? 'storybook-docs' : 'storybook-root';
    const modes = docs ? options.modes.filter((m) => m !== FORCED).slice(0, 1) : options.modes;
    checked.push(...modes);
    const firstTheme = modes.find((m) => m !== FORCED) ?? 'light';
    // a11y.manual keeps the addon from running axe itself: the check runs it, below.
    const globals = ['a11y.manual:!true', `theme:${firstTheme}`, globalsSpec].filter(Boolean).join(';');
    const url = `${baseUrl}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=${docs ? 'docs' : 'story'}&globals=${encodeURIComponent(globals)}`;
    await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT_MS });
    try {
      if (docs) await page.waitForSelector('#storybook-docs .sbdocs-content', { timeout: STORY_TIMEOUT_MS });
      else await page.waitForFunction(storyFinished, { timeout: STORY_TIMEOUT_MS, polling: 50 }, story.id);
    } catch {
      fail(`${docs ? 'docs page' : 'story'} did not finish rendering within ${seconds(STORY_TIMEOUT_MS)}`);
    }
    if (!(await page.$(`#${rootId}`))) throw new Error(`no #${rootId} on the page`);
    await page.evaluate(axeSource);
    await installFindTargets(page);

    for (mode of modes) {
      if (mode === FORCED) {
        // Forced colours as a person with a high-contrast system palette has them: no calmkit
        // theme chosen, the system's dark palette. The story stays on the page.
        await emulateForcedColours(cdp, 'dark');
        const why = await page.evaluate(switchTheme, rootId, 'auto');
        if (why) fail(why);
        if (!(await page.evaluate(forcedColoursInEffect))) fail('forced colours are not in effect (an author colour was kept)');
      } else if (mode !== firstTheme) {
        const why = await page.evaluate(switchTheme, rootId, mode);
        if (why) fail(why);
      }
      for (const problem of await page.evaluate(settleElements, rootId)) fail(problem);
      await page.evaluate(settleColours);
      for (const problem of await page.evaluate(inspectStory, rootId)) fail(problem);
      if (mode === firstTheme && docs) {
        const tables = await page.evaluate(readApiTables);
        if (tables) {
          const missing = compareApi(tables);
          missing.forEach(fail);
          docsPages.set(tables.tagName, missing);
        }
      }
      if (mode === FORCED) {
        // The viewport grows to the story's height so that one screenshot shows it all and the
        // boxes measured are where the screenshot has them (a full-page capture would re-lay out
        // a dialog in the top layer after its boxes were measured).
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        if (height > VIEWPORT.height) await page.setViewport({ ...VIEWPORT, height: Math.min(height, MAX_SCREENSHOT_HEIGHT) });
        // Boxes are measured from the top of the page, where the screenshot starts.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.evaluate(settleColours, true);
        const image = decodePng(Buffer.from(await page.screenshot({ type: 'png' })));
        const { targets, groups } = await page.evaluate(storyTargets, rootId);
        const onScreen = targets.filter((t) => t.y + t.h <= image.height);
        for (const problem of visibilityProblems(image, { targets: onScreen, groups }, { edges: true })) fail(`not visible: ${problem}`);
        continue;
      }
      const axe = await page.evaluate(runAxe, rootId, mode === 'contrast');
      if (axe.rulesOff.length > 0) notes.push(`axe rules off by the story: ${axe.rulesOff.join(', ')}`);
      for (const v of axe.violations) {
        fail(`axe ${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}${v.more ? ` and ${v.more} more` : ''}`);
      }
    }
    await cdp.detach();
  } catch (error) {
    fail(`check crashed: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close().catch(() => {});
  }
  return { story, globalsSpec, reasons: [...new Set(reasons)], notes: [...new Set(notes)], checked, failedModes, ms: Date.now() - started };
}

// ---- main --------------------------------------------------------------------------------------

let server;
let browser;
async function cleanUp() {
  await browser?.close().catch(() => {});
  browser = undefined;
  if (server) await new Promise((r) => server.close(r));
  server = undefined;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanUp().finally(() => process.exit(130));
  });
}

async function main() {
  const t0 = Date.now();
  if (options.build) {
    process.stdout.write('Building Storybook (npm run storybook:build)… ');
    await buildStorybook();
    console.log(seconds(Date.now() - t0));
  }
  readManifest();
  const indexFile = join(staticDir, 'index.json');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} not found: run npm run storybook:build (or drop --no-build)`);
  const index = JSON.parse(readFileSync(indexFile, 'utf8'));
  const stories = Object.values(index.entries ?? {}).filter(
    (entry) => (entry.type === 'story' || entry.type === 'docs') && entry.id.includes(options.filter),
  );
  if (stories.length === 0) {
    console.error('check-stories: no stories found in storybook-static/index.json');
    console.log('stories: 0 passed, 0 failed');
    return 1;
  }

  ensureBrowsers();
  let url;
  ({ server, url } = await serve({ '/': staticDir }));
  const baseUrl = url.replace(/\/$/, '');
  browser = await puppeteer.launch({
    executablePath: browserPaths.chromium,
    headless: true,
    args: storyChromiumFlags,
    defaultViewport: VIEWPORT,
  });

  const jobs = options.globals.flatMap((globalsSpec) => stories.map((story) => ({ story, globalsSpec })));
  const results = new Array(jobs.length);
  let next = 0;
  let printed = 0;
  const printInOrder = () => {
    while (printed < jobs.length && results[printed]) {
      const { story, globalsSpec, reasons, notes, checked, ms } = results[printed++];
      const label = `${story.id} (${checked.map(modeName).join(', ')})${globalsSpec ? ` [${globalsSpec}]` : ''}`;
      const extra = notes.length ? ` (${notes.join('; ')})` : '';
      if (reasons.length === 0) console.log(`pass ${label} ${seconds(ms)}${extra}`);
      else console.log(`FAIL ${label} ${seconds(ms)}${extra}\n${reasons.map((r) => `       - ${r}`).join('\n')}`);
    }
  };
  // One context per worker with one page at a time: a background tab in a shared window is
  // `hidden` (no animation frames, paused animations), so each story gets the visible page.
  const worker = async () => {
    const context = await browser.createBrowserContext();
    while (next < jobs.length) {
      const i = next++;
      results[i] = await checkStory(browser, context, baseUrl, jobs[i].story, jobs[i].globalsSpec);
      printInOrder();
    }
    await context.close().catch(() => {});
  };
  await Promise.all(Array.from({ length: Math.min(options.jobs, jobs.length) }, worker));

  // Each story in each mode is one check.
  const checks = results.reduce((n, r) => n + r.checked.length, 0);
  const failed = results.reduce((n, r) => n + r.failedModes.size, 0);
  const failedIn = (mode) => results.filter((r) => r.failedModes.has(mode)).length;
  console.log(`checked ${jobs.length} stories and docs pages in ${seconds(Date.now() - t0)}; failing in ${options.modes.map((m) => `${modeName(m)} ${failedIn(m)}`).join(', ')}`);
  console.log(`stories: ${checks - failed} passed, ${failed} failed`);
  // Every element has an API page with every row. A --filter that leaves docs pages out cannot
  // tell a missing page from one not checked, so then only the pages checked count.
  const allDocsChecked = Object.values(index.entries ?? {}).every((entry) => entry.type !== 'docs' || entry.id.includes(options.filter));
  let docsFailed = 0;
  for (const tagName of manifestElements.keys()) {
    const missing = docsPages.get(tagName);
    if (missing === undefined && !allDocsChecked) continue;
    if (missing === undefined) console.log(`FAIL <${tagName}> has no docs page (a stories file with component: '${tagName}' and tags: ['autodocs'])`);
    if (missing === undefined || missing.length > 0) docsFailed++;
  }
  const docsChecked = allDocsChecked ? manifestElements.size : docsPages.size;
  console.log(`docs pages complete: ${docsChecked - docsFailed} passed, ${docsFailed} failed`);
  return failed > 0 || docsFailed > 0 ? 1 : 0;
}

main()
  .then(async (code) => {
    await cleanUp();
    process.exit(code);
  })
  .catch(async (error) => {
    console.error(`\ncheck-stories: ${error.message}`);
    await cleanUp();
    process.exit(1);
  });
