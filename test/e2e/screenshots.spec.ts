import { AppPage } from './pages/app-page';
import { DetailsPage } from './pages/details-page';
import { ListPage } from './pages/list-page';
import { StartPage } from './pages/start-page';
import { expect, test } from './support/fixtures';
import { join } from 'node:path';
import { certificateById, currentRowFor, readManifest, rowsMatching } from '../support/manifest';
import { FIXTURES_DIR } from './support/paths';

// Screenshots of the main screens for people to look at, written to test-output/screenshots/ on every run.
test('the main screens look right in Japanese, in English and in dark mode', async ({ page, served }) => {
  const manifest = readManifest();
  const app = new AppPage(page);
  const list = new ListPage(page);
  const details = new DetailsPage(page);
  await app.open(served.url, manifest.referenceTime);
  await app.screenshot('01-start');

  await new StartPage(page).openDemo();
  await app.screenshot('02-list');
  await list.typeFilter('www');
  await list.expectCount(rowsMatching(manifest, 'www').length, manifest.rows.length);
  await app.screenshot('03-list-filtered');

  const fqdn = 'www.example.ac.jp';
  const { row } = currentRowFor(manifest, fqdn);
  const position = rowsMatching(manifest, 'www').findIndex((r) => r.applicationId === row.applicationId);
  await list.openRowByKeyboard(position);
  await details.expectRecord((await list.rowIndices())[position]!);
  await expect(details.title()).toHaveText(fqdn);
  await app.screenshot('04-details');

  await app.switchLanguage('en');
  await expect(list.count).toContainText('Showing');
  await app.screenshot('05-english-details');
  await page.keyboard.press('Escape');
  await expect(details.pane).toHaveCount(0);
  await app.screenshot('06-english-list');

  await page.emulateMedia({ colorScheme: 'dark' });
  await app.switchLanguage('ja');
  await list.openRowByKeyboard(position);
  await details.expectRecord((await list.rowIndices())[position]!);
  await app.screenshot('07-dark-details');

  await page.emulateMedia({ colorScheme: 'light' });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '別のファイルを開く' }).click();
  await app.waitFor('start');
  await page.getByRole('button', { name: '証明書ファイルを開く' }).click();
  await (await chooser).setFiles(['leaf-wildcard-lab', 'diag-sha1', 'diag-expired-issuer'].map((id) => join(FIXTURES_DIR, certificateById(manifest, id).pemPath)));
  await expect(page.getByRole('tab', { name: /証明書ファイル/ })).toHaveAttribute('aria-selected', 'true');
  await app.screenshot('08-certificate-files');

  await page.getByTestId('about-open').click();
  await expect(page.getByTestId('about-network')).toBeVisible();
  await app.screenshot('09-about');
});
