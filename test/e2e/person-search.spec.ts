import { AppPage } from './pages/app-page';
import { ListPage } from './pages/list-page';
import { StartPage } from './pages/start-page';
import { expect, test } from './support/fixtures';
import { readManifest } from '../support/manifest';

// Staff look certificates up by the person who holds them: the name as they remember it (髙 or 高,
// full- or half-width), the department, the software. The row says where it matched.
const manifest = readManifest();
const rowsWhere = (test: (cells: Record<string, string>) => boolean) => manifest.rows.filter((row) => test(row.cells as Record<string, string>));

test.describe('searching by person and by what the details hold', () => {
  test.beforeEach(async ({ page, served }) => {
    await new AppPage(page).open(served.url, manifest.referenceTime);
    await new StartPage(page).openDemo();
  });

  test('髙橋 finds the rows registered as 高橋 and shows the name it matched', async ({ page }) => {
    const list = new ListPage(page);
    const expected = rowsWhere((cells) => cells.adminName!.includes('高橋'));
    expect(expected.length).toBeGreaterThan(0);
    await list.typeFilter('髙橋');
    await list.expectCount(expected.length, manifest.rows.length);
    const matched = list.rows.first().getByTestId('matched-elsewhere');
    await expect(matched).toContainText('一致: 利用管理者氏名');
    await expect(matched.locator('mark')).toHaveText('高橋');
    await new AppPage(page).screenshot('person-search');
  });

  test('a department typed in part finds its rows, and the row says it matched the affiliation', async ({ page }) => {
    const list = new ListPage(page);
    const expected = rowsWhere((cells) => cells.adminAffiliation!.includes('学術情報課'));
    expect(expected.length).toBeGreaterThan(0);
    await list.typeFilter('学術情報課');
    await list.expectCount(expected.length, manifest.rows.length);
    await expect(list.rows.first().getByTestId('matched-elsewhere')).toContainText('一致: 利用管理者所属');
    await list.rows.first().click();
    const details = page.getByTestId('details');
    await expect(details).toHaveAttribute('aria-busy', 'false');
    await expect(details.locator('.tsv-fields mark').first()).toHaveText('学術情報課');
  });

  test('server software typed in full-width letters is found', async ({ page }) => {
    const list = new ListPage(page);
    const expected = rowsWhere((cells) => cells.software!.toLowerCase().includes('apache') || cells.subjectDn!.toLowerCase().includes('apache') || cells.adminMail!.toLowerCase().includes('apache'));
    await list.typeFilter('ＡＰＡＣＨＥ');
    await list.expectCount(expected.length, manifest.rows.length);
    await expect(list.rows.first().getByTestId('matched-elsewhere')).toContainText('一致: ソフトウェア');
  });
});
