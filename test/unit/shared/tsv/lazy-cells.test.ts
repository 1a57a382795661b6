import { beforeAll, describe, expect, it } from 'vitest';
import type { CertificateList } from '../../../../shared/model/certificate-list';
import { readCertificateList } from '../../../../shared/tsv/read-certificate-list';
import { BASE_ROW, SERVER_HEADER, encodeText, serverRow, testCertificate, toTsv, type TestCertificate } from './tsv-test-data';

let cert: TestCertificate;
beforeAll(async () => {
  cert = await testCertificate();
});

const CSR = `MIIC${'QWxhZGRpbjpvcGVuIHNlc2FtZQ'.repeat(20)}`;

async function read(bytes: Uint8Array): Promise<CertificateList> {
  const result = await readCertificateList(bytes, { fileName: 'serverAll.tsv' });
  if (!result.ok) throw new Error(`expected a list, got ${result.error.code}`);
  return result.value;
}

describe('record.cells read again from the file bytes', () => {
  it.each(['shift_jis', 'utf-8', 'utf-8-bom'] as const)('gives every cell as written, certificate and CSR included (%s)', async (encoding) => {
    const rows = [
      serverRow({ ...BASE_ROW, certificate: cert.base64, csr: CSR }),
      serverRow({ ...BASE_ROW, applicationId: '100002', certificate: '', csr: CSR, adminName: '佐藤 花子' }),
    ];
    const list = await read(encodeText(toTsv([SERVER_HEADER, ...rows]), encoding));
    expect(list.records.map((record) => record.cells)).toEqual(rows);
  });

  it('survives spreading, JSON and structured clone as plain cells (the renderer posts records)', async () => {
    const row = serverRow({ ...BASE_ROW, certificate: cert.base64, csr: CSR });
    const record = (await read(encodeText(toTsv([SERVER_HEADER, row]), 'shift_jis'))).records[0]!;
    expect({ ...record }.cells).toEqual(row);
    expect((JSON.parse(JSON.stringify(record)) as { cells: string[] }).cells).toEqual(row);
    expect(structuredClone(record).cells).toEqual(row);
    expect(Object.keys(record)).toContain('cells');
    expect(Object.getOwnPropertyDescriptor(record, 'cells')?.get).toBeTypeOf('function');
  });

  it('gives a fresh array on each read, so a caller changing it cannot change the record', async () => {
    const row = serverRow({ ...BASE_ROW, certificate: cert.base64, csr: CSR });
    const record = (await read(encodeText(toTsv([SERVER_HEADER, row]), 'shift_jis'))).records[0]!;
    (record.cells as string[])[0] = 'changed';
    expect(record.cells[0]).toBe(row[0]);
  });

  it('keeps a quoted multi-line certificate cell as the joined text', async () => {
    const pem = `"-----BEGIN CERTIFICATE-----\n${cert.base64}\n-----END CERTIFICATE-----"`;
    const list = await read(encodeText(toTsv([SERVER_HEADER, serverRow({ ...BASE_ROW, certificate: pem, csr: CSR })]), 'shift_jis'));
    const column = list.columns.find((info) => info.key === 'certificate')!.index;
    expect(list.records[0]!.cells[column]).toBe(`-----BEGIN CERTIFICATE-----\n${cert.base64}\n-----END CERTIFICATE-----`);
    expect(list.records[0]!.certificate).not.toBeNull();
  });
});
