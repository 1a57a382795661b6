import { expect, type Locator, type Page } from '@playwright/test';

/** The list screen: the filter box, the toggles, the count and the virtualised grid. */
export class ListPage {
  readonly filter: Locator;
  readonly grid: Locator;
  readonly rows: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    // Visible ones only: a list shown while it loads has its own filter box while the open list's waits, hidden.
    this.filter = page.getByTestId('filter-input').filter({ visible: true });
    this.grid = page.getByRole('grid');
    this.rows = this.grid.locator('[role="row"][data-index]');
    this.count = page.getByTestId('filter-count').filter({ visible: true });
  }

  /**
   * Types into the filter box like a person (key by key; the list follows live), then waits until the
   * rows shown answer all of it. The query runs in a worker and its answers arrive after the keys, so
   * without this a click could land on the answer to an earlier keystroke; the count's `data-settled`
   * is the app's own signal that the rows answer the query as typed.
   */
  async typeFilter(text: string): Promise<void> {
    await this.filter.click();
    await this.filter.pressSequentially(text);
    await expect(this.filter).toHaveValue(new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await this.expectSettled();
  }

  /** Waits until the rows shown answer the query as it is now (the app's signal on the count). */
  async expectSettled(): Promise<void> {
    await expect(this.count).toHaveAttribute('data-settled', 'true');
  }

  /**
   * Waits until the count reads "表示 shown / 全 total 件" (or the English form) and the grid says it has
   * that many rows (aria-rowcount counts the header row too). The grid is virtualised: only a short
   * list is checked row by row.
   */
  async expectCount(shown: number, total: number): Promise<void> {
    await this.expectSettled();
    // The count groups thousands (30,030) as the browser's locale does; these tests run in en-US/ja-JP, both with commas.
    const [s, t] = [shown.toLocaleString('en-US'), total.toLocaleString('en-US')];
    await expect(this.count).toHaveText(new RegExp(`(表示 ${s} / 全 ${t} 件|Showing ${s} of ${t})`));
    await expect(this.grid).toHaveAttribute('aria-rowcount', String(shown + 1));
    if (shown <= 8) await expect(this.rows).toHaveCount(shown);
  }

  /** The highlighted stretches (<mark>) in the grid. */
  marks(): Locator {
    return this.grid.locator('mark');
  }

  /** Record indices of the rows in display order. */
  async rowIndices(): Promise<number[]> {
    const values = await this.rows.evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-index'))));
    return values;
  }

  /** From the filter box, moves into the list with ArrowDown, down `steps` more rows, and opens it with Enter. */
  async openRowByKeyboard(steps: number): Promise<void> {
    await this.filter.press('ArrowDown');
    for (let i = 0; i < steps; i++) await this.page.keyboard.press('ArrowDown');
    await expect(this.grid.locator(`[role="row"][data-pos="${steps}"]`)).toBeFocused();
    await this.page.keyboard.press('Enter');
  }

  /** Presses a quick toggle by its label. */
  async toggle(label: RegExp | string): Promise<void> {
    await this.page.getByRole('button', { name: label }).click();
  }
}
