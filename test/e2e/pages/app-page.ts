import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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
  async waitFor(state: AppState): Promise<void> {
    await expect(this.page.locator('.app')).toHaveAttribute('data-app-state', state);
  }

  /** Switches the display language with the header toggle and waits for <html lang>. */
  async switchLanguage(to: 'ja' | 'en'): Promise<void> {
    await this.page.getByTestId('lang-toggle').click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', to);
  }

  /** Writes a full-window screenshot to test-output/screenshots/<name>.png. */
  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await this.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
  }
}
