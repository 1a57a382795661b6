import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { DetailsPage } from './pages/details-page';
import { ListPage } from './pages/list-page';
import { StartPage } from './pages/start-page';
import { expect, test } from './support/fixtures';
import { readManifest } from '../support/manifest';
import { FIXTURES_DIR } from './support/paths';

/** Opens a fixture list through 「TSVを開く」 and waits for the list. */
async function openList(page: Page, url: string, file: string): Promise<void> {
  const app = new AppPage(page);
  await app.open(url, readManifest().referenceTime);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'TSVを開く' }).click();
  await (await chooser).setFiles([join(FIXTURES_DIR, file)]);
  await app.waitFor('ready');
}

/** The manifest's entry for a bad file. */
function badFile(file: string) {
  const entry = readManifest().badFiles.find((candidate) => candidate.file === file);
  if (!entry) throw new Error(`no bad file ${file}`);
  return entry;
}

test.describe('every row tells its truth', () => {
  test('a corrupt certificate cell: the list says which line could not be read and why, and so do the details', async ({ page, served }) => {
    const entry = badFile('bad/corrupt-cert.tsv');
    await openList(page, served.url, entry.file);
    const list = new ListPage(page);
    const details = new DetailsPage(page);
    const problems = page.getByTestId('reading-problems');
    await expect(problems).toHaveText(/読めなかった行 1 件/);
    await problems.click();
    await expect(problems).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('.reading-problems__list')).toContainText(`${entry.expectedLine}行目 23列目（発行・更新申請-証明書）`);

    // Rows are in file order from line 2, so the problem line is row expectedLine − 2.
    const brokenRow = list.rows.nth(entry.expectedLine! - 2);
    await expect(brokenRow).toContainText('証明書を読めません');
    await expect(brokenRow).not.toContainText('現行');
    await brokenRow.click();
    await expect(details.pane).toHaveAttribute('aria-busy', 'false');
    await expect(details.pane).toContainText('この行は正しく読めませんでした。');
    await expect(details.pane.locator('[data-code="row-unreadable"]').first()).toContainText(`${entry.expectedLine}行目 23列目`);
    await expect(details.pane).not.toContainText('問題は見つかりませんでした。');
    await expect(details.pane).not.toContainText('この行にはまだ証明書がありません。');
    await new AppPage(page).screenshot('row-broken');
  });

  test('a line cut short is a problem on its line, not an invented nameless row', async ({ page, served }) => {
    const entry = badFile('bad/short-row.tsv');
    await openList(page, served.url, entry.file);
    const list = new ListPage(page);
    await list.expectCount(entry.goodRecordCount!, entry.goodRecordCount!);
    await expect(list.grid).not.toContainText('（名前なし）');
    await page.getByTestId('reading-problems').click();
    await expect(page.locator('.reading-problems__list')).toContainText(`${entry.expectedLine}行目`);
  });

  test('a header note (an unknown column) is not counted as an unreadable row', async ({ page, served }) => {
    await openList(page, served.url, 'tsv/serverAll.extra-column.tsv');
    await expect(page.getByTestId('reading-problems')).toHaveCount(0);
  });

  test('a header-only file says the file has no rows, not that a filter hid them', async ({ page, served }) => {
    await openList(page, served.url, 'bad/header-only.tsv');
    await expect(page.getByRole('grid')).toContainText('このファイルには証明書の行がありません（見出し行だけです）。');
    await expect(page.getByRole('grid')).not.toContainText('条件に合う証明書はありません。');
  });
});

test.describe('states and day counts in the demo', () => {
  test.beforeEach(async ({ page, served }) => {
    await new AppPage(page).open(served.url, readManifest().referenceTime);
    await new StartPage(page).openDemo();
  });

  test('an error row (状態 −2) says what it means, with its CA API error code, and what to do', async ({ page }) => {
    const row = readManifest().rows.find((candidate) => candidate.status === -2)!;
    const list = new ListPage(page);
    const details = new DetailsPage(page);
    await list.typeFilter(row.applicationId);
    await list.rows.first().click();
    await details.expectRecord((await list.rowIndices())[0]!);
    const finding = details.pane.locator('[data-code="status-error"]');
    await expect(finding).toContainText('状態 -2「認証局連携API処理エラー」');
    if (row.caApiErrorCode) await expect(finding).toContainText(`エラーコード ${row.caApiErrorCode}`);
    await expect(finding).toContainText('問い合わせるか、申請をやり直してください');
    await expect(details.pane).not.toContainText('問題は見つかりませんでした。');
    await new AppPage(page).screenshot('row-error');
  });

  test('a pending row says what its state means', async ({ page }) => {
    const row = readManifest().rows.find((candidate) => candidate.status === 0 && !candidate.certificateId)!;
    const list = new ListPage(page);
    const details = new DetailsPage(page);
    await list.typeFilter(row.applicationId);
    await list.rows.first().click();
    await details.expectRecord((await list.rowIndices())[0]!);
    await expect(details.pane.locator('[data-code="status-pending"]')).toContainText('状態 0「証明書発行処理中」');
  });

  test('an expired certificate shows one day count in the list and in its finding, and advises sending its renewal', async ({ page }) => {
    const manifest = readManifest();
    const old = manifest.rows.find((row) => row.fqdn === 'www.example.ac.jp' && row.certificateId && row.previousSerial === '')!;
    const list = new ListPage(page);
    const details = new DetailsPage(page);
    await list.typeFilter(old.applicationId);
    const listed = (await list.rows.first().locator('.cell__sub', { hasText: '日前に期限切れ' }).textContent()) ?? '';
    const days = /^(\d+) 日前に期限切れ$/.exec(listed.trim())?.[1];
    expect(days).toBeDefined();
    await list.rows.first().click();
    await details.expectRecord((await list.rowIndices())[0]!);
    const expired = details.pane.locator('[data-code="expired"]');
    await expect(expired).toContainText(`（${days} 日前）`);
    await expect(expired).toContainText('更新申請は不要です');
    await expect(expired).not.toContainText('UPKI で更新申請を行い');
  });
});
