import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .ts/.tsx file below a folder, as a path with forward slashes relative to the repository root. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [relative('.', path).split(sep).join('/')] : [];
  });
}

/** Whether a path is one of the folders (or below it). */
export function isUnder(path: string, folders: readonly string[]): boolean {
  return folders.some((folder) => path === folder || path.startsWith(`${folder}/`));
}

/** Keys built at run time (`t(\`state.${state}\`)`), so no literal of them is in the code. */
export interface DynamicKeys {
  /** Where and why, for the reader. */
  readonly why: string;
  /** The code that builds them: must appear in the front end's code, so the exemption cannot outlive it. */
  readonly usedAs: string;
  readonly keys: readonly string[];
}

/** One front end's catalogue and where its code lives. */
export interface Catalogue {
  /** The front end, for test names ("renderer", "main process"). */
  readonly name: string;
  readonly ja: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
  /** The catalogue's own placeholder reader (the one its formatMessage agrees with). */
  readonly placeholdersOf: (template: string) => string[];
  /** The folder of the catalogue (ja.ts, en.ts, i18n.ts[x]); its files do not count as uses. */
  readonly folder: string;
  /** The folders of the front end's code, where every key must be used. */
  readonly codeFolders: readonly string[];
  readonly dynamicKeys: readonly DynamicKeys[];
}

/**
 * The completeness checks every catalogue gets: the same keys in both languages, no empty text, the
 * same `{placeholders}` in both and no stray brace (a typo such as `{count` would print as written),
 * every key used in the front end's code (a literal `'key'`, or listed as dynamic), and no key forced
 * past the typed key union with `as MessageKey` (the union is what makes an unknown key a compile error).
 */
export function describeCatalogue(catalogue: Catalogue): void {
  const keys = Object.keys(catalogue.ja);
  const code = catalogue.codeFolders
    .flatMap(sourceFiles)
    .filter((file) => !isUnder(file, [catalogue.folder]))
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  const allCode = code.map((entry) => entry.text).join('\n');

  describe(`the ${catalogue.name} catalogue`, () => {
    it('has exactly the same keys in Japanese and English', () => {
      expect(Object.keys(catalogue.en).sort()).toEqual([...keys].sort());
    });

    it.each(keys)('gives "%s" a non-empty text with the same placeholders in both languages', (key) => {
      const ja = catalogue.ja[key] ?? '';
      const en = catalogue.en[key] ?? '';
      expect(ja.trim()).not.toBe('');
      expect(en.trim()).not.toBe('');
      expect(catalogue.placeholdersOf(en)).toEqual(catalogue.placeholdersOf(ja));
      for (const text of [ja, en]) expect(text.replace(/\{\w+\}/g, '')).not.toMatch(/[{}]/);
    });

    it('has every key used in its front end’s code (dynamic keys listed with the code that builds them)', () => {
      const dynamic = new Set(catalogue.dynamicKeys.flatMap((entry) => entry.keys));
      const unused = keys.filter((key) => !dynamic.has(key) && ![`'${key}'`, `"${key}"`, `\`${key}\``].some((literal) => allCode.includes(literal)));
      expect(unused).toEqual([]);
    });

    it('lists only real keys as dynamic, each with code that still builds it', () => {
      for (const entry of catalogue.dynamicKeys) {
        expect(entry.keys.filter((key) => !keys.includes(key)), entry.why).toEqual([]);
        expect(allCode.includes(entry.usedAs), `${entry.why}: ${entry.usedAs}`).toBe(true);
      }
    });

    it('forces no key past the typed key union', () => {
      expect(code.filter((entry) => /\bas\s+MessageKey\b/.test(entry.text)).map((entry) => entry.file)).toEqual([]);
    });
  });
}
