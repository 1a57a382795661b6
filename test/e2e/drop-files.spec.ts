import { join } from 'node:path';
import { AppPage } from './pages/app-page';
import { DetailsPage } from './pages/details-page';
import { ListPage } from './pages/list-page';
import { StartPage } from './pages/start-page';
import { expect, test } from './support/fixtures';
import { certificateById, readManifest } from '../support/manifest';
import { FIXTURES_DIR } from './support/paths';

const manifest = readManifest();
const diagFiles = manifest.diagFiles;

test('a serverAll.tsv dropped on the start screen opens as the list, and a key dropped in the details is checked against the certificate', async ({ page, served }) => {
  const app = new AppPage(page);
  await app.open(served.url, manifest.referenceTime);
  await app.dropFiles(new StartPage(page).dropZone(), [join(FIXTURES_DIR, 'tsv/serverAll.tsv')]);
  await app.waitFor('ready');
  const list = new ListPage(page);
  await list.expectCount(manifest.rows.length, manifest.rows.length);
  expect(manifest.rows.length).toBe(39);

  // A key the manifest says belongs to a certificate of the main fixture list; its row is found by application ID.
  const key = diagFiles.find((entry) => entry.kind === 'private-key' && entry.expectedFindings.includes('key-match') && manifest.rows.some((r) => r.certificateId === entry.certificateId))!;
  const row = manifest.rows.find((r) => r.certificateId === key.certificateId)!;
  await list.typeFilter(row.applicationId);
  await list.expectCount(1, manifest.rows.length);
  await list.openRowByKeyboard(0);
  const details = new DetailsPage(page);
  await details.expectRecord(row.line - 2);

  await app.dropFiles(details.keyDrop(), [join(FIXTURES_DIR, key.file)]);
  await expect(details.keyResult()).toHaveAttribute('data-code', 'key-match');
  await expect(details.pane.getByTestId('key-verdict')).toHaveText('一致');

  const mismatched = diagFiles.find((entry) => entry.certificateId === key.certificateId && entry.expectedFindings.includes('key-mismatch'));
  if (mismatched) {
    await app.dropFiles(details.keyDrop(), [join(FIXTURES_DIR, mismatched.file)]);
    await expect(details.keyResult()).toHaveAttribute('data-code', 'key-mismatch');
  }
});

test('a certificate .pem dropped on the start screen opens the certificate-files view', async ({ page, served }) => {
  const app = new AppPage(page);
  await app.open(served.url, manifest.referenceTime);
  const wildcard = certificateById(manifest, 'leaf-wildcard-lab');
  await app.dropFiles(new StartPage(page).dropZone(), [join(FIXTURES_DIR, wildcard.pemPath)]);
  await app.waitFor('ready');
  await expect(page.getByRole('tab', { name: /証明書ファイル/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  await expect(page.getByTestId('loose-details').getByRole('heading', { level: 2 })).toHaveText(wildcard.commonName!);
});
