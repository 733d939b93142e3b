/* global window, document, history, location, indexedDB, caches, self, customElements, getComputedStyle */
// "Nothing leaves, nothing stays" (SPEC §1.2) and "works under the strict policy" (SPEC §1.3),
// end to end, in Chromium and Firefox ESR.
//
// Opens e2e/fixtures/all-elements.html (strict CSP as a header and a meta tag, Trusted Types
// required, loading only /dist/calmkit.min.js and its own CSS), adds any element of
// custom-elements.json the page does not already carry, and uses every element as a person
// would, with real mouse and keyboard input: breathing runs through a few phases and is paused,
// resumed and stopped; grounding is walked with typed words; the timer runs to its end, a picture
// schedule is marked done and a card of the "I need…" board is chosen; help is opened from every
// "Get help now"; quick exit leaves the page. It fails on:
// - any policy violation (`securitypolicyviolation` events, console errors, page errors);
// - any request other than the page, its CSS and the bundle (then the neutral page quick exit
//   goes to), seen both by the browser and by the server; anything else is also aborted;
// - any cookie, localStorage/sessionStorage entry, IndexedDB database, Cache Storage entry,
//   service worker registration, origin-private file, `window.name` or history state left behind;
// - a typed word found in an event, the console, the URL, storage or the DOM after the end;
// - `postMessage`/`BroadcastChannel` use, and any new global beyond the documented ones below;
// - quick exit not replacing the location (history length must stay, Back must not return).
import { readFileSync } from 'node:fs';
import { collectErrors, guarded, launch, manifestElements, reporter, sleep } from './lib.mjs';
import { serve } from '../scripts/serve.mjs';

/**
 * Globals the bundle may add, all from Lit itself (each is how Lit copies on one page find each
 * other; none holds anything about a person):
 * - `litHtmlVersions`, `litElementVersions`, `reactiveElementVersions`: version lists Lit appends to;
 * - `litPropertyMetadata`: a WeakMap of decorator metadata shared by Lit copies.
 */
const ALLOWED_GLOBALS = new Set(['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions', 'litPropertyMetadata']);
/** The harness's own global (see `harness`), not the library's. */
const HARNESS = '__calmE2E';
/** Globals the driver itself adds: Puppeteer's ARIA query bindings (`__ariaQuerySelector*` over WebDriver BiDi, `puppeteer___ariaQuerySelector*` over CDP). */
const DRIVER_GLOBALS = /^(puppeteer_+)?__ariaQuerySelector(All)?$|^__puppeteer/;
/** Words the person types into grounding: never seen outside the element, and gone after the end. */
const TYPED = ['Zephyrquartz', 'Mulberrykite'];
/** What the person types into other elements' fields: never seen outside the element (a plan may keep showing it). */
const ANSWER = 'Quillbrightness';
/** Controls the walker does not press: they hand over to the browser's own UI (print, save, full screen) or leave. */
const NOT_PRESSED = /print|save|download|file|full.?screen|exit|leave/i;

const browsers = (process.env.E2E_BROWSERS ?? 'chromium firefox').split(/[\s,]+/).filter(Boolean);
const elements = manifestElements();
const report = reporter('privacy');
const { server, url } = await serve({ '/dist/': 'dist', '/': 'e2e/fixtures' }, { policy: true });
const served = [];
/** The data: pictures written in the fixture's own JSON (and nothing else may be loaded as one). */
const pagePictures = new Set(
  [...readFileSync('e2e/fixtures/all-elements.html', 'utf8').matchAll(/"(data:image\/[^"]+)"/g)].map((m) => m[1]),
);
server.on('request', (request) => served.push(request.url));

