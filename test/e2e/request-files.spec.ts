import { readFileSync } from 'node:fs';
import { AppPage } from './pages/app-page';
import { RequestPage } from './pages/request-page';
import { StartPage } from './pages/start-page';
import { expect, test } from './support/fixtures';
import { certificateById, fixturePath, readManifest } from '../support/manifest';

// Request files in the page: a revocation built from ticked rows, downloaded, and checked again with
// 申請ファイルを確認; a revoked row refused by name; a file checked with no list open.
const manifest = readManifest();

/** The list position and manifest row of an application ID. */
function row(applicationId: string) {
  const index = manifest.rows.findIndex((candidate) => candidate.applicationId === applicationId);
  return { index, ...manifest.rows[index]! };
}

// Current, valid, not revoked (revoke-ok.tsv's two lines), and one the list shows revoked (状態 7).
const WWW_ENG = row('10230113');
const IDP = row('10230079');
const PORTAL_OLD = row('10230037');

test.describe('request files', () => {
  test.beforeEach(async ({ page, served }) => {
    await new AppPage(page).open(served.url, manifest.referenceTime);
  });

  test('two current rows become a revocation file (reason 5) that 申請ファイルを確認 finds no problem in', async ({ page }) => {
    const app = new AppPage(page);
    const requests = new RequestPage(page);
    await new StartPage(page).openDemo();
    await requests.selectRow(WWW_ENG.fqdn, WWW_ENG.index);
    await requests.selectRow(IDP.fqdn, IDP.index);
    const dialog = await requests.openRevoke();
    await expect(dialog).toContainText('選択した 2 件の証明書を失効させる申請ファイル');
    await requests.chooseReason(dialog, /^5 証明書の利用終了/);
    await expect(dialog.getByTestId('request-outcome')).toHaveAttribute('data-state', 'ready');
    await expect(dialog).toContainText('失効申請_20261101.tsv');
    await app.screenshot('request-revoke');

    const downloaded = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '申請ファイルを保存' }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('失効申請_20261101.tsv');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('export-status')).toContainText('失効申請_20261101.tsv をダウンロードしました');

    // NII's format: Shift_JIS, 13 TAB-separated columns, CRLF after every line, the certificates' decimal serials.
    const bytes = readFileSync(await download.path());
    const lines = new TextDecoder('shift_jis').decode(bytes).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    const written = lines.slice(0, 2).map((line) => line.split('\t'));
    expect(written.map((columns) => columns.length)).toEqual([13, 13]);
    // In the order the rows are shown (the filter last typed shows idp first, then the ticked rows hidden by it).
    expect(written.map((columns) => [columns[0], columns[3], columns[4]])).toEqual(
      [IDP, WWW_ENG].map((target) => [target.subjectDnCell, certificateById(manifest, target.certificateId).serialDecimal, '5']),
    );

    const review = await requests.checkFile({ name: download.suggestedFilename(), bytes });
    await expect(review.getByTestId('request-review-summary')).toHaveText('問題は見つかりませんでした');
    await expect(review).toContainText('失効申請');
    await expect(review).toContainText('Shift_JIS (CP932)');
    await expect(review.getByTestId('request-review-list')).toHaveText('一覧 serverAll.tsv と照合しました。');
    await expect(review.getByTestId('request-review-table').locator('tbody tr')).toHaveCount(2);
    await expect(review.getByTestId('request-review-table')).toContainText(WWW_ENG.fqdn);

    // Another file from the review itself: one line names a certificate the list shows revoked.
    const chooser = page.waitForEvent('filechooser');
    await review.getByRole('button', { name: '別のファイルを確認…' }).click();
    await (await chooser).setFiles(fixturePath('request/revoke-revoked-serial.tsv'));
    await expect(review.getByTestId('request-review-summary')).toHaveText(/^エラー [1-9]\d* 件、警告 \d+ 件/);
    const revoked = review.getByTestId('request-review-table').locator('tbody tr').first();
    await expect(revoked).toHaveAttribute('data-line', '2');
    await expect(revoked).toContainText(PORTAL_OLD.fqdn);
    await expect(revoked.locator('[data-code="already-revoked"]')).toContainText('エラー');
    await app.screenshot('request-review');
    await review.getByRole('button', { name: '閉じる' }).click();
    await expect(review).toHaveCount(0);
  });

  test('a revoked row is named in the dialog, nothing can be saved, and deselecting it leaves a file to save', async ({ page }) => {
    const requests = new RequestPage(page);
    await new StartPage(page).openDemo();
    await requests.selectRow(WWW_ENG.fqdn, WWW_ENG.index);
    await requests.selectRow(PORTAL_OLD.fqdn, PORTAL_OLD.index);
    const dialog = await requests.openRevoke();
    await requests.chooseReason(dialog, /^5 証明書の利用終了/);
    await expect(dialog.getByTestId('request-outcome')).toHaveAttribute('data-state', 'refused');
    const refused = dialog.getByTestId('request-refused');
    await expect(refused).toContainText('エラーがあるため、申請ファイルは作りません。');
    await expect(refused).toContainText(`申請ID ${PORTAL_OLD.applicationId}（${PORTAL_OLD.fqdn}）`);
    await expect(refused).not.toContainText(WWW_ENG.fqdn);
    const problem = dialog.locator(`[data-testid="request-problem-row"][data-id="${PORTAL_OLD.applicationId}"]`);
    await expect(problem.locator('[data-code="already-revoked"]')).toContainText('エラー');
    await expect(dialog.getByRole('button', { name: '申請ファイルを保存' })).toHaveCount(0);

    await dialog.getByRole('button', { name: 'エラーのある 1 件の選択を外す' }).click();
    await expect(dialog).toContainText('選択した 1 件の証明書を失効させる申請ファイル');
    await expect(dialog.getByTestId('request-outcome')).toHaveAttribute('data-state', 'ready');
    await expect(dialog.getByRole('button', { name: '申請ファイルを保存' })).toBeEnabled();
    await dialog.getByRole('button', { name: 'キャンセル' }).click();
    await expect(page.getByText('1 件選択中')).toBeVisible();
  });

  test('one row and the administrator\'s new CSR become a renewal file; a CSR with the old key is refused', async ({ page }) => {
    const requests = new RequestPage(page);
    await new StartPage(page).openDemo();
    await requests.selectRow(WWW_ENG.fqdn, WWW_ENG.index);
    const dialog = await requests.openRenew();
    await expect(dialog).toContainText(`申請ID ${WWW_ENG.applicationId}（${WWW_ENG.fqdn}）`);
    await expect(dialog.getByLabel('利用管理者mail')).toHaveValue(WWW_ENG.cells.adminMail!);
    await expect(dialog.getByLabel('ソフトウェア名・バージョン')).toHaveValue(WWW_ENG.cells.software!);

    await requests.chooseCsr(dialog, fixturePath('request/renew-www-reused-key.csr.pem'));
    await expect(dialog.getByTestId('request-outcome')).toHaveAttribute('data-state', 'refused');
    await expect(dialog.locator('[data-code="csr-key-reused"]')).toBeVisible();
    await expect(dialog.getByRole('button', { name: '申請ファイルを保存' })).toHaveCount(0);

    await requests.chooseCsr(dialog, fixturePath('request/renew-www.csr.pem'));
    await dialog.getByLabel('ソフトウェア名・バージョン').fill('nginx1.24');
    await expect(dialog.getByTestId('request-outcome')).toHaveAttribute('data-state', 'ready');
    const downloaded = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '申請ファイルを保存' }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('更新申請_20261101.tsv');
    // The fixture renew-ok.tsv is this renewal as NII's format has it (the row's administrator, software nginx1.24).
    expect(readFileSync(await download.path())).toEqual(readFileSync(fixturePath('request/renew-ok.tsv')));
  });

  test('with no list open, a request file is checked alone and the review says it was not checked against a list', async ({ page }) => {
    const review = await new RequestPage(page).checkFile(fixturePath('request/revoke-bad-reason.tsv'));
    await expect(review.getByTestId('request-review-list')).toContainText('一覧とは照合していません');
    await expect(review.getByTestId('request-review-summary')).toContainText(/^エラー [1-9]\d* 件、警告 \d+ 件/);
    // Lines with errors come first, each finding with its severity and column.
    const first = review.getByTestId('request-review-table').locator('tbody tr').first();
    await expect(first).toHaveAttribute('data-line', '2');
    await expect(first.locator('[data-code="reason-invalid"]')).toContainText('5 列目（失効理由）');
  });
});
