import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { DetailsPage } from './pages/details-page';
import { ListPage } from './pages/list-page';
import { StartPage } from './pages/start-page';
import { expect, test } from './support/fixtures';
import { readManifest } from '../support/manifest';

/** The serious and critical axe violations on the page (WCAG 2.1 A/AA rules), as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`));
}

for (const lang of ['ja', 'en'] as const) {
  test(`the start screen, the list, the details and the About view have no serious accessibility violation (${lang})`, async ({ page, served }) => {
    const manifest = readManifest();
    const app = new AppPage(page);
    await app.open(served.url, manifest.referenceTime);
    if (lang === 'en') await app.switchLanguage('en');
    expect(await seriousViolations(page), 'start screen').toEqual([]);

    await new StartPage(page).openDemo();
    const list = new ListPage(page);
    await list.typeFilter('example.ac.jp');
    await expect(list.marks().first()).toBeVisible();
    expect(await seriousViolations(page), 'list').toEqual([]);

    await list.openRowByKeyboard(1);
    const details = new DetailsPage(page);
    await details.expectRecord((await list.rowIndices())[1]!);
    expect(await seriousViolations(page), 'details').toEqual([]);

    await page.getByTestId('about-open').click();
    await expect(page.getByTestId('about-network')).toBeVisible();
    expect(await seriousViolations(page), 'about').toEqual([]);
  });
}
