import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { AppPage } from './pages/app-page';
import { DetailsPage } from './pages/details-page';
import { ListPage } from './pages/list-page';
import { StartPage } from './pages/start-page';
import { expect, test } from './support/fixtures';
import { currentRowFor, fixturePath, readManifest, rowsMatching } from '../support/manifest';

test.describe('exports', () => {
  test.beforeEach(async ({ page, served }) => {
    const manifest = readManifest();
    await new AppPage(page).open(served.url, manifest.referenceTime);
    await new StartPage(page).openDemo();
  });

  test('the status line offers the mail text for the server admin after an export', async ({ page, context }) => {
    const manifest = readManifest();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const list = new ListPage(page);
    const details = new DetailsPage(page);
    await list.typeFilter('vpn.example.ac.jp');
    await list.openRowByKeyboard(0);
    await details.expectRecord((await list.rowIndices())[0]!);
    await details.exportCrt();
    await details.status().getByRole('button', { name: 'メール文面をコピー' }).click();
    await expect(details.status().getByRole('button', { name: 'メール文面をコピーしました。' })).toBeVisible();
    const mail = await page.evaluate(() => navigator.clipboard.readText());
    const { certificate } = currentRowFor(manifest, 'vpn.example.ac.jp');
    expect(mail).toContain('vpn.example.ac.jp');
    expect(mail).toContain(certificate.serialDecimal);
    expect(mail).toContain('vpn.example.ac.jp.crt');
  });

  test('DER and CRLF variants come from the その他の形式 menu, and ask first for an expired certificate', async ({ page }) => {
    const list = new ListPage(page);
    const details = new DetailsPage(page);
    // lib.example.ac.jp's only certificate has expired: every format asks before writing it.
    const exportAnyway = async () => {
      const dialog = page.getByRole('dialog');
      await expect(dialog).toContainText('に有効期限が切れています。');
      await dialog.getByRole('button', { name: 'この証明書を書き出す' }).click();
    };
    await list.typeFilter('lib.example.ac.jp');
    await list.openRowByKeyboard(0);
    await details.expectRecord((await list.rowIndices())[0]!);
    await details.pane.getByRole('button', { name: /その他の形式/ }).click();
    const der = page.waitForEvent('download');
    await details.pane.getByRole('button', { name: 'DER 形式 (.cer)' }).click();
    await exportAnyway();
    expect((await der).suggestedFilename()).toBe('lib.example.ac.jp.cer');
    expect(readFileSync(await (await der).path())[0]).toBe(0x30);
    await details.pane.getByRole('button', { name: /その他の形式/ }).click();
    const crlf = page.waitForEvent('download');
    await details.pane.getByRole('button', { name: /CRLF/ }).click();
    await exportAnyway();
    expect(readFileSync(await (await crlf).path(), 'latin1')).toMatch(/^-----BEGIN CERTIFICATE-----\r\n/);
  });

  test('the rows ticked go out together, one file each', async ({ page }) => {
    const manifest = readManifest();
    const list = new ListPage(page);
    await list.typeFilter('www.example.ac.jp');
    await list.expectCount(rowsMatching(manifest, 'www.example.ac.jp').length, manifest.rows.length);
    await list.rows.nth(0).getByRole('checkbox').check();
    await list.rows.nth(2).getByRole('checkbox').check();
    const names: string[] = [];
    page.on('download', (download) => names.push(download.suggestedFilename()));
    const second = page.waitForEvent('download', { predicate: () => names.length === 2 });
    await page.getByRole('button', { name: '選択した 2 件をフォルダーへ書き出す' }).click();
    // The second row is an old www certificate that a renewal replaced: asked first.
    const question = page.getByRole('dialog', { name: '選択した証明書に現行でないものがあります' });
    await expect(question).toContainText('選択した 2 件のうち 1 件は現行の証明書ではありません');
    await question.getByRole('button', { name: '2 件すべて書き出す' }).click();
    await second;
    expect(names.sort()).toEqual(['www.example.ac.jp.crt', 'www.example.ac.jp_2.crt']);
  });

  test('ticked rows that are not current can be left out: only the current one goes out', async ({ page }) => {
    const manifest = readManifest();
    const list = new ListPage(page);
    await list.typeFilter('www.example.ac.jp');
    await list.expectCount(rowsMatching(manifest, 'www.example.ac.jp').length, manifest.rows.length);
    await list.rows.nth(0).getByRole('checkbox').check();
    await list.rows.nth(1).getByRole('checkbox').check();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '選択した 2 件をフォルダーへ書き出す' }).click();
    const question = page.getByRole('dialog');
    await expect(question.getByRole('button', { name: '現行の 1 件だけ書き出す' })).toBeFocused();
    await question.getByRole('button', { name: '現行の 1 件だけ書き出す' }).click();
    const { certificate } = currentRowFor(manifest, 'www.example.ac.jp');
    expect((await download).suggestedFilename()).toBe('www.example.ac.jp.crt');
    expect(readFileSync(await (await download).path(), 'utf8')).toContain(readFileSync(fixturePath(certificate.pemPath), 'utf8').split('\n')[1]!);
    await expect(page.getByTestId('export-status')).toContainText('1 件');
  });

  test('the list shown goes out as a UTF-8 CSV with BOM', async ({ page }) => {
    const manifest = readManifest();
    const list = new ListPage(page);
    await list.typeFilter('lab.example.ac.jp');
    const shown = rowsMatching(manifest, 'lab.example.ac.jp').length;
    await list.expectCount(shown, manifest.rows.length);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '表示中の一覧を CSV で書き出す' }).click();
    expect((await download).suggestedFilename()).toBe('証明書一覧_20261101.csv');
    const bytes = readFileSync(await (await download).path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').trim().split('\r\n')).toHaveLength(shown + 1);
  });

  test('the expiry dates shown go out as a calendar with one event per certificate', async ({ page }) => {
    const manifest = readManifest();
    const list = new ListPage(page);
    await list.typeFilter('lab.example.ac.jp');
    const withValidity = rowsMatching(manifest, 'lab.example.ac.jp').filter((row) => row.certificateId !== null).length;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '表示中の証明書の期限をカレンダー（.ics）に書き出す' }).click();
    expect((await download).suggestedFilename()).toBe('証明書の期限_20261101.ics');
    const events = new ICAL.Component(ICAL.parse(readFileSync(await (await download).path(), 'utf8'))).getAllSubcomponents('vevent');
    expect(events).toHaveLength(withValidity);
    expect(String(events[0]!.getFirstPropertyValue('summary'))).toContain('証明書の期限: ');
  });

  test('renewal requests per administrator: a CSV grouped by administrator, then one mail to copy for each', async ({ page }) => {
    const list = new ListPage(page);
    await page.getByRole('button', { name: '90日以内に期限切れ' }).click();
    await expect(list.rows.first()).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '利用管理者ごとの更新依頼（CSV とメール文面）' }).click();
    expect((await download).suggestedFilename()).toBe('証明書一覧_20261101.csv');
    const dialog = page.getByTestId('admin-plan-dialog');
    await expect(dialog).toBeVisible();
    const first = dialog.locator('.admin-plan__admin').first();
    await expect(first.locator('.admin-plan__mail')).toContainText('更新の申請をお願いします。');
    await expect(first.getByRole('button', { name: /依頼メール/ })).toBeVisible();
    await new AppPage(page).screenshot('admin-plan');
    await dialog.getByRole('button', { name: '閉じる' }).click();
    await expect(dialog).toBeHidden();
  });

  test('a date range in the filter bar keeps the certificates expiring in it', async ({ page }) => {
    const manifest = readManifest();
    const list = new ListPage(page);
    const inRange = manifest.rows.filter((row) => {
      const notAfter = (row.cells as Record<string, string>).notAfter ?? '';
      return row.certificateId !== null && notAfter >= '2026/11/01' && notAfter <= '2027/12/31 23:59:59';
    }).length;
    expect(inRange).toBeGreaterThan(0);
    await page.getByLabel('有効期限（この日から）').fill('2026-11-01');
    await page.getByLabel('有効期限（この日まで）').fill('2027-12-31');
    await list.expectCount(inRange, manifest.rows.length);
  });

  test('the expiry plan: certificates expiring within 90 days, ready to go out as a calendar', async ({ page }) => {
    const list = new ListPage(page);
    await page.getByRole('button', { name: '90日以内に期限切れ' }).click();
    await expect(page.getByRole('button', { name: '表示中の証明書の期限をカレンダー（.ics）に書き出す' })).toBeEnabled();
    await expect(list.rows.first()).toBeVisible();
    await new AppPage(page).screenshot('expiry-plan');
  });
});
