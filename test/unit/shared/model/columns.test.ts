import { describe, expect, it } from 'vitest';
import { columnLabel, maskSecret, SECRET_MASK } from '../../../../shared/model/columns';

describe('columnLabel', () => {
  it('keeps the header as written in Japanese and gives a known column its English name', () => {
    expect(columnLabel({ key: 'notAfter', label: '発行・更新申請-証明書有効期限' })).toEqual({ ja: '発行・更新申請-証明書有効期限', en: 'Valid until' });
  });
  it('keeps the header of an unknown column in both languages', () => {
    expect(columnLabel({ key: null, label: '備考' })).toEqual({ ja: '備考', en: '備考' });
  });
});

describe('maskSecret', () => {
  it.each([
    { name: 'masks a secret', value: '123456', show: false, want: SECRET_MASK },
    { name: 'shows it when asked', value: '123456', show: true, want: '123456' },
    { name: 'leaves an empty cell empty', value: '', show: false, want: '' },
  ])('$name', ({ value, show, want }) => expect(maskSecret(value, show)).toBe(want));
});
