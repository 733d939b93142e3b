/* global document */
// The region found on the device, end to end in Chromium and Firefox ESR: a page with
// <html lang="en"> and a <calm-help> without `region`, opened under three time zones (Chromium:
// puppeteer's emulateTimezone; Firefox: a browser started with TZ set; WebKit's zone data is
// covered by test/engine/region.test.ts):
// - America/Chicago → the US lines (tel:988);
// - Europe/London → the UK lines (tel:116123);
// - UTC, with a browser whose languages name no region → the country chooser; choosing the
//   United Kingdom shows tel:116123 at once, with no request of any kind.
//
//   node e2e/region.mjs        (needs dist/: node scripts/build.mjs)
import { guarded, launch, reporter } from './lib.mjs';
import { serve, watchPage } from '../scripts/serve.mjs';

const report = reporter('region');
const { server, url } = await serve({ '/dist/': 'dist', '/': 'e2e/fixtures' }, { policy: true });
let browser;
let name = 'chromium';

const links = (page) =>
  page.evaluate(() => [...document.querySelector('calm-help').shadowRoot.querySelectorAll('a')].map((a) => a.getAttribute('href')));

async function open(zone, { languages } = {}) {
  if (name === 'firefox') {
    await browser?.close();
    browser = await launch('firefox', { env: { TZ: zone } });
  }
  const page = await browser.newPage();
  const problems = [];
  await watchPage(page, url, problems);
  if (name === 'chromium') await page.emulateTimezone(zone);
  // A browser set to plain "English", with no country in its languages.
  if (languages) await page.evaluateOnNewDocument((list) => Object.defineProperty(navigator, 'languages', { get: () => list }), languages);
  await page.goto(`${url}region.html`);
  await page.waitForFunction(() => document.querySelector('calm-help')?.shadowRoot?.querySelector('[part="panel"]'));
  return { page, problems };
}

for (name of ['chromium', 'firefox']) {
  if (name === 'chromium') browser = await launch('chromium');
  await guarded(report, 'America/Chicago shows tel:988', async () => {
    const { page, problems } = await open('America/Chicago');
    const hrefs = await links(page);
    report.check(`${name}: America/Chicago shows tel:988`, hrefs.includes('tel:988') && hrefs.includes('tel:911') && problems.length === 0, [hrefs.join(' '), ...problems]);
    await page.close();
  });

  await guarded(report, 'Europe/London shows tel:116123', async () => {
    const { page, problems } = await open('Europe/London');
    const hrefs = await links(page);
    report.check(`${name}: Europe/London shows tel:116123`, hrefs.includes('tel:116123') && hrefs.includes('tel:999') && problems.length === 0, [hrefs.join(' '), ...problems]);
    await page.close();
  });

  await guarded(report, 'UTC: a chooser; the United Kingdom shows tel:116123 without a request', async () => {
    const { page, problems } = await open('UTC', { languages: ['en'] });
    const before = await links(page);
    const label = await page.evaluate(() => document.querySelector('calm-help').shadowRoot.querySelector('label[for="where"]').textContent.trim());
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    const select = await page.evaluateHandle(() => document.querySelector('calm-help').shadowRoot.querySelector('select'));
    await select.select('GB');
    await page.waitForFunction(() => [...document.querySelector('calm-help').shadowRoot.querySelectorAll('a')].some((a) => a.getAttribute('href') === 'tel:116123'));
    const after = await links(page);
    report.check(
      `${name}: UTC: a chooser; the United Kingdom shows tel:116123 without a request`,
      label === 'Where are you?' && !before.some((h) => h.startsWith('tel:')) && after.includes('tel:116123') && requests.length === 0 && problems.length === 0,
      [`label: ${label}`, `before: ${before.join(' ')}`, `after: ${after.join(' ')}`, ...requests.map((r) => `request: ${r}`), ...problems],
    );
    await page.close();
  });
  await browser.close();
  browser = undefined;
}
server.close();
report.finish();
