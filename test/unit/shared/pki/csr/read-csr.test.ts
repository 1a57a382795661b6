import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../../../shared/encoding/base64';
import { readCsrDer, readCsrFile, readCsrText } from '../../../../../shared/pki/csr/read-csr';
import { FUZZ_RUNS } from '../../../../support/fuzz-runs';
import { readFixture, readManifest } from '../../../../support/manifest';

const csrs = readManifest().request.csrs;

describe('readCsrFile', () => {
  it.each(csrs.map((csr) => [csr.file, csr] as const))('reads %s: subject, key, names and signature as the generator made them', async (file, expected) => {
    const read = await readCsrFile(readFixture(file));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { csr } = read;
    const cnFirst = [...csr.subject].reverse().map((attribute) => `${attribute.type}=${attribute.value}`).join(',');
    expect(cnFirst).toBe(expected.subjectDn);
    expect(csr.dnsNames).toEqual(expected.dnsNames);
    expect(csr.signature).toBe(expected.signatureValid ? 'valid' : 'invalid');
    const key = { rsa2048: 'RSA 2048', p384: 'EC P-384', p256: 'EC P-256', rsa1024: 'RSA 1024' }[expected.keyKind as string];
    expect(`${csr.keyFacts.keyAlgorithm} ${csr.keyFacts.keySize ?? csr.keyFacts.curve}`.replace('EC 384', 'EC P-384').replace('EC 256', 'EC P-256')).toBe(key);
  });

  it('reads the same CSR from PEM, one-line base64 (a request file’s column 7) and DER', async () => {
    const pem = new TextDecoder().decode(readFixture(csrs[0]!.file));
    const fromPem = await readCsrText(pem);
    expect(fromPem.ok).toBe(true);
    if (!fromPem.ok) return;
    const fromLine = await readCsrText(fromPem.csr.base64);
    const fromDer = await readCsrFile(fromPem.csr.der);
    expect(fromLine.ok && fromLine.csr.base64).toBe(fromPem.csr.base64);
    expect(fromDer.ok && fromDer.csr.subjectText).toBe(fromPem.csr.subjectText);
    expect(fromPem.csr.base64).not.toMatch(/\s/);
  });

  it('says what a file holds when it is not a CSR, never its contents', async () => {
    const certificate = readManifest().certificates[0]!;
    expect(await readCsrFile(readFixture(certificate.pemPath))).toEqual({ ok: false, failure: 'not-a-csr', found: 'CERTIFICATE' });
    expect(await readCsrText('')).toEqual({ ok: false, failure: 'empty' });
    expect(await readCsrText('not base64 at all!')).toEqual({ ok: false, failure: 'not-base64' });
    expect(await readCsrText(encodeBase64(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00])))).toMatchObject({ ok: false, failure: 'not-a-csr' });
  });

  it('never throws on damaged DER (fuzz)', async () => {
    const der = (await readCsrFile(readFixture(csrs[0]!.file)).then((read) => (read.ok ? read.csr.der : new Uint8Array())));
    await fc.assert(
      fc.asyncProperty(fc.nat(der.length - 1), fc.integer({ min: 0, max: 255 }), fc.nat(der.length), async (at, value, cut) => {
        const damaged = der.slice(0, Math.max(cut, at + 1));
        damaged[at] = value;
        const read = await readCsrDer(damaged);
        if (read.ok) expect(['valid', 'invalid', 'unsupported']).toContain(read.csr.signature);
      }),
      { numRuns: Math.min(FUZZ_RUNS, 2000) },
    );
  });
});
