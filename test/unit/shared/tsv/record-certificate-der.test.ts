import { beforeAll, describe, expect, it } from 'vitest';
import type { CertificateList } from '../../../../shared/model/certificate-list';
import type { CertificateRecord } from '../../../../shared/model/certificate-record';
import { recordCertificateDer } from '../../../../shared/tsv/record-certificate-der';
import { testCertificate, type TestCertificate } from './tsv-test-data';

let cert: TestCertificate;
beforeAll(async () => {
  cert = await testCertificate();
});

/** A two-column list (ID, certificate) holding one record with the given cells. */
function listWith(cells: string[], certificateColumn: boolean): { list: CertificateList; record: CertificateRecord } {
  const record = { cells } as unknown as CertificateRecord;
  const list: CertificateList = {
    fileName: 'serverAll.tsv',
    encoding: 'shift_jis',
    kind: 'server',
    columns: [
      { index: 0, label: '発行・更新申請-申請ID', key: 'applicationId', byPosition: false },
      { index: 1, label: certificateColumn ? '発行・更新申請-証明書' : '備考', key: certificateColumn ? 'certificate' : null, byPosition: false },
    ],
    missingColumns: [],
    records: [record],
    problems: [],
  };
  return { list, record };
}

describe('recordCertificateDer', () => {
  it.each([
    { name: 'gives the DER of a base64 cell', cells: (c: TestCertificate) => ['1', c.base64], hasColumn: true, want: 'der' },
    { name: 'gives the DER of a PEM cell', cells: (c: TestCertificate) => ['1', c.pem], hasColumn: true, want: 'der' },
    { name: 'gives null for an empty cell', cells: () => ['1', ''], hasColumn: true, want: null },
    { name: 'gives null for a corrupt cell', cells: () => ['1', '@@@'], hasColumn: true, want: null },
    { name: 'gives null for a short row without the cell', cells: () => ['1'], hasColumn: true, want: null },
    { name: 'gives null when the file has no certificate column', cells: (c: TestCertificate) => ['1', c.base64], hasColumn: false, want: null },
  ])('$name', ({ cells, hasColumn, want }) => {
    const { list, record } = listWith(cells(cert), hasColumn);
    const der = recordCertificateDer(list, record);
    expect(der === null ? null : Array.from(der)).toEqual(want === 'der' ? Array.from(cert.der) : null);
  });
});
