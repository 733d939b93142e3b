// Opens every demo page (as `npm start` serves them) in Chromium under the strict policy and
// fails on any console error, page error, policy violation, request beyond the page's own files,
// or a calmkit element that did not render. Run after the build (npm test does).
import { readdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumFlags } from './browsers.mjs';
import { serve, watchPage } from './serve.mjs';

const pages = readdirSync('demo').filter((file) => file.endsWith('.html'));
const { server, url } = await serve({ '/dist/': 'dist', '/': 'demo' }, { policy: true });
const browser = await puppeteer.launch({
  executablePath: browserPaths.chromium,
  headless: true,
  args: chromiumFlags,
});

/**
 * The classroom page shows one help for the whole page: the "I need…" board's Help card opens
 * it (the board has none of its own), and the timer, once started, pauses while help is open.
 */
async function checkClassroom(page) {
  const result = await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const pageHelp = document.getElementById('page-help');
    pageHelp.shadowRoot.querySelector('dialog')?.close();
    await frame();
    const timer = document.querySelector('calm-timer');
    timer.start();
    document.querySelector('calm-choice').shadowRoot.querySelector('.card[data-id="help"]').click();
    await frame();
    return {
      helps: document.querySelectorAll('calm-help').length + [...document.querySelectorAll('calm-schedule, calm-timer, calm-choice')].filter((el) => el.shadowRoot.querySelector('calm-help')).length,
      helpOpen: Boolean(pageHelp.shadowRoot.querySelector('dialog[open]')),
      timer: timer.state,
    };
  });
  const problems = [];
  if (result.helps !== 1) problems.push(`classroom: ${result.helps} help controls, not one for the page`);
  if (!result.helpOpen) problems.push('classroom: the Help card did not open the page help');
  if (result.timer !== 'paused') problems.push(`classroom: the timer is ${result.timer} while help is open, not paused`);
  return problems;
}

let failed = 0;
try {
  for (const name of pages) {
    const problems = [];
    const page = await browser.newPage();
    await watchPage(page, url, problems);
    await page.goto(url + name, { waitUntil: 'networkidle0' });
    const report = await page.evaluate(async () => {
      const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('calm-'));
      await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
      await Promise.all(elements.map((el) => el.updateComplete));
      // Use the page as a person would: open help from the first help button.
      const help = document.querySelector('calm-help');
      help?.shadowRoot?.querySelector('button')?.click();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return {
        count: elements.length,
        empty: elements.filter((el) => !el.shadowRoot || el.shadowRoot.childElementCount === 0).map((el) => el.localName),
        helpOpen: Boolean(help?.shadowRoot?.querySelector('dialog[open]')),
        violations: window.__violations,
        stored: localStorage.length + sessionStorage.length + document.cookie.length,
      };
    });
    if (name === 'classroom.html') problems.push(...(await checkClassroom(page)));
    if (report.count === 0) problems.push('no calmkit element on the page');
    if (report.empty.length > 0) problems.push(`elements that rendered nothing: ${report.empty.join(', ')}`);
    if (!report.helpOpen) problems.push('the help dialog did not open');
    for (const violation of report.violations) problems.push(`policy violation: ${violation}`);
    if (report.stored > 0) problems.push('something was stored');
    await page.close();
    console.log(`${problems.length ? 'FAIL' : 'pass'} demo/${name} (${report.count} elements)`);
    for (const problem of problems) console.log(`     ${problem}`);
    if (problems.length) failed++;
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`demo pages: ${pages.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
