import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppPage } from './pages/app-page';
import { ListPage } from './pages/list-page';
import { LoadingPage } from './pages/loading-page';
import { StartPage } from './pages/start-page';
import { expect, test } from './support/fixtures';
import { readManifest, rowsMatching } from '../support/manifest';
import { FIXTURES_DIR } from './support/paths';

const TARGET_ROWS = 30_000;

/**
 * A large list made of the main fixture's bytes: its header, then its data lines repeated to about TARGET_ROWS rows.
 * CP932 is only bytes here, and every fixture record is one CRLF-terminated line, so repeating lines keeps it valid.
 */
function writeLargeList(dir: string): string {
  const fixture = readFileSync(join(FIXTURES_DIR, 'tsv/serverAll.tsv'));
  const headerEnd = fixture.indexOf(0x0a) + 1;
  const header = fixture.subarray(0, headerEnd);
  const data = fixture.subarray(headerEnd);
  const dataLines = data.filter((byte) => byte === 0x0a).length;
  const copies = Math.ceil(TARGET_ROWS / dataLines);
  const path = join(dir, 'serverAll-large.tsv');
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: copies }, () => data)]));
  return path;
}

let dir = '';
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'upki-cancel-load-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('cancelling a long load, or a file that is not a list, leaves the open list as it was', async ({ page, served }) => {
  const manifest = readManifest();
  const total = manifest.rows.length;
  const app = new AppPage(page);
  const list = new ListPage(page);
  const loading = new LoadingPage(page);
  const large = writeLargeList(dir);
  await app.open(served.url, manifest.referenceTime);
  await new StartPage(page).openDemo();
  await list.typeFilter('www');
  const shown = rowsMatching(manifest, 'www').length;
  await list.expectCount(shown, total);

  await loading.chooseList(large);
  await loading.expectLoading('serverAll-large.tsv');
  await expect(loading.cancel).toBeFocused();
  await app.screenshot('cancel-load-1-loading');
  await loading.cancel.click();
  await app.waitFor('ready');
  await expect(loading.view).toHaveCount(0);
  await expect(list.filter).toHaveValue('www');
  await list.expectCount(shown, total);
  await expect(page.locator('.app-header__file')).toHaveText('serverAll.tsv');

  // Escape cancels too.
  await loading.chooseList(large);
  await loading.expectLoading('serverAll-large.tsv');
  await page.keyboard.press('Escape');
  await app.waitFor('ready');
  await expect(list.filter).toHaveValue('www');
  await list.expectCount(shown, total);

  // A file that is not a list is refused in a notice over the list, which stays.
  await loading.chooseList(join(FIXTURES_DIR, 'bad/image.png'));
  await expect(loading.notice).toContainText('image.png');
  await app.waitFor('ready');
  await app.screenshot('cancel-load-2-refused');
  await expect(list.filter).toHaveValue('www');
  await list.expectCount(shown, total);
  await list.filter.fill('');
  await list.expectCount(total, total);
  await loading.notice.getByRole('button').click();
  await expect(loading.notice).toHaveCount(0);
});
