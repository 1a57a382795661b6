import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/** Opening a list over the one already open: the header's TSV button, the loading view and its Cancel, the notice. */
export class LoadingPage {
  readonly view: Locator;
  readonly cancel: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByTestId('loading');
    this.cancel = page.getByRole('button', { name: /^(キャンセル|Cancel)$/ });
    this.notice = page.getByTestId('notice');
  }

  /** Chooses `file` with the header's 「TSVを開く…」 while a list is open and waits until it is loading. */
  async chooseList(file: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId('open-list').click();
    await (await chooser).setFiles(file);
  }

  /** Waits for the loading view (data-app-state="loading", the file name shown). */
  async expectLoading(fileName: string): Promise<void> {
    await new AppPage(this.page).waitFor('loading');
    await expect(this.view).toContainText(fileName);
  }
}
