import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CertificateList } from '../../../../shared/model/certificate-list';
import type { CertificateRecord } from '../../../../shared/model/certificate-record';
import { locatedMessage } from '../../../../shared/model/location';
import type { Problem } from '../../../../shared/model/problem';
import { SERVER_COLUMNS } from '../../../../shared/model/columns';
import { readCertificateList, recordCertificateDer } from '../../../../shared/tsv/read-certificate-list';
import { BASE_ROW, SERVER_HEADER, encodeText, serverRow, testCertificate, toTsv, type TestCertificate } from './tsv-test-data';

let cert: TestCertificate;
let sha256: string;
beforeAll(async () => {
  cert = await testCertificate();
  sha256 = createHash('sha256').update(cert.der).digest('hex');
});

async function read(bytes: Uint8Array, onProgress?: (done: number, total: number) => void): Promise<CertificateList> {
  const result = await readCertificateList(bytes, { fileName: 'serverAll.tsv', onProgress });
  if (!result.ok) throw new Error(`expected a list, got ${result.error.code}`);
  return result.value;
}

async function readFailure(bytes: Uint8Array): Promise<Problem> {
  const result = await readCertificateList(bytes, { fileName: 'bad.tsv' });
  if (result.ok) throw new Error('expected a file problem');
  return result.error;
}

const codes = (list: CertificateList) => list.problems.map((problem) => `${problem.location.line}:${problem.location.column ?? '-'}:${problem.code}`);
/** The problem as a person sees it: its location (without the file) before its message. */
const shown = (problem: Problem) => locatedMessage(problem.message, problem.location, { withFile: false });
const withoutCells = ({ cells: _cells, ...rest }: CertificateRecord) => rest;

/** Three rows: issued with a certificate, pending without one, revoked. */
function sampleRows(certificateCell: string): string[][] {
  return [
    SERVER_HEADER,
    serverRow({ ...BASE_ROW, certificate: certificateCell }),
    serverRow({ ...BASE_ROW, applicationId: '100002', status: '0', serialNumber: '', notBefore: '', notAfter: '', adminName: '佐藤 花子' }),
    serverRow({
      ...BASE_ROW,
      applicationId: '100003',
      status: '7',
      serialNumber: '0x3A8F09',
      previousSerial: '00:0F',
      revocationApplicationId: '900001',
      revocationRequestedAt: '2025/06/01 10:00:00',
      revocationCompletedAt: '2025/06/01 10:30:00',
      revocationReasonCode: '4',
      revocationReasonComment: '更新のため',
    }),
  ];
}

