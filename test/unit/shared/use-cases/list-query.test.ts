import { describe, expect, it } from 'vitest';
import { findCurrentCertificates } from '../../../../shared/query/current';
import { filterOptionsOf } from '../../../../shared/use-cases/list-query';
import type { ListQuery } from '../../../../shared/use-cases/views';
import { jst } from '../../../support/record-factory';

const query: ListQuery = { text: '', hideExpired: false, hideRevokedOrReplaced: false, expiringWithinDays: null, pendingOrError: false, replacedNotRevoked: false, expiresFrom: '', expiresTo: '', sort: null };
const current = findCurrentCertificates([], 0);

describe('filterOptionsOf: the filter bar as filter options', () => {
  it('reads the date inputs as Japan-time dates, the upper one through its last millisecond', () => {
    const options = filterOptionsOf({ ...query, expiresFrom: '2027-04-01', expiresTo: '2027-06-30' }, 0, current);
    expect(options.expiresBetween).toEqual({ from: jst('2027-04-01T00:00'), to: jst('2027-07-01T00:00') - 1 });
  });

  it('leaves an empty end open and sets no range when both are empty', () => {
    expect(filterOptionsOf({ ...query, expiresTo: '2027-06-30' }, 0, current).expiresBetween).toEqual({ from: null, to: jst('2027-07-01T00:00') - 1 });
    expect(filterOptionsOf(query, 0, current).expiresBetween).toBeUndefined();
  });
});
