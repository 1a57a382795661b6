import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ListPage } from './list-page';

/** Request files (申請TSV): ticking rows for a request, its dialogs, and 申請ファイルを確認 with its review. */
export class RequestPage {
  readonly list: ListPage;

  constructor(readonly page: Page) {
    this.list = new ListPage(page);
  }

  /** Finds the row at list position `index` by its FQDN in the filter box and ticks it (the selection outlives the filter). */
  async selectRow(fqdn: string, index: number): Promise<void> {
    await this.list.filter.fill('');
    await this.list.typeFilter(fqdn);
    await this.list.grid.locator(`[role="row"][data-index="${index}"]`).getByRole('checkbox').check();
  }

  /** The revocation dialog, opened from the toolbar of the selection. */
  async openRevoke(): Promise<Locator> {
    await this.page.getByRole('button', { name: /^(失効申請ファイルを作成|Create revocation request)$/ }).click();
    const dialog = this.page.getByTestId('revoke-request-dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** The renewal dialog of the one ticked row, opened from the toolbar. */
  async openRenew(): Promise<Locator> {
    await this.page.getByRole('button', { name: /^(更新申請ファイルを作成|Create renewal request)$/ }).click();
    const dialog = this.page.getByTestId('renew-request-dialog');
    await expect(dialog.getByRole('textbox').first()).not.toHaveValue('');
    return dialog;
  }

  /** Chooses the renewal's CSR file through the dialog's choose button. */
  async chooseCsr(dialog: Locator, path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: /^(更新に使う CSR ファイルを選択…|Choose the CSR file for the renewal…)$/ }).click();
    await (await chooser).setFiles(path);
  }

  /** Chooses a revocation reason by its code and NII's label, and waits until the rows have been checked. */
  async chooseReason(dialog: Locator, label: RegExp): Promise<void> {
    await dialog.getByRole('radio', { name: label }).check();
    await expect(dialog.getByTestId('request-outcome')).toHaveAttribute('data-state', /^(ready|refused)$/);
  }

  /** 申請ファイルを確認 from the header with the file (a path, or a name and bytes), and the review dialog it opens. */
  async checkFile(file: string | { name: string; bytes: Buffer }): Promise<Locator> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: /^(申請ファイルを確認|Check request file)$/ }).click();
    const payload = typeof file === 'string' ? { name: basename(file), bytes: readFileSync(file) } : file;
    await (await chooser).setFiles({ name: payload.name, mimeType: 'text/tab-separated-values', buffer: payload.bytes });
    const review = this.page.getByTestId('request-review-dialog');
    await expect(review.getByTestId('request-review-summary')).toBeVisible();
    return review;
  }
}
