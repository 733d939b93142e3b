/* global window, document, customElements, requestAnimationFrame, getComputedStyle, axe, Element, NodeFilter, KeyboardEvent */
// "Seen as people see it" (SPEC §1.4, §1.7), in Chromium: in light, dark and contrast themes and
// with forced colours emulated (light and dark system palettes), at 1024 px and at 320 px wide,
// every element of custom-elements.json, in its idle and started states, keeps its controls and
// graphics visible, and axe finds no WCAG 2.2 A/AA violation.
//
// Visible, measured on a screenshot: each control (buttons, links, fields, progress) and each
// graphic (SVG, and parts named shape, fill, dots, cue, icon, face) must contain enough pixels
// with at least 3:1 contrast against the background right around it (WCAG 1.4.11 non-text
// contrast). Text drawn over a graphic is masked out, so a graphic cannot pass on its label.
// At 320 px nothing may stick out of the viewport (WCAG 1.4.10 reflow).
import { createRequire } from 'node:module';
import { collectErrors, guarded, launch, manifestElements, reporter } from './lib.mjs';
import { decodePng } from './png.mjs';
import { serve } from '../scripts/serve.mjs';

const require = createRequire(import.meta.url);
/** A pixel counts as ink when its contrast with the local background is at least this. */
const INK_CONTRAST = 3;
/** A box is visible with at least this many ink pixels, and this share of its area. */
const MIN_INK_PIXELS = 12;
const MIN_INK_SHARE = 0.005;
/** Pieces of one graphic in different states (a filled and an empty dot) differ by at least this share of ink. */
const MIN_STATE_DIFFERENCE = 0.15;

const MODES = [
  { name: 'light', theme: 'light' },
  { name: 'dark', theme: 'dark' },
  { name: 'contrast', theme: 'contrast' },
  { name: 'forced colours, light palette', forced: 'light' },
  { name: 'forced colours, dark palette', forced: 'dark' },
];
const WIDTHS = (process.env.SEEN_WIDTHS ?? '1024 320').split(/\s+/).map(Number);
/** SEEN_MODES=forced (any part of a mode's name) runs only those modes, while working on one. */
const ONLY = process.env.SEEN_MODES;

/**
 * States to show for elements this suite knows; every other element is shown idle and, when it
 * has `start()`, started. `actions` run in order: `start`, `pause`, `found` (submit the form, as
 * "I found one" does), `show` (open help).
 */
const STATES = {
  'calm-breathing': [
    { label: 'idle', attributes: {} },
    { label: 'running, paused', attributes: { pattern: '2-2' }, actions: ['start', 'pause'] },
    { label: 'reduced motion, running', attributes: { pattern: '2-2', motion: 'reduce' }, actions: ['start'] },
  ],
  'calm-grounding': [
    { label: 'idle', attributes: {} },
    { label: 'a step, one found, with a field', attributes: { input: 'text' }, actions: ['start', 'found'] },
    { label: 'muscles', attributes: { exercise: 'muscles' }, actions: ['start', 'pause'] },
  ],
  'calm-quick-exit': [
    { label: 'idle', attributes: {} },
    { label: 'Shift pressed once', attributes: {}, actions: ['shift'] },
  ],
  'calm-help': [
    { label: 'button', attributes: { region: 'US' } },
    { label: 'panel', attributes: { variant: 'panel', region: 'GB' } },
    { label: 'inline, no region', attributes: { variant: 'inline' } },
  ],
};

const elements = manifestElements();
const report = reporter('seen');
const { server, url } = await serve({ '/dist/': 'dist', '/': 'e2e/fixtures' }, { policy: true });

