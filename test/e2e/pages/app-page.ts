import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SCREENSHOT_DIR } from '../support/paths';

/** The app states the root element carries as data-app-state. */
export type AppState = 'start' | 'loading' | 'ready' | 'error';

/** The whole window: opening the page, waiting on its state, the header switches, screenshots. */
export class AppPage {
  constructor(readonly page: Page) {}

  /** Opens the app at `url` with the clock fixed at `now` (the fixtures' reference time), and waits for the start screen. */
  async open(url: string, now: string): Promise<void> {
    await this.page.clock.setFixedTime(new Date(now));
    await this.page.goto(url);
    await this.waitFor('start');
  }

  /** Waits until the app says it is in `state` (never sleeps). */
  async waitFor(state: AppState, options: { timeout?: number } = {}): Promise<void> {
    await expect(this.page.locator('.app')).toHaveAttribute('data-app-state', state, options);
  }

  /** Switches the display language with the header toggle and waits for <html lang>. */
  async switchLanguage(to: 'ja' | 'en'): Promise<void> {
    await this.page.getByTestId('lang-toggle').click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', to);
  }

  /**
   * Drops files from disk onto `target` the way a person's drag does: a DataTransfer built in the page
   * holding Files with the files' bytes, then dragenter, dragover and drop on the target.
   */
  async dropFiles(target: Locator, paths: readonly string[]): Promise<void> {
    const files = paths.map((path) => ({ name: basename(path), base64: readFileSync(path).toString('base64') }));
    const transfer = await this.page.evaluateHandle((list) => {
      const data = new DataTransfer();
      for (const file of list) {
        const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
        data.items.add(new File([bytes], file.name));
      }
      return data;
    }, files);
    for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer: transfer });
    await transfer.dispose();
  }

  /** Writes a full-window screenshot to test-output/screenshots/<name>.png. */
  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await this.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
  }
}
