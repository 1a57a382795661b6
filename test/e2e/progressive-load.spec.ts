import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppPage } from './pages/app-page';
import { ListPage } from './pages/list-page';
import { LoadingPage } from './pages/loading-page';
import { StartPage } from './pages/start-page';
import { expect, test } from './support/fixtures';
import { writeLargeList } from './support/large-list';
import { readManifest, rowsMatching } from '../support/manifest';

let dir = '';
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'upki-progressive-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Records, in the page, whether list rows were on screen while the load was still under way (the
 * loading bar shown): set by a MutationObserver, so the answer does not hang on when the test looks.
 */
async function watchRowsWhileLoading(page: Page): Promise<void> {
  await page.evaluate(() => {
    const flags = window as unknown as { sawRowsWhileLoading: boolean };
    flags.sawRowsWhileLoading = false;
    const look = () => {
      if (!document.querySelector('.loading-banner')) return;
      const rows = document.querySelectorAll<HTMLElement>('[role="grid"] [role="row"][data-index]');
      if ([...rows].some((row) => row.offsetParent !== null)) flags.sawRowsWhileLoading = true;
    };
    new MutationObserver(look).observe(document.body, { childList: true, subtree: true });
  });
}

/** The demo open, a 30,000-row list written beside it (76 MB), and the pages the tests read. */
async function demoOpenWithLargeList(page: Page, url: string) {
  const manifest = readManifest();
  const app = new AppPage(page);
  const pages = { manifest, app, list: new ListPage(page), loading: new LoadingPage(page), large: writeLargeList(dir, 30_000) };
  await app.open(url, manifest.referenceTime);
  await new StartPage(page).openDemo();
  return pages;
}

test('a large list shows its rows while it loads, can be searched as it grows, and keeps the search once loaded', async ({ page, served }) => {
  const { manifest, app, list, loading, large } = await demoOpenWithLargeList(page, served.url);
  const total = manifest.rows.length * large.copies;
  const www = rowsMatching(manifest, 'www').length * large.copies;
  await watchRowsWhileLoading(page);

  await loading.chooseList(large.path);
  const banner = page.locator('.loading-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('serverAll-large.tsv');
  await expect(banner.getByRole('progressbar')).toBeVisible();
  await app.screenshot('progressive-load');
  // What needs the whole list waits for it.
  await expect(page.getByRole('button', { name: '表示中の一覧を CSV で書き出す' })).toBeDisabled();
  await list.typeFilter('www');

  // A 76 MB list: give a busy machine time (the test waits on the app's state, never sleeps).
  await app.waitFor('ready', { timeout: 180_000 });
  await expect(banner).toHaveCount(0);
  await expect(page.locator('.app-header__file')).toHaveText('serverAll-large.tsv');
  // The search typed during the load is still there, now over the whole list, with the current/replaced marks.
  await expect(list.filter).toHaveValue('www');
  await expect(list.filter).toBeFocused();
  await list.expectCount(www, total);
  await expect(list.grid.getByText('現行').first()).toBeVisible();
  await expect(page.getByRole('button', { name: '表示中の一覧を CSV で書き出す' })).toBeEnabled();
  expect(await page.evaluate(() => (window as unknown as { sawRowsWhileLoading: boolean }).sawRowsWhileLoading)).toBe(true);
});

test('cancelling once rows show goes back to the open list as it was', async ({ page, served }) => {
  const { manifest, app, list, loading, large } = await demoOpenWithLargeList(page, served.url);
  await list.typeFilter('www');
  const shown = rowsMatching(manifest, 'www').length;

  await loading.chooseList(large.path);
  const banner = page.locator('.loading-banner');
  await expect(banner).toBeVisible();
  await expect(loading.cancel).toBeFocused();
  await loading.cancel.click();
  await app.waitFor('ready');
  await expect(banner).toHaveCount(0);
  await expect(page.locator('.app-header__file')).toHaveText('serverAll.tsv');
  await expect(list.filter).toHaveValue('www');
  await list.expectCount(shown, manifest.rows.length);
});
