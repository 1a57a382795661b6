import { describe, expect, it } from 'vitest';
import { readRequestFile } from '../../../../shared/request/read-request-file';
import { emptyRequestRow, type RequestRow } from '../../../../shared/request/request-format';
import { requestExportFiles } from '../../../../shared/use-cases/export-files';

const NOW = Date.parse('2026-12-03T10:00:00+09:00');

const revokeRow = (n: number): RequestRow => ({ ...emptyRequestRow(), subjectDn: `CN=h${n}.example.ac.jp,O=国立大学法人 サンプル大学,L=千代田区,ST=Tokyo,C=JP`, serial: String(1000 + n), reason: '0', reasonComment: `サーバ ${n} 廃止` });

describe('requestExportFiles', () => {
  it('writes one Shift_JIS file of CRLF lines with 13 TAB-separated columns and no header, named by kind and JST date', () => {
    const [file, ...rest] = requestExportFiles('revoke', [revokeRow(1), revokeRow(2)], 'ja', NOW);
    expect(rest).toEqual([]);
    expect(file!.name).toBe('失効申請_20261203.tsv');
    expect(file!.rows).toBe(2);
    const text = new TextDecoder('shift_jis', { fatal: true }).decode(file!.bytes);
    expect(text.split('\r\n')).toHaveLength(3);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n').slice(0, 2)) expect(line.split('\t')).toHaveLength(13);
    expect(text.startsWith('CN=h1.example.ac.jp,O=国立大学法人 サンプル大学')).toBe(true);
    expect(requestExportFiles('renew', [revokeRow(1)], 'en', NOW)[0]!.name).toBe('renewal-request_20261203.tsv');
  });

  it('splits more than 99 requests into numbered files in row order, each read back as written', () => {
    const rows = Array.from({ length: 150 }, (_, n) => revokeRow(n));
    const files = requestExportFiles('revoke', rows, 'en', NOW);
    expect(files.map((file) => [file.name, file.rows])).toEqual([
      ['revocation-request_20261203_1.tsv', 99],
      ['revocation-request_20261203_2.tsv', 51],
    ]);
    const readBack = files.flatMap((file) => {
      const read = readRequestFile(file.bytes);
      expect(read.fileFindings).toEqual([]);
      expect(read.encoding).toBe('shift_jis');
      return read.lines.map((line) => line.row);
    });
    expect(readBack).toEqual(rows);
  });
});
