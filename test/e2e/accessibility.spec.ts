import type { Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { DetailsPage } from './pages/details-page';
import { ListPage } from './pages/list-page';
import { StartPage } from './pages/start-page';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { readManifest, rowsMatching } from '../support/manifest';

// Every screen, in both languages, has no serious or critical axe violation (WCAG 2.1 A/AA and best practice).
// Each screen is its own test, so each scan has a whole test's time and a failure names the screen; the tests
// share nothing, so both workers may take them.
test.describe.configure({ mode: 'parallel' });

const manifest = readManifest();
const FILTER = 'example.ac.jp';

/** The start screen in `lang`. */
async function openStart(page: Page, url: string, lang: 'ja' | 'en'): Promise<void> {
  const app = new AppPage(page);
  await app.open(url, manifest.referenceTime);
  if (lang === 'en') await app.switchLanguage('en');
}

/** The demo list filtered by FILTER, showing the answer to the whole filter. */
async function openList(page: Page, url: string, lang: 'ja' | 'en'): Promise<ListPage> {
  await openStart(page, url, lang);
  await new StartPage(page).openDemo();
  const list = new ListPage(page);
  await list.typeFilter(FILTER);
  await list.expectCount(rowsMatching(manifest, FILTER).length, manifest.rows.length);
  return list;
}

/** The filtered list with the details of its second row open and loaded. */
async function openDetails(page: Page, url: string, lang: 'ja' | 'en'): Promise<void> {
  const list = await openList(page, url, lang);
  await list.openRowByKeyboard(1);
  await new DetailsPage(page).expectRecord((await list.rowIndices())[1]!);
}

for (const lang of ['ja', 'en'] as const) {
  test(`the start screen has no serious accessibility violation (${lang})`, async ({ page, served }) => {
    await openStart(page, served.url, lang);
    expect(await seriousViolations(page), 'start screen').toEqual([]);
  });

  test(`the filtered list has no serious accessibility violation (${lang})`, async ({ page, served }) => {
    await openList(page, served.url, lang);
    expect(await seriousViolations(page), 'list').toEqual([]);
  });

  // The details and the About view are scanned in the same state (a row's details open beside the list) and
  // between them cover the whole page once: here the main panel (filter, grid with the open row, details pane),
  // in the About test everything else (header, About panel, and the page-level rules, which need <html> in scope).
  test(`the details pane has no serious accessibility violation (${lang})`, async ({ page, served }) => {
    await openDetails(page, served.url, lang);
    expect(await seriousViolations(page, { include: ['#main-panel'] }), 'details').toEqual([]);
  });

  test(`the About view has no serious accessibility violation (${lang})`, async ({ page, served }) => {
    await openDetails(page, served.url, lang);
    await page.getByTestId('about-open').click();
    await expect(page.getByTestId('about-network')).toBeVisible();
    expect(await seriousViolations(page, { exclude: ['#main-panel'] }), 'about').toEqual([]);
  });
}
