import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppPage } from './pages/app-page';
import { DetailsPage } from './pages/details-page';
import { ListPage } from './pages/list-page';
import { StartPage } from './pages/start-page';
import { expect, test } from './support/fixtures';
import { SERVER_COLUMNS, type ColumnKey } from '../../shared/model/columns';
import { makePastedKey } from '../support/private-keys';

/** A UTF-8 list of pending rows (no certificate needed) with the given cells. */
function writeHostileList(folder: string, rows: readonly Partial<Record<ColumnKey, string>>[]): string {
  const lines = [SERVER_COLUMNS.map((column) => column.ja).join('\t')];
  for (const cells of rows) lines.push(SERVER_COLUMNS.map((column) => ({ status: '1', applicationType: '1', profileId: '3', ...cells })[column.key] ?? '').join('\t'));
  const path = join(folder, 'serverAll.tsv');
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

test('a spoofed FQDN and a pasted private key are shown for what they are, never raw', async ({ page, served }) => {
  const folder = mkdtempSync(join(tmpdir(), 'upki-hostile-'));
  const key = makePastedKey();
  try {
    const list = writeHostileList(folder, [
      { applicationId: 'H1', fqdn: 'www.\u202etrc.exe', adminName: '山田\u200b太郎' },
      { applicationId: 'H2', fqdn: 'key.example.ac.jp', certificate: key.bareBase64 },
    ]);
    const app = new AppPage(page);
    await app.open(served.url, '2026-06-01T00:00:00+09:00');
    await app.dropFiles(new StartPage(page).dropZone(), [list]);
    await app.waitFor('ready');
    const rows = new ListPage(page).rows;
    await expect(rows.first()).toContainText('www.⟨U+202E⟩trc.exe');

    await rows.first().click();
    const details = new DetailsPage(page);
    await details.expectRecord(0);
    await expect(details.title()).toHaveText('www.⟨U+202E⟩trc.exe');
    await expect(details.pane.locator('.finding--warning', { hasText: 'U+202E' })).toBeVisible();
    await expect(details.pane.locator('.finding--warning', { hasText: 'U+200B' })).toBeVisible();

    await rows.nth(1).click();
    await details.expectRecord(1);
    await expect(details.pane).toContainText('秘密鍵が入っています。内容は表示しません');
    const html = await page.content();
    expect(html).not.toContain(key.secretSample);
    expect(/[\u202a-\u202e\u2066-\u2069\u200b-\u200f]/.test(html)).toBe(false);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
