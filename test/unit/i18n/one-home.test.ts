import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isUnder, sourceFiles } from './catalogue-checks';

/** The catalogues: the only places that may compare languages or hold texts in both languages. */
const CATALOGUES = ['renderer/i18n', 'electron/main/i18n', 'cli/i18n'];

/**
 * Host errors: LocalizedText data for the renderer, built in the main process's file and IPC code
 * like shared/ipc/errors builds them, not texts of the menu or the dialogs.
 */
const HOST_ERRORS = ['electron/main/files', 'electron/main/ipc'];

/** The lines of the code in `roots` (outside the folders given) that match a pattern, as "file:line: text". */
function offenders(pattern: RegExp, excluded: readonly string[], roots: readonly string[] = ['renderer', 'electron', 'cli']): string[] {
  return roots
    .flatMap(sourceFiles)
    .filter((file) => !isUnder(file, excluded))
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
}

describe('one home for the texts of the renderer, the main process and the command line', () => {
  it('branches on the language only inside the catalogues (no lang === \'ja\' ? … : …, no case \'en\':), and never in shared/', () => {
    // shared/ carries every text in both languages (LocalizedText) and picks by `text[lang]`, never by a comparison.
    const comparison = /[=!]==?\s*(['"`])(?:ja|en)\1|(['"`])(?:ja|en)\2\s*[=!]==?|\bcase\s+(['"`])(?:ja|en)\3\s*:/;
    expect(offenders(comparison, CATALOGUES, ['renderer', 'electron', 'cli', 'shared'])).toEqual([]);
  });

  it('writes no text in both languages inline ({ ja: \'…\', en: \'…\' }) outside the catalogues', () => {
    expect(offenders(/\b(?:ja|en):\s*['"`]/, [...CATALOGUES, ...HOST_ERRORS])).toEqual([]);
  });
});
