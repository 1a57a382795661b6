import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { DetailsPage } from './pages/details-page';
import { ListPage } from './pages/list-page';
import { expect, test } from './support/fixtures';
import { certificateById, fixtureDer, readManifest } from '../support/manifest';
import { FIXTURES_DIR, WEB_DIR } from './support/paths';
import { startStaticServer } from './support/static-server';

/** Clicks an open button and answers the browser's file chooser with fixture files. */
async function chooseFiles(page: Page, button: string, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(files);
}

test('certificate files open in their own tab with the same details and export', async ({ page, served }) => {
  const manifest = readManifest();
  const app = new AppPage(page);
  await app.open(served.url, manifest.referenceTime);
  const wildcard = certificateById(manifest, 'leaf-wildcard-lab');
  const sha1 = certificateById(manifest, 'diag-sha1');
  await chooseFiles(page, '証明書ファイルを開く', [join(FIXTURES_DIR, wildcard.pemPath), join(FIXTURES_DIR, sha1.derPath)]);
  await app.waitFor('ready');
  await expect(page.getByRole('tab', { name: /証明書ファイル/ })).toHaveAttribute('aria-selected', 'true');
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(3);

  const details = page.getByTestId('loose-details');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(wildcard.commonName!);
  const download = page.waitForEvent('download');
  await details.getByTestId('export-crt').click();
  expect((await download).suggestedFilename()).toBe('wildcard.lab.example.ac.jp.crt');

  await table.getByRole('button', { name: sha1.commonName! }).click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(sha1.commonName!);
  await expect(details.locator('.finding--error, .finding--warning').first()).toBeVisible();
  const der = page.waitForEvent('download');
  await details.getByRole('button', { name: /その他の形式/ }).click();
  await details.getByRole('button', { name: 'DER 形式 (.cer)' }).click();
  expect(readFileSync(await (await der).path()).equals(fixtureDer(sha1))).toBe(true);
});

test('a file the list reader refuses shows why, and the way back to the start screen', async ({ page, served }) => {
  const manifest = readManifest();
  const app = new AppPage(page);
  await app.open(served.url, manifest.referenceTime);
  await chooseFiles(page, 'TSVを開く', [join(FIXTURES_DIR, 'bad/no-header.tsv')]);
  await app.waitFor('error');
  await expect(page.getByRole('alert')).toContainText('見出し行');
  await page.getByRole('button', { name: '最初の画面に戻る' }).click();
  await app.waitFor('start');
});

test('a list opened from disk is remembered by name only, to be chosen again', async ({ page, served }) => {
  const manifest = readManifest();
  const app = new AppPage(page);
  await app.open(served.url, manifest.referenceTime);
  await chooseFiles(page, 'TSVを開く', [join(FIXTURES_DIR, 'tsv/serverAll.utf8.tsv')]);
  await app.waitFor('ready');
  await new ListPage(page).expectCount(manifest.rows.length, manifest.rows.length);
  await page.reload();
  await app.waitFor('start');
  const recent = page.getByRole('button', { name: 'serverAll.utf8.tsv を開く' });
  await expect(recent).toContainText('再度選択してください');
  const stored = await page.evaluate(() => Object.values(localStorage).join(''));
  expect(stored).not.toContain('BEGIN');
  expect(stored.length).toBeLessThan(500);
  const chooser = page.waitForEvent('filechooser');
  await recent.click();
  await (await chooser).setFiles(join(FIXTURES_DIR, 'tsv/serverAll.utf8.tsv'));
  await app.waitFor('ready');
});

test('a page served with a launch file (npm start) opens it at once', async ({ page, network }) => {
  const manifest = readManifest();
  const server = await startStaticServer(WEB_DIR, { name: '本部serverAll.tsv', bytes: readFileSync(join(FIXTURES_DIR, 'tsv/serverAll.tsv')) });
  network.allow(server.url);
  try {
    await page.clock.setFixedTime(new Date(manifest.referenceTime));
    await page.goto(server.url);
    await new AppPage(page).waitFor('ready');
    await expect(page.locator('.app-header__file')).toHaveText('本部serverAll.tsv');
    await new ListPage(page).expectCount(manifest.rows.length, manifest.rows.length);
  } finally {
    await server.close();
  }
});

test('the details pane follows the renewal links to the previous certificate', async ({ page, served }) => {
  const manifest = readManifest();
  const app = new AppPage(page);
  await app.open(served.url, manifest.referenceTime);
  await page.getByRole('button', { name: 'デモファイルを開く' }).click();
  await app.waitFor('ready');
  const list = new ListPage(page);
  const details = new DetailsPage(page);
  await list.typeFilter('www.example.ac.jp');
  await list.openRowByKeyboard(2);
  await details.expectRecord((await list.rowIndices())[2]!);
  await details.pane.getByRole('button', { name: /www.example.ac.jp（2025\/07\/13 まで）を開く/ }).click();
  await details.expectRecord((await list.rowIndices())[1]!);
  await expect(details.pane.getByText('置換済み').first()).toBeVisible();
});

test('adding the CA files completes the chain and offers the chain exports', async ({ page, served }) => {
  const manifest = readManifest();
  const app = new AppPage(page);
  await app.open(served.url, manifest.referenceTime);
  const wildcard = certificateById(manifest, 'leaf-wildcard-lab');
  await chooseFiles(page, '証明書ファイルを開く', [join(FIXTURES_DIR, wildcard.pemPath)]);
  const details = page.getByTestId('loose-details');
  await expect(details.locator('.chain__link')).toHaveCount(1);

  await chooseFiles(page, 'CA ファイルを追加', [join(FIXTURES_DIR, 'ca/ca-g7-ecc.pem'), join(FIXTURES_DIR, 'ca/ca-root-ecc.pem')]);
  await expect(page.getByRole('status').filter({ hasText: 'CA 証明書を 2 枚追加しました' })).toBeVisible();
  await expect(details.locator('.chain__link')).toHaveCount(3);
  await details.getByRole('button', { name: /その他の形式/ }).click();
  const download = page.waitForEvent('download');
  await details.getByRole('button', { name: /fullchain/ }).click();
  expect((await download).suggestedFilename()).toBe('wildcard.lab.example.ac.jp.fullchain.crt');
  const text = readFileSync(await (await download).path(), 'utf8');
  expect(text.match(/-----BEGIN CERTIFICATE-----/g)).toHaveLength(2);
});
