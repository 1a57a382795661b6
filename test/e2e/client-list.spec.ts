import { join } from 'node:path';
import { AppPage } from './pages/app-page';
import { DetailsPage } from './pages/details-page';
import { ListPage } from './pages/list-page';
import { expect, test } from './support/fixtures';
import { readManifest } from '../support/manifest';
import { FIXTURES_DIR } from './support/paths';

// clientAll.tsv holds client and S/MIME certificates: they are listed by person and judged by what
// they are for, never told they lack serverAuth.
const manifest = readManifest();

test('a client list shows people, and a client certificate is not judged as a server certificate', async ({ page, served }) => {
  const app = new AppPage(page);
  await app.open(served.url, manifest.referenceTime);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'TSVを開く' }).click();
  await (await chooser).setFiles([join(FIXTURES_DIR, 'tsv/clientAll.tsv')]);
  await app.waitFor('ready');
  const list = new ListPage(page);
  await expect(list.grid).toContainText('Megumi Kato');
  await list.typeFilter('sato.hanako@');
  await list.rows.first().click();
  const details = new DetailsPage(page);
  await expect(details.pane).toHaveAttribute('aria-busy', 'false');
  await expect(details.pane.locator('[data-code="certificate-purpose"]')).toContainText('クライアント証明書（S/MIME を含む）');
  await expect(details.pane).not.toContainText('サーバ認証（serverAuth）がないため');
  await expect(details.pane.locator('[data-code="name-mismatch"]')).toHaveCount(0);
  await expect(details.pane.getByRole('textbox', { name: '確認するホスト名' })).toHaveValue('');
  await app.screenshot('client-list');
});
