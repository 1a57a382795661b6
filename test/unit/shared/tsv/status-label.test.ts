import { describe, expect, it } from 'vitest';
import { statusLabel } from '../../../../shared/tsv/status-label';

describe('statusLabel', () => {
  it.each([
    { name: 'names 5 in NII\'s words (issued)', input: 5, want: { ja: '証明書発行処理完了', en: 'Issued' } },
    { name: 'names 7 in NII\'s words (revoked)', input: 7, want: { ja: '証明書失効処理完了', en: 'Revoked' } },
    { name: 'names 0 in NII\'s words (issuing)', input: 0, want: { ja: '証明書発行処理中', en: 'Issuing' } },
    { name: 'names 4 in NII\'s words (waiting for pickup)', input: 4, want: { ja: '発行案内メール送信済み', en: 'Waiting for pickup (issuance mail sent)' } },
    { name: 'names -2 in NII\'s words (CA API error)', input: -2, want: { ja: '認証局連携API処理エラー', en: 'CA API error' } },
    { name: 'names -3 in NII\'s words (system error)', input: -3, want: { ja: '支援システム実行エラー', en: 'System error' } },
    { name: 'shows an unknown code as its raw number', input: 42, want: { ja: '42', en: '42' } },
    { name: 'shows a missing status as unknown', input: null, want: { ja: '不明', en: 'Unknown' } },
  ])('$name', ({ input, want }) => {
    expect(statusLabel(input)).toEqual(want);
  });

  it('has a distinct Japanese label for every documented code 0…10 and −1…−3', () => {
    const codes = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, -1, -2, -3];
    const labels = codes.map((code) => statusLabel(code).ja);
    expect(new Set(labels).size).toBe(codes.length);
    expect(labels.every((label) => !/^-?\d+$/.test(label))).toBe(true);
  });
});
