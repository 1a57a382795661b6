import { describe, expect, it } from 'vitest';
import { SERVER_COLUMNS } from '../../../../shared/model/columns';
import { mapHeader, normalizeLabel, trimLabel } from '../../../../shared/tsv/header-columns';
import { SERVER_HEADER } from './tsv-test-data';

const positionOfKey = (header: string[], key: string) =>
  mapHeader(header).positions[SERVER_COLUMNS.findIndex((column) => column.key === key)];

describe('trimLabel and normalizeLabel', () => {
  it.each([
    { name: 'trims a BOM and half- and full-width spaces', input: '\uFEFF\u3000 状態 \u3000', trimmed: '状態', normalized: '状態' },
    { name: 'folds full-width letters and drops inner spaces', input: 'ｄＮＳ Ｎａｍｅ', trimmed: 'ｄＮＳ Ｎａｍｅ', normalized: 'dnsname' },
    { name: 'folds half-width katakana and dash variants', input: '発行・更新申請－ｼﾘｱﾙ番号', trimmed: '発行・更新申請－ｼﾘｱﾙ番号', normalized: '発行・更新申請-シリアル番号' },
  ])('$name', ({ input, trimmed, normalized }) => {
    expect(trimLabel(input)).toBe(trimmed);
    expect(normalizeLabel(input)).toBe(normalized);
  });
});

describe('mapHeader', () => {
  it('maps every serverAll.tsv label to its column, in order', () => {
    const mapping = mapHeader(SERVER_HEADER);
    expect(mapping.columns.map((column) => column.key)).toEqual(SERVER_COLUMNS.map((column) => column.key));
    expect(mapping.missingColumns).toEqual([]);
    expect(mapping.kind).toBe('server');
    expect(mapping.knownLabelCount).toBe(46);
  });

  it('finds reordered columns by label', () => {
    const reversed = [...SERVER_HEADER].reverse();
    expect(positionOfKey(reversed, 'applicationId')).toBe(45);
    expect(positionOfKey(reversed, 'certificate')).toBe(45 - 22);
  });

  it('tolerates a BOM on the first label and spaces around labels', () => {
    const header = SERVER_HEADER.map((label, i) => (i === 0 ? `\uFEFF${label}` : ` ${label}\u3000`));
    const mapping = mapHeader(header);
    expect(mapping.missingColumns).toEqual([]);
    expect(mapping.columns[0]!.label).toBe('発行・更新申請-申請ID');
  });

  it('keeps an unknown extra column with key null', () => {
    const mapping = mapHeader([...SERVER_HEADER, '備考']);
    expect(mapping.columns[46]).toEqual({ index: 46, label: '備考', key: null, byPosition: false });
  });

  it('places a missing label by position when that position holds an unknown label', () => {
    const header = SERVER_HEADER.map((label) => (label === '発行・更新申請-FingerPrint' ? 'フィンガープリント' : label));
    const mapping = mapHeader(header);
    expect(mapping.columns[24]).toEqual({ index: 24, label: 'フィンガープリント', key: 'fingerprint', byPosition: true });
    expect(mapping.missingColumns).toEqual(['fingerprint']);
    expect(mapping.positionedColumns).toEqual(['fingerprint']);
  });

  it('does not place a missing label beyond the end of a short header', () => {
    const mapping = mapHeader(SERVER_HEADER.slice(0, 12));
    expect(mapping.missingColumns).toContain('certificate');
    expect(mapping.positionedColumns).toEqual([]);
  });

  it('does not place a missing label on a position taken by another known label', () => {
    const header = SERVER_HEADER.filter((label) => label !== '状態');
    const mapping = mapHeader(header);
    expect(mapping.missingColumns).toEqual(['status']);
    expect(mapping.positionedColumns).toEqual([]);
  });

  it('keeps the first of two columns with the same label and reports the second', () => {
    const mapping = mapHeader([...SERVER_HEADER, '状態']);
    expect(mapping.positions[11]).toBe(11);
    expect(mapping.columns[46]!.key).toBeNull();
    expect(mapping.duplicateLabels).toEqual(['状態']);
  });

  it('calls a header with client-only labels a client list and places only shared columns by position', () => {
    const header = ['発行・更新申請-申請ID', '操作', 'x', '主体者DN', 'y', '発行・更新申請-日時', 'z', 'w', 'v', 'u', 't', '状態', '利用者氏名', '利用者mail', 'P12ファイル名'];
    const mapping = mapHeader(header);
    expect(mapping.kind).toBe('client');
    expect(mapping.columns[12]!.key).toBeNull();
    expect(mapping.columns[1]!.key).toBeNull();
    expect(mapping.positionedColumns).toEqual([]);
  });
});
