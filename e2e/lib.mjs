// Shared pieces of the end-to-end suites (e2e/*.mjs): the elements to cover (read from
// custom-elements.json, so a new element is covered without edits), browser launch with
// Debian's Chromium and Firefox ESR, and a reporter that prints one line per check and the
// summary line `e2e <suite>: N passed, N failed`.
import { existsSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumFlags } from '../scripts/browsers.mjs';

/** Launches `chromium` or `firefox` (WebDriver BiDi) headless; `env` adds to its environment (Firefox takes its time zone from TZ). */
export function launch(name, { args = [], env } = {}) {
  if (name === 'firefox') {
    return puppeteer.launch({ browser: 'firefox', executablePath: browserPaths.firefox, headless: true, protocolTimeout: 30000, ...(env ? { env: { ...process.env, ...env } } : {}) });
  }
  return puppeteer.launch({ executablePath: browserPaths.chromium, headless: true, protocolTimeout: 30000, args: [...chromiumFlags, ...args] });
}

/**
 * Every element the manifest defines: tag, class name, attributes, public methods and events.
 * Elements only declared (a base class without a tag) are left out.
 */
export function manifestElements(path = 'custom-elements.json') {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`node scripts/build.mjs\` first.`);
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const defined = new Set();
  for (const mod of manifest.modules ?? []) {
    for (const e of mod.exports ?? []) if (e.kind === 'custom-element-definition') defined.add(e.name);
  }
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.tagName || !defined.has(d.tagName)) continue;
      elements.push({
        tag: d.tagName,
        className: d.name,
        attributes: (d.attributes ?? []).map((a) => a.name),
        methods: (d.members ?? []).filter((m) => m.kind === 'method' && !m.static && m.privacy !== 'private').map((m) => m.name),
        events: (d.events ?? []).map((e) => e.name).filter(Boolean),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** Prints one line per check and the summary; `finish()` exits non-zero when any check failed. */
export function reporter(suite) {
  let passed = 0;
  let failed = 0;
  return {
    check(name, ok, details = []) {
      if (ok) passed++;
      else failed++;
      console.log(`${ok ? 'pass' : 'FAIL'} ${name}`);
      if (!ok) for (const line of [details].flat().filter(Boolean).slice(0, 12)) console.log(`       ${line}`);
      return ok;
    },
    info(line) {
      console.log(`     ${line}`);
    },
    get failed() {
      return failed;
    },
    finish() {
      console.log(`e2e ${suite}: ${passed} passed, ${failed} failed`);
      process.exit(failed > 0 || passed === 0 ? 1 : 0);
    },
  };
}

/** Runs `fn`, turning a thrown error into a failed check so the summary line is always printed. */
export async function guarded(report, name, fn) {
  try {
    await fn();
  } catch (error) {
    report.check(name, false, String(error?.stack ?? error).split('\n').slice(0, 6));
  }
}

/**
 * The page's uncaught errors as they happen, and with `{ console: true }` its console errors too:
 * the array fills while the page runs (a caller may empty it between phases).
 */
export function collectErrors(page, { console: withConsole = false } = {}) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
  if (withConsole) page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return errors;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
