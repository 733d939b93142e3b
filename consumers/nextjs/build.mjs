// `next build` (a static export in out/), then dist/ for the checker with the strict policy in
// each page. Next.js's App Router streams its page data in inline scripts, which the strict
// policy blocks; a static site allows exactly those scripts by their sha256 hashes, written
// into a <meta> policy at the top of <head> (a server would send a nonce instead).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The strict policy of calmkit's SPEC §1.3, to which the hashes are added. */
const STRICT_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

rmSync('dist', { recursive: true, force: true });
const built = spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
if (built.status !== 0) process.exit(built.status ?? 1);
cpSync('out', 'dist', { recursive: true });

for (const file of readdirSync('dist', { recursive: true }).filter((f) => String(f).endsWith('.html'))) {
  const path = join('dist', String(file));
  const html = readFileSync(path, 'utf8');
  const hashes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .filter(([, body]) => body.length > 0)
    .map(([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  const policy = STRICT_POLICY.replace("script-src 'self'", ["script-src 'self'", ...new Set(hashes)].join(' '));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  writeFileSync(path, html.replace(/<head>(<meta charSet="utf-8"\/>)?/, (head) => `${head}${meta}`));
}