describe('readCertificateList: records', () => {
  it('types every field of an issued row, with the certificate summarised', async () => {
    const list = await read(encodeText(toTsv(sampleRows(cert.base64)), 'shift_jis'));
    expect(list.encoding).toBe('shift_jis');
    expect(list.kind).toBe('server');
    expect(list.problems).toEqual([]);
    const [record] = list.records;
    expect(withoutCells(record!)).toEqual({
      index: 0,
      line: 2,
      applicationId: '100001',
      applicationType: 1,
      status: 5,
      statusLabel: { ja: '証明書発行処理完了', en: 'Issued' },
      profileId: 3,
      profileLabel: { ja: 'RSA 2048 / SHA-256 (サーバ証明書)', en: 'RSA 2048 / SHA-256 (server certificate)' },
      subjectDn: 'CN=www.example.ac.jp,O=Example University,L=Academe,ST=Tokyo,C=JP',
      fqdn: 'www.example.ac.jp',
      dnsNameColumn: ['www.example.ac.jp', 'example.ac.jp'],
      adminName: '山田 太郎',
      adminAffiliation: '情報基盤センター',
      adminMail: 'admin@example.ac.jp',
      software: '',
      otherAddresses: [],
      submittedAt: Date.parse('2025-01-01T10:00:00+09:00'),
      completedAt: Date.parse('2025-01-01T10:05:00+09:00'),
      serialNumber: '3837705',
      fingerprint: 'AB:CD:EF',
      tsvNotBefore: Date.parse('2025-01-01T09:00:00+09:00'),
      tsvNotAfter: Date.parse('2026-01-31T09:00:00+09:00'),
      urlExpiresAt: Date.parse('2025-01-31T10:05:00+09:00'),
      accessPin: '1234abcd',
      revocation: null,
      isRevoked: false,
      previousSerial: '',
      lastUpdatedAt: Date.parse('2025-01-02T00:00:00+09:00'),
      certificate: expect.objectContaining({ commonName: 'www.example.ac.jp', serialNumber: cert.serialDecimal, sha256 }),
      certificateUnreadable: false,
    });
    expect(record!.cells).toEqual(serverRow({ ...BASE_ROW, certificate: cert.base64 }));
  });

  it('loads a row without a certificate with certificate null and no problem', async () => {
    const list = await read(encodeText(toTsv(sampleRows(cert.base64)), 'shift_jis'));
    const pending = list.records[1]!;
    expect(pending).toMatchObject({ line: 3, status: 0, serialNumber: '', tsvNotAfter: null, certificate: null, certificateUnreadable: false, adminName: '佐藤 花子' });
  });

  it('reads the revocation columns and marks the record revoked', async () => {
    const list = await read(encodeText(toTsv(sampleRows(cert.base64)), 'shift_jis'));
    const revoked = list.records[2]!;
    expect(revoked.revocation).toEqual({
      applicationId: '900001',
      requestedAt: Date.parse('2025-06-01T10:00:00+09:00'),
      completedAt: Date.parse('2025-06-01T10:30:00+09:00'),
      reasonCode: 4,
      reasonLabel: { ja: '証明書の更新または証明書記載内容の変更', en: 'Certificate renewed or its contents changed' },
      reasonComment: '更新のため',
    });
    expect(revoked.isRevoked).toBe(true);
    expect(revoked.serialNumber).toBe('3837705');
    expect(revoked.previousSerial).toBe('15');
  });

  it.each([
    { name: 'marks status 7 revoked without revocation cells', values: { status: '7' }, want: { isRevoked: true, revocation: null } },
    { name: 'marks a completed revocation revoked whatever the status', values: { status: '5', revocationCompletedAt: '2025/06/01' }, want: { isRevoked: true } },
    { name: 'does not make a revocation out of a 0 flag alone', values: { revocationConfirmationFlag: '0', revocationCaApiErrorCode: '0' }, want: { isRevoked: false, revocation: null } },
    { name: 'keeps a requested but not completed revocation unrevoked', values: { status: '2', revocationRequestedAt: '2025/06/01 10:00' }, want: { isRevoked: false } },
  ])('$name', async ({ values, want }) => {
    const list = await read(encodeText(toTsv([SERVER_HEADER, serverRow({ ...BASE_ROW, ...values })]), 'shift_jis'));
    expect(list.records[0]).toMatchObject(want);
  });
});

describe('readCertificateList: certificate cell forms', () => {
  const wrap = (text: string, width: number) => text.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n');
  const forms: { name: string; cell: (c: TestCertificate) => string }[] = [
    { name: 'one-line base64 DER without armour', cell: (c) => c.base64 },
    { name: 'armoured PEM on one line', cell: (c) => `-----BEGIN CERTIFICATE-----${c.base64}-----END CERTIFICATE-----` },
    { name: 'armoured PEM on one line with spaces', cell: (c) => `-----BEGIN CERTIFICATE----- ${c.base64} -----END CERTIFICATE-----` },
    { name: 'armoured PEM quoted across lines', cell: (c) => `"${c.pem.trim()}"` },
    { name: 'armoured PEM quoted across CRLF lines', cell: (c) => `"${c.pem.trim().replace(/\r?\n/g, '\r\n')}"` },
    { name: 'PEM with literal \\n escapes', cell: (c) => c.pem.trim().replace(/\r?\n/g, '\\n') },
    { name: 'PEM with literal \\r\\n escapes', cell: (c) => c.pem.trim().replace(/\r?\n/g, '\\r\\n') },
    { name: 'DER base64 wrapped at 64 in quotes', cell: (c) => `"${wrap(c.base64, 64)}"` },
    { name: 'DER base64 wrapped at 76 in quotes', cell: (c) => `"${wrap(c.base64, 76)}"` },
    { name: 'base64 with surrounding spaces', cell: (c) => `  ${c.base64} ` },
  ];
  const formsByEncoding = forms.flatMap((form) => (['shift_jis', 'utf-8'] as const).map((encoding) => ({ ...form, encoding })));
  it.each(formsByEncoding)('reads $name ($encoding) into the same certificate, the next row on its own line', async ({ cell, encoding }) => {
    const rows = sampleRows(cell(cert));
    const text = toTsv(rows);
    const list = await read(encodeText(text, encoding));
    expect(list.problems).toEqual([]);
    expect(list.records.map((record) => record.certificate?.sha256 ?? null)).toEqual([sha256, null, null]);
    expect(Array.from(recordCertificateDer(list, list.records[0]!)!)).toEqual(Array.from(cert.der));
    const physicalLinesOfFirstRow = text.split(/\r\n|\n/).findIndex((line) => line.startsWith('100002')) + 1;
    expect(list.records[1]!.line).toBe(physicalLinesOfFirstRow);
  });

  it('gives no DER for a record without a certificate', async () => {
    const list = await read(encodeText(toTsv(sampleRows(cert.base64)), 'shift_jis'));
    expect(recordCertificateDer(list, list.records[1]!)).toBeNull();
  });
});

