/**
 * The test helpers in test/support, and that each job they do is done there only: the fuzz-runs
 * setting, the fixture manifest, the @peculiar/x509 setup and temporary folders.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FUZZ_RUNS, expensiveRuns, FUZZ_RUNS, fuzzRunsFrom, propertyTimeout } from '../../support/fuzz-runs';
import { certificateById, readManifest } from '../../support/manifest';
import { removeTempFolders, TEMP_PREFIX, tempFolder } from '../../support/temp-folder';

const TEST_ROOT = join(import.meta.dirname, '..', '..');

/** Every .ts/.tsx file under test/ except the helpers themselves and the fixtures, relative to test/. */
function testSources(dir = TEST_ROOT): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const rel = relative(TEST_ROOT, path).split(sep).join('/');
    if (rel === 'support' || rel === 'fixtures') return [];
    if (statSync(path).isDirectory()) return testSources(path);
    return /\.tsx?$/.test(name) ? [rel] : [];
  });
}
const SOURCES = testSources().filter((file) => file !== 'unit/support/test-support.test.ts');
const filesMatching = (pattern: RegExp): string[] => SOURCES.filter((file) => pattern.test(readFileSync(join(TEST_ROOT, file), 'utf8')));

describe('fuzz runs', () => {
  it.each([
    { name: 'takes the default when FUZZ_RUNS is not set', input: undefined, want: DEFAULT_FUZZ_RUNS },
    { name: 'takes the default when FUZZ_RUNS is empty', input: ' ', want: DEFAULT_FUZZ_RUNS },
    { name: 'reads the number npm run fuzz sets', input: '200000', want: 200_000 },
  ])('$name', ({ input, want }) => {
    expect(fuzzRunsFrom(input)).toBe(want);
  });

  it.each(['10k', '0', '-5', '1.5', 'NaN', '1e30'])('refuses FUZZ_RUNS=%s rather than run no case', (input) => {
    expect(() => fuzzRunsFrom(input)).toThrow(/FUZZ_RUNS/);
  });

  it('holds expensive properties to a tenth, at most 1,000, and sizes timeouts to the cases', () => {
    expect(expensiveRuns()).toBe(Math.max(1, Math.min(1_000, Math.floor(FUZZ_RUNS / 10))));
    expect(propertyTimeout(1, 1)).toBe(60_000);
    expect(propertyTimeout(1_000, 250)).toBe(250_000);
  });

  it('is read in test/support/fuzz-runs.ts only', () => {
    expect(filesMatching(/process\.env\.FUZZ_RUNS/)).toEqual([]);
  });

  it('bounds every property: each fc.assert names its numRuns', () => {
    const unbounded = SOURCES.filter((file) => {
      const text = readFileSync(join(TEST_ROOT, file), 'utf8');
      return (text.match(/fc\.assert\(/g) ?? []).length !== (text.match(/numRuns:/g) ?? []).length;
    });
    expect(unbounded).toEqual([]);
  });
});

describe('the fixture manifest', () => {
  it('is read and typed in test/support/manifest.ts', () => {
    const manifest = readManifest();
    expect(readManifest()).toBe(manifest);
    expect(certificateById(manifest, manifest.certificates[0]!.id)).toBe(manifest.certificates[0]);
    expect(() => certificateById(manifest, 'no-such-certificate')).toThrow(/no-such-certificate/);
  });

  it('is loaded nowhere else', () => {
    // shared/diagnostics/fixtures.test.ts still reads it itself: that folder's tests are being rewritten elsewhere.
    expect(filesMatching(/['"]manifest\.json['"]/)).toEqual(['unit/shared/diagnostics/fixtures.test.ts']);
  });
});

describe('@peculiar/x509', () => {
  it('is set up in shared/pki/x509-library.ts only: no test imports it or reflect-metadata, or sets a provider', () => {
    expect(filesMatching(/cryptoProvider\.set|import 'reflect-metadata'|^import (?!type )[^;]*from '@peculiar\/x509'/m)).toEqual([]);
  });
});

describe('temporary folders', () => {
  it('gives a new empty folder on each call, under one root in the temp folder, removed with it', () => {
    const first = tempFolder('a');
    const second = tempFolder('a');
    expect(first).not.toBe(second);
    expect(dirname(first)).toBe(dirname(second));
    expect(dirname(dirname(first))).toBe(tmpdir());
    expect(relative(tmpdir(), first).startsWith(TEMP_PREFIX)).toBe(true);
    expect(readdirSync(first)).toEqual([]);
    removeTempFolders();
    expect([existsSync(first), existsSync(dirname(first))]).toEqual([false, false]);
  });

  it('are made through test/support/temp-folder.ts only', () => {
    // A folder made in the temp folder, or a /tmp path built by hand (paths only compared, never written, are fine).
    const own = /mkdtemp(?:Sync)?\(\s*join\(\s*tmpdir\(\)|['"`]\/tmp\/[^'"`]*['"`]\s*\+/;
    // The Playwright specs (no vitest hooks there) make and remove their own folders in afterEach.
    expect(filesMatching(own).filter((file) => !file.startsWith('e2e/'))).toEqual([]);
  });
});
