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

  /** Answers the file chooser of a details button (its accessible name) with fixture files. */
  async chooseFiles(button: string | RegExp, files: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.pane.getByRole('button', { name: button }).click();
    await (await chooser).setFiles(files);
  }

  /** Chooses a private key or CSR in 「秘密鍵・CSR と照合」. */
  async chooseKey(file: string): Promise<void> {
    await this.chooseFiles(/照合する秘密鍵または CSR を選択|Choose a private key or CSR/, [file]);
  }

  /** Chooses a CRL in 「CRL で失効を確認」. */
  async chooseCrl(file: string): Promise<void> {
    await this.chooseFiles(/確認に使う CRL ファイルを選択|Choose a CRL file/, [file]);
  }

  /** The drop target of 「秘密鍵・CSR と照合」. */
  keyDrop(): Locator {
    return this.pane.getByTestId('key-drop');
  }

  /** The result area of the key check (data-code carries the finding code). */
  keyResult(): Locator {
    return this.pane.getByTestId('key-result');
  }

  /** The result area of the CRL check. */
  crlResult(): Locator {
    return this.pane.getByTestId('crl-result');
  }

  /** The status line after an export. */
  status(): Locator {
    return this.page.getByTestId('export-status');
  }
}
