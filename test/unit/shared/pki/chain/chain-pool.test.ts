import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildChainPath } from '../../../../../shared/pki/chain/build-chain-path';
import { bundledCaDers, bundledEntries, makeEntry } from '../../../../../shared/pki/chain/chain-pool';
import { checkPathRevocation } from '../../../../../shared/pki/crl/path-revocation';
import { readCertificateFile } from '../../../../../shared/pki/read-certificate-file';

/** Every DER array the library has parsed a certificate from, in this test file. */
const parsedByLibrary = vi.hoisted(() => [] as Uint8Array[]);

vi.mock('../../../../../shared/pki/x509-library', async (importOriginal) => {
  const { x509 } = await importOriginal<typeof import('../../../../../shared/pki/x509-library')>();
  class CountedCertificate extends x509.X509Certificate {
    constructor(...args: ConstructorParameters<typeof x509.X509Certificate>) {
      super(...args);
      if (args[0] instanceof Uint8Array) parsedByLibrary.push(args[0]);
    }
  }
  return { x509: { ...x509, X509Certificate: CountedCertificate } };
});

const FIXTURES = join(__dirname, '../../../../fixtures');
const NOW = Date.UTC(2026, 0, 15);
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

const leafIdp = async (): Promise<Uint8Array> => (await readCertificateFile(new Uint8Array(readFileSync(join(FIXTURES, 'certs/leaf-idp.pem'))))).certificates[0]!.der;

describe('the chain pool (issue 13, CLI cold start): a certificate is parsed when first used, and once', () => {
  it('a chain that none of them could have issued parses none of them', async () => {
    const leaf = await leafIdp();
    const path = await buildChainPath(leaf, { now: NOW });
    expect(path.missingIssuer).toContain('TEST Open Domain CA - G7 RSA');
    const bundled = await bundledCaDers();
    expect(bundled).toHaveLength(7);
    expect(parsedByLibrary.some((der) => sameBytes(der, leaf))).toBe(true);
    expect(parsedByLibrary.filter((der) => bundled.some((ca) => sameBytes(ca, der)))).toEqual([]);
  });

  it('each bundled CA, parsed when first used, is the entry any certificate read in full gives', async () => {
    for (const entry of await bundledEntries()) {
      const eager = await makeEntry(entry.der.slice(), 'bundled', null, entry.bundledId);
      expect(eager).not.toBeNull();
      const { certificate, der, ...fields } = eager!;
      expect({ ...entry, certificate: undefined, der: undefined }).toEqual({ ...fields, certificate: undefined, der: undefined });
      expect(new Uint8Array(entry.certificate.rawData)).toEqual(new Uint8Array(certificate.rawData));
      expect(entry.ski).not.toBeNull();
    }
  });

  it('a certificate whose chain is built and whose revocation is checked is parsed once', async () => {
    const leaf = await leafIdp();
    const before = parsedByLibrary.length;
    await buildChainPath(leaf, { now: NOW });
    const [revocation] = await checkPathRevocation([leaf], [], NOW);
    expect(revocation?.status).toEqual({ kind: 'not-checked', why: { code: 'no-crl' } });
    expect(parsedByLibrary.slice(before).filter((der) => sameBytes(der, leaf))).toHaveLength(1);
  });
});
