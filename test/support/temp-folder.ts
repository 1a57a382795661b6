/**
 * Temporary folders for tests, all removed again: every folder a test file makes lives under one
 * root of its own, <os.tmpdir()>/upki-test-XXXXXX/, which is deleted with everything in it after the
 * file's tests have run (pass or fail). Importing this module registers that cleanup on the importing
 * test file (like @testing-library's auto-cleanup), so import it at the top of a test file or of a
 * helper a test file imports, never from inside a running test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** The name every test file's root starts with, so a leftover is easy to find (and to prove absent). */
export const TEMP_PREFIX = 'upki-test-';

let root: string | undefined;

/**
 * A new, empty folder for one test or suite (its name starts with `label`), removed after the test
 * file. Each call gives a different folder, so tests never see each other's files.
 */
export function tempFolder(label = 'tmp'): string {
  root ??= mkdtempSync(join(tmpdir(), TEMP_PREFIX));
  return mkdtempSync(join(root, `${label}-`));
}

/** Removes every folder tempFolder made in this test file. */
export function removeTempFolders(): void {
  if (root === undefined) return;
  rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  root = undefined;
}

afterAll(removeTempFolders);
