import { describe, expect, it } from 'vitest';
import { describeLocation, locatedMessage, sourceLocation } from '../../../../shared/model/location';

describe('describeLocation', () => {
  const label = { ja: '発行・更新申請-証明書', en: 'Certificate' };
  const cases: { name: string; input: Parameters<typeof sourceLocation>[0]; withFile?: boolean; want: { ja: string; en: string } }[] = [
    { name: 'writes a cell with its file, line, column and column label', input: { file: 'serverAll.tsv', line: 3, column: 23, columnLabel: label }, want: { ja: 'serverAll.tsv 3行目 23列目（発行・更新申請-証明書）', en: 'serverAll.tsv, line 3, column 23 (Certificate)' } },
    { name: 'leaves the file out when asked', input: { file: 'serverAll.tsv', line: 3, column: 23, columnLabel: label }, withFile: false, want: { ja: '3行目 23列目（発行・更新申請-証明書）', en: 'line 3, column 23 (Certificate)' } },
    { name: 'writes a line alone', input: { line: 12 }, want: { ja: '12行目', en: 'line 12' } },
    { name: 'writes a file alone', input: { file: 'chain.pem' }, want: { ja: 'chain.pem', en: 'chain.pem' } },
    { name: 'writes nothing for an unknown place', input: {}, want: { ja: '', en: '' } },
  ];
  for (const { name, input, withFile, want } of cases) it(name, () => expect(describeLocation(sourceLocation(input), withFile === undefined ? {} : { withFile })).toEqual(want));
});

describe('locatedMessage', () => {
  const message = { ja: '日時として読めません', en: 'not a date-time' };
  it('puts the place before the message, starting the English with a capital', () => {
    expect(locatedMessage(message, sourceLocation({ file: 'a.tsv', line: 2, column: 27 }), { withFile: false })).toEqual({ ja: '2行目 27列目: 日時として読めません', en: 'Line 2, column 27: not a date-time' });
  });
  it('keeps a file name as it is spelt', () => {
    expect(locatedMessage(message, sourceLocation({ file: 'bad.tsv' })).en).toBe('bad.tsv: not a date-time');
  });
  it('gives the message alone without a place', () => {
    expect(locatedMessage(message, undefined)).toBe(message);
    expect(locatedMessage(message, sourceLocation({}))).toBe(message);
  });
});
