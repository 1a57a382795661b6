import { describe, expect, it } from 'vitest';
import { DeskSession, type LoadReporter } from '../../../../shared/use-cases/desk-session';
import { certificateById, diagFileOf, fixtureDer, readFixture, readManifest, type ManifestDiagFile } from '../../../support/manifest';

const manifest = readManifest();
const diagFiles = manifest.diagFiles;
const NOW = Date.parse(manifest.referenceTime);
const noReport: LoadReporter = { progress: () => undefined, rows: () => undefined, roles: () => undefined };

const diag = (file: string): ManifestDiagFile => diagFileOf(manifest, file);
const opened = (file: string) => ({ name: file.split('/').at(-1)!, bytes: readFixture(file) });
const certificateDer = (id: string) => fixtureDer(certificateById(manifest, id));

// Every key-side fixture with the finding it must give without, then with, its passphrase (the manifest's expectedFindings).
const KEY_FILES = diagFiles.filter((entry) => ['private-key', 'encrypted-private-key', 'csr'].includes(entry.kind));

describe('DeskSession matchKey', () => {
  it('covers PKCS#8, PKCS#1, SEC1, encrypted, CSR and mismatched fixtures', () => {
    const names = KEY_FILES.map((entry) => entry.file);
    for (const wanted of ['pkcs8', 'pkcs1', 'sec1', 'key.encrypted', 'csr', 'mismatched']) expect(names.some((name) => name.includes(wanted))).toBe(true);
  });

  for (const entry of KEY_FILES) {
    const [first, afterPassphrase] = entry.expectedFindings;
    it(`answers ${first} for ${entry.file} without a passphrase and zeroes the bytes it was given`, async () => {
      const key = opened(entry.file);
      const result = await new DeskSession().handlers.matchKey({ certificateDer: certificateDer(entry.certificateId!), key, passphrase: null }, noReport);
      expect(result.finding.code).toBe(first);
      expect(key.bytes.length).toBeGreaterThan(0);
      expect(key.bytes.every((byte) => byte === 0)).toBe(true);
      expect(Object.keys(result).sort()).toEqual(['certificateSpkiSha256', 'finding', 'keySpkiSha256', 'source', 'status']);
    });

    if (entry.passphrase !== null && afterPassphrase) {
      it(`answers ${afterPassphrase} for ${entry.file} with the right passphrase and key-passphrase-wrong with another`, async () => {
        const service = new DeskSession();
        const der = certificateDer(entry.certificateId!);
        const right = await service.handlers.matchKey({ certificateDer: der, key: opened(entry.file), passphrase: entry.passphrase }, noReport);
        expect(right.finding.code).toBe(afterPassphrase);
        expect(right.keySpkiSha256).toBe(right.certificateSpkiSha256);
        const wrong = await service.handlers.matchKey({ certificateDer: der, key: opened(entry.file), passphrase: 'not-the-passphrase' }, noReport);
        expect(wrong.finding.code).toBe('key-passphrase-wrong');
      });
    }
  }

  it('gives equal SPKI hashes on a match and different ones on a mismatch', async () => {
    const service = new DeskSession();
    const der = certificateDer('leaf-www-2025');
    const match = await service.handlers.matchKey({ certificateDer: der, key: opened('diag/leaf-www-2025.key.pkcs8.pem'), passphrase: null }, noReport);
    const mismatch = await service.handlers.matchKey({ certificateDer: der, key: opened('diag/mismatched.key.pem'), passphrase: null }, noReport);
    expect(match).toMatchObject({ status: 'match', source: 'private-key', keySpkiSha256: match.certificateSpkiSha256 });
    expect(mismatch.status).toBe('mismatch');
    expect(mismatch.keySpkiSha256).not.toBe(mismatch.certificateSpkiSha256);
    expect(mismatch.finding.message.ja).toContain('AH02565');
  });

  it('refuses a certificate chosen as the key with key-file-is-certificate', async () => {
    const certificate = certificateById(manifest, 'leaf-www-2025');
    const result = await new DeskSession().handlers.matchKey({ certificateDer: certificateDer('leaf-www-2025'), key: opened(certificate.pemPath), passphrase: null }, noReport);
    expect(result.finding.code).toBe('key-file-is-certificate');
  });
});

