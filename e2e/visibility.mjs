/* global window, document, getComputedStyle, Element, NodeFilter */
// What "visible" means for calmkit's controls and graphics, in one place for e2e/seen.mjs (every
// element, every theme, forced colours, 320 px) and scripts/check-stories.mjs (every story under
// forced colours).
//
// Measured on a screenshot: each control (buttons, links, fields, progress, anything focusable)
// and each graphic (SVG, and parts named shape, fill, dots, cue, icon, face) must contain enough
// pixels with at least 3:1 contrast against the background right around it (WCAG 1.4.11
// non-text contrast). Text drawn over a graphic is masked out, so a graphic cannot pass on its
// label. A button-like control (a button, a field, a choice) must also show ink beyond its own
// words — an edge, a fill or an icon — so it does not read as plain text when forced colours
// take its background away.

/** A pixel counts as ink when its contrast with the local background is at least this. */
export const INK_CONTRAST = 3;
/** A box is visible with at least this many ink pixels, and this share of its area. */
const MIN_INK_PIXELS = 12;
const MIN_INK_SHARE = 0.005;
/** Pieces of one graphic in different states (a filled and an empty dot) differ by at least this share of ink. */
const MIN_STATE_DIFFERENCE = 0.15;

/** Emulates forced colours (`'light'` or `'dark'` system palette) or turns them off (`null`), through the protocol: Puppeteer's emulateMediaFeatures does not know forced-colors. */
export function emulateForcedColours(session, palette) {
  return session.send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'forced-colors', value: palette ? 'active' : 'none' },
      { name: 'prefers-color-scheme', value: palette ?? 'light' },
    ],
  });
}

/** Runs in the page: is an author colour really replaced by a system one? */
export function forcedColoursInEffect() {
  const probe = document.createElement('p');
  probe.style.color = 'rgb(1, 2, 3)';
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color !== 'rgb(1, 2, 3)';
}

/**
 * Runs in the page (give it to `page.evaluate` as a string with `installFindTargets`): the
 * controls and graphics under `root`, through shadow roots, with their boxes in page coordinates,
 * and groups of pieces of one graphic in different states. `host` names where they were found.
 */
