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
};

describe('bundled CAs', () => {
  it('bundles exactly the five public CA certificates', () => {
    expect(BUNDLED_CAS.map((ca) => ca.id).sort()).toEqual(Object.keys(FILES).sort());
  });

  it.skipIf(!existsSync(SOURCE))('match the PEM files in ../shared/ca byte for byte (rerun scripts/embed-cas.ts otherwise)', () => {
    for (const ca of BUNDLED_CAS) expect(ca.pem).toBe(readFileSync(`${SOURCE}/${FILES[ca.id]}`, 'utf8').replace(/\r\n?/g, '\n').trim());
  });

  it('are each one certificate that OpenSSL reads, roots self-issued', () => {
    for (const ca of BUNDLED_CAS) {
      const out = execFileSync('openssl', ['x509', '-noout', '-subject', '-issuer', '-nameopt', 'RFC2253'], { input: ca.pem }).toString();
      const [subject, issuer] = out.trim().split('\n').map((line) => line.replace(/^\w+=/, ''));
      expect(subject === issuer).toBe(ca.role === 'root');
    }
  });
});