describe('readCertificateList: the same records from every file variant', () => {
  const variants: { name: string; make: (rows: string[][]) => Uint8Array; encoding: string }[] = [
    { name: 'Shift_JIS with CRLF', make: (rows) => encodeText(toTsv(rows, '\r\n'), 'shift_jis'), encoding: 'shift_jis' },
    { name: 'Shift_JIS with LF', make: (rows) => encodeText(toTsv(rows, '\n'), 'shift_jis'), encoding: 'shift_jis' },
    { name: 'Shift_JIS without a final newline', make: (rows) => encodeText(toTsv(rows, '\r\n', false), 'shift_jis'), encoding: 'shift_jis' },
    { name: 'Shift_JIS with mixed line endings', make: (rows) => encodeText(rows.map((r, i) => r.join('\t') + (i % 2 ? '\n' : '\r\n')).join(''), 'shift_jis'), encoding: 'shift_jis' },
    { name: 'UTF-8 with CRLF', make: (rows) => encodeText(toTsv(rows, '\r\n'), 'utf-8'), encoding: 'utf-8' },
    { name: 'UTF-8 with a BOM and LF', make: (rows) => encodeText(toTsv(rows, '\n'), 'utf-8-bom'), encoding: 'utf-8-bom' },
    { name: 'UTF-8 with a BOM, no final newline', make: (rows) => encodeText(toTsv(rows, '\r\n', false), 'utf-8-bom'), encoding: 'utf-8-bom' },
  ];
  it.each(variants)('reads $name', async ({ make, encoding }) => {
    const rows = sampleRows(cert.base64);
    const reference = await read(encodeText(toTsv(rows), 'shift_jis'));
    const list = await read(make(rows));
    expect(list.encoding).toBe(encoding);
    expect(list.records).toEqual(reference.records);
    expect(list.problems).toEqual([]);
  });

  it('reads reordered columns and an extra unknown column into the same records', async () => {
    const rows = sampleRows(cert.base64);
    const reference = await read(encodeText(toTsv(rows), 'shift_jis'));
    const order = SERVER_COLUMNS.map((_, i) => i).reverse();
    const shuffled = rows.map((cells, r) => [...order.map((i) => cells[i]!), r === 0 ? '備考' : `memo${r}`]);
    const list = await read(encodeText(toTsv(shuffled), 'shift_jis'));
    expect(list.records.map(withoutCells)).toEqual(reference.records.map(withoutCells));
    expect(list.records[0]!.cells[46]).toBe('memo1');
    expect(list.columns[46]).toEqual({ index: 46, label: '備考', key: null, byPosition: false });
    expect(codes(list)).toEqual(['1:-:header-unknown-columns']);
  });
});

