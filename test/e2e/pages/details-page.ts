import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The details pane beside the list. */
export class DetailsPage {
  readonly pane: Locator;

  constructor(readonly page: Page) {
    this.pane = page.getByTestId('details');
  }

  /** Waits until the pane shows the record with this index, fully loaded. */
  async expectRecord(index: number): Promise<void> {
    await expect(this.pane).toHaveAttribute('data-record-index', String(index));
    await expect(this.pane).toHaveAttribute('aria-busy', 'false');
  }

  /** The pane's heading. */
  title(): Locator {
    return this.pane.getByRole('heading', { level: 2 });
  }

  /** Presses the one-action export (書き出す (.crt)) and returns the download it starts. */
  async exportCrt(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.pane.getByTestId('export-crt').click();
    return download;
  }

  /** The status line after an export. */
  status(): Locator {
    return this.page.getByTestId('export-status');
  }
}
