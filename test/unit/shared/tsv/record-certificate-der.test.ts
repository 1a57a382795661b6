import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../../shared/encoding/base64';
import { SERVER_COLUMNS, type ColumnKey } from '../../../../shared/model/columns';
import { readCertificateList, recordCertificateDer } from '../../../../shared/tsv/read-certificate-list';
import { certificateExportFiles } from '../../../../shared/use-cases/export-files';
import { makePastedKey } from '../../../support/private-keys';
import { makeCertificateDer } from '../../cli/test-certificates';

/** A UTF-8 list whose rows hold the given certificate cells. */
async function listWith(certificateCells: readonly string[]) {
  const row = (cell: string, index: number) => {
    const cells: Partial<Record<ColumnKey, string>> = { applicationId: `A${index}`, status: '5', applicationType: '1', profileId: '3', fqdn: `h${index}.example.ac.jp`, certificate: cell };
    return SERVER_COLUMNS.map((column) => cells[column.key] ?? '').join('\t');
  };
  const text = [SERVER_COLUMNS.map((column) => column.ja).join('\t'), ...certificateCells.map(row)].join('\r\n');
  const read = await readCertificateList(new TextEncoder().encode(`${text}\r\n`), { fileName: 'serverAll.tsv' });
  if (!read.ok) throw new Error(read.error.message.en);
  return read.value;
}

describe('recordCertificateDer', () => {
  it('gives the certificate of a certificate cell, and nothing for a private key pasted there (never shown or exported as BEGIN CERTIFICATE)', async () => {
    const key = makePastedKey();
    const der = await makeCertificateDer({ commonName: 'h0.example.ac.jp', serialHex: '0e', notBefore: new Date('2026-01-01'), notAfter: new Date('2027-01-01') });
    const list = await listWith([encodeBase64(der), key.bareBase64]);
    expect(recordCertificateDer(list, list.records[0]!)).toEqual(der);
    expect(recordCertificateDer(list, list.records[1]!)).toBeNull();
    const files = certificateExportFiles(list, [0, 1], 'pem');
    expect(files.map((file) => file.name)).toEqual(['h0.example.ac.jp.crt']);
    expect(files.some((file) => new TextDecoder().decode(file.bytes).includes(key.secretSample))).toBe(false);
  });
});
