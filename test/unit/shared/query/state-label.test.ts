import { describe, expect, it } from 'vitest';
import type { CurrentRole } from '../../../../shared/query/current';
import type { RecordState } from '../../../../shared/query/record-state';
import { currentRoleLabel, recordStateLabel } from '../../../../shared/query/state-label';

describe('recordStateLabel', () => {
  const cases: { name: string; input: RecordState; want: { ja: string; en: string } }[] = [
    { name: 'labels valid', input: 'valid', want: { ja: '有効', en: 'Valid' } },
    { name: 'labels expiring', input: 'expiring', want: { ja: '期限間近', en: 'Expiring soon' } },
    { name: 'labels expired', input: 'expired', want: { ja: '期限切れ', en: 'Expired' } },
    { name: 'labels not-yet-valid', input: 'not-yet-valid', want: { ja: '有効期間前', en: 'Not yet valid' } },
    { name: 'labels revoked', input: 'revoked', want: { ja: '失効', en: 'Revoked' } },
    { name: 'labels pending', input: 'pending', want: { ja: '処理中', en: 'Pending' } },
    { name: 'labels error', input: 'error', want: { ja: 'エラー', en: 'Error' } },
    { name: 'labels no-certificate', input: 'no-certificate', want: { ja: '証明書なし', en: 'No certificate' } },
  ];
  for (const { name, input, want } of cases) it(name, () => expect(recordStateLabel(input)).toEqual(want));
});

describe('currentRoleLabel', () => {
  const cases: { name: string; input: CurrentRole; want: string }[] = [
    { name: 'labels the current certificate', input: 'current', want: 'Current' },
    { name: 'labels a replaced certificate', input: 'replaced', want: 'Replaced' },
    { name: 'gives an empty label for no role', input: null, want: '' },
  ];
  for (const { name, input, want } of cases) it(name, () => expect(currentRoleLabel(input).en).toBe(want));
});