describe('readCertificateList: quotes', () => {
  it('keeps stray quotes in free-text cells as text and loads every row', async () => {
    const rows = [
      SERVER_HEADER,
      serverRow({ ...BASE_ROW, adminAffiliation: '"情報基盤センター', software: 'Apache "2.4"' }),
      serverRow({ ...BASE_ROW, applicationId: '100002', adminAffiliation: '工学部"' }),
      serverRow({ ...BASE_ROW, applicationId: '100003' }),
    ];
    const list = await read(encodeText(toTsv(rows), 'shift_jis'));
    expect(list.records.map((record) => [record.line, record.applicationId, record.adminAffiliation])).toEqual([
      [2, '100001', '"情報基盤センター'],
      [3, '100002', '工学部"'],
      [4, '100003', '情報基盤センター'],
    ]);
    expect(list.records[0]!.cells[16]).toBe('Apache "2.4"');
    expect(codes(list)).toEqual(['2:14:row-unclosed-quote']);
    expect(shown(list.problems[0]!).ja).toBe('2行目 14列目（利用管理者所属）: 「"」で始まるセルが閉じていないため、「"」を文字として読みました');
  });

  it('reads a file cut inside a quoted PEM as one record with a truncated certificate, not as stray rows', async () => {
    const text = toTsv([SERVER_HEADER, serverRow(BASE_ROW), serverRow({ ...BASE_ROW, applicationId: '100002', certificate: `"${cert.pem.trim()}"` })]);
    const cut = text.slice(0, text.indexOf('-----END'));
    const list = await read(encodeText(cut, 'shift_jis'));
    expect(list.records.map((record) => [record.line, record.applicationId, record.certificate])).toEqual([
      [2, '100001', null],
      [3, '100002', null],
    ]);
    expect(codes(list)).toEqual(['3:-:row-too-few-cells', '3:23:row-unclosed-quote', '3:23:certificate-truncated']);
  });

  it('joins a quoted PEM whose closing quote is missing up to the next record', async () => {
    const rows = [
      SERVER_HEADER,
      serverRow({ ...BASE_ROW, certificate: `"${cert.pem.trim()}` }),
      serverRow({ ...BASE_ROW, applicationId: '100002' }),
    ];
    const list = await read(encodeText(toTsv(rows), 'shift_jis'));
    expect(list.records.map((record) => record.applicationId)).toEqual(['100001', '100002']);
    expect(list.records[0]!.certificate?.sha256).toBe(sha256);
    expect(codes(list)).toEqual(['2:23:row-unclosed-quote']);
    expect(shown(list.problems[0]!).en).toBe('Line 2, column 23 (Certificate): the quoted cell is never closed; it was read up to the next record');
  });

  it('joins a quoted multi-line cell and counts physical lines after it', async () => {
    const rows = [
      SERVER_HEADER,
      serverRow({ ...BASE_ROW, revocationReasonComment: '"一行目\r\n二行目 ""引用""\r\n三行目"', status: '7' }),
      serverRow({ ...BASE_ROW, applicationId: '100002' }),
    ];
    const list = await read(encodeText(toTsv(rows), 'shift_jis'));
    expect(list.records[0]!.revocation?.reasonComment).toBe('一行目\n二行目 "引用"\n三行目');
    expect(list.records.map((record) => record.line)).toEqual([2, 5]);
    expect(list.problems).toEqual([]);
  });
});

