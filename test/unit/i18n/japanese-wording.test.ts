import { EXTENSION_NAMES } from '../../../shared/pki/certificate/extension-names';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ja as rendererJa } from '../../../renderer/i18n/ja';
import { ja as mainJa } from '../../../electron/main/i18n/ja';
import { keyFileFinding } from '../../../shared/diagnostics/key-findings';
import { corruptFinding } from '../../../shared/diagnostics/pem-doctor-findings';
import { sourceFiles } from './catalogue-checks';

/**
 * One katakana style, NII's (サーバ証明書): no long-vowel mark at the end of these words. Each
 * entry is the spelling that must not appear.
 */
const LONG_VOWEL_SPELLINGS = ['サーバー', 'ブラウザー', 'コンピューター'];

/** Every Japanese text of the two catalogues and of shared/ (whose LocalizedText ja strings sit in the code). */
function japaneseTexts(): { where: string; text: string }[] {
  const catalogues = [
    ...Object.entries(rendererJa).map(([key, text]) => ({ where: `renderer/i18n/ja.ts ${key}`, text })),
    ...Object.entries(mainJa).map(([key, text]) => ({ where: `electron/main/i18n/ja.ts ${key}`, text })),
  ];
  const shared = sourceFiles('shared').flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (/\bja:\s*['"`]/.test(line) ? [{ where: `${file}:${i + 1}`, text: line }] : [])),
  );
  return [...catalogues, ...shared];
}

describe('Japanese wording', () => {
  it.each(LONG_VOWEL_SPELLINGS)('never spells %s (NII writes サーバ証明書; one style throughout)', (spelling) => {
    expect(japaneseTexts().filter(({ text }) => text.includes(spelling)).map(({ where }) => where)).toEqual([]);
  });

  it('names X.509 extensions with the words of Windows\' certificate dialog, not English (one table for the desk and the CLI)', () => {
    const english = ['Key Usage', 'Extended Key Usage', 'Basic Constraints', 'Authority Information Access', 'CRL Distribution Points', 'Certificate Policies'];
    const texts: string[] = Object.values(EXTENSION_NAMES).map((name) => name.ja);
    expect(english.filter((label) => texts.includes(label))).toEqual([]);
    expect(texts).toEqual(expect.arrayContaining(['キー使用法', '拡張キー使用法', '基本制限', '機関情報アクセス', 'CRL 配布ポイント', '証明書ポリシー']));
  });

  it.each([
    { name: 'a file with no PEM block', detail: 'no PEM block', want: '「-----BEGIN …-----」で始まる PEM のブロックがありません' },
    { name: 'unexpected content', detail: 'unexpected content', want: '想定していない内容です' },
    { name: 'a damaged CSR', detail: 'CSR', want: 'CSR のデータが壊れています' },
    { name: 'a CRL chosen as a key', detail: 'crl', want: '証明書失効リスト（CRL）です' },
    { name: 'a PEM block of another kind, quoted as written', detail: 'X509 CRL', want: '「X509 CRL」の PEM ブロックです' },
  ])('says in Japanese why a key file was unreadable: $name', ({ detail, want }) => {
    const finding = keyFileFinding('key-unreadable', detail);
    expect(finding.message.ja).toBe(`秘密鍵または CSR として読めませんでした（${want}）。`);
    expect(finding.message.ja).not.toMatch(/no PEM block|unexpected content/);
  });

  it.each([
    { part: 'lines missing', want: '本文の行が欠けています' },
    { part: 'unexpected content', want: '想定していない内容があります' },
    { part: 'base64', want: 'base64 の文字列が正しくありません' },
  ] as const)('says in Japanese which part of a damaged certificate failed: $part', ({ part, want }) => {
    expect(corruptFinding('server.pem', 3, part).message.ja).toBe(`証明書のデータが壊れています（${want}）。`);
  });

  it('calls the extended key usage by Windows\' name (拡張キー使用法) in shared findings too', () => {
    expect(japaneseTexts().filter(({ text }) => text.includes('拡張鍵用途')).map(({ where }) => where)).toEqual([]);
  });
});