/** Mounts every state of every element (or one help with its dialog open) and lists what to check. Runs in the page. */
async function mount(tags, states, theme, dialog) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  const instances = [];
  const plan = dialog ? [['calm-help', [{ label: 'dialog open', attributes: { region: 'US' }, actions: ['show'] }]]] : tags.map((tag) => [tag, states[tag]]);
  for (const [tag, list] of plan) {
    const el0 = document.createElement(tag);
    const variants = list ?? [{ label: 'idle', attributes: {} }, ...(typeof el0.start === 'function' ? [{ label: 'started', attributes: {}, actions: ['start'] }] : [])];
    for (const state of variants) {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(state.attributes)) el.setAttribute(name, value);
      if (theme) el.setAttribute('theme', theme);
      stage.append(el);
      instances.push({ el, tag, label: state.label, actions: state.actions ?? [] });
    }
  }
  await Promise.all(instances.map(({ el }) => el.updateComplete));
  for (const { el, actions } of instances) {
    for (const action of actions) {
      if (action === 'found') el.shadowRoot.querySelector('form')?.requestSubmit();
      else if (action === 'shift') document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
      else el[action]?.();
      await el.updateComplete;
    }
  }
  await frame();
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 350)); // transitions (200 ms by default) settle

  const GRAPHIC = /\b(shape|fill|dots|cue|icon|face|graphic)\b/;
  const CONTROL = 'button, a[href], input:not([type="hidden"]), select, textarea, progress, [role="button"], [role="radio"], [role="checkbox"], [role="switch"], [role="slider"], [role="tab"]';
  const visible = (node) => {
    for (let n = node; n; n = n.parentNode ?? n.host) {
      if (!(n instanceof Element)) continue;
      if (n.closest('.visually-hidden, [hidden]')) return false;
      const style = getComputedStyle(n);
      if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
    }
    return true;
  };
  const box = (r) => ({ x: r.left + window.scrollX, y: r.top + window.scrollY, w: r.width, h: r.height });
  const textRects = (root) => {
    const rects = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (!t.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(t);
      for (const r of range.getClientRects()) rects.push(box(r));
    }
    return rects;
  };
  const describe = (el) => `${el.localName}${el.getAttribute('part') ? `[part="${el.getAttribute('part')}"]` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
  const isGraphic = (el) => el.localName === 'svg' || GRAPHIC.test(el.getAttribute('part') ?? '') || GRAPHIC.test(typeof el.className === 'string' ? el.className : '');
  const collect = (root, host, out, groups) => {
    for (const el of root.querySelectorAll('*')) {
      const graphic = isGraphic(el);
      // The pieces of one graphic in different states (a filled and an empty dot) must look different.
      // (SVG shapes are layered over each other, not side by side: not compared.)
      // Pieces are children of one kind (the same first class, e.g. "dot") in different states ("dot on").
      const children = graphic && el.localName !== 'svg' ? [...el.children].filter((c) => c.getBoundingClientRect().width >= 4 && c.classList.length > 0) : [];
      for (const kind of new Set(children.map((c) => c.classList[0]))) {
        const pieces = children.filter((c) => c.classList[0] === kind);
        if (new Set(pieces.map((c) => c.className)).size < 2) continue;
        groups.push({ what: `${host}: ${describe(el)} > .${kind}`, pieces: pieces.map((c) => ({ state: c.className.trim(), ...box(c.getBoundingClientRect()), mask: [] })) });
      }
      // A progress bar counts once it shows progress: its empty track is the browser's own
      // drawing (which WCAG 1.4.11 exempts), and calmkit's bars repeat what their text says.
      const emptyProgress = el.localName === 'progress' && !(el.position > 0);
      if ((graphic || el.matches(CONTROL)) && !emptyProgress && !(el.closest('svg') && el.localName !== 'svg')) {
        const r = el.getBoundingClientRect();
        if (r.width >= 4 && r.height >= 4 && visible(el)) out.push({ what: `${host}: ${describe(el)}`, graphic, ...box(r), mask: graphic ? textRects(root) : [] });
      }
      if (el.shadowRoot) collect(el.shadowRoot, `${host} > ${el.localName}`, out, groups);
    }
    return out;
  };
  return {
    instances: instances.map(({ el, tag, label }) => {
      const groups = [];
      return { tag, label, host: box(el.getBoundingClientRect()), targets: collect(el.shadowRoot, tag, [], groups), groups };
    }),
    scrollWidth: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  };
}

const luminance = (r, g, b) => {
  const c = [r, g, b].map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
};
const contrast = (a, b) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** The most common colour just outside the box (its local background). */
function background(image, t) {
  const counts = new Map();
  const add = (x, y) => {
    if (x < 0 || y < 0 || x >= image.width || y >= image.height) return;
    const i = (y * image.width + x) * 4;
    const key = (image.data[i] << 16) | (image.data[i + 1] << 8) | image.data[i + 2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  const left = Math.floor(t.x) - 3;
  const right = Math.ceil(t.x + t.w) + 2;
  const top = Math.floor(t.y) - 3;
  const bottom = Math.ceil(t.y + t.h) + 2;
  for (let x = left; x <= right; x++) {
    add(x, top);
    add(x, bottom);
  }
  for (let y = top; y <= bottom; y++) {
    add(left, y);
    add(right, y);
  }
  const [key] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0xffffff];
  return [(key >> 16) & 255, (key >> 8) & 255, key & 255];
}

/** Pixels in the box (outside masked text) with ≥ INK_CONTRAST against the local background. */
function ink(image, t) {
  const bg = background(image, t);
  const bgLum = luminance(...bg);
  let count = 0;
  let area = 0;
  const x0 = Math.max(0, Math.round(t.x));
  const y0 = Math.max(0, Math.round(t.y));
  const x1 = Math.min(image.width, Math.round(t.x + t.w));
  const y1 = Math.min(image.height, Math.round(t.y + t.h));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (t.mask.some((m) => x >= m.x - 1 && x < m.x + m.w + 1 && y >= m.y - 1 && y < m.y + m.h + 1)) continue;
      area++;
      const i = (y * image.width + x) * 4;
      if (contrast(luminance(image.data[i], image.data[i + 1], image.data[i + 2]), bgLum) >= INK_CONTRAST) count++;
    }
  }
  return { count, area, bg };
}

const hex = (rgb) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

async function checkMode(page, session, tags, mode, width, dialog) {
  const label = `${mode.name} @${width}px${dialog ? ', help dialog open' : ''}`;
  await page.setViewport({ width, height: 800 });
  // Through the protocol: Puppeteer's emulateMediaFeatures does not know forced-colors.
  await session.send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'forced-colors', value: mode.forced ? 'active' : 'none' },
      { name: 'prefers-color-scheme', value: mode.forced ?? 'light' },
    ],
  });
  if (mode.forced && !dialog) {
    // The emulation really forces colours: an author colour is replaced by the system's.
    const forcedColor = await page.evaluate(() => {
      const probe = document.createElement('p');
      probe.style.color = 'rgb(1, 2, 3)';
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    });
    report.check(`${label}: forced colours are in effect (an author colour became ${forcedColor})`, forcedColor !== 'rgb(1, 2, 3)');
  }
  const layout = await page.evaluate(mount, tags, STATES, mode.theme ?? null, dialog);
  const image = decodePng(Buffer.from(await page.screenshot({ type: 'png', fullPage: !dialog, captureBeyondViewport: !dialog })));
  const byTag = new Map();
  for (const instance of layout.instances) {
    const entry = byTag.get(instance.tag) ?? { states: [], targets: 0, problems: [] };
    entry.states.push(instance.label);
    for (const target of instance.targets) {
      if (dialog && target.y + target.h > image.height) continue; // below the fold of a scrolling dialog
      entry.targets++;
      const { count, area, bg } = ink(image, target);
      if (count < MIN_INK_PIXELS || count < area * MIN_INK_SHARE) {
        entry.problems.push(`${instance.label}: ${target.what} ${Math.round(target.w)}×${Math.round(target.h)} has ${count} of ${area} pixels at ${INK_CONTRAST}:1 against ${hex(bg)}`);
      }
      if (width <= 320 && (target.x < -1 || target.x + target.w > width + 1)) entry.problems.push(`${instance.label}: ${target.what} sticks out of the ${width} px viewport (x ${Math.round(target.x)}–${Math.round(target.x + target.w)})`);
    }
    for (const group of instance.groups) {
      entry.targets++;
      const looks = new Map();
      for (const piece of group.pieces) {
        const { count, area } = ink(image, piece);
        const share = area ? count / area : 0;
        looks.set(piece.state, [...(looks.get(piece.state) ?? []), share]);
      }
      const average = [...looks].map(([state, shares]) => [state, shares.reduce((a, b) => a + b, 0) / shares.length]);
      const spread = Math.max(...average.map(([, v]) => v)) - Math.min(...average.map(([, v]) => v));
      if (spread < MIN_STATE_DIFFERENCE) {
        entry.problems.push(`${instance.label}: ${group.what}: its pieces in different states look alike (${average.map(([state, v]) => `"${state}" ${(v * 100).toFixed(0)}% ink`).join(', ')})`);
      }
    }
    byTag.set(instance.tag, entry);
  }
  for (const [tag, entry] of byTag) {
    report.check(`${label}: <${tag}> ${entry.targets} controls and graphics visible in ${entry.states.length} state(s)`, entry.problems.length === 0 && entry.targets > 0, entry.problems);
  }
  if (width <= 320 && !dialog) {
    report.check(`${label}: no horizontal scrolling (page ${layout.scrollWidth} px wide)`, layout.scrollWidth <= width, []);
  }
  const results = await page.evaluate(async (dialogOnly) => {
    const context = dialogOnly ? document.querySelector('#stage calm-help') : document.getElementById('stage');
    const r = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s), e.g. ${JSON.stringify(v.nodes[0]?.target)} — ${v.help}`);
  }, dialog);
  report.check(`${label}: axe finds no WCAG 2.2 A/AA violation`, results.length === 0, results);
}

