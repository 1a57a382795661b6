import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../../shared/query/search-fold';
import { buildSearchIndex } from '../../../../shared/query/search-index';
import { searchRecords, textMatchRanges, type MatchRange } from '../../../../shared/query/search';
import { searchFieldValue } from '../../../../shared/query/search-fields';
import { indexed, makeRecord, makeSummary } from '../../../support/record-factory';

// Rows as staff meet them: the same person registered with 髙 and with 高, departments, software, other recipients, a revocation comment.
const takahashiVariant = makeRecord({ fqdn: 'www.example.ac.jp', adminName: '髙橋 美咲', adminAffiliation: '総務部 広報課', software: 'Apache 2.4', otherAddresses: ['webmaster@example.ac.jp'] });
const takahashiCommon = makeRecord({ fqdn: 'mail.example.ac.jp', adminName: '高橋 一郎', adminAffiliation: '情報基盤センター' });
const hanWidth = makeRecord({ fqdn: 'lib.example.ac.jp', adminName: 'ﾔﾏﾀﾞ ﾀﾛｳ', adminAffiliation: '附属図書館' });
const revoked = makeRecord({
  fqdn: 'old.example.ac.jp',
  adminName: '渡邊 花子',
  revocation: { applicationId: '20000001', requestedAt: null, completedAt: null, reasonCode: 1, reasonLabel: null, reasonComment: '鍵ファイルを誤って公開したため' },
  certificate: makeSummary({ commonName: 'old.example.ac.jp', issuerDn: 'CN=NII Open Domain CA - G8 RSA, O=SECOM Trust Systems CO.,LTD., C=JP' }),
});
const smime = makeRecord({ fqdn: '', adminName: '', certificate: makeSummary({ commonName: 'Suzuki Ichiro', dnsNames: [], emailAddresses: ['ichiro.suzuki@example.ac.jp'] }) });
const records = indexed([takahashiVariant, takahashiCommon, hanWidth, revoked, smime]);
const index = buildSearchIndex(records);

const hitsOf = (query: string): number[] => searchRecords(index, query).map((hit) => hit.index);
const rangesOf = (query: string, record: number): MatchRange[] => searchRecords(index, query).find((hit) => hit.index === record)?.matches.slice() ?? [];

describe('searching for people and what staff remember about a certificate', () => {
  it.each([
    { name: '高橋 finds both the 髙橋 and the 高橋 rows', query: '高橋', want: [0, 1] },
    { name: '髙橋 finds both rows too', query: '髙橋', want: [0, 1] },
    { name: 'a department finds its rows', query: '広報課', want: [0] },
    { name: 'full-width typing finds ASCII software names', query: 'ａｐａｃｈｅ', want: [0] },
    { name: 'an other recipient address is found', query: 'webmaster@', want: [0] },
    { name: 'full-width katakana finds a half-width name', query: 'ヤマダ', want: [2] },
    { name: '渡辺 finds 渡邊', query: '渡辺', want: [3] },
    { name: 'a word of the revocation comment is found', query: '誤って公開', want: [3] },
    { name: 'the issuing intermediate is found', query: 'G8 RSA', want: [3] },
    { name: "an S/MIME certificate's e-mail SAN is found", query: 'ichiro.suzuki@', want: [4] },
  ])('$name', ({ query, want }) => expect(hitsOf(query)).toEqual(want));

  it('highlights the name as written, at the offsets of the shown text', () => {
    const [range] = rangesOf('高橋', 0);
    expect(range).toEqual({ field: 'adminName', item: 0, start: 0, end: 2 });
    expect(searchFieldValue(records[0]!, range!.field, range!.item).slice(range!.start, range!.end)).toBe('髙橋');
  });

  it('highlights a half-width name over its own characters', () => {
    const [range] = rangesOf('ヤマダ', 2);
    expect(searchFieldValue(records[2]!, range!.field).slice(range!.start, range!.end)).toBe('ﾔﾏﾀﾞ');
  });
});

describe('foldForSearch', () => {
  it('keeps every character at its offset', () => {
    for (const text of ['髙橋 美咲', 'ＷＷＷ．ｅｘａｍｐｌｅ', 'ﾃﾞｰﾀ', 'İstanbul', '㈱サンプル', '𠮷田']) expect(foldForSearch(text).length).toBe(text.length);
  });

  it('folds width, case and name variants, and leaves the rest', () => {
    expect(foldForSearch('ＷＷＷ．Ｅｘａｍｐｌｅ')).toBe('www.example');
    expect(foldForSearch('髙﨑 澤')).toBe('高崎 沢');
    expect(foldForSearch('山田 太郎')).toBe('山田 太郎');
  });
});

describe('textMatchRanges (the details pane marks what the list search matched)', () => {
  it.each([
    { name: 'a name variant', value: '髙橋 美咲', query: '高橋', want: [{ start: 0, end: 2 }] },
    { name: 'full-width typing in ASCII text, every occurrence', value: 'Apache 2.4 (apache)', query: 'ＡＰＡＣＨＥ', want: [{ start: 0, end: 6 }, { start: 12, end: 18 }] },
    { name: 'nothing for an empty query', value: '髙橋', query: '  ', want: [] },
  ])('$name', ({ value, query, want }) => expect(textMatchRanges(value, query)).toEqual(want));
});

