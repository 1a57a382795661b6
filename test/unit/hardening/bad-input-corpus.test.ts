import { readFileSync, truncateSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { nodeSha256Hex } from '../../../cli/node-digest';
import type { Lang } from '../../../shared/model/localized-text';
import { MAX_LIST_FILE_BYTES } from '../../../shared/model/limits';
import { readCertificateList } from '../../../shared/tsv/read-certificate-list';
import { fixturePath, readManifest } from '../../support/manifest';
import { hasJapanese, isEnglish, looksLikeStackTrace, runCli } from './support';
import { tempFolder } from '../../support/temp-folder';
import { locatedMessage } from '../../../shared/model/location';

const manifest = readManifest();
const LANGS: readonly Lang[] = ['ja', 'en'];
const isFileProblem = (code: string | null): boolean => code !== null && code.startsWith('file-');

/** Reads bytes the way the app and the CLI do (node:crypto digests, as the CLI passes them). */
const readList = (bytes: Uint8Array, fileName: string) => readCertificateList(bytes, { fileName, digestSha256: nodeSha256Hex });

describe('bad-input corpus through readCertificateList', () => {
  it.each(manifest.badFiles.map((entry) => ({ name: `${entry.file} gives ${entry.expectedCode ?? 'no problem'}`, entry })))('$name', async ({ entry }) => {
    const result = await readList(readFileSync(fixturePath(entry.file)), entry.file);
    if (isFileProblem(entry.expectedCode)) {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(entry.expectedCode);
      expect(hasJapanese(result.error.message.ja)).toBe(true);
      expect(isEnglish(result.error.message.en)).toBe(true);
      return;
    }
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { records, problems } = result.value;
    // The good rows still load around the broken one.
    expect(records.length).toBeGreaterThanOrEqual(entry.goodRecordCount ?? 0);
    if (entry.recordLines) expect(records.map((record) => record.line)).toEqual(entry.recordLines);
    if (entry.expectedCode === null) return;
    const problem = problems.find((candidate) => candidate.code === entry.expectedCode);
    expect(problem, `problems: ${problems.map((p) => `${p.code}@${p.location.line}`).join(', ')}`).toBeDefined();
    expect(problem!.location.line).toBe(entry.expectedLine);
    const line = String(entry.expectedLine);
    // What a person sees: the message after its location, in the one phrasing of locations.
    const shown = locatedMessage(problem!.message, problem!.location);
    expect(hasJapanese(shown.ja) && shown.ja.includes(line)).toBe(true);
    expect(isEnglish(shown.en) && shown.en.includes(line)).toBe(true);
    if (entry.problemRowIsRecord !== null) expect(records.some((record) => record.line === entry.expectedLine)).toBe(entry.problemRowIsRecord);
  });
});

describe('bad-input corpus through the CLI (in-process)', () => {
  const cases = manifest.badFiles.flatMap((entry) => LANGS.map((lang) => ({ name: `list ${entry.file} --lang ${lang}`, entry, lang })));
  it.each(cases)('$name exits as the file deserves, in its language, without a stack trace', async ({ entry, lang }) => {
    const outcome = await runCli(['list', fixturePath(entry.file), '--json', '--lang', lang]);
    expect(looksLikeStackTrace(outcome.stdout + outcome.stderr)).toBe(false);
    if (isFileProblem(entry.expectedCode)) {
      expect(outcome.code).toBe(1);
      expect(outcome.stdout).toBe('');
      const lines = outcome.stderr.split('\n').filter(Boolean);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(entry.expectedCode);
      expect(lang === 'ja' ? hasJapanese(lines[0]!) : isEnglish(lines[0]!)).toBe(true);
      return;
    }
    expect(outcome.code).toBe(0);
    const json = JSON.parse(outcome.stdout) as { total: number; problems: { code: string; line: number | null }[] };
    expect(json.total).toBeGreaterThanOrEqual(entry.goodRecordCount ?? 0);
    if (entry.expectedCode !== null) {
      expect(json.problems).toContainEqual(expect.objectContaining({ code: entry.expectedCode, line: entry.expectedLine }));
      const warning = outcome.stderr.split('\n').find((text) => text.includes(`[${entry.expectedCode}]`));
      expect(warning).toBeDefined();
      expect(lang === 'ja' ? hasJapanese(warning!) : isEnglish(warning!)).toBe(true);
    }
  });
});

describe('generated bad inputs', () => {
  const folder = tempFolder('hardening');
  const demoText = iconv.decode(readFileSync(fixturePath('tsv/serverAll.tsv')), 'cp932');
  const write = (name: string, bytes: Uint8Array): string => {
    const path = join(folder, name);
    writeFileSync(path, bytes);
    return path;
  };

  it('reads a big-endian UTF-16 list, in the reader and the CLI', async () => {
    const utf16be = iconv.encode(demoText, 'utf16-be');
    const bytes = Uint8Array.from([0xfe, 0xff, ...utf16be]);
    const result = await readList(bytes, 'utf16be.tsv');
    expect(result.ok ? result.value.encoding : result.error.code).toBe('utf-16be');
    const outcome = await runCli(['list', write('utf16be.tsv', bytes), '--lang', 'en', '--json']);
    expect(outcome.code).toBe(0);
    expect(JSON.parse(outcome.stdout).encoding).toBe('utf-16be');
  });

  it('refuses a ZIP of the list (stored, so the TSV text shows inside) as binary', async () => {
    const name = new TextEncoder().encode('serverAll.tsv');
    const data = new TextEncoder().encode(demoText.split('\r\n').slice(0, 2).join('\r\n'));
    // PKZIP local file header (APPNOTE.TXT §4.3.7): signature, version, flags, method 0 (stored), sizes, name.
    const header = new Uint8Array(30);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 10, true);
    view.setUint32(18, data.length, true);
    view.setUint32(22, data.length, true);
    view.setUint16(26, name.length, true);
    const bytes = Uint8Array.from([...header, ...name, ...data]);
    const result = await readList(bytes, 'list.zip');
    expect(result.ok ? 'loaded' : result.error.code).toBe('file-binary');
    const outcome = await runCli(['list', write('list.zip', bytes), '--lang', 'ja']);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr.split('\n').filter(Boolean)).toEqual([expect.stringContaining('[file-binary]')]);
  });

  it.each(LANGS)('refuses a list over the stated limit before reading it, naming the limit (%s)', async (lang) => {
    // A sparse file: its size is over the limit but it takes no disk space and is never read.
    const path = join(folder, `huge-${lang}.tsv`);
    closeSync(openSync(path, 'w'));
    truncateSync(path, MAX_LIST_FILE_BYTES + 1);
    const outcome = await runCli(['list', path, '--lang', lang]);
    expect(outcome.code).toBe(1);
    const lines = outcome.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${MAX_LIST_FILE_BYTES / (1024 * 1024)} MB`);
    expect(lang === 'ja' ? hasJapanese(lines[0]!) : isEnglish(lines[0]!)).toBe(true);
    expect(looksLikeStackTrace(outcome.stderr)).toBe(false);
  });

  it('never shows the base64 of a private key pasted into a certificate cell', async () => {
    const entry = manifest.badFiles.find((candidate) => candidate.file === 'bad/private-key-in-cell.tsv')!;
    const text = iconv.decode(readFileSync(fixturePath(entry.file)), 'cp932');
    const key = /-----BEGIN PRIVATE KEY-----\s*([A-Za-z0-9+/=\s]+?)\s*-----END PRIVATE KEY-----/.exec(text)?.[1]?.replace(/\s/g, '');
    expect(key && key.length).toBeGreaterThan(200);
    // Any 24-character run of the key (18 bytes) would be a leak; check every window.
    const windows = Array.from({ length: key!.length - 24 }, (_, i) => key!.slice(i, i + 24));
    for (const argv of [['list', fixturePath(entry.file)], ['list', fixturePath(entry.file), '--json'], ['list', fixturePath(entry.file), '--json', '--show-secrets']]) {
      const outcome = await runCli([...argv, '--lang', 'en']);
      const all = outcome.stdout + outcome.stderr;
      expect(all).toContain('[certificate-not-a-certificate]');
      expect(windows.filter((window) => all.includes(window))).toEqual([]);
    }
  });

  it('says a CSR is not a certificate and keeps the row', async () => {
    const entry = manifest.badFiles.find((candidate) => candidate.file === 'bad/csr-in-cert-cell.tsv')!;
    const result = await readList(readFileSync(fixturePath(entry.file)), entry.file);
    expect(result.ok && result.value.problems.map((problem) => [problem.code, problem.location.line])).toContainEqual(['certificate-not-a-certificate', 4]);
    const row = result.ok ? result.value.records.find((record) => record.line === 4) : undefined;
    expect(row).toBeDefined();
    expect(row?.certificate).toBeNull();
  });
});