async function run() {
  const browser = await launch('chromium');
  try {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    // axe-core is injected as a script, which the strict policy rightly forbids; this suite is
    // about what people see, the privacy suite about the policy.
    await page.setBypassCSP(true);
    const session = await page.createCDPSession();
    await page.goto(`${url}stage.html`, { waitUntil: 'load' });
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const undefinedTags = await page.evaluate(async (tags) => {
      const timers = [];
      const defined = await Promise.all(tags.map((t) => Promise.race([customElements.whenDefined(t).then(() => true), new Promise((r) => timers.push(setTimeout(() => r(false), 5000)))])));
      timers.forEach((id) => clearTimeout(id));
      return tags.filter((_, i) => !defined[i]);
    }, elements.map((e) => e.tag));
    report.check('the bundle defines every element of custom-elements.json', undefinedTags.length === 0, undefinedTags.map((t) => `not defined: <${t}>`));
    const tags = elements.map((e) => e.tag).filter((t) => !undefinedTags.includes(t));
    if (tags.length === 0) throw new Error('no element to show: is dist/calmkit.min.js built?');
    for (const width of WIDTHS) {
      for (const mode of MODES.filter((m) => !ONLY || m.name.includes(ONLY))) {
        await checkMode(page, session, tags, mode, width, false);
        if (tags.includes('calm-help')) await checkMode(page, session, tags, mode, width, true);
      }
    }
    report.check('no page error', errors.length === 0, errors);
  } finally {
    await browser.close();
  }
}

await guarded(report, 'the run completed', run);
server.close();
report.finish();