describe('readCertificateList: row problems', () => {
  it('reads a line cut before its application ID, 状態 and FQDN as an error on its line, not as an invented row; skips blank lines silently', async () => {
    const rows = [SERVER_HEADER, serverRow(BASE_ROW), [], ['100009', '1', '', 'CN=short'], serverRow({ ...BASE_ROW, applicationId: '100010' })];
    const list = await read(encodeText(toTsv(rows), 'shift_jis'));
    expect(list.records.map((record) => [record.line, record.applicationId])).toEqual([[2, '100001'], [5, '100010']]);
    expect(codes(list)).toEqual(['4:-:row-too-few-cells']);
    expect(list.problems[0]!.severity).toBe('error');
    expect(shown(list.problems[0]!).en).toBe('Line 4: the line is cut short (4 of 46 columns) before its application ID, 状態 and FQDN; it was not read as a row');
  });

  it('loads a row short only of later cells with empty cells and a warning', async () => {
    const short = serverRow(BASE_ROW).slice(0, 30);
    const list = await read(encodeText(toTsv([SERVER_HEADER, short]), 'shift_jis'));
    expect(list.records.map((record) => record.applicationId)).toEqual(['100001']);
    expect(list.records[0]!.cells).toHaveLength(46);
    expect(codes(list)).toEqual(['2:-:row-too-few-cells']);
    expect(shown(list.problems[0]!).en).toBe('Line 2: only 30 of 46 columns; the missing cells were read as empty');
  });

  it('reads a trailing TAB on every line (an empty last cell) without a warning', async () => {
    const rows = [[...SERVER_HEADER, ''], [...serverRow(BASE_ROW), ''], [...serverRow({ ...BASE_ROW, applicationId: '100002' }), '']];
    const list = await read(encodeText(toTsv(rows), 'shift_jis'));
    expect(list.records.map((record) => record.applicationId)).toEqual(['100001', '100002']);
    expect(list.problems).toEqual([]);
  });

  it('keeps extra cells beyond the header with a warning', async () => {
    const list = await read(encodeText(toTsv([SERVER_HEADER, [...serverRow(BASE_ROW), 'extra']]), 'shift_jis'));
    expect(list.records[0]!.cells[46]).toBe('extra');
    expect(codes(list)).toEqual(['2:-:row-too-many-cells']);
  });

  it('loads a row with a corrupt certificate with certificate null and a located error', async () => {
    const corrupt = `${cert.base64.slice(0, 50)}!!${cert.base64.slice(50)}`;
    const list = await read(encodeText(toTsv([SERVER_HEADER, serverRow(BASE_ROW), serverRow({ ...BASE_ROW, certificate: corrupt })]), 'shift_jis'));
    expect(list.records).toHaveLength(2);
    expect(list.records[1]!.certificate).toBeNull();
    expect(list.problems).toEqual([
      {
        code: 'certificate-invalid-base64',
        severity: 'error',
        location: { file: 'serverAll.tsv', line: 3, column: 23, columnLabel: { ja: '発行・更新申請-証明書', en: 'Certificate' } },
        message: { ja: '証明書のBase64が壊れています', en: "the certificate's base64 is corrupt" },
      },
    ]);
  });

  it.each([
    { name: 'reports a PEM without END as truncated', cell: (c: TestCertificate) => c.pem.slice(0, 200).replace(/\r?\n/g, '\\n'), want: 'certificate-truncated' },
    { name: 'reports DER cut short as truncated', cell: (c: TestCertificate) => c.base64.slice(0, 300), want: 'certificate-truncated' },
    { name: 'reports a DER that is not a certificate', cell: () => 'MAMCAQE=', want: 'certificate-not-a-certificate' },
    { name: 'reports a certificate with bytes after it as undecodable', cell: (c: TestCertificate) => Buffer.concat([c.der, Buffer.from([0, 0, 0])]).toString('base64'), want: 'certificate-undecodable' },
  ])('$name', async ({ cell, want }) => {
    const list = await read(encodeText(toTsv([SERVER_HEADER, serverRow({ ...BASE_ROW, certificate: cell(cert) })]), 'shift_jis'));
    expect(list.records[0]!.certificate).toBeNull();
    expect(codes(list)).toEqual([`2:23:${want}`]);
  });

  it('turns a bad date or number into null with a warning, never a failed row', async () => {
    const values = { ...BASE_ROW, notAfter: '2026/02/30 00:00:00', status: 'five', serialNumber: 'abc' };
    const list = await read(encodeText(toTsv([SERVER_HEADER, serverRow(values)]), 'shift_jis'));
    expect(list.records[0]).toMatchObject({ tsvNotAfter: null, status: null, statusLabel: { ja: '不明', en: 'Unknown' }, serialNumber: 'abc' });
    expect(codes(list)).toEqual(['2:12:cell-invalid-number', '2:24:cell-invalid-number', '2:27:cell-invalid-date']);
    expect(shown(list.problems[2]!).ja).toBe('2行目 27列目（発行・更新申請-証明書有効期限）: 日時として読めません（「2026/02/30 00:00:00」）');
  });

  it('warns about a row with invalid Shift_JIS bytes and loads the rest', async () => {
    const head = encodeText(toTsv([SERVER_HEADER, serverRow(BASE_ROW)]), 'shift_jis');
    const broken = encodeText(toTsv([serverRow({ ...BASE_ROW, applicationId: '100002', adminName: 'XX' })]), 'shift_jis');
    const at = broken.indexOf(0x58); // the first "X" of the admin name becomes a lone lead byte
    broken[at] = 0x81;
    broken[at + 1] = 0x0d;
    const fixed = new Uint8Array([...broken.subarray(0, at + 1), ...broken.subarray(at + 2)]);
    const tail = encodeText(toTsv([serverRow({ ...BASE_ROW, applicationId: '100003' })]), 'shift_jis');
    const list = await read(new Uint8Array([...head, ...fixed, ...tail]));
    expect(list.records.map((record) => record.applicationId)).toEqual(['100001', '100002', '100003']);
    expect(list.records[1]!.adminName).toContain('\uFFFD');
    expect(codes(list)).toEqual(['3:13:row-invalid-encoding']);
  });
});

