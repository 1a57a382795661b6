import { describe, expect, it } from 'vitest';
import { certificateExportFile, certificateExportName, chainExportName, inventoryExportName, uniqueName } from '../../../../shared/use-cases/export-files';
import { makeRecord } from '../../../support/record-factory';

const DER = Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x01);

describe('certificateExportName', () => {
  const cases: { name: string; subject: Parameters<typeof certificateExportName>[0]; format: 'pem' | 'der'; want: string }[] = [
    { name: 'names a PEM file after the FQDN asked for', subject: { host: 'www.example.ac.jp' }, format: 'pem', want: 'www.example.ac.jp.crt' },
    { name: 'names a DER file .cer', subject: { host: 'www.example.ac.jp' }, format: 'der', want: 'www.example.ac.jp.cer' },
    { name: 'writes a wildcard name as wildcard.', subject: { host: '*.lab.example.ac.jp' }, format: 'pem', want: 'wildcard.lab.example.ac.jp.crt' },
    { name: 'keeps a traversal name one harmless segment', subject: { host: '../../tmp/x' }, format: 'pem', want: '_._tmp_x.crt' },
    { name: 'names a row after its FQDN column', subject: { record: makeRecord({ fqdn: 'mail.example.ac.jp' }) }, format: 'pem', want: 'mail.example.ac.jp.crt' },
  ];
  for (const { name, subject, format, want } of cases) it(name, () => expect(certificateExportName(subject, format)).toBe(want));
});

describe('chainExportName', () => {
  const cases: { name: string; host: string; kind: 'chain' | 'fullchain' | 'p7b'; want: string }[] = [
    { name: 'puts .chain before .crt', host: 'www.example.ac.jp', kind: 'chain', want: 'www.example.ac.jp.chain.crt' },
    { name: 'puts .fullchain before .crt', host: 'www.example.ac.jp', kind: 'fullchain', want: 'www.example.ac.jp.fullchain.crt' },
    { name: 'names the PKCS#7 file .p7b', host: 'www.example.ac.jp', kind: 'p7b', want: 'www.example.ac.jp.p7b' },
    { name: 'keeps the wildcard. prefix of a wildcard name', host: '*.lab.example.ac.jp', kind: 'fullchain', want: 'wildcard.lab.example.ac.jp.fullchain.crt' },
    { name: 'keeps a sanitised traversal name one harmless segment', host: '../../tmp/x', kind: 'chain', want: '_._tmp_x.chain.crt' },
  ];
  for (const { name, host, kind, want } of cases) it(name, () => expect(chainExportName({ host }, kind)).toBe(want));
});

describe('certificateExportFile', () => {
  it('writes PEM with LF, PEM with CRLF, and the DER itself', () => {
    const text = (variant: 'pem' | 'pem-crlf') => new TextDecoder().decode(certificateExportFile(DER, { host: 'a.example.jp' }, variant).bytes);
    expect(text('pem')).toBe('-----BEGIN CERTIFICATE-----\nMAMCAQE=\n-----END CERTIFICATE-----\n');
    expect(text('pem-crlf')).toBe('-----BEGIN CERTIFICATE-----\r\nMAMCAQE=\r\n-----END CERTIFICATE-----\r\n');
    const der = certificateExportFile(DER, { host: 'a.example.jp' }, 'der');
    expect({ name: der.name, bytes: [...der.bytes] }).toEqual({ name: 'a.example.jp.cer', bytes: [...DER] });
  });
});

describe('uniqueName', () => {
  it('numbers a second file of one name before its extension, ignoring case', () => {
    const taken = new Set<string>();
    expect(['www.example.ac.jp.crt', 'WWW.example.ac.jp.crt', 'www.example.ac.jp.crt'].map((name) => uniqueName(name, taken))).toEqual([
      'www.example.ac.jp.crt',
      'WWW.example.ac.jp_2.crt',
      'www.example.ac.jp_3.crt',
    ]);
  });
});

describe('inventoryExportName', () => {
  it('dates the inventory in Japan time, in the language of the UI', () => {
    const now = Date.parse('2026-11-01T00:30:00+09:00');
    expect([inventoryExportName('ja', now), inventoryExportName('en', now)]).toEqual(['証明書一覧_20261101.csv', 'certificates_20261101.csv']);
  });
});
