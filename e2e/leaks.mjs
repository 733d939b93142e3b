/* global window, document, customElements, requestAnimationFrame, Element, KeyboardEvent */
// Leaks (a kiosk runs all day): in Chromium, mount, start, use and unmount every element of
// custom-elements.json a few hundred times, then, after garbage collection, compare with the
// baseline taken after a short warm-up:
// - DOM nodes, documents and JS event listeners (DevTools Protocol: Performance.getMetrics and
//   Memory.getDOMCounters);
// - live timers, intervals and animation frames (setTimeout/setInterval/requestAnimationFrame/
//   requestIdleCallback wrapped before any page script; a handle is live until it fires or is
//   cleared), running Web Animations and open AudioContexts;
// - JS heap used, within a small tolerance.
// Each cycle opens the element's help dialog too, and unmounts with it open (the "I need…" board
// with its full-screen card open as well).
import { collectErrors, guarded, launch, manifestElements, reporter } from './lib.mjs';
import { serve } from '../scripts/serve.mjs';

const CYCLES = Number(process.env.LEAK_CYCLES ?? 200);
const WARM_UP = 15;
/** After garbage collection, what may differ from the baseline after CYCLES × every element. */
const TOLERANCE = { nodes: 40, listeners: 10, documents: 0, heapBytes: 1024 * 1024 };
/**
 * Attributes each cycle sets, in turn, on elements this suite knows, so their timed paths run
 * (short breathing phases, the timed muscle exercise, typed words). An element not listed here
 * is mounted bare and started through its `start()` method or its first button.
 */
const VARIANTS = {
  'calm-breathing': [{ pattern: '2-2' }, { pattern: 'box', motion: 'reduce' }, { pattern: '4-7-8', cues: 'tone voice haptic' }],
  'calm-grounding': [{ input: 'text' }, { exercise: 'muscles' }, { exercise: 'categories', audience: 'child' }],
  'calm-help': [{ region: 'US' }, { variant: 'panel', region: 'GB' }, { variant: 'inline' }],
  'calm-quick-exit': [{}],
  'calm-timer': [{ seconds: '30', cues: 'tone haptic', next: 'playground' }, { minutes: '2', motion: 'reduce' }],
  // `items` is set as the `.items` property; `press` is a control the person presses.
  'calm-schedule': [
    {
      variant: 'now-next',
      items: [{ id: 'a', picture: 'read' }, { id: 'b', picture: 'eat' }, { id: 'c', label: 'C', picture: 'data:image/png;base64,iVBORw0KGgo=' }],
      press: '[part="item"] button',
    },
  ],
  'calm-choice': [{ press: '.card[data-id="quiet"]' }, { 'per-screen': '9', speak: 'off', press: '.card[data-id="drink"]' }],
};

const elements = manifestElements();
const report = reporter('leaks');
const { server, url } = await serve({ '/dist/': 'dist', '/': 'e2e/fixtures' }, { policy: true });

/** Counts live handles; installed before any page script runs. */
function instrument() {
  const live = { timeouts: new Set(), intervals: new Set(), frames: new Set(), idle: new Set(), animations: new Set(), audio: new Set() };
  Object.defineProperty(window, '__calmLive', { value: live });
  const w = window;
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci, requestAnimationFrame: raf, cancelAnimationFrame: caf } = w;
  w.setTimeout = function (fn, ms, ...args) {
    const id = st.call(w, (...a) => {
      live.timeouts.delete(id);
      if (typeof fn === 'function') fn(...a);
    }, ms, ...args);
    live.timeouts.add(id);
    return id;
  };
  w.clearTimeout = (id) => {
    live.timeouts.delete(id);
    live.intervals.delete(id);
    ct.call(w, id);
  };
  w.setInterval = function (fn, ms, ...args) {
    const id = si.call(w, fn, ms, ...args);
    live.intervals.add(id);
    return id;
  };
  w.clearInterval = (id) => {
    live.intervals.delete(id);
    live.timeouts.delete(id);
    ci.call(w, id);
  };
  w.requestAnimationFrame = (fn) => {
    const id = raf.call(w, (t) => {
      live.frames.delete(id);
      fn(t);
    });
    live.frames.add(id);
    return id;
  };
  w.cancelAnimationFrame = (id) => {
    live.frames.delete(id);
    caf.call(w, id);
  };
  if (w.requestIdleCallback) {
    const ric = w.requestIdleCallback;
    const cic = w.cancelIdleCallback;
    w.requestIdleCallback = (fn, options) => {
      const id = ric.call(w, (deadline) => {
        live.idle.delete(id);
        fn(deadline);
      }, options);
      live.idle.add(id);
      return id;
    };
    w.cancelIdleCallback = (id) => {
      live.idle.delete(id);
      cic.call(w, id);
    };
  }
  const animate = Element.prototype.animate;
  Element.prototype.animate = function (...args) {
    const animation = animate.apply(this, args);
    live.animations.add(new WeakRef(animation));
    return animation;
  };
  for (const name of ['AudioContext', 'webkitAudioContext']) {
    const Context = w[name];
    if (!Context) continue;
    w[name] = class extends Context {
      constructor(...args) {
        super(...args);
        live.audio.add(new WeakRef(this));
      }
    };
  }
}

