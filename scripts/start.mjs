// npm start: builds calmkit and serves the demo pages on http://localhost:8000 (PORT overrides).
import { execFileSync } from 'node:child_process';
import { serve } from './serve.mjs';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const port = Number(process.env.PORT ?? 8000);
const { url } = await serve({ '/dist/': 'dist', '/': 'demo' }, { port, policy: true });
console.log(`\ncalmkit demo: ${url}\n  clinic page: ${url}index.html\nPress Ctrl+C to stop.`);
