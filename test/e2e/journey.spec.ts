import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { AppPage } from './pages/app-page';
import { DetailsPage } from './pages/details-page';
import { ListPage } from './pages/list-page';
import { StartPage } from './pages/start-page';
import { expect, test } from './support/fixtures';
import { currentRowFor, fixtureDer, readManifest, rowsMatching } from '../support/manifest';
import { WEB_INDEX } from './support/paths';

const FQDN = 'www.example.ac.jp';

/** The DER inside a PEM file (the body between the armour lines, base64). */
function pemToDer(pem: string): Buffer {
  const body = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(pem)?.[1] ?? '';
  return Buffer.from(body.replace(/\s+/g, ''), 'base64');
}

const targets = [
  { name: 'the served web build', url: (served: { url: string }) => served.url },
  { name: 'the single-file build opened from file://', url: () => pathToFileURL(WEB_INDEX).href },
];

for (const target of targets) {
  test(`a registration staff member finds a certificate by FQDN and exports it as .crt, on ${target.name}`, async ({ page, served }) => {
    const manifest = readManifest();
    const app = new AppPage(page);
    const list = new ListPage(page);
    const details = new DetailsPage(page);
    await app.open(target.url(served), manifest.referenceTime);

    await new StartPage(page).openDemo();
    await list.expectCount(manifest.rows.length, manifest.rows.length);

    await list.typeFilter(FQDN);
    const expected = rowsMatching(manifest, FQDN);
    await list.expectCount(expected.length, manifest.rows.length);
    await expect(list.marks().first()).toHaveText(FQDN);
    expect(await list.marks().count()).toBeGreaterThanOrEqual(expected.length);

    // After a search the host's current certificate comes first: open it by keyboard.
    const { row, certificate } = currentRowFor(manifest, FQDN);
    const position = 0;
    await expect(list.rows.first()).toContainText(row.applicationId);
    await list.openRowByKeyboard(position);
    const recordIndex = (await list.rowIndices())[position]!;
    await details.expectRecord(recordIndex);
    await expect(details.title()).toHaveText(FQDN);
    await expect(details.pane.getByTestId('pem')).toContainText('-----BEGIN CERTIFICATE-----');

    const download = await details.exportCrt();
    expect(download.suggestedFilename()).toBe(`${FQDN}.crt`);
    const pem = readFileSync(await download.path(), 'utf8');
    expect(pem).not.toContain('\r');
    expect(pemToDer(pem).equals(fixtureDer(certificate))).toBe(true);
    await expect(details.status()).toContainText(`${FQDN}.crt`);

    await page.keyboard.press('Escape');
    await expect(details.pane).toHaveCount(0);
    await expect(list.grid.locator(`[role="row"][data-pos="${position}"]`)).toBeFocused();
  });
}

test('"/" focuses the filter box from anywhere and the quick toggles narrow the list', async ({ page, served }) => {
  const manifest = readManifest();
  const app = new AppPage(page);
  const list = new ListPage(page);
  await app.open(served.url, manifest.referenceTime);
  await new StartPage(page).openDemo();
  // The box has the focus as the list opens; the shortcut is for when it has moved elsewhere (here a toggle).
  await expect(list.filter).toBeFocused();
  await page.getByRole('button', { name: /期限切れを隠す/ }).focus();
  await page.keyboard.press('/');
  await expect(list.filter).toBeFocused();

  // shared/query counts rows without a usable certificate yet (pending, not yet valid) with the errors.
  const notYetValid = new Set(manifest.certificates.filter((c) => c.validityAtReference === 'not-yet-valid').map((c) => c.id));
  const pendingOrError = manifest.rows.filter((r) => r.certificateId === null || r.status < 0 || notYetValid.has(r.certificateId)).length;
  await list.toggle(/発行処理中・エラー/);
  await expect(page.getByRole('button', { name: /発行処理中・エラー/ })).toHaveAttribute('aria-pressed', 'true');
  await list.expectCount(pendingOrError, manifest.rows.length);
});

test('sorting by a column header sets aria-sort and reorders the rows', async ({ page, served }) => {
  const manifest = readManifest();
  const list = new ListPage(page);
  await new AppPage(page).open(served.url, manifest.referenceTime);
  await new StartPage(page).openDemo();
  const header = page.getByRole('columnheader', { name: /申請ID/ });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const ids = await list.rows.locator('.cell--appid').allTextContents();
  const sorted = [...ids].sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  expect(ids).toEqual(sorted);
});
