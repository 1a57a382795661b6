// Makes sure the end-to-end tests have a Chromium and a Japanese font. Playwright cannot download
// its own browser on offline machines, so the tests use Debian's Chromium (or CHROMIUM_PATH).
// On a Debian machine where we are root and the browser is missing, install it with apt-get.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasCjkFont = () => spawnSync('sh', ['-c', 'fc-list :lang=ja | grep -q .']).status === 0;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

if (existsSync(browser) && (hasCjkFont() || process.platform !== 'linux')) process.exit(0);
if (!(isRoot && hasApt)) {
  console.error(
    `ensure-browser: no Chromium at ${browser} (or no Japanese font). Install Chromium and a CJK font, or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
console.log('ensure-browser: installing Debian chromium and fonts-ipafont-gothic for the end-to-end tests…');
const apt = (args) => execFileSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
apt(['update', '-qq']);
apt(['install', '-y', '-qq', 'chromium', 'fonts-ipafont-gothic', 'openssl']);
