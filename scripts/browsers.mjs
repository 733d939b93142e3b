// The three browsers the tests run in, as Debian packages. Run directly, it makes sure they are
// installed: as root on Debian/Ubuntu it installs what is missing with apt-get; elsewhere it
// names exactly what to install and exits non-zero.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const arch = process.arch === 'arm64' ? 'aarch64-linux-gnu' : 'x86_64-linux-gnu';

export const browserPaths = {
  chromium: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  webkitDriver: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
  webkitBrowser:
    process.env.WEBKIT_BROWSER_PATH ?? `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`,
  xvfbRun: '/usr/bin/xvfb-run',
};

/**
 * Flags for Debian's Chromium here: as root it needs --no-sandbox, and without the
 * background-networking flags it tries to reach Google's hosts, which this machine refuses.
 */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Debian package that provides each path. */
const packages = [
  ['chromium', browserPaths.chromium],
  ['firefox-esr', browserPaths.firefox],
  ['webkit2gtk-driver', browserPaths.webkitDriver],
  ['webkit2gtk-driver', browserPaths.webkitBrowser],
  ['xvfb', browserPaths.xvfbRun],
  ['xauth', '/usr/bin/xauth'],
];

export function missingPackages() {
  return [...new Set(packages.filter(([, path]) => !existsSync(path)).map(([name]) => name))];
}

export function ensureBrowsers() {
  let missing = missingPackages();
  if (missing.length === 0) return;
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canApt) {
    console.log(`Installing test browsers with apt-get: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
    missing = missingPackages();
  }
  if (missing.length > 0) {
    console.error(
      `calmkit's tests need these Debian/Ubuntu packages, which are missing: ${missing.join(' ')}\n` +
        `Install them with: sudo apt-get install --no-install-recommends ${missing.join(' ')}\n` +
        'Or point CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH and WEBKIT_BROWSER_PATH at your own builds.',
    );
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureBrowsers();
