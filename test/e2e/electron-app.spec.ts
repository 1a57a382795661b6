import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { build, type BuildOptions } from 'esbuild';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from '../../scripts/start/electron-binary';
import { AppPage } from './pages/app-page';
import { DetailsPage } from './pages/details-page';
import { ListPage } from './pages/list-page';
import { StartPage } from './pages/start-page';
import { currentRowFor, fixtureDer, readManifest, rowsMatching } from '../support/manifest';
import { E2E_DEMO_LIST, ROOT, WEB_INDEX } from './support/paths';

// Drives the real Electron app: main process, preload bridge, app:// protocol and native dialogs.
const ELECTRON = findElectronBinary(ROOT);
const APP_DIR = join(ROOT, 'test-output', 'electron-app');
const MAIN = join(APP_DIR, '.vite', 'build', 'main.cjs');
const FQDN = 'www.example.ac.jp';

test.skip(
  ELECTRON === null,
  'The Electron binary was not downloaded on this machine (node_modules/electron/dist is missing: `npm ci` could not reach the Electron download server). ' +
    'Get it with `node node_modules/electron/install.js` (or `npx install-electron`) on a machine with internet access, then run `npx playwright test test/e2e/electron-app.spec.ts`.',
);

/**
 * Builds the app the way Forge lays it out: .vite/build/main.cjs and preload.cjs (CommonJS, electron
 * external, Forge's build-time constants defined) and the web build as .vite/renderer/main_window.
 */
async function buildApp(): Promise<void> {
  rmSync(APP_DIR, { recursive: true, force: true });
  const common: BuildOptions = { bundle: true, platform: 'node', format: 'cjs', external: ['electron'], logLevel: 'warning', sourcemap: false };
  await build({
    ...common,
    entryPoints: [join(ROOT, 'electron/main/main.ts')],
    outfile: MAIN,
    target: 'node22',
    define: { MAIN_WINDOW_VITE_DEV_SERVER_URL: 'undefined', MAIN_WINDOW_VITE_NAME: '"main_window"' },
  });
  await build({ ...common, entryPoints: [join(ROOT, 'electron/preload/preload.ts')], outfile: join(APP_DIR, '.vite', 'build', 'preload.cjs'), target: 'chrome140' });
  mkdirSync(join(APP_DIR, '.vite', 'renderer', 'main_window'), { recursive: true });
  // The web build (dist/e2e-web) is made by the Playwright global setup when stale.
  copyFileSync(WEB_INDEX, join(APP_DIR, '.vite', 'renderer', 'main_window', 'index.html'));
  // The main process finds its demo two levels above its bundle (electron/main/files/demo-file.ts): the
  // app under test gets the main test fixture there, whose rows the manifest gives, not the dated demo.
  mkdirSync(join(APP_DIR, 'demo'), { recursive: true });
  copyFileSync(join(ROOT, E2E_DEMO_LIST), join(APP_DIR, 'demo', 'serverAll.tsv'));
}

/** Launches the app with its own home folder (so its userData, recent files and window state are fresh). */
async function launch(home: string, files: string[] = []): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: ELECTRON ?? undefined,
    args: [MAIN, ...files],
    cwd: ROOT,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), APPDATA: home, LANG: 'ja_JP.UTF-8' },
  });
  const page = await app.firstWindow();
  return { app, page };
}

/** The DER inside a PEM file. */
function pemToDer(pem: string): Buffer {
  return Buffer.from((/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(pem)?.[1] ?? '').replace(/\s+/g, ''), 'base64');
}

test.describe('the Electron app', () => {
  let home: string;

  test.beforeAll(async () => {
    await buildApp();
  });
  test.beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'upki-electron-home-'));
  });
  test.afterEach(() => {
    rmSync(home, { recursive: true, force: true });
  });

  test('a registration staff member opens the demo, filters, and exports a .crt through the save dialog', async () => {
    const manifest = readManifest();
    const { app, page } = await launch(home);
    try {
      await new AppPage(page).waitFor('start');
      // The page runs sandboxed on app://bundle with only the preload's API.
      expect(await page.evaluate(() => [location.origin, typeof (globalThis as { require?: unknown }).require, typeof (globalThis as { upkiHost?: unknown }).upkiHost])).toEqual([
        'app://bundle',
        'undefined',
        'object',
      ]);

      await new StartPage(page).openDemo();
      const list = new ListPage(page);
      await list.expectCount(manifest.rows.length, manifest.rows.length);
      await list.typeFilter(FQDN);
      const expected = rowsMatching(manifest, FQDN);
      await list.expectCount(expected.length, manifest.rows.length);

      const { row, certificate } = currentRowFor(manifest, FQDN);
      const position = expected.findIndex((r) => r.applicationId === row.applicationId);
      await list.openRowByKeyboard(position);
      const details = new DetailsPage(page);
      await expect(details.title()).toHaveText(FQDN);

      const target = join(home, 'exported', `${FQDN}.crt`);
      mkdirSync(join(home, 'exported'));
      await app.evaluate(({ dialog }, filePath) => {
        // The stub answers like the OS dialog would after the user chose `filePath`.
        Object.assign(dialog, { showSaveDialog: async () => ({ canceled: false, filePath }) });
      }, target);
      await details.pane.getByTestId('export-crt').click();
      await expect(details.status()).toContainText(`${FQDN}.crt`);
      expect(pemToDer(readFileSync(target, 'utf8')).equals(fixtureDer(certificate))).toBe(true);
    } finally {
      await app.close();
    }
  });

  test('a file given on the command line opens at launch', async () => {
    const manifest = readManifest();
    const { app, page } = await launch(home, [join(ROOT, E2E_DEMO_LIST)]);
    try {
      await new AppPage(page).waitFor('ready');
      await new ListPage(page).expectCount(manifest.rows.length, manifest.rows.length);
    } finally {
      await app.close();
    }
  });

  test('the page cannot reach the network or open windows', async () => {
    const { app, page } = await launch(home);
    try {
      await new AppPage(page).waitFor('start');
      const fetched = await page.evaluate(() => fetch('https://example.com/').then(() => 'reached', () => 'blocked'));
      expect(fetched).toBe('blocked');
      expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});