/** `count` cycles; in each, every element is mounted, started, used, given open help and unmounted. Runs in the page. */
async function cycles(tags, variants, count, first) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const stage = document.getElementById('stage');
  const deep = (root, selector) => {
    const found = [...root.querySelectorAll(selector)];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deep(el.shadowRoot, selector));
    return found;
  };
  const errors = [];
  const step = (tag, fn) => {
    try {
      fn();
    } catch (error) {
      errors.push(`${tag}: ${error?.message ?? error}`);
    }
  };
  for (let i = first; i < first + count; i++) {
    const mounted = tags.map((tag) => {
      const el = document.createElement(tag);
      const { items, press, ...options } = variants[tag]?.[i % variants[tag].length] ?? {};
      step(tag, () => Object.entries(options).forEach(([name, value]) => el.setAttribute(name, value)));
      if (items) el.items = items;
      if (press) el.dataset.press = press;
      stage.append(el);
      return el;
    });
    await Promise.all(mounted.map((el) => el.updateComplete.catch((e) => errors.push(`${el.localName}: ${e?.message ?? e}`))));
    for (const el of mounted) {
      step(el.localName, () => {
        if (el.localName === 'calm-quick-exit') {
          // Two Shift presses (three would leave the page): its key listener and hint state.
          for (let n = 0; n < 2; n++) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
        } else if (typeof el.start === 'function') {
          el.start();
        } else {
          el.shadowRoot?.querySelector('button:not([disabled])')?.click();
        }
      });
    }
    await Promise.all(mounted.map((el) => el.updateComplete.catch(() => undefined)));
    for (const el of mounted) {
      step(el.localName, () => {
        // Use it a little: a typed word, the next step, a pause.
        const input = el.shadowRoot?.querySelector('input[type="text"]');
        if (input) {
          input.value = 'words';
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          input.form?.requestSubmit();
        }
        if (typeof el.next === 'function') el.next();
        if (el.dataset.press) el.shadowRoot?.querySelector(el.dataset.press)?.click();
      });
    }
    await frame();
    for (const el of mounted) {
      step(el.localName, () => {
        if (typeof el.pause === 'function' && i % 2 === 0) el.pause();
        // Help opened, and left open when the element goes.
        const help = el.localName === 'calm-help' ? el : deep(el.shadowRoot ?? el, 'calm-help')[0];
        help?.show?.();
      });
    }
    await Promise.all(mounted.map((el) => el.updateComplete.catch(() => undefined)));
    await frame();
    for (const el of mounted) el.remove();
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  return errors.slice(0, 5);
}

/** Runs `total` cycles in slices, so no single call to the page runs for long. */
async function runCycles(page, tags, total) {
  const errors = [];
  for (let done = 0; done < total; done += 25) errors.push(...(await page.evaluate(cycles, tags, VARIANTS, Math.min(25, total - done), done)));
  return errors;
}

async function measure(page, session) {
  for (let i = 0; i < 3; i++) await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const dom = await session.send('Memory.getDOMCounters').catch(() => undefined);
  const live = await page.evaluate(() => {
    const l = window.__calmLive;
    const alive = (set, test) => [...set].map((ref) => ref.deref()).filter((x) => x && test(x)).length;
    return {
      timeouts: l.timeouts.size,
      intervals: l.intervals.size,
      frames: l.frames.size,
      idleCallbacks: l.idle.size,
      animations: alive(l.animations, (a) => a.playState === 'running' || a.playState === 'paused'),
      audioContexts: alive(l.audio, (c) => c.state !== 'closed'),
      stageChildren: document.getElementById('stage').childElementCount,
    };
  });
  return {
    nodes: dom?.nodes ?? metric('Nodes'),
    documents: dom?.documents ?? metric('Documents'),
    listeners: dom?.jsEventListeners ?? metric('JSEventListeners'),
    heap: metric('JSHeapUsedSize'),
    ...live,
  };
}

