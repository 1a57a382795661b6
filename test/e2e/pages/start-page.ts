import type { Page } from '@playwright/test';
import { AppPage } from './app-page';

/** The start screen: drop zone, open buttons, the demo file, recent files. */
export class StartPage {
  constructor(readonly page: Page) {}

  /** Clicks デモファイルを開く (or its English label) and waits for the list. */
  async openDemo(): Promise<void> {
    await this.page.getByRole('button', { name: /デモファイルを開く|Open the demo file/ }).click();
    await new AppPage(this.page).waitFor('ready');
  }
}
