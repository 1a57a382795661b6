import { readFileSync } from 'node:fs';
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readChosenFile } from '../../../node/files/read-chosen-file';
import type { ReadFileSystem } from '../../../node/files/read-file';
import { readDomFiles } from '../../../renderer/host/dropped-files';
import type { OpenedFile } from '../../../shared/ipc/contract';
import type { Finding } from '../../../shared/model/finding';
import { MAX_CERTIFICATE_FILE_BYTES, MAX_INPUT_FILE_BYTES, MAX_LIST_FILE_BYTES } from '../../../shared/model/limits';
import { encodePem } from '../../../shared/pki/pem/encode-pem';
import { DeskSession, type LoadReporter } from '../../../shared/use-cases/desk-session';
import { fixturePath, readManifest } from '../../support/manifest';
import { tempFolder } from '../../support/temp-folder';
import { makeCertificateDer } from '../cli/test-certificates';
import { hasJapanese, runCli } from './support';

const noReport: LoadReporter = { progress: () => undefined, rows: () => undefined, roles: () => undefined };

let folder: string;
beforeEach(() => {
  folder = tempFolder('limits');
});

/** A sparse file of `size` bytes (zeros that take no disk space), or `head` followed by such zeros. */
async function sizedFile(name: string, size: number, head: Uint8Array = new Uint8Array(0)): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, head);
  await truncate(path, size);
  return path;
}

/** A DOM File stand-in of `size` bytes whose contents must never be read. */
function untouchableFile(name: string, size: number): File & { reads: number } {
  const file = {
    name,
    size,
    reads: 0,
    arrayBuffer: async () => {
      file.reads++;
      return new ArrayBuffer(0);
    },
  };
  return file as unknown as File & { reads: number };
}

let certificatePem: Uint8Array;
let certificateDer: Uint8Array;
beforeAll(async () => {
  const now = Date.now();
  certificateDer = await makeCertificateDer({ commonName: 'www.example.ac.jp', serialHex: '01', notBefore: new Date(now - 86_400_000), notAfter: new Date(now + 86_400_000 * 300) });
  certificatePem = new TextEncoder().encode(encodePem(certificateDer));
});

describe('the stated file size limits', () => {
  it('admit the largest list they are sized for, and every file a host reads before it knows the kind', () => {
    // A 50,000-row serverAll.tsv (limits.ts, README) at the committed list's bytes per record, with room for longer rows.
    const fixtureList = readFileSync(fixturePath('tsv/serverAll.tsv'));
    const bytesPerRecord = fixtureList.length / readManifest().rows.length;
    expect(MAX_LIST_FILE_BYTES).toBeGreaterThan(2 * 50_000 * bytesPerRecord);
    // The hosts read any opened or dropped file up to MAX_INPUT_FILE_BYTES, list or certificate file alike.
    expect(MAX_INPUT_FILE_BYTES).toBeGreaterThanOrEqual(Math.max(MAX_LIST_FILE_BYTES, MAX_CERTIFICATE_FILE_BYTES));
  });
});

describe('the certificate-file limit (16 MiB) in upki-tsv inspect', () => {
  const over = MAX_CERTIFICATE_FILE_BYTES + 1;
  const cases = [
    { name: 'a FILE argument', input: (big: string, cert: string) => [big, cert] },
    { name: 'a --ca file', input: (big: string, cert: string) => [cert, '--ca', big] },
    { name: 'a --crl file', input: (big: string, cert: string) => [cert, '--crl', big] },
    { name: 'a --key file', input: (big: string, cert: string) => [cert, '--key', big] },
  ];
  it.each(cases)('refuses $name of 16 MiB + 1 byte with exit 1, naming the file and the limit', async ({ input }) => {
    const cert = await sizedFile('server.crt', certificatePem.length, certificatePem);
    const big = await sizedFile('big.pem', over);
    for (const lang of ['en', 'ja'] as const) {
      const outcome = await runCli(['inspect', ...input(big, cert), '--lang', lang], folder);
      expect(outcome.code).toBe(1);
      const line = outcome.stderr.split('\n').find((candidate) => candidate.includes(big));
      expect(line).toBe(lang === 'en' ? `upki-tsv: file too large (17 MB, limit 16 MB): ${big}` : `upki-tsv: ファイルが大きすぎます（17 MB、上限 16 MB）: ${big}`);
    }
  });

  it('reads a certificate file of 16 MiB − 1 byte (not refused for its size)', async () => {
    const big = await sizedFile('padded.pem', MAX_CERTIFICATE_FILE_BYTES - 1, certificatePem);
    const outcome = await runCli(['inspect', big, '--json', '--lang', 'en'], folder);
    expect(outcome.stderr).not.toContain('too large');
    expect(outcome.code).toBe(0);
    expect(JSON.parse(outcome.stdout).files[0].certificates).toHaveLength(1);
  });
});

