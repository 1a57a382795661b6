import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppPage } from './pages/app-page';
import { ListPage } from './pages/list-page';
import { LoadingPage } from './pages/loading-page';
import { StartPage } from './pages/start-page';
import { expect, test } from './support/fixtures';
import { readManifest, rowsMatching } from '../support/manifest';
import { FIXTURES_DIR } from './support/paths';
import { writeLargeList } from './support/large-list';

const TARGET_ROWS = 30_000;

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
  const large = writeLargeList(dir, TARGET_ROWS).path;
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
