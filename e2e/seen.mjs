/* global window, document, customElements, requestAnimationFrame, axe, KeyboardEvent */
// "Seen as people see it" (SPEC §1.4, §1.7), in Chromium: in light, dark and contrast themes and
// with forced colours emulated (light and dark system palettes), at 1024 px and at 320 px wide,
// every element of custom-elements.json, in its idle and started states, keeps its controls and
// graphics visible, and axe finds no WCAG 2.2 A/AA violation.
//
// Visible, measured on a screenshot as e2e/visibility.mjs says (which scripts/check-stories.mjs
// shares for every story): each control and graphic shows enough ink at 3:1 against its
// background, and under forced colours a button-like control shows an edge or icon, not only
// words. At 320 px nothing may stick out of the viewport (WCAG 1.4.10 reflow).
import { createRequire } from 'node:module';
import { collectErrors, guarded, launch, manifestElements, reporter } from './lib.mjs';
import { decodePng } from './png.mjs';
import { emulateForcedColours, forcedColoursInEffect, installFindTargets, visibilityProblems } from './visibility.mjs';
import { serve } from '../scripts/serve.mjs';

const require = createRequire(import.meta.url);

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

  return {
    instances: instances.map(({ el, tag, label }) => ({ tag, label, ...window.calmFindTargets(el.shadowRoot, tag) })),
    scrollWidth: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  };
}

async function checkMode(page, session, tags, mode, width, dialog) {
  const label = `${mode.name} @${width}px${dialog ? ', help dialog open' : ''}`;
  await page.setViewport({ width, height: 800 });
  await emulateForcedColours(session, mode.forced ?? null);
  if (mode.forced && !dialog) {
    report.check(`${label}: forced colours are in effect (an author colour is replaced)`, await page.evaluate(forcedColoursInEffect));
  }
  const layout = await page.evaluate(mount, tags, STATES, mode.theme ?? null, dialog);
  const image = decodePng(Buffer.from(await page.screenshot({ type: 'png', fullPage: !dialog, captureBeyondViewport: !dialog })));
  const byTag = new Map();
  for (const instance of layout.instances) {
    const entry = byTag.get(instance.tag) ?? { states: [], targets: 0, problems: [] };
    entry.states.push(instance.label);
    // Below the fold of a scrolling dialog is out of the screenshot.
    const shown = dialog ? instance.targets.filter((t) => t.y + t.h <= image.height) : instance.targets;
    entry.targets += shown.length + instance.groups.length;
    const problems = visibilityProblems(image, { targets: shown, groups: instance.groups }, { edges: Boolean(mode.forced) });
    entry.problems.push(...problems.map((p) => `${instance.label}: ${p}`));
    if (width <= 320) {
      for (const target of shown) {
        if (target.x < -1 || target.x + target.w > width + 1) entry.problems.push(`${instance.label}: ${target.what} sticks out of the ${width} px viewport (x ${Math.round(target.x)}–${Math.round(target.x + target.w)})`);
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
    await installFindTargets(page);
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