describe('readCertificateList: header', () => {
  it('reads a header-only file as an empty list', async () => {
    const list = await read(encodeText(toTsv([SERVER_HEADER]), 'shift_jis'));
    expect(list.records).toEqual([]);
    expect(list.problems).toEqual([]);
    expect(list.columns).toHaveLength(46);
  });

  it('reports missing columns and reads a renamed one by position', async () => {
    const header = SERVER_HEADER.map((label) => (label === '状態' ? 'ステータス' : label)).filter((label) => label !== '最終更新日');
    const row = serverRow(BASE_ROW).slice(0, 45);
    const list = await read(encodeText(toTsv([header, row]), 'shift_jis'));
    expect(list.records[0]!.status).toBe(5);
    expect(list.columns[11]).toEqual({ index: 11, label: 'ステータス', key: 'status', byPosition: true });
    expect(list.missingColumns).toEqual(['status', 'lastUpdatedAt']);
    expect(codes(list)).toEqual(['1:-:header-missing-columns']);
    expect(shown(list.problems[0]!).ja).toBe('1行目: 見出しに次の列がありません: 状態、最終更新日。うち 状態 は列の位置から読みました');
  });

  it('reads a clientAll.tsv-like list with fewer, different columns', async () => {
    const header = ['発行・更新申請-申請ID', '主体者DN', '利用者氏名', '利用者mail', '状態', '発行・更新申請-シリアル番号', '発行・更新申請-証明書有効期限', 'P12ファイル名'];
    const row = ['300001', 'CN=Taro Yamada,O=Example University,C=JP', '山田 太郎', 'taro@example.ac.jp', '5', '12345', '2026/03/31 23:59:59', 'taro.p12'];
    const list = await read(encodeText(toTsv([header, row]), 'shift_jis'));
    expect(list.kind).toBe('client');
    expect(list.records[0]).toMatchObject({ applicationId: '300001', status: 5, serialNumber: '12345', tsvNotAfter: Date.parse('2026-03-31T23:59:59+09:00'), certificate: null, certificateUnreadable: false });
    expect(list.records[0]!.cells[2]).toBe('山田 太郎');
    expect(codes(list)).toEqual(['1:-:header-missing-columns', '1:-:header-unknown-columns']);
  });
});

describe('readCertificateList: files that are not lists', () => {
  it.each([
    { name: 'says file-empty for 0 bytes', input: () => new Uint8Array(), want: 'file-empty' },
    { name: 'says file-empty for whitespace only', input: () => encodeText(' \r\n\r\n\t', 'shift_jis'), want: 'file-empty' },
    { name: 'says file-binary for a PNG', input: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), want: 'file-binary' },
    { name: 'says file-binary for NUL-filled bytes', input: () => new Uint8Array(64).fill(0).map((_, i) => (i % 5 === 0 ? 65 : 0)), want: 'file-binary' },
    { name: 'says file-no-header for a table without the known labels', input: () => encodeText('name\tage\nTaro\t20\n', 'shift_jis'), want: 'file-no-header' },
    { name: 'says file-no-header for a PEM file', input: () => encodeText(cert.pem, 'shift_jis'), want: 'file-no-header' },
  ])('$name', async ({ input, want }) => {
    const problem = await readFailure(input());
    expect(problem.code).toBe(want);
    expect(problem.severity).toBe('error');
    expect(problem.location.file).toBe('bad.tsv');
  });

  it('reads a UTF-16 list (Excel\'s 「Unicode テキスト」) and says it was UTF-16', async () => {
    for (const [encoding, bom] of [['utf-16le', [0xff, 0xfe]], ['utf-16be', [0xfe, 0xff]]] as const) {
      const text = toTsv([SERVER_HEADER, serverRow({ ...BASE_ROW, adminName: '髙橋 美咲' })]);
      const body = encoding === 'utf-16le' ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'utf16le').swap16();
      const list = await read(new Uint8Array([...bom, ...body]));
      expect(list.encoding).toBe(encoding);
      expect(list.records.map((record) => [record.line, record.applicationId, record.adminName])).toEqual([[2, BASE_ROW.applicationId, '髙橋 美咲']]);
      expect(list.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    }
  });

  it('says Excel changed a serial into scientific notation, on its cell, and keeps the row', async () => {
    const list = await read(encodeText(toTsv([SERVER_HEADER, serverRow({ ...BASE_ROW, serialNumber: '6.85929E+18', previousSerial: '1.23457E+37' })]), 'shift_jis'));
    expect(list.records).toHaveLength(1);
    const serialProblems = list.problems.filter((problem) => problem.code === 'cell-invalid-number');
    expect(serialProblems.map((problem) => problem.location.columnLabel?.ja)).toEqual(['発行・更新申請-シリアル番号', '旧証明書シリアル番号']);
    expect(serialProblems[0]!.message.ja).toContain('Excel で保存し直したため、シリアル番号が指数表記（「6.85929E+18」）に変わり');
    expect(serialProblems[0]!.message.en).toContain('Excel re-saved this serial in scientific notation ("6.85929E+18")');
    expect(serialProblems[1]!.message.ja).toContain('残った桁と主体者DNで 1 件に絞れるときだけつなぎます');
  });

  it('names a UTF-32 file UTF-32, not UTF-16 (its BOM FF FE 00 00 starts like UTF-16\'s)', async () => {
    const problem = await readFailure(new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]));
    expect(problem.code).toBe('file-encoding');
    expect(locatedMessage(problem.message, problem.location)).toEqual({
      ja: 'bad.tsv: UTF-32 には対応していません。Shift_JIS か UTF-8 で保存し直してください',
      en: 'bad.tsv: UTF-32 is not supported, re-save as Shift_JIS or UTF-8',
    });
  });
});

