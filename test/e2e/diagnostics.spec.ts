import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { DetailsPage } from './pages/details-page';
import { ListPage } from './pages/list-page';
import { StartPage } from './pages/start-page';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { certificateById, diagFileOf, fixturePath, readManifest } from '../support/manifest';

const manifest = readManifest();
const diag = (file: string) => diagFileOf(manifest, file);

/** The serious and critical axe violations inside the details pane. */
const paneViolations = (page: Page) => seriousViolations(page, { include: ['[data-testid="details"]'] });

/** The start page, the demo list, then the details of the row with `certificateId` (found by its application ID). */
async function demoDetails(page: Page, url: string, certificateId: string): Promise<DetailsPage> {
  const app = new AppPage(page);
  await app.open(url, manifest.referenceTime);
  await new StartPage(page).openDemo();
  const row = manifest.rows.find((r) => r.certificateId === certificateId)!;
  const list = new ListPage(page);
  await list.typeFilter(row.applicationId);
  await list.expectCount(1, manifest.rows.length);
  await list.openRowByKeyboard(0);
  const details = new DetailsPage(page);
  await details.expectRecord(row.line - 2);
  return details;
}

test('a private key or CSR is compared with the certificate: match, mismatch, encrypted with its passphrase', async ({ page, served }) => {
  const keyFile = 'diag/leaf-www-2025.key.pkcs8.pem';
  const details = await demoDetails(page, served.url, diag(keyFile).certificateId!);
  await expect(details.pane.getByRole('heading', { name: '秘密鍵・CSR と照合' })).toBeVisible();

  await details.chooseKey(fixturePath(keyFile));
  await expect(details.keyResult()).toHaveAttribute('data-code', 'key-match');
  await expect(details.pane.getByTestId('key-verdict')).toHaveText('一致');

  await details.chooseKey(fixturePath('diag/mismatched.key.pem'));
  await expect(details.keyResult()).toHaveAttribute('data-code', 'key-mismatch');
  await expect(details.pane.getByTestId('key-verdict')).toHaveText('不一致');
  await expect(details.keyResult()).toContainText('AH02565');

  const encrypted = diag('diag/leaf-www-2025.key.encrypted.pem');
  await details.chooseKey(fixturePath(encrypted.file));
  await expect(details.keyResult()).toHaveAttribute('data-code', 'key-passphrase-required');
  const field = details.pane.getByLabel('パスフレーズ');
  await expect(field).toHaveAttribute('type', 'password');
  await expect(field).toHaveAttribute('autocomplete', 'off');
  expect(await paneViolations(page), 'details with the passphrase field').toEqual([]);
  await field.fill(encrypted.passphrase!);
  await field.press('Enter');
  await expect(details.keyResult()).toHaveAttribute('data-code', 'key-match');
  await expect(details.pane.getByTestId('key-verdict')).toHaveText('一致');
  await expect(field).toHaveCount(0);

  // No line of any key's base64 ever reaches the page.
  const html = await page.content();
  for (const file of [keyFile, 'diag/mismatched.key.pem', encrypted.file]) {
    const lines = readFileSync(fixturePath(file), 'utf8').split(/\r?\n/).filter((line) => /^[A-Za-z0-9+/=]{40,}$/.test(line));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(html).not.toContain(line);
  }
});

test('a CRL from an added CA shows the listed certificate revoked, and is kept for the next certificate', async ({ page, served }) => {
  const crl = diag('diag/ca-g7-rsa.crl');
  const revoked = certificateById(manifest, crl.certificateId!);
  const details = await demoDetails(page, served.url, revoked.id);

  // The test PKI's CA is not bundled, but the demo carries it (demo/demo-ca.pem) as an added CA file: the CRL's issuer is known.
  // (Adding CA files by hand is covered in open-files.spec.ts.)
  await details.expectRecord(manifest.rows.find((r) => r.certificateId === revoked.id)!.line - 2);

  await details.chooseCrl(fixturePath(crl.file));
  const finding = details.crlResult().locator('[data-code="revoked-by-crl"]');
  await expect(finding).toBeVisible();
  await expect(finding).toContainText(revoked.serialColonHex);
  await expect(finding).toContainText('2026/10/31');
  expect(await paneViolations(page), 'details with a CRL verdict').toEqual([]);

  await details.chooseCrl(fixturePath('diag/wrong-key.crl'));
  await expect(details.crlResult().locator('[data-code="crl-signature-invalid"]')).toBeVisible();

  // The accepted CRL stays for the session: another certificate of the same CA shows its status at once.
  const other = manifest.rows.find((r) => r.certificateId === 'leaf-www-2025')!;
  expect(certificateById(manifest, 'leaf-www-2025').issuerId).toBe(revoked.issuerId);
  const list = new ListPage(page);
  await list.filter.fill('');
  await list.typeFilter(other.applicationId);
  await list.expectCount(1, manifest.rows.length);
  await list.openRowByKeyboard(0);
  await details.expectRecord(other.line - 2);
  await expect(details.crlResult().locator('[data-code="not-revoked-by-crl"]')).toBeVisible();
});
