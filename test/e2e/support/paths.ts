import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** The single-file web build the renderer tests open (built by global-setup, with E2E_DEMO_LIST as its demo). */
export const WEB_DIR = join(ROOT, 'dist/e2e-web');
/** The list the end-to-end build opens as its demo: the main test fixture (relative to ROOT). */
export const E2E_DEMO_LIST = 'test/fixtures/tsv/serverAll.tsv';
export const WEB_INDEX = join(WEB_DIR, 'index.html');
/** Where every run writes its screenshots (look at them). */
export const SCREENSHOT_DIR = join(ROOT, 'test-output/screenshots');
export { FIXTURES_DIR } from '../../support/manifest';
