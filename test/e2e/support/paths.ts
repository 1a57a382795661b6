import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** The single-file web build the renderer tests open. */
export const WEB_DIR = join(ROOT, 'dist/web');
export const WEB_INDEX = join(WEB_DIR, 'index.html');
/** Where every run writes its screenshots (look at them). */
export const SCREENSHOT_DIR = join(ROOT, 'test-output/screenshots');
export { FIXTURES_DIR } from '../../support/manifest';