describe('readCertificateList: progress', () => {
  it('reports growing progress that ends at the file size', async () => {
    const bytes = encodeText(toTsv(sampleRows(cert.base64)), 'shift_jis');
    const calls: [number, number][] = [];
    await read(bytes, (done, total) => calls.push([done, total]));
    expect(calls.length).toBeGreaterThan(0);
    expect(calls[calls.length - 1]).toEqual([bytes.length, bytes.length]);
    expect(calls.map(([done]) => done)).toEqual([...calls.map(([done]) => done)].sort((a, b) => a - b));
  });
});

describe('readCertificateList: the platform digest', () => {
  const nodeDigest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

  it.each([
    { name: 'gives the same records with a synchronous digest as with the WebCrypto default', digest: nodeDigest },
    { name: 'gives the same records with an asynchronous digest', digest: async (bytes: Uint8Array) => nodeDigest(bytes) },
  ])('$name', async ({ digest }) => {
    const bytes = encodeText(toTsv(sampleRows(cert.base64)), 'shift_jis');
    const byDefault = await read(bytes);
    const given = await readCertificateList(bytes, { fileName: 'serverAll.tsv', digestSha256: digest });
    expect(given.ok && given.value).toEqual(byDefault);
    expect(given.ok && given.value.records[0]!.certificate?.sha256).toBe(sha256);
  });

  it('uses the digest it is given for every certificate', async () => {
    const bytes = encodeText(toTsv(sampleRows(cert.base64)), 'shift_jis');
    const seen: number[] = [];
    const result = await readCertificateList(bytes, { fileName: 'serverAll.tsv', digestSha256: (der) => (seen.push(der.length), 'f'.repeat(64)) });
    expect(seen).toEqual([cert.der.length]);
    expect(result.ok && result.value.records[0]!.certificate?.sha256).toBe('f'.repeat(64));
  });

  it.each([
    { name: 'turns a digest that throws into a located certificate-undecodable problem', digest: (): string => { throw new Error('no digest'); } },
    { name: 'turns a digest that rejects into a located certificate-undecodable problem', digest: (): Promise<string> => Promise.reject(new Error('no digest')) },
  ])('$name', async ({ digest }) => {
    const bytes = encodeText(toTsv(sampleRows(cert.base64)), 'shift_jis');
    const result = await readCertificateList(bytes, { fileName: 'serverAll.tsv', digestSha256: digest });
    if (!result.ok) throw new Error('expected a list');
    expect(result.value.records[0]!.certificate).toBeNull();
    expect(codes(result.value)).toContain(`2:${SERVER_COLUMNS.findIndex((c) => c.key === 'certificate') + 1}:certificate-undecodable`);
  });
});
