// npm run gallery — a picture of every story, to look at as a person would meet it: each story of
// the static Storybook build at phone (360 × 740), tablet (768 × 1024) and desktop (1280 × 800)
// size, in the light, dark and contrast themes, as PNGs under gallery/, with a contact sheet
// gallery/index.html that shows them side by side, and one sheet per story (gallery/sheets/*.png:
// its nine pictures on one image, themes in rows and sizes in columns) to look through quickly.
// gallery/ is not part of the package.
//
//   node scripts/gallery.mjs [--no-build] [--out=DIR] [--filter=TEXT] [--sizes=360x740,768x1024] [--themes=light,dark]
//
// --no-build      use the existing storybook-static/ instead of building it first
// --out=DIR       write there instead of gallery/ (a whole run empties it first; a filtered run
//                 replaces its stories' pictures and keeps the rest on the contact sheet)
// --filter=TEXT   only stories whose id contains TEXT (several: --filter=plan,timer)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumFlags, ensureBrowsers } from './browsers.mjs';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = join(root, 'storybook-static');
let outDir = join(root, 'gallery');

const options = { build: true, filter: '', sizes: ['360x740', '768x1024', '1280x800'], themes: ['light', 'dark', 'contrast'] };
for (const arg of process.argv.slice(2)) {
  const [key, value = ''] = arg.split(/=(.*)/s);
  if (key === '--no-build') options.build = false;
  else if (key === '--filter') options.filter = value;
  else if (key === '--out' && value) outDir = value;
  else if (key === '--sizes' && value) options.sizes = value.split(',');
  else if (key === '--themes' && value) options.themes = value.split(',');
  else {
    console.error(`gallery: unknown argument ${arg}\nUsage: node scripts/gallery.mjs [--no-build] [--out=DIR] [--filter=TEXT] [--sizes=WxH,…] [--themes=light,dark,contrast]`);
    process.exit(2);
  }
}
const sizes = options.sizes.map((size) => {
  const [width, height] = size.split('x').map(Number);
  return { name: size, width, height };
});

function buildStorybook() {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'storybook:build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`storybook build exited with ${code}`))));
  });
}

/**
 * Waits until Storybook has finished the story, its play function included (a flow walked to its
 * end, a check-in with feelings picked), and its calm-* elements have settled (fonts, first frames).
 */