describe('DeskSession checkCrl', () => {
  const crl = diag('diag/ca-g7-rsa.crl');
  const revokedId = crl.certificateId!;
  const issuer = certificateById(manifest, certificateById(manifest, revokedId).issuerId);

  /** A service that knows the test PKI's issuing CA (added as the user would, in the chain section): it is not bundled. */
  async function serviceWithIssuer(): Promise<DeskSession> {
    const service = new DeskSession();
    const added = await service.handlers.addCas({ files: [opened(issuer.pemPath)], now: NOW }, noReport);
    expect(added.added).toBe(1);
    return service;
  }

  it('refuses the CRL as crl-issuer-unknown while its CA is neither bundled nor added', async () => {
    const service = new DeskSession();
    const refused = await service.handlers.checkCrl({ certificateDer: certificateDer(revokedId), crl: opened('diag/ca-g7-rsa.crl'), now: NOW }, noReport);
    expect(refused).toMatchObject({ accepted: false });
    expect(refused!.findings.map((finding) => finding.code)).toEqual(['crl-issuer-unknown']);
    expect(await service.handlers.checkCrl({ certificateDer: certificateDer(revokedId), crl: null, now: NOW }, noReport)).toBeNull();
  });

  it('has no CRL verdict before a CRL is loaded', async () => {
    expect(await new DeskSession().handlers.checkCrl({ certificateDer: certificateDer(revokedId), crl: null, now: NOW }, noReport)).toBeNull();
  });

  for (const file of ['diag/ca-g7-rsa.crl', 'diag/ca-g7-rsa.crl.pem']) {
    it(`finds ${revokedId} revoked by ${file} and keeps the CRL for other certificates of the same CA`, async () => {
      const service = await serviceWithIssuer();
      const loaded = await service.handlers.checkCrl({ certificateDer: certificateDer(revokedId), crl: opened(file), now: NOW }, noReport);
      expect(loaded).toMatchObject({ accepted: true, crlNames: [file.split('/').at(-1)] });
      // The whole path is checked: the intermediate (its issuer's CRL was not given) gets a plain note, never silence.
      expect(loaded!.findings.map((finding) => finding.code)).toEqual([...diag(file).expectedFindings, 'revocation-not-checked']);
      expect(loaded!.findings[0]!.message.en).toContain(certificateById(manifest, revokedId).serialColonHex);
      expect(loaded!.findings[1]!.message.en).toContain(`intermediate CA certificate "${issuer.commonName}"`);
      expect(loaded!.findings[1]!.severity).toBe('info');

      const other = await service.handlers.checkCrl({ certificateDer: certificateDer('leaf-www-2025'), crl: null, now: NOW }, noReport);
      expect(other?.findings.map((finding) => finding.code)).toEqual(['revocation-not-checked', 'not-revoked-by-crl']);
      const again = await service.handlers.checkCrl({ certificateDer: certificateDer(revokedId), crl: null, now: NOW }, noReport);
      expect(again?.findings.map((finding) => finding.code)).toEqual(['revoked-by-crl', 'revocation-not-checked']);
    });
  }

  it('says nothing from a kept CRL about a certificate of another CA', async () => {
    const service = await serviceWithIssuer();
    await service.handlers.checkCrl({ certificateDer: certificateDer(revokedId), crl: opened('diag/ca-g7-rsa.crl'), now: NOW }, noReport);
    const otherCa = manifest.certificates.find((c) => c.role === 'server' && c.issuerId !== 'ca-g7-rsa');
    expect(otherCa).toBeDefined();
    expect(await service.handlers.checkCrl({ certificateDer: certificateDer(otherCa!.id), crl: null, now: NOW }, noReport)).toBeNull();
  });

  it('warns crl-outdated when checked after the CRL nextUpdate', async () => {
    const later = NOW + 30 * 24 * 3600 * 1000;
    const service = await serviceWithIssuer();
    const result = await service.handlers.checkCrl({ certificateDer: certificateDer(revokedId), crl: opened('diag/ca-g7-rsa.crl'), now: later }, noReport);
    expect(result?.findings.map((finding) => finding.code)).toEqual(['revoked-by-crl', 'crl-outdated', 'revocation-not-checked']);
  });

  it('refuses the CRL signed by the wrong key and does not keep it', async () => {
    const service = await serviceWithIssuer();
    const refused = await service.handlers.checkCrl({ certificateDer: certificateDer(revokedId), crl: opened('diag/wrong-key.crl'), now: NOW }, noReport);
    expect(refused).toMatchObject({ accepted: false });
    expect(refused!.findings.map((finding) => finding.code)).toEqual(diag('diag/wrong-key.crl').expectedFindings);
    expect(await service.handlers.checkCrl({ certificateDer: certificateDer(revokedId), crl: null, now: NOW }, noReport)).toBeNull();
  });

  it('refuses a file that is not a CRL with crl-unreadable', async () => {
    const result = await new DeskSession().handlers.checkCrl({ certificateDer: certificateDer(revokedId), crl: opened('diag/mismatched.key.pem'), now: NOW }, noReport);
    expect(result).toMatchObject({ accepted: false });
    expect(result!.findings.map((finding) => finding.code)).toEqual(['crl-unreadable']);
  });
});
