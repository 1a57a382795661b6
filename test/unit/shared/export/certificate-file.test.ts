import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { certificateFileBytes, certificateFileExtension } from '../../../../shared/export/certificate-file';
import { makeCertificateDer } from '../../cli/test-certificates';
import { tempFolder } from '../../../support/temp-folder';

let der: Uint8Array;
const dir = tempFolder('export');

beforeAll(async () => {
  der = await makeCertificateDer({
    commonName: 'www.example.ac.jp',
    serialHex: '38da4f0001',
    notBefore: new Date('2025-01-01T00:00:00Z'),
    notAfter: new Date('2026-01-01T00:00:00Z'),
  });
});

/** What `openssl x509` prints for the file, or throws when it cannot read it. */
function opensslSerial(bytes: Uint8Array, inform: 'pem' | 'der'): string {
  const file = join(dir, `c-${inform}-${Math.random().toString(36).slice(2)}`);
  writeFileSync(file, bytes);
  return execFileSync('openssl', ['x509', '-inform', inform, '-in', file, '-noout', '-serial'], { encoding: 'utf8' }).trim();
}

describe('certificateFileBytes', () => {
  it('writes PEM that openssl reads, with 64-character lines and a final LF', () => {
    const bytes = certificateFileBytes(der, { format: 'pem' });
    const text = new TextDecoder().decode(bytes);
    const lines = text.split('\n');
    expect(lines[0]).toBe('-----BEGIN CERTIFICATE-----');
    expect(text.endsWith('-----END CERTIFICATE-----\n')).toBe(true);
    expect(text).not.toContain('\r');
    const body = lines.slice(1, -2);
    expect(body.slice(0, -1).every((line) => line.length === 64)).toBe(true);
    expect(body.at(-1)!.length).toBeLessThanOrEqual(64);
    expect(opensslSerial(bytes, 'pem')).toBe('serial=38DA4F0001');
  });

  it('writes CRLF line endings on request, still readable by openssl', () => {
    const bytes = certificateFileBytes(der, { format: 'pem', lineEnding: 'crlf' });
    const text = new TextDecoder().decode(bytes);
    expect(text.endsWith('-----END CERTIFICATE-----\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    expect(opensslSerial(bytes, 'pem')).toBe('serial=38DA4F0001');
  });

  it('writes DER as the certificate bytes themselves, readable by openssl', () => {
    const bytes = certificateFileBytes(der, { format: 'der' });
    expect(bytes).toEqual(der);
    expect(bytes).not.toBe(der);
    expect(opensslSerial(bytes, 'der')).toBe('serial=38DA4F0001');
  });

  it('names PEM files .crt and DER files .cer', () => {
    expect(certificateFileExtension('pem')).toBe('crt');
    expect(certificateFileExtension('der')).toBe('cer');
  });
});