/** Runs at the start of every document, before any of its scripts. */
function harness(name) {
  const state = { violations: [], posts: 0, channels: 0, events: [], globalsAtStart: Object.getOwnPropertyNames(window) };
  Object.defineProperty(window, name, { value: state, enumerable: false });
  document.addEventListener(
    'securitypolicyviolation',
    (e) => state.violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} (${e.sourceFile || 'no file'}:${e.lineNumber})`),
    true,
  );
  const post = window.postMessage;
  window.postMessage = function (...args) {
    state.posts++;
    return post.apply(this, args);
  };
  const Channel = window.BroadcastChannel;
  if (Channel) {
    window.BroadcastChannel = class extends Channel {
      constructor(...args) {
        super(...args);
        state.channels++;
      }
    };
  }
}

/** What could remain on the device for this origin. */
async function leftBehind() {
  const out = { cookie: document.cookie, localStorage: localStorage.length, sessionStorage: sessionStorage.length };
  out.indexedDB = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : 'n/a';
  out.cacheStorage = self.caches ? await caches.keys() : 'n/a';
  out.serviceWorkers = navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 'n/a';
  try {
    const names = [];
    for await (const [entry] of (await navigator.storage.getDirectory()).entries()) names.push(entry);
    out.originPrivateFiles = names;
  } catch {
    out.originPrivateFiles = 'n/a';
  }
  out.windowName = window.name;
  out.historyState = history.state;
  return out;
}

function storageProblems(stored) {
  const problems = [];
  if (stored.cookie) problems.push(`document.cookie: ${stored.cookie}`);
  if (stored.localStorage) problems.push(`localStorage entries: ${stored.localStorage}`);
  if (stored.sessionStorage) problems.push(`sessionStorage entries: ${stored.sessionStorage}`);
  if (Array.isArray(stored.indexedDB) && stored.indexedDB.length) problems.push(`IndexedDB databases: ${stored.indexedDB.join(', ')}`);
  if (Array.isArray(stored.cacheStorage) && stored.cacheStorage.length) problems.push(`Cache Storage: ${stored.cacheStorage.join(', ')}`);
  if (typeof stored.serviceWorkers === 'number' && stored.serviceWorkers) problems.push(`service workers: ${stored.serviceWorkers}`);
  if (Array.isArray(stored.originPrivateFiles) && stored.originPrivateFiles.length) problems.push(`origin-private files: ${stored.originPrivateFiles.join(', ')}`);
  if (stored.windowName) problems.push(`window.name: ${stored.windowName}`);
  if (stored.historyState !== null && stored.historyState !== undefined) problems.push(`history.state: ${JSON.stringify(stored.historyState)}`);
  return problems;
}

async function run(browserName) {
  const B = browserName;
  const browser = await launch(browserName);
  const page = await browser.newPage();
  const requests = [];
  const consoleMessages = [];
  const pageFiles = new Set([`${url}all-elements.html`, `${url}all-elements.css`, `${url}dist/calmkit.min.js`, `${url}neutral.html`, `${url}neutral.html?first`]);
  /**
   * Besides the page's own files, data: URLs, which never leave the device: the fixture's empty
   * favicon (`data:,`, so no /favicon.ico request is made), the pictures the page itself gives the
   * schedule and the board (`data:image/…`, exactly as written in the page), and in Firefox its own
   * `-moz-bullet-font`, which its built-in html.css loads as a data: WOFF2 font to draw list bullets.
   */
  const allowedUrl = (u) =>
    pageFiles.has(u) || u === 'data:,' || pagePictures.has(u) || (B === 'firefox' && u.startsWith('data:font/woff2;base64,d09GMg'));
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => consoleMessages.push({ type: message.type(), text: message.text() }));
  const pageErrors = collectErrors(page);
  let intercepting = false;
  try {
    await page.setRequestInterception(true);
    intercepting = true;
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      if (allowedUrl(request.url())) void request.continue();
      else void request.abort('blockedbyclient');
    });
  } catch (error) {
    report.info(`${B}: request interception unavailable (${error.message}); requests are observed, and the policy blocks them`);
  }
  await page.evaluateOnNewDocument(harness, HARNESS);
  served.length = 0;

  try {
    // An entry before the page, so that Back after quick exit can be checked.
    await page.goto(`${url}neutral.html?first`);
    await page.goto(`${url}all-elements.html`, { waitUntil: 'load' });
    const version = await browser.version();
    report.info(`${B}: ${version}${intercepting ? ', requests intercepted' : ''}`);

    // Add every element the manifest knows that the page does not carry, and wait (bounded)
    // until the bundle has defined each one.
    const { added, undefinedTags } = await page.evaluate(async (tags) => {
      const more = document.getElementById('more');
      const missing = tags.filter((tag) => !document.querySelector(tag));
      for (const tag of missing) more.append(document.createElement(tag));
      const defined = await Promise.all(
        tags.map((tag) => Promise.race([customElements.whenDefined(tag).then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))])),
      );
      return { added: missing, undefinedTags: tags.filter((_, i) => !defined[i]) };
    }, elements.map((e) => e.tag));
    if (added.length) report.info(`${B}: added to the page from custom-elements.json: ${added.join(', ')}`);
    report.check(`${B}: the bundle defines every element of custom-elements.json`, undefinedTags.length === 0, undefinedTags.map((t) => `not defined: <${t}>`));
    const tags = elements.map((e) => e.tag).filter((t) => !undefinedTags.includes(t));

    // Record every documented calm-* event, with its detail, as the host page would see it.
    const eventNames = [...new Set(elements.flatMap((e) => e.events).concat('calm-exit'))];
    await page.evaluate(
      (names, key) => {
        for (const name of names) {
          document.addEventListener(name, (e) => {
            window[key].events.push({ type: e.type, detail: JSON.stringify(e.detail ?? null) });
            if (e.type === 'calm-exit') console.debug('calm-e2e: calm-exit fired');
          }, true);
        }
      },
      eventNames,
      HARNESS,
    );

    const rendered = await page.evaluate(async (defined) => {
      const all = defined.flatMap((t) => [...document.querySelectorAll(t)]);
      await Promise.all(all.map((el) => el.updateComplete));
      return all.map((el) => ({ tag: el.localName, id: el.id, ok: Boolean(el.shadowRoot?.textContent.trim()) }));
    }, tags);
    const blank = rendered.filter((r) => !r.ok);
    report.check(`${B}: every element renders under the policy (${rendered.length} on the page, ${tags.length} kinds)`, blank.length === 0, blank.map((r) => `blank: <${r.tag}> #${r.id}`));

    // The detection works: a blocked inline style (and a Trusted Types sink where supported) is
    // refused and reported. These two probe violations are then cleared.
    // (Only the probe's own reports are removed: whatever the page reported before them stays.)
    await sleep(200);
    const consoleBefore = consoleMessages.length;
    const errorsBefore = pageErrors.length;
    const probe = await page.evaluate(async (key) => {
      const earlier = window[key].violations.length;
      const el = document.createElement('div');
      el.setAttribute('style', 'color: red');
      document.body.append(el);
      let trustedTypes = 'not supported';
      if (window.trustedTypes) {
        try {
          el.innerHTML = '<b>probe</b>';
          trustedTypes = 'not enforced';
        } catch {
          trustedTypes = 'enforced';
        }
      }
      await new Promise((r) => setTimeout(r, 100));
      const styleBlocked = getComputedStyle(el).color !== 'rgb(255, 0, 0)';
      el.remove();
      const seen = window[key].violations.splice(earlier);
      return { styleBlocked, trustedTypes, seen };
    }, HARNESS);
    // The browsers also report the probe's violations in the console (Firefox as errors).
    await sleep(200);
    consoleMessages.splice(consoleBefore);
    pageErrors.splice(errorsBefore);
    report.check(
      `${B}: the strict policy is in force and its violations are seen (inline style blocked; Trusted Types ${probe.trustedTypes})`,
      probe.styleBlocked && probe.seen.length >= 1 && probe.trustedTypes !== 'not enforced',
      probe.seen,
    );

    // --- Use every element as a person would. ---
    const click = async (selector) => {
      const handle = await page.waitForSelector(selector, { visible: true, timeout: 5000 });
      await handle.click();
      await handle.dispose();
    };

    // Breathing: two sessions run side by side, with real time passing.
    await click('#breathe >>> button.primary');
    await click('#breathe-still >>> button.primary');
    // Muscle relaxation (a timed exercise) runs meanwhile.
    await click('#muscles >>> [part="start"]');

    // Grounding, walked step by step, typing a word on each counting step.
    await click('#ground >>> [part="start"]');
    let typed = 0;
    let sawWordInElement = false;
    for (let guard = 0; guard < 20; guard++) {
      const state = await page.$eval('#ground', (el) => el.state);
      if (state !== 'running') break;
      const input = await page.$('#ground >>> input[part="input"]');
      if (input) {
        await input.click();
        await page.keyboard.type(TYPED[typed % TYPED.length]);
        await page.keyboard.press('Enter');
        typed++;
        await input.dispose();
        sawWordInElement ||= await page.$eval('#ground', (el, words) => words.some((w) => el.shadowRoot.textContent.includes(w)), TYPED);
      }
      await click('#ground >>> [part="next"]');
    }
    const groundingState = await page.$eval('#ground', (el) => el.state);
    report.check(
      `${B}: grounding walked to the end with ${typed} typed words, shown only inside the element`,
      groundingState === 'complete' && typed >= 3 && sawWordInElement,
      [`state ${groundingState}, typed ${typed}, shown in the element: ${sawWordInElement}`],
    );

    // Let the breathing sessions run a few phases in real time (2 s phases), then pause, resume, stop.
    const phasesBefore = async () => page.evaluate((key) => window[key].events.filter((e) => e.type === 'calm-phase').length, HARNESS);
    for (let waited = 0; waited < 8000 && (await phasesBefore()) < 6; waited += 250) await sleep(250);
    await click('#breathe >>> button.primary'); // pause
    await click('#breathe >>> button.primary'); // continue
    await sleep(300);
    await click('#breathe >>> button.stop');
    await click('#breathe-still >>> button.stop');
    await click('#muscles >>> [part="stop"]');
    const counts = await page.evaluate((key) => {
      const count = (type) => window[key].events.filter((e) => e.type === type).length;
      return { phase: count('calm-phase'), pause: count('calm-pause'), resume: count('calm-resume'), complete: count('calm-complete'), step: count('calm-step') };
    }, HARNESS);
    report.check(
      `${B}: breathing ran several phases, paused, resumed and stopped; muscles ran and stopped`,
      counts.phase >= 3 && counts.pause >= 1 && counts.resume >= 1 && counts.complete >= 4,
      [`events: ${JSON.stringify(counts)}`],
    );

    // The visual supports: a timer runs to its end in real time; a schedule with a data: picture
    // is marked done item by item; a card of the "I need…" board is chosen and its full-screen
    // card closed. Events carry ids only, never the words shown.
    await click('#timer >>> button.primary');
    await click('#schedule >>> [data-id="reading"] button');
    await click('#schedule >>> [data-id="snack"] button');
    await click('#choice >>> .card[data-id="swing"]');
    await page.waitForSelector('#choice >>> dialog[open]', { timeout: 3000 });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.getElementById('timer') || document.getElementById('timer').state === 'complete', { timeout: 6000 }).catch(() => undefined);
    const visual = await page.evaluate((key) => {
      const events = window[key].events.filter((e) => ['calm-step', 'calm-choice'].includes(e.type) || (e.type === 'calm-complete' && e.detail.includes('"timer"')));
      return {
        timer: document.getElementById('timer').state,
        done: document.getElementById('schedule').doneIds,
        showOpen: Boolean(document.getElementById('choice').shadowRoot.querySelector('dialog[open]')),
        img: Boolean(document.getElementById('schedule').shadowRoot.querySelector('img[src^="data:image/png"]')),
        events: events.map((e) => `${e.type} ${e.detail}`),
      };
    }, HARNESS);
    report.check(
      `${B}: the timer ran to its end, the schedule (with a data: picture) was marked done, a card was chosen and closed; events carry ids only`,
      visual.timer === 'complete' && visual.done.join() === 'reading,snack' && !visual.showOpen && visual.img &&
        visual.events.some((e) => e === 'calm-choice {"id":"swing"}') && !visual.events.some((e) => /Goûter|الأرجوحة|Lire/.test(e)),
      [JSON.stringify(visual)],
    );

    // Elements the fixture does not know yet (new in custom-elements.json): press what they offer.
    for (const tag of added) {
      if (tag === 'calm-quick-exit' || undefinedTags.includes(tag)) continue;
      for (let i = 0; i < 8; i++) {
        const button = await page.evaluateHandle((t, index, pattern) => {
          const el = document.querySelector(`#more > ${t}`);
          const skip = new RegExp(pattern, 'i');
          const candidates = [...(el?.shadowRoot?.querySelectorAll('button, [role="button"], input[type="radio"], input[type="checkbox"]') ?? [])]
            .filter((b) => !b.disabled && b.getBoundingClientRect().width > 0)
            .filter((b) => !skip.test(`${b.textContent} ${b.getAttribute('part') ?? ''} ${b.className} ${b.getAttribute('aria-label') ?? ''}`));
          return candidates[index % Math.max(1, candidates.length)] ?? null;
        }, tag, i, NOT_PRESSED.source);
        const element = button.asElement();
        if (!element) break;
        await Promise.race([element.click().catch(() => undefined), sleep(5000)]);
        await button.dispose();
        const input = await page.$(`#more > ${tag} >>> input[type="text"], #more > ${tag} >>> textarea`);
        if (input) {
          await Promise.race([input.click().catch(() => undefined), sleep(5000)]);
          await page.keyboard.type(ANSWER);
          await input.dispose();
        }
      }
    }

    // "Get help now", from every help button on the page, including those inside activities.
    const helpCount = await page.evaluate(() => {
      const found = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName === 'calm-help') found.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      window.__calmHelps = found.filter((el) => el.shadowRoot?.querySelector('button[part="button"]'));
      return window.__calmHelps.length;
    });
    let opened = 0;
    for (let i = 0; i < helpCount; i++) {
      const button = (await page.evaluateHandle((index) => window.__calmHelps[index].shadowRoot.querySelector('button[part="button"]'), i)).asElement();
      await button.click();
      await button.dispose();
      const open = await page
        .waitForFunction((index) => window.__calmHelps[index].shadowRoot.querySelector('dialog[open]'), { timeout: 3000 }, i)
        .then(() => true, () => false);
      if (open) opened++;
      await page.keyboard.press('Escape');
      await page.waitForFunction((index) => !window.__calmHelps[index].shadowRoot.querySelector('dialog[open]'), { timeout: 3000 }, i).catch(() => undefined);
    }
    await page.evaluate(() => delete window.__calmHelps);
    report.check(`${B}: every "Get help now" opened its help dialog (${opened} of ${helpCount})`, helpCount >= 4 && opened === helpCount);

    // Give anything deferred (timers, announcements, idle work) a moment to happen.
    await sleep(1600);

    // --- Nothing left the page. ---
    const onPage = await page.evaluate((key, words) => {
      const h = window[key];
      const deepText = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) {
            deepText.push(el.shadowRoot.textContent);
            for (const input of el.shadowRoot.querySelectorAll('input, textarea')) deepText.push(input.value);
            walk(el.shadowRoot);
          }
          for (const attr of el.attributes) deepText.push(attr.value);
        }
      };
      walk(document);
      deepText.push(document.documentElement.textContent);
      return {
        violations: h.violations,
        posts: h.posts,
        channels: h.channels,
        events: h.events,
        newGlobals: Object.getOwnPropertyNames(window).filter((g) => !h.globalsAtStart.includes(g)),
        wordsInDom: words.filter((w) => deepText.some((t) => t.includes(w))),
        href: location.href,
      };
    }, HARNESS, TYPED);
    const stored = await page.evaluate(leftBehind);

    report.check(`${B}: no policy violation (CSP, Trusted Types)`, onPage.violations.length === 0, onPage.violations);
    const errors = consoleMessages.filter((m) => m.type === 'error' || /content.security.policy|trusted.?type|refused to/i.test(m.text));
    report.check(`${B}: no console error and no page error`, errors.length === 0 && pageErrors.length === 0, [
      ...errors.map((m) => `console ${m.type}: ${m.text}`),
      ...pageErrors.map((e) => `page error: ${e}`),
    ]);
    const warnings = consoleMessages.filter((m) => m.type === 'warn' || m.type === 'warning');
    report.check(`${B}: no calmkit warning on a valid page`, !warnings.some((m) => m.text.includes('calmkit')), warnings.map((m) => m.text));
    const beyond = requests.filter((r) => !allowedUrl(r));
    report.check(`${B}: no request beyond the page, its CSS and the bundle (browser saw ${requests.length})`, beyond.length === 0, beyond.map((r) => `request: ${r}`));
    const servedBeyond = served.filter((path) => !['/neutral.html?first', '/all-elements.html', '/all-elements.css', '/dist/calmkit.min.js'].includes(path));
    report.check(`${B}: the server saw only the page, its CSS and the bundle`, servedBeyond.length === 0, servedBeyond.map((p) => `served: ${p}`));
    report.check(`${B}: no postMessage, no BroadcastChannel`, onPage.posts === 0 && onPage.channels === 0, [`postMessage ${onPage.posts}, BroadcastChannel ${onPage.channels}`]);
    const newGlobals = onPage.newGlobals.filter((g) => g !== HARNESS && !DRIVER_GLOBALS.test(g) && !ALLOWED_GLOBALS.has(g));
    report.check(`${B}: no new global beyond Lit's documented ones`, newGlobals.length === 0, [
      `new globals: ${onPage.newGlobals.filter((g) => g !== HARNESS && !DRIVER_GLOBALS.test(g)).join(', ') || 'none'}`,
      ...newGlobals.map((g) => `not allowed: ${g}`),
    ]);
    const cookies = await page.cookies();
    const storage = storageProblems(stored);
    for (const word of [...TYPED, ANSWER]) if (JSON.stringify(stored).includes(word)) storage.push(`a typed word was stored: ${word}`);
    report.check(`${B}: nothing stored (cookies, Web Storage, IndexedDB, Cache Storage, service workers, OPFS, window.name, history)`, storage.length === 0 && cookies.length === 0, [
      ...storage,
      ...cookies.map((c) => `cookie ${c.name}`),
    ]);
    const leaks = [];
    for (const word of [...TYPED, ANSWER]) {
      if (onPage.events.some((e) => e.detail.includes(word))) leaks.push(`in an event detail: ${word}`);
      if (consoleMessages.some((m) => m.text.includes(word))) leaks.push(`in the console: ${word}`);
      if (onPage.href.includes(word)) leaks.push(`in the URL: ${word}`);
      if (served.some((p) => p.includes(word)) || requests.some((r) => r.includes(word))) leaks.push(`in a request: ${word}`);
    }
    for (const word of onPage.wordsInDom) leaks.push(`still in the DOM after the end: ${word}`);
    report.check(`${B}: typed words never left the element and are gone after the end`, leaks.length === 0, leaks);

    // --- Quick exit: replaces the location with the neutral page; Back does not return. ---
    const historyBefore = await page.evaluate(() => history.length);
    consoleMessages.length = 0;
    pageErrors.length = 0;
    requests.length = 0;
    const exitButton = await page.waitForSelector('#exit >>> button.exit', { visible: true });
    await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 10000 }), exitButton.click()]);
    const after = await page.evaluate(() => ({ path: location.pathname + location.search, history: history.length }));
    const exitFired = consoleMessages.some((m) => m.text.includes('calm-e2e: calm-exit fired'));
    report.check(
      `${B}: quick exit fired calm-exit and replaced the location with the neutral page (history ${historyBefore} → ${after.history})`,
      exitFired && after.path === '/neutral.html' && after.history === historyBefore,
      [`now at ${after.path}, calm-exit fired: ${exitFired}`],
    );
    const storedAfterExit = storageProblems(await page.evaluate(leftBehind));
    const cookiesAfterExit = await page.cookies();
    report.check(`${B}: nothing stored for the origin after leaving`, storedAfterExit.length === 0 && cookiesAfterExit.length === 0, storedAfterExit);
    await page.goBack({ waitUntil: 'load' });
    const back = await page.evaluate(() => location.pathname + location.search);
    report.check(`${B}: Back after quick exit does not return to the page`, back === '/neutral.html?first', [`Back went to ${back}`]);
    const late = [
      ...consoleMessages.filter((m) => m.type === 'error').map((m) => `console error: ${m.text}`),
      ...pageErrors.map((e) => `page error: ${e}`),
      ...requests.filter((r) => !allowedUrl(r)).map((r) => `request: ${r}`),
    ];
    report.check(`${B}: no violation, error or request beyond the neutral page while leaving`, late.length === 0, late);
  } finally {
    await browser.close();
  }
}

for (const name of browsers) {
  const started = Date.now();
  await guarded(report, `${name}: the privacy run completed`, () => run(name));
  report.info(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
server.close();
report.finish();