async function run() {
  const browser = await launch('chromium');
  try {
    const page = await browser.newPage();
    const errors = collectErrors(page, { console: true });
    await page.evaluateOnNewDocument(instrument);
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    await page.goto(`${url}stage.html`, { waitUntil: 'load' });
    const undefinedTags = await page.evaluate(async (tags) => {
      const timers = [];
      const defined = await Promise.all(
        tags.map((t) => Promise.race([customElements.whenDefined(t).then(() => true), new Promise((r) => timers.push(setTimeout(() => r(false), 5000)))])),
      );
      timers.forEach((id) => clearTimeout(id));
      return tags.filter((_, i) => !defined[i]);
    }, elements.map((e) => e.tag));
    report.check('the bundle defines every element of custom-elements.json', undefinedTags.length === 0, undefinedTags.map((t) => `not defined: <${t}>`));
    const tags = elements.map((e) => e.tag).filter((t) => !undefinedTags.includes(t));
    if (tags.length === 0) throw new Error('no element to mount: is dist/calmkit.min.js built?');
    report.info(`elements: ${tags.join(', ')}; ${CYCLES} cycles each after ${WARM_UP} to warm up`);

    const warmErrors = await runCycles(page, tags, WARM_UP);
    const before = await measure(page, session);
    const started = Date.now();
    const cycleErrors = await runCycles(page, tags, CYCLES);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const after = await measure(page, session);
    const mounts = CYCLES * tags.length;
    report.info(`${mounts} mounts in ${seconds} s`);
    const line = (name, unit = '') => `${name}: ${before[name]}${unit} → ${after[name]}${unit}`;

    report.check(`no error while mounting, using and unmounting ${mounts} times`, [...warmErrors, ...cycleErrors, ...errors].length === 0, [...warmErrors, ...cycleErrors, ...errors]);
    report.check(`DOM nodes back to baseline (±${TOLERANCE.nodes})`, after.nodes - before.nodes <= TOLERANCE.nodes && after.stageChildren === 0, [line('nodes'), line('documents')]);
    report.check('no document leaked', after.documents - before.documents <= TOLERANCE.documents, [line('documents')]);
    report.check(`JS event listeners back to baseline (±${TOLERANCE.listeners})`, after.listeners - before.listeners <= TOLERANCE.listeners, [line('listeners')]);
    report.check('no live timeout or interval left', after.timeouts <= before.timeouts && after.intervals <= before.intervals, [line('timeouts'), line('intervals')]);
    report.check('no pending animation frame or idle callback left', after.frames <= before.frames && after.idleCallbacks <= before.idleCallbacks, [line('frames'), line('idleCallbacks')]);
    report.check('no running animation or open AudioContext left', after.animations <= before.animations && after.audioContexts <= before.audioContexts, [line('animations'), line('audioContexts')]);
    const heapDelta = after.heap - before.heap;
    report.check(`JS heap within ${(TOLERANCE.heapBytes / 1024).toFixed(0)} KB of baseline`, heapDelta <= TOLERANCE.heapBytes, [
      `heap used: ${(before.heap / 1048576).toFixed(2)} MB → ${(after.heap / 1048576).toFixed(2)} MB (${heapDelta >= 0 ? '+' : ''}${(heapDelta / 1024).toFixed(0)} KB, ${(heapDelta / mounts).toFixed(0)} B per mount)`,
    ]);

    // On a failure, say which element leaks: a few cycles of each alone.
    if (report.failed > 0) {
      for (const tag of tags) {
        const start = await measure(page, session);
        await runCycles(page, [tag], 30);
        const end = await measure(page, session);
        const grew = ['nodes', 'listeners', 'timeouts', 'intervals', 'frames', 'animations', 'audioContexts']
          .filter((k) => end[k] > start[k])
          .map((k) => `${k} +${((end[k] - start[k]) / 30).toFixed(1)}/mount`);
        report.info(`<${tag}> alone, 30 mounts: ${grew.join(', ') || 'nothing grew'}; heap ${((end.heap - start.heap) / 30).toFixed(0)} B/mount`);
      }
    }
  } finally {
    await browser.close();
  }
}

await guarded(report, 'the leak run completed', run);
server.close();
report.finish();