describe('the list limit (512 MiB) in upki-tsv', () => {
  it('reads a list file above the certificate-file limit (lists have their own, larger limit)', async () => {
    // 16 MiB + 1 zeros: refused as not a list, not for its size.
    const path = await sizedFile('serverAll.tsv', MAX_CERTIFICATE_FILE_BYTES + 1);
    const outcome = await runCli(['list', path, '--lang', 'en'], folder);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).not.toContain('too large');
    expect(outcome.stderr).toContain('[file-binary]');
  });

  it('refuses a list file of 512 MiB + 1 byte before reading it, naming the limit', async () => {
    const path = await sizedFile('serverAll.tsv', MAX_LIST_FILE_BYTES + 1);
    const outcome = await runCli(['list', path, '--lang', 'en'], folder);
    expect([outcome.code, outcome.stderr]).toEqual([1, `upki-tsv: file too large (513 MB, limit 512 MB): ${path}\n`]);
  });
});

/** The file-too-large finding among `findings`, checked to name the file and both sizes in ja and en. */
function expectSizeRefusal(findings: readonly Finding[], name: string): void {
  const refusal = findings.find((finding) => finding.code === 'file-too-large');
  expect(refusal?.severity).toBe('error');
  expect(hasJapanese(refusal!.message.ja)).toBe(true);
  for (const text of [refusal!.message.ja, refusal!.message.en]) expect([text.includes(name), text.includes('16.1 MB'), text.includes('16 MB）') || text.includes('limit is 16 MB')]).toEqual([true, true, true]);
}

