import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

/** The start screen: drop zone, open buttons, the demo file, recent files. */
export class StartPage {
  constructor(readonly page: Page) {}

  /** The start screen's drop zone (the area that says ここに serverAll.tsv … をドロップ). */
  dropZone(): Locator {
    return this.page.locator('.start .drop-zone');
  }

  /** 「一覧に戻る」 (or its English label), shown when a list is kept open under the start screen. */
  backToList(): Locator {
    return this.page.getByRole('button', { name: /^(一覧に戻る|Back to the list)$/ });
  }

  /** Clicks デモファイルを開く (or its English label) and waits for the list. */
  async openDemo(): Promise<void> {
    await this.page.getByRole('button', { name: /デモファイルを開く|Open the demo file/ }).click();
    await new AppPage(this.page).waitFor('ready');
  }
}
