import type { Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { CertificateFilesPage, PNG_BYTES } from './pages/certificate-files-page';
import { DetailsPage } from './pages/details-page';
import { ListPage } from './pages/list-page';
import { RequestPage } from './pages/request-page';
import { StartPage } from './pages/start-page';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { certificateById, fixturePath, readManifest, rowsMatching } from '../support/manifest';

// Every screen, in both languages and in light and dark mode, has no axe violation at all (WCAG 2.0/2.1 A/AA
// and best practice, every impact), the page-level rules (one main landmark, one h1, content in landmarks)
// included: each scan covers the whole page. Each screen is its own test, so a failure names the screen.
test.describe.configure({ mode: 'parallel' });

const manifest = readManifest();
const FILTER = 'example.ac.jp';
type Lang = 'ja' | 'en';
type Scheme = 'light' | 'dark';

/** The start screen in `lang` and `scheme`. */
async function openStart(page: Page, url: string, lang: Lang, scheme: Scheme): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  const app = new AppPage(page);
  await app.open(url, manifest.referenceTime);
  if (lang === 'en') await app.switchLanguage('en');
}

/** The demo list filtered by FILTER, showing the answer to the whole filter. */
async function openList(page: Page): Promise<ListPage> {
  await new StartPage(page).openDemo();
  const list = new ListPage(page);
  await list.typeFilter(FILTER);
  await list.expectCount(rowsMatching(manifest, FILTER).length, manifest.rows.length);
  return list;
}

/** The filtered list with the details of its second row open and loaded. */
async function openDetails(page: Page): Promise<void> {
  const list = await openList(page);
  await list.openRowByKeyboard(1);
  await new DetailsPage(page).expectRecord((await list.rowIndices())[1]!);
}

/** Certificate files with problems: a server certificate, its key, and an image picked by mistake. */
async function openCertificateFiles(page: Page): Promise<void> {
  const leaf = certificateById(manifest, 'leaf-wildcard-lab');
  const files = new CertificateFilesPage(page);
  await files.open([leaf.pemPath, leaf.keyPath!, { name: 'screenshot.png', bytes: PNG_BYTES }]);
  await expect(files.details.getByRole('heading', { level: 2 })).toHaveText(leaf.commonName!);
}

/** The list position and FQDN of an application ID. */
function rowOf(applicationId: string): { index: number; fqdn: string } {
  const index = manifest.rows.findIndex((row) => row.applicationId === applicationId);
  return { index, fqdn: manifest.rows[index]!.fqdn };
}

/** The revocation dialog at its fullest: a current and a revoked row, key compromise chosen but not confirmed (errors by row and for the request). */
async function openRevokeDialog(page: Page): Promise<void> {
  await new StartPage(page).openDemo();
  const requests = new RequestPage(page);
  for (const id of ['10230113', '10230037']) await requests.selectRow(rowOf(id).fqdn, rowOf(id).index);
  const dialog = await requests.openRevoke();
  await requests.chooseReason(dialog, /^1 (鍵の危殆化|Key compromise)/);
  await expect(dialog.getByTestId('key-compromise-confirm')).toBeVisible();
  await expect(dialog.getByTestId('request-refused')).toBeVisible();
}

/** The renewal dialog with a CSR that reuses the old key (refused). */
async function openRenewDialog(page: Page): Promise<void> {
  await new StartPage(page).openDemo();
  const requests = new RequestPage(page);
  await requests.selectRow(rowOf('10230113').fqdn, rowOf('10230113').index);
  const dialog = await requests.openRenew();
  await requests.chooseCsr(dialog, fixturePath('request/renew-www-reused-key.csr.pem'));
  await expect(dialog.getByTestId('request-refused')).toBeVisible();
}

/** The review of a request file with an error, checked against the open list. */
async function openRequestReview(page: Page): Promise<void> {
  await new StartPage(page).openDemo();
  const review = await new RequestPage(page).checkFile(fixturePath('request/revoke-revoked-serial.tsv'));
  await expect(review.locator('[data-code="already-revoked"]')).toBeVisible();
}

const SCREENS: readonly { readonly name: string; readonly reach: (page: Page) => Promise<void> }[] = [
  { name: 'the start screen', reach: async () => undefined },
  { name: 'the filtered list', reach: async (page) => void (await openList(page)) },
  { name: 'the details pane', reach: openDetails },
  {
    name: 'the About view',
    reach: async (page) => {
      await openDetails(page);
      await page.getByTestId('about-open').click();
      await expect(page.getByTestId('about-network')).toBeVisible();
    },
  },
  { name: 'the certificate files with problems', reach: openCertificateFiles },
  { name: 'the revocation request dialog', reach: openRevokeDialog },
  { name: 'the renewal request dialog', reach: openRenewDialog },
  { name: 'the request file review', reach: openRequestReview },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const lang of ['ja', 'en'] as const) {
    for (const screen of SCREENS) {
      test(`${screen.name} has no accessibility violation (${lang}, ${scheme})`, async ({ page, served }) => {
        await openStart(page, served.url, lang, scheme);
        await screen.reach(page);
        expect(await axeViolations(page), screen.name).toEqual([]);
      });
    }
  }
}