function findTargets(root, host) {
  const GRAPHIC = /\b(shape|fill|dots|cue|icon|face|graphic)\b/;
  const BUTTON_LIKE = 'button, input:not([type="hidden"]), select, textarea, [role="button"], [role="radio"], [role="checkbox"], [role="switch"], [role="slider"], [role="tab"]';
  const CONTROL = `${BUTTON_LIKE}, a[href], summary, progress, [tabindex]:not([tabindex^="-"]), [contenteditable="true"]`;
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
  const textRects = (node) => {
    const rects = [];
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (!t.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(t);
      for (const r of range.getClientRects()) rects.push(box(r));
    }
    // Words a slot shows belong to the control too.
    for (const slot of node.querySelectorAll?.('slot') ?? []) {
      for (const assigned of slot.assignedNodes({ flatten: true })) {
        if (assigned.nodeType === 1) rects.push(...textRects(assigned));
        else if (assigned.textContent.trim()) {
          const range = document.createRange();
          range.selectNodeContents(assigned);
          for (const r of range.getClientRects()) rects.push(box(r));
        }
      }
    }
    return rects;
  };
  const describe = (el) => `${el.localName}${el.getAttribute('part') ? `[part="${el.getAttribute('part')}"]` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
  const isGraphic = (el) => el.localName === 'svg' || GRAPHIC.test(el.getAttribute('part') ?? '') || GRAPHIC.test(typeof el.className === 'string' ? el.className : '');
  // While a modal dialog is open, the page behind it is inert and may be covered: only what is
  // inside the dialog counts. Likewise nothing inside an `inert` subtree (the kiosk's screen
  // behind its idle warning) can be used, and it may be covered.
  const modals = [];
  const findModals = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(':modal')) modals.push(el);
      if (el.shadowRoot) findModals(el.shadowRoot);
    }
  };
  findModals(document);
  const behind = (el) => {
    let inModal = modals.length === 0;
    for (let n = el; n; n = n.parentNode ?? n.host) {
      if (n.inert) return true;
      if (modals.includes(n)) inModal = true;
    }
    return !inModal;
  };
  const targets = [];
  const groups = [];
  const collect = (node, where) => {
    for (const el of node.querySelectorAll('*')) {
      if (behind(el)) {
        if (el.shadowRoot) collect(el.shadowRoot, `${where} > ${el.localName}`);
        continue;
      }
      const graphic = isGraphic(el);
      // The pieces of one graphic in different states (a filled and an empty dot) must look different.
      // (SVG shapes are layered over each other, not side by side: not compared.)
      // Pieces are children of one kind (the same first class, e.g. "dot") in different states ("dot on").
      const children = graphic && el.localName !== 'svg' ? [...el.children].filter((c) => c.getBoundingClientRect().width >= 4 && c.classList.length > 0) : [];
      for (const kind of new Set(children.map((c) => c.classList[0]))) {
        const pieces = children.filter((c) => c.classList[0] === kind);
        if (new Set(pieces.map((c) => c.className)).size < 2) continue;
        groups.push({ what: `${where}: ${describe(el)} > .${kind}`, pieces: pieces.map((c) => ({ state: c.className.trim(), ...box(c.getBoundingClientRect()), mask: [] })) });
      }
      // A progress bar counts once it shows progress: its empty track is the browser's own
      // drawing (which WCAG 1.4.11 exempts), and calmkit's bars repeat what their text says.
      const emptyProgress = el.localName === 'progress' && !(el.position > 0);
      if ((graphic || el.matches(CONTROL)) && !emptyProgress && !(el.closest('svg') && el.localName !== 'svg')) {
        const r = el.getBoundingClientRect();
        if (r.width >= 4 && r.height >= 4 && visible(el)) {
          const buttonLike = !graphic && el.matches(BUTTON_LIKE);
          targets.push({
            what: `${where}: ${describe(el)}`,
            graphic,
            buttonLike,
            ...box(r),
            mask: graphic ? textRects(node) : [],
            ownText: buttonLike ? textRects(el) : [],
          });
        }
      }
      if (el.shadowRoot) collect(el.shadowRoot, `${where} > ${el.localName}`);
    }
  };
  collect(root, host);
  return { targets, groups };
}

/** Makes `findTargets(root, host)` callable in the page as `window.calmFindTargets`. */
export function installFindTargets(page) {
  return page.evaluate(`window.calmFindTargets = ${findTargets.toString()}`);
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

/** Pixels in the box (outside `mask`) with ≥ INK_CONTRAST against the local background. */
function ink(image, t, mask = t.mask) {
  const bg = background(image, t);
  const bgLum = luminance(...bg);
  let count = 0;
  let area = 0;
  const x0 = Math.max(0, Math.round(t.x));
  const y0 = Math.max(0, Math.round(t.y));
  const x1 = Math.min(image.width, Math.round(t.x + t.w));
  const y1 = Math.min(image.height, Math.round(t.y + t.h));
  // The masked pixels of the box, marked once (a page can have hundreds of words).
  const width = Math.max(0, x1 - x0);
  const masked = new Uint8Array(width * Math.max(0, y1 - y0));
  for (const m of mask) {
    const mx0 = Math.max(x0, Math.ceil(m.x - 1));
    const mx1 = Math.min(x1, Math.ceil(m.x + m.w + 1));
    for (let y = Math.max(y0, Math.ceil(m.y - 1)); y < Math.min(y1, Math.ceil(m.y + m.h + 1)); y++) {
      masked.fill(1, (y - y0) * width + (mx0 - x0), (y - y0) * width + Math.max(mx0, mx1) - x0);
    }
  }
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (masked[(y - y0) * width + (x - x0)]) continue;
      area++;
      const i = (y * image.width + x) * 4;
      if (contrast(luminance(image.data[i], image.data[i + 1], image.data[i + 2]), bgLum) >= INK_CONTRAST) count++;
    }
  }
  return { count, area, bg };
}

const hex = (rgb) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const enoughInk = ({ count, area }) => count >= MIN_INK_PIXELS && count >= area * MIN_INK_SHARE;

/**
 * What is not visible on the decoded screenshot `image`, one line each: a target without
 * enough ink; with `{ edges: true }`, a button-like control with ink only in its words; a group
 * whose pieces in different states look alike.
 */
export function visibilityProblems(image, { targets, groups }, { edges = false } = {}) {
  const problems = [];
  for (const target of targets) {
    const seen = ink(image, target);
    if (!enoughInk(seen)) {
      problems.push(`${target.what} ${Math.round(target.w)}×${Math.round(target.h)} has ${seen.count} of ${seen.area} pixels at ${INK_CONTRAST}:1 against ${hex(seen.bg)}`);
    } else if (edges && target.buttonLike && target.ownText.length > 0 && !enoughInk(ink(image, target, target.ownText))) {
      problems.push(`${target.what} ${Math.round(target.w)}×${Math.round(target.h)} shows only its words, no edge or icon, against ${hex(seen.bg)}: it reads as plain text`);
    }
  }
  for (const group of groups) {
    const looks = new Map();
    for (const piece of group.pieces) {
      const { count, area } = ink(image, piece);
      const share = area ? count / area : 0;
      looks.set(piece.state, [...(looks.get(piece.state) ?? []), share]);
    }
    const average = [...looks].map(([state, shares]) => [state, shares.reduce((a, b) => a + b, 0) / shares.length]);
    const spread = Math.max(...average.map(([, v]) => v)) - Math.min(...average.map(([, v]) => v));
    if (spread < MIN_STATE_DIFFERENCE) {
      problems.push(`${group.what}: its pieces in different states look alike (${average.map(([state, v]) => `"${state}" ${(v * 100).toFixed(0)}% ink`).join(', ')})`);
    }
  }
  return problems;
}