describe('the certificate-file limit (16 MiB) in the worker (what the Electron host and the web page hand over)', () => {
  const oversize = (name: string): OpenedFile => ({ name, bytes: new Uint8Array(MAX_CERTIFICATE_FILE_BYTES + 1) });

  it('refuses a loose certificate file of 16 MiB + 1 byte, and says so again when the views are rebuilt', async () => {
    const service = new DeskSession();
    const loose = await service.handlers.loose({ files: [oversize('big.pem')], now: Date.now() }, noReport);
    expect(loose.certificates).toEqual([]);
    expectSizeRefusal(loose.problems, 'big.pem');
    const rebuilt = await service.handlers.addCas({ files: [], now: Date.now() }, noReport);
    expectSizeRefusal(rebuilt.loose.problems, 'big.pem');
  });

  it('refuses a CA file of 16 MiB + 1 byte', async () => {
    const added = await new DeskSession().handlers.addCas({ files: [oversize('ca.cer')], now: Date.now() }, noReport);
    expect(added.added).toBe(0);
    expectSizeRefusal(added.findings, 'ca.cer');
  });

  it('refuses a key file of 16 MiB + 1 byte unread, still zeroing its bytes', async () => {
    const key = oversize('server.key');
    key.bytes[0] = 1;
    const result = await new DeskSession().handlers.matchKey({ certificateDer, key, passphrase: null }, noReport);
    expect(result.status).toBe('unreadable');
    expectSizeRefusal([result.finding], 'server.key');
    expect(key.bytes[0]).toBe(0);
  });

  it('refuses a CRL file of 16 MiB + 1 byte', async () => {
    const result = await new DeskSession().handlers.checkCrl({ certificateDer, crl: oversize('ca.crl'), now: Date.now() }, noReport);
    expect(result?.accepted).toBe(false);
    expectSizeRefusal(result?.findings ?? [], 'ca.crl');
  });

  it('reads a loose certificate file of 16 MiB − 1 byte (not refused for its size)', async () => {
    // The certificate, then zeros up to the size (as the sparse files above).
    const bytes = new Uint8Array(MAX_CERTIFICATE_FILE_BYTES - 1);
    bytes.set(certificatePem);
    const loose = await new DeskSession().handlers.loose({ files: [{ name: 'padded.pem', bytes }], now: Date.now() }, noReport);
    expect(loose.problems.map((finding) => finding.code)).not.toContain('file-too-large');
    expect(loose.certificates).toHaveLength(1);
  });

  it('refuses nothing for size in files of 16 MiB − 1 byte given as CA, key or CRL', async () => {
    const under = (name: string): OpenedFile => ({ name, bytes: new Uint8Array(MAX_CERTIFICATE_FILE_BYTES - 1) });
    const service = new DeskSession();
    const codes = [
      ...(await service.handlers.addCas({ files: [under('ca.cer')], now: Date.now() }, noReport)).findings.map((finding) => finding.code),
      (await service.handlers.matchKey({ certificateDer, key: under('server.key'), passphrase: null }, noReport)).finding.code,
      ...((await service.handlers.checkCrl({ certificateDer, crl: under('ca.crl'), now: Date.now() }, noReport))?.findings ?? []).map((finding) => finding.code),
    ];
    expect(codes.length).toBeGreaterThan(0);
    expect(codes).not.toContain('file-too-large');
  });
});

describe('the Electron host reads any opened file up to the list limit', () => {
  /** A file system whose one file is `size` bytes and counts reads. */
  function sizedFs(size: number): ReadFileSystem & { reads: number } {
    const fs = {
      reads: 0,
      open: async () => ({
        stat: async () => ({ isFile: () => true, isDirectory: () => false, size }),
        read: async () => {
          fs.reads++;
          return { bytesRead: 0 };
        },
        close: async () => undefined,
      }),
    };
    return fs;
  }

  it('refuses a file one byte over the list limit without reading it, naming the limit in ja and en', async () => {
    const fs = sizedFs(MAX_INPUT_FILE_BYTES + 1);
    const result = await readChosenFile('/data/serverAll.tsv', { fs });
    expect(fs.reads).toBe(0);
    expect(result.ok ? 'read' : result.error.code).toBe('file-too-large');
    if (result.ok) return;
    expect(hasJapanese(result.error.message.ja) && result.error.message.ja.includes('上限 512 MB')).toBe(true);
    expect(result.error.message.en).toContain('the limit is 512 MB');
  });

  it('reads a file above the certificate-file limit (the worker judges those)', async () => {
    const path = await sizedFile('big.pem', MAX_CERTIFICATE_FILE_BYTES + 1);
    const result = await readChosenFile(path);
    expect(result.ok && result.value.bytes.length).toBe(MAX_CERTIFICATE_FILE_BYTES + 1);
  });
});

describe('the web host', () => {
  it('refuses a chosen or dropped file over the list limit before File.arrayBuffer()', async () => {
    const small = untouchableFile('ok.pem', 10);
    const huge = untouchableFile('serverAll.tsv', MAX_INPUT_FILE_BYTES + 1);
    const result = await readDomFiles([small, huge]);
    expect([small.reads, huge.reads]).toEqual([0, 0]);
    expect(result.ok ? 'read' : result.error.code).toBe('file-too-large');
    if (!result.ok) expect(result.error.message.ja).toContain('512 MB');
  });

  it('reads files at the limit or under', async () => {
    const file = untouchableFile('serverAll.tsv', 3);
    const result = await readDomFiles([file], 3);
    expect(file.reads).toBe(1);
    expect(result.ok && result.value.map((opened) => opened.name)).toEqual(['serverAll.tsv']);
  });
});
