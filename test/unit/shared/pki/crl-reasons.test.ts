import { describe, expect, it } from 'vitest';
import { CRL_REASONS, crlReasonLabel } from '../../../../shared/pki/crl-reasons';

describe('crlReasonLabel', () => {
  it.each([
    { name: 'names 0 in NII’s words', input: 0, want: '未定義' },
    { name: 'names 1 in NII’s words', input: 1, want: '鍵の危殆化' },
    { name: 'names 3 in NII’s words', input: 3, want: '主体DNの変更' },
    { name: 'names 4 in NII’s words', input: 4, want: '証明書の更新または証明書記載内容の変更' },
    { name: 'names 5 in NII’s words', input: 5, want: '証明書の利用終了' },
    { name: 'names 6, which only CRLs carry', input: 6, want: '証明書の一時停止' },
    { name: 'shows 7 (unused by RFC 5280) with its number', input: 7, want: '理由コード 7' },
  ])('$name', ({ input, want }) => {
    expect(crlReasonLabel(input).ja).toBe(want);
  });

  it('gives English words for every code, and the number for an unknown one', () => {
    expect(crlReasonLabel(1).en).toBe('Key compromise');
    expect(crlReasonLabel(99).en).toBe('reason code 99');
  });
});

describe('CRL_REASONS', () => {
  it('lets requests carry exactly the codes NII accepts (0, 1, 3, 4, 5)', () => {
    expect(CRL_REASONS.filter((reason) => reason.requestable).map((reason) => reason.code)).toEqual([0, 1, 3, 4, 5]);
  });

  it('names every RFC 5280 code but 7 once, in code order', () => {
    expect(CRL_REASONS.map((reason) => reason.code)).toEqual([0, 1, 2, 3, 4, 5, 6, 8, 9, 10]);
  });
});
