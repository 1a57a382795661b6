import { AppPage } from './pages/app-page';
import { ListPage } from './pages/list-page';
import { StartPage } from './pages/start-page';
import { expect, test } from './support/fixtures';
import { readManifest, rowsMatching } from '../support/manifest';

const manifest = readManifest();

test('「別のファイルを開く」 keeps the open list: 一覧に戻る (or Escape) finds it with its filter', async ({ page, served }) => {
  const app = new AppPage(page);
  const start = new StartPage(page);
  const list = new ListPage(page);
  await app.open(served.url, manifest.referenceTime);
  await start.openDemo();
  await list.typeFilter('www');
  const shown = rowsMatching(manifest, 'www').length;
  expect(shown).toBe(6);
  await list.expectCount(shown, manifest.rows.length);

  await page.getByRole('button', { name: '別のファイルを開く' }).click();
  await app.waitFor('start');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('証明書リストを開く');
  await expect(list.grid).toBeHidden();
  await start.backToList().click();
  await app.waitFor('ready');
  await expect(list.filter).toHaveValue('www');
  await list.expectCount(shown, manifest.rows.length);

  await page.getByRole('button', { name: '別のファイルを開く' }).click();
  await app.waitFor('start');
  await page.keyboard.press('Escape');
  await app.waitFor('ready');
  await expect(list.filter).toHaveValue('www');
  await list.expectCount(shown, manifest.rows.length);
});

test('a fresh start screen has no way back to a list', async ({ page, served }) => {
  const app = new AppPage(page);
  await app.open(served.url, manifest.referenceTime);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(new StartPage(page).backToList()).toHaveCount(0);
});
