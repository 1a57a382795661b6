import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CAS } from '../../../../../shared/pki/cas/bundled-cas';

const SOURCE = '../shared/ca';
const FILES: Record<string, string> = {
  'nii-odca-g7-rsa': 'nii-odca-g7-rsa.pem',
  'nii-odca-g8-rsa': 'nii-odca-g8-rsa.pem',
  'secom-tls-rsa-root-ca-2024-cross': 'secom-tls-rsa-root-ca-2024-cross-by-rootca2.pem',
  'security-communication-rootca2': 'security-communication-rootca2.pem',
  'security-communication-ecc-rootca1': 'security-communication-ecc-rootca1.pem',
  'secom-tls-rsa-root-ca-2024': 'secom-tls-rsa-root-ca-2024.pem',
  'secom-tls-ecc-root-ca-2024': 'secom-tls-ecc-root-ca-2024.pem',
};

/** SHA-256 fingerprints as ../shared/ca/SOURCES.md records them (two sources each where one exists). */
const FINGERPRINTS: Record<string, string> = {
  'secom-tls-rsa-root-ca-2024': '14:35:F2:25:C5:D2:52:D7:A2:19:48:CC:3C:E6:2A:EC:FA:88:00:1E:3D:D7:2D:1C:C3:55:51:00:EB:37:2F:93',
  'secom-tls-ecc-root-ca-2024': '6A:B2:AB:75:F5:1C:B4:F4:F0:15:62:03:FB:F6:F6:46:23:2F:51:4B:E0:59:F6:28:33:30:8B:82:B4:D7:2D:B1',
};

describe('bundled CAs', () => {
  it('bundles exactly the seven public CA certificates', () => {
    expect(BUNDLED_CAS.map((ca) => ca.id).sort()).toEqual(Object.keys(FILES).sort());
  });

  it.skipIf(!existsSync(SOURCE))('match the PEM files in ../shared/ca byte for byte (rerun scripts/embed-cas.ts otherwise)', () => {
    for (const ca of BUNDLED_CAS) expect(ca.pem).toBe(readFileSync(`${SOURCE}/${FILES[ca.id]}`, 'utf8').replace(/\r\n?/g, '\n').trim());
  });

  it('bundles the self-signed SECOM 2024 roots with the fingerprints SOURCES.md records', () => {
    for (const [id, fingerprint] of Object.entries(FINGERPRINTS)) {
      const pem = BUNDLED_CAS.find((ca) => ca.id === id)!.pem;
      expect(execFileSync('openssl', ['x509', '-noout', '-fingerprint', '-sha256'], { input: pem }).toString().trim()).toBe(`sha256 Fingerprint=${fingerprint}`);
    }
  });

  it('are each one certificate that OpenSSL reads, roots self-issued', () => {
    for (const ca of BUNDLED_CAS) {
      const out = execFileSync('openssl', ['x509', '-noout', '-subject', '-issuer', '-nameopt', 'RFC2253'], { input: ca.pem }).toString();
      const [subject, issuer] = out.trim().split('\n').map((line) => line.replace(/^\w+=/, ''));
      expect(subject === issuer).toBe(ca.role === 'root');
    }
  });
});
