import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../shared/model/finding';
import { DeskSession, type LoadReporter } from '../../../../shared/use-cases/desk-session';
import { exportKey, makeChain, makeKeys } from '../diagnostics/make-pki';

const NOW = Date.UTC(2026, 5, 1);
const noReport: LoadReporter = { progress: () => undefined, rows: () => undefined, roles: () => undefined };
const text = (value: string) => new TextEncoder().encode(value);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** A throw-away root → intermediate → www.example.ac.jp chain; the root is what a user adds as a CA file. */
async function pki() {
  return makeChain('ec-p256');
}

/** The one finding about `file`. */
function about(problems: readonly Finding[], file: string): Finding[] {
  return problems.filter((finding) => finding.location?.file === file);
}

describe('the certificate-files view (証明書ファイルを開く)', () => {
  it('lends an intermediate opened in one file to the chain of a certificate in another', async () => {
    const { root, intermediate, leaf } = await pki();
    const desk = new DeskSession();
    await desk.handlers.addCas({ files: [{ name: 'root.pem', bytes: text(root.pem) }], now: NOW }, noReport);
    const result = await desk.handlers.loose(
      { files: [{ name: 'server.crt', bytes: text(leaf.pem) }, { name: 'intermediate.crt', bytes: text(intermediate.pem) }], now: NOW },
      noReport,
    );
    const server = result.certificates.find((certificate) => certificate.fileName === 'server.crt')!;
    expect(server.report.chain?.map((link) => link.role)).toEqual(['leaf', 'intermediate', 'root']);
    expect(server.report.findings.map((finding) => finding.code)).toContain('chain-complete');
    expect(server.report.findings.map((finding) => finding.code)).not.toContain('incomplete-chain');
  });

  it('lends the intermediate across two opens (the desk reads every file opened so far together)', async () => {
    const { root, intermediate, leaf } = await pki();
    const desk = new DeskSession();
    await desk.handlers.addCas({ files: [{ name: 'root.pem', bytes: text(root.pem) }], now: NOW }, noReport);
    const first = await desk.handlers.loose({ files: [{ name: 'server.crt', bytes: text(leaf.pem) }], now: NOW }, noReport);
    expect(first.certificates[0]!.report.findings.map((finding) => finding.code)).toContain('incomplete-chain');
    const second = await desk.handlers.loose({ files: [{ name: 'intermediate.crt', bytes: text(intermediate.pem) }], now: NOW }, noReport);
    expect(second.certificates.map((certificate) => certificate.fileName)).toEqual(['server.crt', 'intermediate.crt']);
    expect(second.certificates[0]!.report.findings.map((finding) => finding.code)).toContain('chain-complete');
  });

  it('does not trust a root for being opened: the chain stays incomplete without an added or bundled root', async () => {
    const { root, intermediate, leaf } = await pki();
    const result = await new DeskSession().handlers.loose(
      { files: ['server.crt', 'intermediate.crt', 'root.crt'].map((name, i) => ({ name, bytes: text([leaf, intermediate, root][i]!.pem) })), now: NOW },
      noReport,
    );
    const server = result.certificates.find((certificate) => certificate.fileName === 'server.crt')!;
    expect(server.report.findings.map((finding) => finding.code)).not.toContain('chain-complete');
  });

  it('matches a private key opened beside certificates against them and names the certificate it belongs to', async () => {
    const { leaf, intermediate } = await pki();
    const key = await exportKey(leaf.keys, 'pkcs8-pem');
    const result = await new DeskSession().handlers.loose(
      { files: [{ name: 'server.crt', bytes: text(leaf.pem) }, { name: 'ca.crt', bytes: text(intermediate.pem) }, { name: 'server.key', bytes: key }], now: NOW },
      noReport,
    );
    const [finding] = about(result.problems, 'server.key');
    expect(finding).toMatchObject({ code: 'key-match', severity: 'ok' });
    expect(finding!.message.ja).toBe('この秘密鍵は、一緒に開いた証明書 www.example.ac.jp（server.crt）と対になっています。');
    expect(JSON.stringify(result.problems)).not.toContain('作り直');
    expect(Array.from(key).every((byte) => byte === 0)).toBe(true);
  });

  it('says a key matches none of the certificates opened with it', async () => {
    const { leaf } = await pki();
    const other = await exportKey(await makeKeys('ec-p256'), 'pkcs8-pem');
    const result = await new DeskSession().handlers.loose({ files: [{ name: 'server.crt', bytes: text(leaf.pem) }, { name: 'old.key', bytes: other }], now: NOW }, noReport);
    const [finding] = about(result.problems, 'old.key');
    expect(finding).toMatchObject({ code: 'key-mismatch', severity: 'error' });
    expect(finding!.message.ja).toContain('一緒に開いた証明書（1 枚）のどれとも対になっていません');
  });

  it('asks for the passphrase of an encrypted key where it can be typed, instead of scolding', async () => {
    const { leaf } = await pki();
    const key = await exportKey(leaf.keys, 'encrypted-pkcs8-aes256');
    const result = await new DeskSession().handlers.loose({ files: [{ name: 'server.crt', bytes: text(leaf.pem) }, { name: 'locked.key', bytes: key }], now: NOW }, noReport);
    const [finding] = about(result.problems, 'locked.key');
    expect(finding?.code).toBe('key-passphrase-required');
    expect(finding?.advice?.ja).toContain('「秘密鍵・CSR と照合」');
  });

  it('tells a key opened alone to open its certificate with it', async () => {
    const { leaf } = await pki();
    const result = await new DeskSession().handlers.loose({ files: [{ name: 'alone.key', bytes: await exportKey(leaf.keys, 'pkcs8-pem') }], now: NOW }, noReport);
    expect(about(result.problems, 'alone.key')).toMatchObject([{ code: 'not-a-certificate', severity: 'info', message: { ja: '秘密鍵のファイルです。証明書ではありません。' } }]);
  });

  it('names every problem\'s file: five keys opened together are five files', async () => {
    const { leaf } = await pki();
    const names = ['a.key', 'b.key', 'c.key', 'd.key', 'e.key'];
    const files = await Promise.all(names.map(async (name) => ({ name, bytes: await exportKey(leaf.keys, 'pkcs8-pem') })));
    const result = await new DeskSession().handlers.loose({ files, now: NOW }, noReport);
    expect(result.problems.map((finding) => finding.location?.file)).toEqual(names);
  });

  it('tells a PNG opened as a certificate that it is an image, not a certificate', async () => {
    const result = await new DeskSession().handlers.loose({ files: [{ name: 'screenshot.png', bytes: PNG }], now: NOW }, noReport);
    expect(result.problems).toMatchObject([
      { code: 'not-a-certificate', severity: 'error', message: { ja: 'このファイルは PNG 画像で、証明書ではありません。', en: 'This file is a PNG image, not a certificate.' }, location: { file: 'screenshot.png' } },
    ]);
  });

  it('keeps the key findings, not the key, when the views are rebuilt for an added CA', async () => {
    const { root, leaf } = await pki();
    const desk = new DeskSession();
    await desk.handlers.loose({ files: [{ name: 'server.crt', bytes: text(leaf.pem) }, { name: 'server.key', bytes: await exportKey(leaf.keys, 'pkcs8-pem') }], now: NOW }, noReport);
    const after = await desk.handlers.addCas({ files: [{ name: 'root.pem', bytes: text(root.pem) }], now: NOW }, noReport);
    expect(about(after.loose.problems, 'server.key').map((finding) => finding.code)).toEqual(['key-match']);
    expect(after.loose.certificates.map((certificate) => certificate.fileName)).toEqual(['server.crt']);
  });

  it('matches a private key that sits beside its certificate in one file (a combined server.pem) instead of refusing it', async () => {
    const { leaf } = await pki();
    const key = new TextDecoder().decode(await exportKey(leaf.keys, 'pkcs8-pem'));
    const result = await new DeskSession().handlers.loose({ files: [{ name: 'server.pem', bytes: text(`${leaf.pem}\n${key}`) }], now: NOW }, noReport);
    expect(result.certificates.map((certificate) => certificate.fileName)).toEqual(['server.pem']);
    expect(about(result.problems, 'server.pem').map((finding) => [finding.code, finding.severity])).toEqual([['key-match', 'ok']]);
    expect(JSON.stringify(result.problems)).not.toContain('作り直');
  });

  it('says when the key in a combined file belongs to none of its certificates', async () => {
    const { leaf } = await pki();
    const other = new TextDecoder().decode(await exportKey(await makeKeys('ec-p256'), 'pkcs8-pem'));
    const result = await new DeskSession().handlers.loose({ files: [{ name: 'server.pem', bytes: text(`${leaf.pem}\n${other}`) }], now: NOW }, noReport);
    expect(about(result.problems, 'server.pem').map((finding) => finding.code)).toEqual(['key-mismatch']);
  });
});
