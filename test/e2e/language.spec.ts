import { AppPage } from './pages/app-page';
import { expect, test } from './support/fixtures';
import { readManifest } from '../support/manifest';

const manifest = readManifest();

test('the language the user switched to is kept for the next visit, before the browser language', async ({ page, served }) => {
  const app = new AppPage(page);
  await app.open(served.url, manifest.referenceTime);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await app.switchLanguage('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open a certificate list');
  // Only the language is kept, under its own key.
  expect(await page.evaluate(() => localStorage.getItem('upki-tsv-viewer.lang'))).toBe('en');

  await page.reload();
  await app.waitFor('start');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open a certificate list');

  await app.switchLanguage('ja');
  await page.reload();
  await app.waitFor('start');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('証明書リストを開く');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});
