/* global location, document, customElements, history */
// "Quick exit keeps its word" in real browsers (SPEC §3 <calm-quick-exit>), in Chromium and
// Firefox with the real "Leave site?" prompt of a host's beforeunload guard: choosing Stay brings
// the page back and the exit works again; choosing Leave goes to the neutral page, and Back does
// not return to the support page or to the entries it added (an in-page link, pushState).
// Run after `node scripts/build.mjs`; BROWSERS="chromium" narrows it.
import { guarded, launch, reporter, sleep } from './lib.mjs';
import { serve } from '../scripts/serve.mjs';

const report = reporter('quick-exit');
const { server, url } = await serve({ '/': '.' });
const browsers = (process.env.BROWSERS ?? 'chromium firefox').split(/\s+/).filter(Boolean);

const here = (page) => page.evaluate(() => location.href).catch(() => String(page.url()));
const coverOpen = (page) => page.evaluate(() => document.querySelector('calm-quick-exit').shadowRoot.querySelector('[part="cover"]').open);
async function tapExit(page) {
  const box = await page.evaluate(() => {
    const rect = document.querySelector('calm-quick-exit').shadowRoot.querySelector('[part="button"]').getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
}

for (const name of browsers) {
  await guarded(report, `${name}: quick exit with a host's "Leave site?" guard`, async () => {
    const browser = await launch(name);
    try {
      const page = await browser.newPage();
      await page.goto(`${url}e2e/fixtures/host-guard.html`);
      await page.waitForFunction(() => customElements.get('calm-quick-exit') && document.querySelector('calm-quick-exit').shadowRoot?.querySelector('[part="button"]'));
      await page.mouse.click(5, 5); // the person has used the page, so the browser may ask
      await page.evaluate(() => {
        location.hash = 'plan-section';
        history.pushState(null, '', '?step=2');
      });

      const asked = new Promise((resolve) => page.once('dialog', (dialog) => resolve(dialog.dismiss())));
      await tapExit(page);
      await asked;
      await sleep(300);
      // Where the browser does not report the cancelled navigation, the person's next touch brings the page back.
      if (await coverOpen(page)) await page.mouse.click(5, 5);
      await sleep(100);
      report.check(`${name}: "Stay on page" brings the page back`, !(await coverOpen(page)) && (await here(page)).includes('host-guard.html'));

      const left = page.waitForNavigation();
      page.once('dialog', (dialog) => void dialog.accept());
      await tapExit(page);
      await left;
      report.check(`${name}: the exit works again, and goes to the neutral page`, (await here(page)).endsWith('/e2e/fixtures/neutral.html'), await here(page));
      const back = await page.goBack({ timeout: 3000 }).catch(() => null);
      await sleep(300);
      const after = await here(page);
      report.check(`${name}: Back does not return to the support page or its entries`, !after.includes('host-guard.html'), `${back ? 'went back to' : 'stayed on'} ${after}`);
    } finally {
      await browser.close();
    }
  });
}
server.close();
report.finish();
