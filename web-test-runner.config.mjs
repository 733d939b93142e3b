// Runs every test in Debian's Chromium, Firefox ESR and WebKitGTK (see scripts/browsers.mjs).
// LIT_MODE=development switches Lit to its development build (extra runtime checks, warnings).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumFlags } from './scripts/browsers.mjs';

const mode = process.env.LIT_MODE === 'development' ? 'development' : 'production';
const wanted = (process.env.BROWSERS ?? 'chromium firefox webkit').split(/[\s,]+/).filter(Boolean);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startWebKitDriver() {
  const port = await freePort();
  const driver = spawn(browserPaths.webkitDriver, [`--port=${port}`], { stdio: 'ignore' });
  const stop = () => driver.kill();
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { stop(); process.exit(1); });
  // Wait until the driver answers before the runner connects.
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) break;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return port;
}

// The built-in flows are JSON files imported as modules (src/content/flows/*.json), as rollup and
// Vite do. Only sources under /src/ are served as modules; any other .json stays plain JSON.
const isJsonModule = (context) => context.path.startsWith('/src/') && context.path.endsWith('.json');
const jsonModules = {
  name: 'calmkit-json-modules',
  resolveMimeType: (context) => (isJsonModule(context) ? 'js' : undefined),
  transform: (context) => (isJsonModule(context) ? { body: `export default ${String(context.body)};` } : undefined),
};

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(chromeLauncher({
    launchOptions: { executablePath: browserPaths.chromium, headless: true, args: chromiumFlags },
  }));
}
if (wanted.includes('firefox')) {
  browsers.push(chromeLauncher({
    puppeteer,
    launchOptions: { browser: 'firefox', executablePath: browserPaths.firefox, headless: true },
  }));
}
if (wanted.includes('webkit')) {
  const port = await startWebKitDriver();
  browsers.push(webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: browserPaths.webkitBrowser, args: ['--automation'] },
    },
  }));
}

export default {
  // A port of its own, so `npm start` (or a second run) on 8000 never collides with the tests.
  port: await freePort(),
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: [mode, 'browser'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), jsonModules],
  browsers,
  concurrency: 1,
  // One browser at a time: on a 2-core machine three at once starve each other.
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  // The walk through every built-in flow (test/elements/flow-one-path.test.ts) takes minutes in WebKit.
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 10000 } },
};
