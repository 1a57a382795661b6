import { describe, expect, it } from 'vitest';
import { classifyOpenedFile } from '../../../../../renderer/features/open/classify-opened-file';

const text = (value: string) => new TextEncoder().encode(value);

describe('classifyOpenedFile', () => {
  it.each([
    { name: 'a .tsv is a list', input: { name: 'serverAll.tsv', bytes: text('-----BEGIN CERTIFICATE-----') }, want: 'list' },
    { name: 'a .crt is certificates', input: { name: 'www.crt', bytes: text('発行') }, want: 'certificates' },
    { name: 'a .PEM in capitals is certificates', input: { name: 'CHAIN.PEM', bytes: text('') }, want: 'certificates' },
    { name: 'an unnamed PEM text is certificates', input: { name: 'download', bytes: text('\r\n-----BEGIN CERTIFICATE-----\r\n') }, want: 'certificates' },
    { name: 'an unnamed DER SEQUENCE is certificates', input: { name: 'blob', bytes: new Uint8Array([0x30, 0x82, 0x05, 0x10]) }, want: 'certificates' },
    { name: 'an unnamed table is a list', input: { name: 'export', bytes: text('発行・更新申請-申請ID\t主体者DN') }, want: 'list' },
    { name: 'a PNG goes to the certificate reader, which says it is an image', input: { name: 'screenshot.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]) }, want: 'certificates' },
    { name: 'a private key file is opened beside certificates to be matched', input: { name: 'server.key', bytes: text('-----BEGIN PRIVATE KEY-----') }, want: 'certificates' },
  ])('$name', ({ input, want }) => {
    expect(classifyOpenedFile(input)).toBe(want);
  });

  it.each([
    { name: 'a file without extension chosen as a certificate is read as one', input: { name: 'download', bytes: text('hello') }, want: 'certificates' },
    { name: 'a .tsv chosen as a certificate is still a list', input: { name: 'serverAll.tsv', bytes: text('') }, want: 'list' },
  ])('with 証明書ファイルを開く: $name', ({ input, want }) => {
    expect(classifyOpenedFile(input, 'certificates')).toBe(want);
  });
});
