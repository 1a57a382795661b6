import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppPage } from './app-page';
import { FIXTURES_DIR } from '../support/paths';

/** A file handed to the browser's file chooser: a fixture path, or a name with bytes made by the test. */
export type ChosenFile = string | { readonly name: string; readonly bytes: Buffer };

/** The eight bytes every PNG starts with, then the start of an IHDR chunk: an image someone picked by mistake. */
export const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** The 証明書ファイル tab: the certificates opened, their problems by file, and the details of one. */
export class CertificateFilesPage {
  readonly problems: Locator;
  readonly details: Locator;

  constructor(readonly page: Page) {
    this.problems = page.getByTestId('loose-problems');
    this.details = page.getByTestId('loose-details');
  }

  /** Clicks 証明書ファイルを開く (either language) on the start screen and answers the chooser with `files`. */
  async open(files: readonly ChosenFile[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: /^(証明書ファイルを開く|Open certificate files)$/ }).click();
    await (await chooser).setFiles(
      files.map((file) => {
        const path = typeof file === 'string' ? join(FIXTURES_DIR, file) : null;
        return typeof file === 'string' ? { name: basename(path!), mimeType: 'application/octet-stream', buffer: readFileSync(path!) } : { name: file.name, mimeType: 'application/octet-stream', buffer: file.bytes };
      }),
    );
    await new AppPage(this.page).waitFor('ready');
    await expect(this.page.getByRole('tab', { name: /証明書ファイル|Certificate files/ })).toHaveAttribute('aria-selected', 'true');
  }

  /** The messages of the findings listed under the heading of one file. */
  problemsOf(fileName: string): Locator {
    return this.problems.getByRole('region', { name: fileName, exact: true }).locator('.finding__message');
  }
}
