import { describe, expect, it } from 'vitest';
import { encodePem } from '../../../../shared/pki/pem/encode-pem';
import { DeskSession, type LoadReporter } from '../../../../shared/use-cases/desk-session';
import { readCaFiles, readLooseFiles } from '../../../../shared/use-cases/loose-files';
import { makePastedKey } from '../../../support/private-keys';
import { makeCertificateDer } from '../../cli/test-certificates';

const noReport: LoadReporter = { progress: () => undefined, rows: () => undefined, roles: () => undefined };
const bytesOf = (text: string) => new TextEncoder().encode(text);
const NOW = Date.parse('2026-06-01T00:00:00Z');

/** Everything a front end could show of a result, as one string. */
const everything = (value: unknown) => JSON.stringify(value);

describe('a private key where a certificate, CA or CRL belongs', () => {
  const key = makePastedKey();

  it('a CA file holding a certificate and a key: the certificate is taken, the key named with its line, never quoted', async () => {
    const der = await makeCertificateDer({ commonName: 'Test CA', serialHex: '0c', notBefore: new Date('2026-01-01'), notAfter: new Date('2027-01-01') });
    const file = { name: 'ca-bundle.pem', bytes: bytesOf(encodePem(der) + key.pkcs8Pem) };
    const read = await readCaFiles([file]);
    expect(read.ders).toHaveLength(1);
    expect(read.findings.some((finding) => /private key/.test(finding.message.en) && finding.location?.line !== null)).toBe(true);
    expect(everything(read)).not.toContain(key.secretSample);
  });

  it.each([
    { name: 'PKCS#8 PEM', input: () => key.pkcs8Pem },
    { name: 'PKCS#1 PEM', input: () => key.rsaPem },
    { name: 'encrypted PEM', input: () => key.encryptedPem },
    { name: 'bare base64', input: () => key.bareBase64 },
  ])('a certificate file that is a $name key is refused by name, its content in no finding', async ({ input }) => {
    const read = await readLooseFiles([{ name: 'server.crt', bytes: bytesOf(input()) }], NOW);
    expect(read.certificates).toEqual([]);
    expect(read.problems.length).toBeGreaterThan(0);
    expect(everything(read)).not.toContain(key.secretSample);
  });

  it('a key chosen as the CRL is refused without its content', async () => {
    const der = await makeCertificateDer({ commonName: 'www.example.ac.jp', serialHex: '0d', notBefore: new Date('2026-01-01'), notAfter: new Date('2027-01-01') });
    const session = new DeskSession();
    const checked = await session.handlers.checkCrl({ certificateDer: der, crl: { name: 'upki.crl', bytes: bytesOf(key.pkcs8Pem) }, now: NOW }, noReport);
    expect(checked?.accepted).toBe(false);
    expect(everything(checked)).not.toContain(key.secretSample);
  });
});
