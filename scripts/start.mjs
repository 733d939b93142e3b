// npm start: builds calmkit and serves the demo pages on http://localhost:8000 (PORT overrides).
// When that port is taken (the tests, another demo), it says so in one line and takes the next
// free one, so the demo and `npm test` run side by side.
// --no-build  serve the dist/ already built
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { serve } from './serve.mjs';

/** How many ports after the first one to try before giving up. */
const TRIES = 20;

if (!process.argv.includes('--no-build')) {
  try {
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  } catch {
    console.error('npm start: the build failed (see above), so there is nothing to serve.');
    process.exit(1);
  }
}

const wanted = Number(process.env.PORT ?? 8000);
if (!Number.isInteger(wanted) || wanted < 1 || wanted > 65535) {
  console.error(`npm start: PORT must be a port number (1-65535), not "${process.env.PORT}".`);
  process.exit(1);
}

let url;
for (let port = wanted; !url; port++) {
  try {
    ({ url } = await serve({ '/dist/': 'dist', '/': 'demo' }, { port, policy: true }));
  } catch (error) {
    if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') throw error;
    if (port - wanted >= TRIES || port === 65535) {
      console.error(`npm start: ports ${wanted}-${port} are all in use; set PORT to a free one.`);
      process.exit(1);
    }
  }
}
const taken = Number(new URL(url).port);
if (taken !== wanted) console.log(`Port ${wanted} is in use, so the demo takes ${taken}.`);
const pages = readdirSync('demo').filter((file) => file.endsWith('.html'));
console.log(`\ncalmkit demo: ${url}\n${pages.map((page) => `  ${url}${page}`).join('\n')}\nPress Ctrl+C to stop.`);
