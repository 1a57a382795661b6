import { readFileSync } from 'node:fs';
import { AppPage } from './pages/app-page';
import { DetailsPage } from './pages/details-page';
import { ListPage } from './pages/list-page';
import { StartPage } from './pages/start-page';
import { expect, test } from './support/fixtures';
import { certificateById, currentRowFor, fixturePath, readManifest, rowsMatching } from '../support/manifest';

/** The base64 body of a PEM file, to compare a download with a fixture certificate. */
function pemBody(path: string): string {
  return readFileSync(path, 'utf8').replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
}

/** The demo row of www.example.ac.jp that expired and was replaced by a renewal (the oldest one). */
function replacedWwwRow() {
  const manifest = readManifest();
  const rows = rowsMatching(manifest, 'www.example.ac.jp').filter((row) => row.fqdn === 'www.example.ac.jp' && row.certificateId);
  const byAge = [...rows].sort((a, b) => Date.parse(certificateById(manifest, a.certificateId).notBefore) - Date.parse(certificateById(manifest, b.certificateId).notBefore));
  return byAge[0]!;
}

test.describe('exporting a certificate that is not current', () => {
  test.beforeEach(async ({ page, served }) => {
    const manifest = readManifest();
    await new AppPage(page).open(served.url, manifest.referenceTime);
    await new StartPage(page).openDemo();
  });

  test('typing a host name puts its current certificate first, and exporting it asks nothing', async ({ page }) => {
    const manifest = readManifest();
    const list = new ListPage(page);
    const details = new DetailsPage(page);
    await list.typeFilter('www.example.ac.jp');
    const { row, certificate } = currentRowFor(manifest, 'www.example.ac.jp');
    await expect(list.rows.first()).toContainText(row.applicationId);
    await expect(list.rows.first()).toContainText('現行');
    await list.rows.first().click();
    await details.expectRecord((await list.rowIndices())[0]!);
    const download = await details.exportCrt();
    expect(download.suggestedFilename()).toBe('www.example.ac.jp.crt');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(pemBody(await download.path())).toBe(pemBody(fixturePath(certificate.pemPath)));
  });

  test('exporting the expired, replaced certificate asks first, says why, and exports the current one from the primary action', async ({ page }) => {
    const manifest = readManifest();
    const list = new ListPage(page);
    const details = new DetailsPage(page);
    const old = replacedWwwRow();
    const oldCertificate = certificateById(manifest, old.certificateId);
    const { row: currentRow, certificate: current } = currentRowFor(manifest, 'www.example.ac.jp');
    await list.typeFilter(old.applicationId);
    await list.rows.first().click();
    await details.expectRecord((await list.rowIndices())[0]!);
    await details.pane.getByTestId('export-crt').click();

    const dialog = page.getByRole('dialog', { name: 'この証明書は現行の証明書ではありません' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('に有効期限が切れています。');
    await expect(dialog).toContainText(`シリアル番号 ${current.serialDecimal}`);
    await expect(dialog).toContainText(`申請ID ${currentRow.applicationId}`);
    expect(oldCertificate.serialDecimal).not.toBe(current.serialDecimal);
    await expect(dialog.getByRole('button', { name: '現行の証明書を書き出す' })).toBeFocused();
    await new AppPage(page).screenshot('export-not-current-dialog');

    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '現行の証明書を書き出す' }).click();
    expect((await download).suggestedFilename()).toBe('www.example.ac.jp.crt');
    expect(pemBody(await (await download).path())).toBe(pemBody(fixturePath(current.pemPath)));
    await expect(dialog).toHaveCount(0);
    // The details now show the certificate that went out.
    await expect(details.pane).toContainText(current.serialDecimal);
  });

  test('the dialog keeps focus inside, Escape cancels without exporting, and "export this one anyway" exports it', async ({ page }) => {
    const list = new ListPage(page);
    const details = new DetailsPage(page);
    const old = replacedWwwRow();
    let downloads = 0;
    page.on('download', () => void (downloads += 1));
    await list.typeFilter(old.applicationId);
    await list.rows.first().click();
    await details.expectRecord((await list.rowIndices())[0]!);
    await details.pane.getByRole('button', { name: /その他の形式/ }).click();
    await details.pane.getByRole('button', { name: 'DER 形式 (.cer)' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    // Escape answered the dialog only: the details stay open, and nothing was written.
    await expect(details.pane).toBeVisible();
    expect(downloads).toBe(0);

    await details.pane.getByTestId('export-crt').click();
    const download = page.waitForEvent('download');
    await page.getByRole('dialog').getByRole('button', { name: 'この証明書を書き出す' }).click();
    expect((await download).suggestedFilename()).toBe('www.example.ac.jp.crt');
    await expect(details.status().getByRole('button', { name: 'メール文面をコピー' })).toBeVisible();
  });

  test('a certificate whose revocation is in progress (状態 2) asks first and says so', async ({ page }) => {
    const manifest = readManifest();
    const row = manifest.rows.find((candidate) => candidate.status === 2 && candidate.certificateId)!;
    const list = new ListPage(page);
    const details = new DetailsPage(page);
    await list.typeFilter(row.applicationId);
    await list.rows.first().click();
    await details.expectRecord((await list.rowIndices())[0]!);
    await details.pane.getByTestId('export-crt').click();
    await expect(page.getByRole('dialog')).toContainText('失効申請されています（状態 2 証明書失効処理中）');
  });
});
