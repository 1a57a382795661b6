import { describe, expect, it } from 'vitest';
import { revocationReasonLabel } from '../../../../shared/tsv/revocation-reason-label';

describe('revocationReasonLabel', () => {
  it.each([
    { name: 'names 0 unspecified', input: 0, want: 'Unspecified' },
    { name: 'names 1 key compromise', input: 1, want: 'Key compromise' },
    { name: 'names 3 affiliation changed', input: 3, want: 'Affiliation changed' },
    { name: 'names 4 superseded', input: 4, want: 'Superseded' },
    { name: 'names 5 cessation of operation', input: 5, want: 'Cessation of operation' },
    { name: 'shows 7 (unused by RFC 5280) as its raw number', input: 7, want: '7' },
  ])('$name', ({ input, want }) => {
    expect(revocationReasonLabel(input)?.en).toBe(want);
  });

  it('gives no label when there is no code', () => {
    expect(revocationReasonLabel(null)).toBeNull();
  });

  it('gives the Japanese label with the RFC 5280 name', () => {
    expect(revocationReasonLabel(1)?.ja).toBe('鍵の危殆化 (keyCompromise)');
  });
});
