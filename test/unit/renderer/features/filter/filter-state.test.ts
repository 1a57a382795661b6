import { describe, expect, it } from 'vitest';
import { ariaSortOf, INITIAL_QUERY, queryReducer, type QueryAction } from '../../../../../renderer/features/filter/filter-state';
import type { ListQuery } from '../../../../../shared/use-cases/views';

/** The query after a sequence of actions from the initial one. */
function after(...actions: QueryAction[]): ListQuery {
  return actions.reduce(queryReducer, INITIAL_QUERY);
}

describe('queryReducer', () => {
  const cases: { name: string; input: QueryAction[]; want: Partial<ListQuery> }[] = [
    { name: 'sets the text as typed', input: [{ type: 'text', text: 'www.example' }], want: { text: 'www.example' } },
    { name: 'turns a toggle on', input: [{ type: 'toggle', toggle: 'hideExpired' }], want: { hideExpired: true } },
    { name: 'turns a toggle off when pressed again', input: [{ type: 'toggle', toggle: 'hideExpired' }, { type: 'toggle', toggle: 'hideExpired' }], want: { hideExpired: false } },
    { name: 'chooses an expiry window', input: [{ type: 'expiring', days: 60 }], want: { expiringWithinDays: 60 } },
    { name: 'switches from one expiry window to another', input: [{ type: 'expiring', days: 30 }, { type: 'expiring', days: 90 }], want: { expiringWithinDays: 90 } },
    { name: 'clears the expiry window when the same one is chosen again', input: [{ type: 'expiring', days: 30 }, { type: 'expiring', days: 30 }], want: { expiringWithinDays: null } },
    { name: 'sorts a column ascending first', input: [{ type: 'sort', key: 'notAfter' }], want: { sort: { key: 'notAfter', direction: 'asc' } } },
    { name: 'sorts descending on the second press', input: [{ type: 'sort', key: 'notAfter' }, { type: 'sort', key: 'notAfter' }], want: { sort: { key: 'notAfter', direction: 'desc' } } },
    { name: 'returns to file order on the third press', input: [{ type: 'sort', key: 'fqdn' }, { type: 'sort', key: 'fqdn' }, { type: 'sort', key: 'fqdn' }], want: { sort: null } },
    { name: 'starts ascending when another column is chosen', input: [{ type: 'sort', key: 'fqdn' }, { type: 'sort', key: 'fqdn' }, { type: 'sort', key: 'serial' }], want: { sort: { key: 'serial', direction: 'asc' } } },
    { name: 'keeps the text when a toggle changes', input: [{ type: 'text', text: 'vpn' }, { type: 'toggle', toggle: 'pendingOrError' }], want: { text: 'vpn', pendingOrError: true } },
    { name: 'resets everything', input: [{ type: 'text', text: 'vpn' }, { type: 'toggle', toggle: 'hideRevokedOrReplaced' }, { type: 'reset' }], want: INITIAL_QUERY },
  ];
  it.each(cases)('$name', ({ input, want }) => {
    expect(after(...input)).toEqual({ ...INITIAL_QUERY, ...want });
  });

  it('never changes the query it was given', () => {
    const before = structuredClone(INITIAL_QUERY);
    queryReducer(INITIAL_QUERY, { type: 'toggle', toggle: 'hideExpired' });
    expect(INITIAL_QUERY).toEqual(before);
  });
});

describe('ariaSortOf', () => {
  const cases = [
    { name: 'says none for an unsorted list', input: after(), want: 'none' },
    { name: 'says ascending for the sorted column', input: after({ type: 'sort', key: 'status' }), want: 'ascending' },
    { name: 'says descending after the second press', input: after({ type: 'sort', key: 'status' }, { type: 'sort', key: 'status' }), want: 'descending' },
  ] as const;
  it.each(cases)('$name', ({ input, want }) => {
    expect(ariaSortOf(input, 'status')).toBe(want);
    expect(ariaSortOf(input, 'serial')).toBe('none');
  });
});

describe('the expiry date range', () => {
  it('sets both ends together and keeps the rest of the query', () => {
    const withText = queryReducer(INITIAL_QUERY, { type: 'text', text: 'www' });
    const ranged = queryReducer(withText, { type: 'expiresBetween', from: '2027-04-01', to: '2027-06-30' });
    expect(ranged).toMatchObject({ text: 'www', expiresFrom: '2027-04-01', expiresTo: '2027-06-30' });
  });
});