async function settle(page) {
  await page.waitForFunction(
    () => {
      if (document.body.classList.contains('sb-show-errordisplay')) return true;
      const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
      return ['finished', 'aborted'].includes(phase) && document.querySelector('#storybook-root')?.childElementCount > 0;
    },
    { timeout: 20_000 },
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
    const calm = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('calm-'));
    await Promise.all(calm.map((el) => el.updateComplete));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/**
 * One image per story: its pictures in a grid (a row per theme, a column per size), all at half
 * size so they compare at one scale, each cut at SHEET_MAX_HEIGHT (the full pictures are beside it).
 */
const SHEET_SCALE = 0.5;
const SHEET_MAX_HEIGHT = 620;
async function writeSheet(page, story, shots) {
  mkdirSync(join(outDir, 'sheets'), { recursive: true });
  const themes = [...new Set(shots.map((s) => s.theme))];
  const sizeNames = [...new Set(shots.map((s) => s.size))];
  const columnWidth = (name) => Math.round(Number(name.split('x')[0]) * SHEET_SCALE);
  const cell = (shot) => {
    const data = readFileSync(join(outDir, shot.file)).toString('base64');
    return `<figure><figcaption>${shot.theme}, ${shot.size}</figcaption><div class="cut"><img src="data:image/png;base64,${data}" alt=""></div></figure>`;
  };
  const sheet = `<!doctype html><meta charset="utf-8"><style>
body { margin: 0; padding: 8px; font: 14px system-ui, sans-serif; background: #d8d6d0; color: #111; }
h1 { font-size: 16px; margin: 0 0 6px; }
.grid { display: grid; grid-template-columns: ${sizeNames.map((name) => `${columnWidth(name)}px`).join(' ')}; gap: 8px; align-items: start; }
figure { margin: 0; } figcaption { font-weight: 600; }
.cut { max-height: ${SHEET_MAX_HEIGHT}px; overflow: hidden; outline: 1px solid #555; }
img { display: block; width: 100%; }
</style><h1>${escape(`${story.title} — ${story.name}`)}</h1><div class="grid">${themes
    .flatMap((theme) => sizeNames.map((size) => shots.find((s) => s.theme === theme && s.size === size)))
    .filter(Boolean)
    .map(cell)
    .join('')}</div>`;
  const viewportWidth = 16 + sizeNames.reduce((sum, name) => sum + columnWidth(name), 0) + (sizeNames.length - 1) * 8;
  await page.setViewport({ width: viewportWidth, height: 800 });
  await page.setContent(sheet, { waitUntil: 'load' });
  await page.screenshot({ path: join(outDir, 'sheets', `${story.id}.png`), fullPage: true });
}

/** The story in each theme (one load per theme) at each size (the same page resized, as a person
 * turning a tablet or resizing a window sees it: container and media queries apply again). */
async function shootStory(page, url, story) {
  const shots = [];
  for (const theme of options.themes) {
    const globals = encodeURIComponent(`theme:${theme};a11y.manual:!true`);
    await page.setViewport({ width: sizes[0].width, height: sizes[0].height });
    await page.goto(`${url}iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${globals}`);
    for (const size of sizes) {
      await page.setViewport({ width: size.width, height: size.height });
      await settle(page);
      const file = `${story.id}--${theme}--${size.name}.png`;
      await page.screenshot({ path: join(outDir, file), fullPage: true });
      shots.push({ file, theme, size: size.name });
    }
  }
  return shots;
}

const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

async function main() {
  if (options.build) {
    console.log('Building Storybook…');
    await buildStorybook();
  }
  const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
  const filters = options.filter.split(',');
  const stories = Object.values(index.entries ?? {}).filter((e) => e.type === 'story' && filters.some((f) => e.id.includes(f)));
  ensureBrowsers();
  // A whole run starts afresh; a filtered run replaces only its stories' pictures, so the
  // contact sheet stays whole while a few stories are shot again after a change.
  if (!options.filter) rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const { server, url } = await serve({ '/': staticDir });
  const browser = await puppeteer.launch({ executablePath: browserPaths.chromium, headless: true, args: chromiumFlags });
  let page = await browser.newPage();
  const failed = [];
  const started = Date.now();
  let count = 0;
  try {
    for (const story of stories) {
      // A busy machine now and then loses a navigation: try a story twice, on a fresh page.
      for (let attempt = 1; ; attempt++) {
        try {
          const shots = await shootStory(page, url, story);
          await writeSheet(page, story, shots);
          count += shots.length;
          console.log(`${story.id}: ${shots.length} pictures`);
          break;
        } catch (error) {
          await page.close().catch(() => {});
          page = await browser.newPage();
          if (attempt === 2) {
            failed.push(story.id);
            console.error(`${story.id}: not shot (${error.message.split('\n')[0]})`);
            break;
          }
        }
      }
    }
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
  const shotsOf = (story) =>
    options.themes.flatMap((theme) => sizes.map((size) => ({ file: `${story.id}--${theme}--${size.name}.png`, theme, size: size.name })));
  const rows = Object.values(index.entries ?? {})
    .filter((e) => e.type === 'story')
    .map((story) => ({ story, shots: shotsOf(story).filter((shot) => existsSync(join(outDir, shot.file))) }))
    .filter((row) => row.shots.length > 0);
  const sheet = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>calmkit gallery</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="gallery.css"></head>
<body><h1>calmkit gallery</h1><p>${rows.length} stories × ${options.themes.length} themes × ${sizes.length} sizes. One image per story: <code>sheets/</code>.</p>
${rows
  .map(
    ({ story, shots }) => `<section><h2>${escape(`${story.title} — ${story.name}`)}</h2><div class="row">
${shots.map((s) => `<figure><a href="${s.file}"><img src="${s.file}" alt="" loading="lazy"></a><figcaption>${s.theme}, ${s.size}</figcaption></figure>`).join('\n')}
</div></section>`,
  )
  .join('\n')}
</body></html>
`;
  writeFileSync(join(outDir, 'index.html'), sheet);
  writeFileSync(
    join(outDir, 'gallery.css'),
    `body { font-family: system-ui, sans-serif; margin: 1.5rem; background: #f6f5f1; color: #1f2328; }
.row { display: flex; gap: 1rem; overflow-x: auto; align-items: flex-start; }
figure { margin: 0; flex: none; }
img { width: 180px; border: 1px solid #999; }
figcaption { font-size: 0.8rem; }
`,
  );
  console.log(`gallery: ${count} pictures of ${stories.length - failed.length} stories in ${((Date.now() - started) / 1000).toFixed(0)} s — open gallery/index.html`);
  if (failed.length > 0) {
    console.error(`gallery: ${failed.length} stories not shot: ${failed.join(', ')}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(`gallery: ${error.message}`);
  process.exit(1);
});
