import { describe, expect, it } from 'vitest';
import { profileLabel } from '../../../../shared/tsv/profile-label';

describe('profileLabel', () => {
  it.each([
    { name: 'names server profile 3 as RSA 2048 / SHA-256', input: 3, want: 'RSA 2048 / SHA-256 (サーバ証明書)' },
    { name: 'names server profile 11 as ECDSA P-384 / SHA-384', input: 11, want: 'ECDSA P-384 / SHA-384 (サーバ証明書)' },
    { name: 'names client profile 5', input: 5, want: 'クライアント証明書' },
    { name: 'names S/MIME profile 7', input: 7, want: 'S/MIME 証明書' },
    { name: 'names the 25-month client profile 14', input: 14, want: 'クライアント証明書 (25か月)' },
    { name: 'shows an unknown profile as its raw number', input: 15, want: '15' },
    { name: 'shows a missing profile as unknown', input: null, want: '不明' },
  ])('$name', ({ input, want }) => {
    expect(profileLabel(input).ja).toBe(want);
  });

  it('gives English labels too', () => {
    expect(profileLabel(11).en).toBe('ECDSA P-384 / SHA-384 (server certificate)');
  });
});
