import { AppPage } from './pages/app-page';
import { CertificateFilesPage, PNG_BYTES } from './pages/certificate-files-page';
import { DetailsPage } from './pages/details-page';
import { ListPage } from './pages/list-page';
import { StartPage } from './pages/start-page';
import { expect, test } from './support/fixtures';
import { certificateById, currentRowFor, readManifest, rowsMatching } from '../support/manifest';

// What a person sees of issue 15 items 5, 7, 8 and 10: the search box takes what they paste, the demo's
// healthy certificates look healthy, names read as written, and opened certificate files say what is
// wrong with which file. The clock is pinned at the fixtures' reference time (2026-11-01 JST).
const manifest = readManifest();
const HOST = 'www.example.ac.jp';

test.describe('the list and its details', () => {
  test.beforeEach(async ({ page, served }) => {
    await new AppPage(page).open(served.url, manifest.referenceTime);
    await new StartPage(page).openDemo();
  });

  test('the filter box has the focus when a list opens', async ({ page }) => {
    await expect(new ListPage(page).filter).toBeFocused();
  });

  for (const pasted of [`https://${HOST}/login`, `${HOST}:443`, `${HOST}.`]) {
    test(`pasting ${pasted} finds the host's rows`, async ({ page }) => {
      const list = new ListPage(page);
      await list.filter.fill(pasted);
      await list.expectCount(rowsMatching(manifest, HOST).length, manifest.rows.length);
      await expect(list.marks().first()).toHaveText(HOST);
    });
  }

  test('a healthy demo certificate opens with a complete chain and no error, its names read as written', async ({ page }) => {
    const list = new ListPage(page);
    const details = new DetailsPage(page);
    const { row } = currentRowFor(manifest, 'mail.example.ac.jp');
    await list.typeFilter('mail.example.ac.jp');
    const position = rowsMatching(manifest, 'mail.example.ac.jp').findIndex((r) => r.applicationId === row.applicationId);
    await list.openRowByKeyboard(position);
    await details.expectRecord((await list.rowIndices())[position]!);
    await expect(details.pane.locator('[data-code="chain-complete"]')).toBeVisible();
    await expect(details.pane.locator('.finding--error')).toHaveCount(0);
    await expect(details.pane.locator('.chain__role')).toHaveText(['サーバ証明書', '中間 CA', 'ルート CA']);
    // The issuer's organisation is "Throwaway Test Trust CO.,LTD.": shown as written, never as CO.\,LTD. (a ¥ in a Japanese font).
    const issuer = details.pane.getByTestId('dn').nth(1);
    await expect(issuer).toContainText('O=Throwaway Test Trust CO.,LTD.');
    await expect(issuer).not.toContainText('\\');
    await expect(details.pane.getByText('キー使用法', { exact: true })).toBeVisible();
    await expect(details.pane.getByText('基本制限', { exact: true })).toBeVisible();
    await expect(details.pane.getByTestId('coded-status')).toHaveText('5（証明書発行処理完了）');
    await new AppPage(page).screenshot('15-demo-details');
  });

  test('その他の形式 opens inside the details pane', async ({ page }) => {
    const list = new ListPage(page);
    const details = new DetailsPage(page);
    await list.typeFilter(HOST);
    await list.openRowByKeyboard(0);
    await details.expectRecord((await list.rowIndices())[0]!);
    await details.pane.getByRole('button', { name: /その他の形式/ }).click();
    const menu = details.pane.locator('.export-menu__list');
    await expect(menu).toBeVisible();
    const pane = (await details.pane.boundingBox())!;
    const box = (await menu.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(pane.x);
    expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width);
  });
});

test.describe('certificate files (証明書ファイルを開く)', () => {
  test.beforeEach(async ({ page, served }) => {
    await new AppPage(page).open(served.url, manifest.referenceTime);
  });

  test('each problem is under its file, a key is matched against the certificate, an image is called an image', async ({ page }) => {
    const leaf = certificateById(manifest, 'leaf-wildcard-lab');
    const files = new CertificateFilesPage(page);
    await files.open([leaf.pemPath, 'ca/ca-g7-ecc.pem', leaf.keyPath!, { name: 'screenshot.png', bytes: PNG_BYTES }]);
    await expect(files.problemsOf('leaf-wildcard-lab.key.pem')).toHaveText([`この秘密鍵は、一緒に開いた証明書 ${leaf.commonName}（leaf-wildcard-lab.pem）と対になっています。`]);
    await expect(files.problemsOf('screenshot.png').first()).toContainText('このファイルは PNG 画像で、証明書ではありません。');
    await expect(files.problems).not.toContainText('TSV');
    await expect(files.problems).not.toContainText('作り直');
    // The intermediate in ca-g7-ecc.pem completes the chain of the certificate in the other file, up to the (unknown) root.
    await expect(files.details.locator('.chain__role')).toHaveText(['サーバ証明書', '中間 CA']);
    await new AppPage(page).screenshot('16-certificate-files-problems');
  });

  test('fifty problems scroll inside the pane and stay clear of the status bar', async ({ page }) => {
    const files = new CertificateFilesPage(page);
    await files.open(Array.from({ length: 50 }, (_, i) => ({ name: `image-${String(i + 1).padStart(2, '0')}.png`, bytes: PNG_BYTES })));
    await expect(files.problems.getByTestId('loose-problem-file')).toHaveCount(50);
    const pane = page.locator('.list-pane--scroll');
    expect(await pane.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
    const last = files.problemsOf('image-50.png');
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    const paneBox = (await pane.boundingBox())!;
    const statusBox = (await page.getByTestId('export-status').boundingBox())!;
    expect(paneBox.y + paneBox.height).toBeLessThanOrEqual(statusBox.y + 0.5);
    await new AppPage(page).screenshot('17-certificate-files-fifty-problems');
  });
});
