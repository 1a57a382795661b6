import { describe, expect, it } from 'vitest';
import type { ColumnKey } from '../../../../shared/model/columns';
import { codeMeaning } from '../../../../shared/tsv/coded-values';

describe('codeMeaning: coded cells decoded in NII\'s words', () => {
  const cases: { name: string; key: ColumnKey; cell: string; want: ReturnType<typeof codeMeaning> }[] = [
    { name: '状態 5 is NII\'s 証明書発行処理完了', key: 'status', cell: '5', want: { label: { ja: '証明書発行処理完了', en: 'Issued' }, inferred: false } },
    { name: '状態 −2 is NII\'s 認証局連携API処理エラー', key: 'status', cell: '-2', want: { label: { ja: '認証局連携API処理エラー', en: 'CA API error' }, inferred: false } },
    { name: 'an unknown 状態 has no meaning (the raw code stays alone)', key: 'status', cell: '42', want: null },
    { name: '失効理由コード 4 is NII\'s term', key: 'revocationReasonCode', cell: '4', want: { label: { ja: '証明書の更新または証明書記載内容の変更', en: 'Certificate renewed or its contents changed' }, inferred: false } },
    { name: '失効理由コード 5 is NII\'s term', key: 'revocationReasonCode', cell: '5', want: { label: { ja: '証明書の利用終了', en: 'Certificate no longer used' }, inferred: false } },
    { name: 'RFC 5280 has no reason 7', key: 'revocationReasonCode', cell: '7', want: null },
    { name: '申請種別 2 is a renewal, marked as inferred', key: 'applicationType', cell: '2', want: { label: { ja: '更新', en: 'Renewal' }, inferred: true } },
    { name: 'ダウンロード方法 3 is the browser, marked as inferred', key: 'downloadMethod', cell: '3', want: { label: { ja: 'ブラウザ', en: 'In the browser' }, inferred: true } },
    { name: 'an empty cell has no meaning', key: 'status', cell: '', want: null },
    { name: 'text in a coded column has no meaning', key: 'applicationType', cell: '更新', want: null },
    { name: 'a column that is not coded has no meaning', key: 'fqdn', cell: '5', want: null },
  ];
  it.each(cases)('$name', ({ key, cell, want }) => {
    expect(codeMeaning(key, cell)).toEqual(want);
  });
});
