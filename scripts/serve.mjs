// A tiny static file server for the demo and the checks: loopback only, no caching, and the
// strict policy of SPEC §1.3 sent as a header too (the pages also carry it as a <meta> tag).
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const STRICT_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serves `mounts` (URL prefix → folder) on 127.0.0.1:`port` (0 picks a free port).
 * `policy: true` adds the strict Content-Security-Policy header to HTML pages.
 * Resolves with `{ server, url }`.
 */
export function serve(mounts, { port = 0, policy = false, host = '127.0.0.1' } = {}) {
  const entries = Object.entries(mounts).sort(([a], [b]) => b.length - a.length);
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const [prefix, folder] = entries.find(([p]) => path === p.replace(/\/$/, '') || path.startsWith(p)) ?? [];
      if (!folder) throw new Error('not found');
      const base = resolve(folder);
      let file = resolve(join(base, normalize(path.slice(prefix.length))));
      if (file !== base && !file.startsWith(base + sep)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = types[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
      if (policy && type.startsWith('text/html')) headers['content-security-policy'] = STRICT_POLICY;
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ server, url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${address.port}/` });
    });
  });
}

/**
 * Watches a page served from `origin` (with puppeteer) for what a calmkit page must never do,
 * adding a line to `problems` for each: a console error or warning, a page error, an HTTP error,
 * a request beyond the origin, a failed request. Policy violations are collected in the page as
 * `window.__violations`, for the caller to read once the page has run. Call before `goto`.
 */
export async function watchPage(page, origin, problems) {
  page.on('console', (message) => {
    if (!['error', 'warn', 'warning'].includes(message.type())) return;
    // "Failed to load resource" does not say which; the response handler below does.
    if (message.text().startsWith('Failed to load resource') && message.location()?.url?.startsWith(origin)) return;
    problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url().replace(origin, '/')}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message.split('\n')[0]}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) problems.push(`request beyond the page: ${request.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
