// npm start: builds calmkit and serves the demo pages on http://localhost:8000 (PORT overrides).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { serve } from './serve.mjs';

try {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
} catch {
  console.error('npm start: the build failed (see above), so there is nothing to serve.');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8000);
const { url } = await serve({ '/dist/': 'dist', '/': 'demo' }, { port, policy: true });
const pages = readdirSync('demo').filter((file) => file.endsWith('.html'));
console.log(`\ncalmkit demo: ${url}\n${pages.map((page) => `  ${url}${page}`).join('\n')}\nPress Ctrl+C to stop.`);
