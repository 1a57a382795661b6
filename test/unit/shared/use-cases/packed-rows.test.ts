import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packedCount, packRows, unpackRow } from '../../../../shared/use-cases/packed-rows';
import { RowStore } from '../../../../shared/use-cases/row-store';
import type { ListRow } from '../../../../shared/use-cases/views';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const localized = fc.record({ ja: text, en: text });
const STATES = ['valid', 'expiring', 'expired', 'not-yet-valid', 'revoked', 'pending', 'error', 'no-certificate', 'unreadable'] as const;

/** Any display row without a role (roles are not packed), at index `index`. */
const row = (index: number): fc.Arbitrary<ListRow> =>
  fc.record({
    index: fc.constant(index),
    applicationId: text,
    fqdn: text,
    commonName: text,
    dnsNames: fc.array(text, { maxLength: 4 }),
    state: fc.constantFrom(...STATES),
    daysLeft: fc.option(fc.integer({ min: -100_000, max: 100_000 })),
    notAfter: fc.option(fc.integer({ min: 0, max: 4_102_444_800_000 })),
    statusCode: fc.option(fc.integer({ min: -9, max: 99 })),
    statusLabel: localized,
    profileLabel: localized,
    serialNumber: text,
    serialHex: text,
    role: fc.constant(null),
    hasCertificate: fc.boolean(),
    adminName: text,
    adminAffiliation: text,
    keyMaterialNotice: fc.option(localized),
  });

/** Consecutive rows from `first`. */
const rowsFrom = (first: number, count: number) => fc.tuple(...Array.from({ length: count }, (_, i) => row(first + i)));

describe('packed rows', () => {
  it('give back every row exactly, whatever its text (lone surrogates, quotes, NUL, Japanese)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }).chain((count) => rowsFrom(5, count)), (rows) => {
        const packed = packRows(rows);
        expect(packedCount(packed)).toBe(rows.length);
        rows.forEach((original, i) => expect(unpackRow(packed, i)).toEqual(original));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('keep odd text intact', () => {
    const odd = fc.sample(row(0), 1)[0]!;
    const tricky = { ...odd, fqdn: '"\\\u0000\ud800x\n', adminName: '髙橋　①', dnsNames: ['', '*.example.ac.jp'] };
    expect(unpackRow(packRows([tricky]), 0)).toEqual(tricky);
  });
});

describe('RowStore', () => {
  it('reads rows across chunks, then with their roles, and refuses a chunk out of order', () => {
    const [a, b] = fc.sample(fc.tuple(rowsFrom(0, 3), rowsFrom(3, 2)), 1)[0]!;
    const empty = RowStore.empty();
    const one = empty.withRows(packRows(a));
    const two = one.withRows(packRows(b));
    expect([empty.length, one.length, two.length]).toEqual([0, 3, 5]);
    expect(Array.from({ length: 5 }, (_, i) => two.at(i))).toEqual([...a, ...b]);
    expect([two.at(-1), two.at(5), two.at(1.5)]).toEqual([undefined, undefined, undefined]);
    // The earlier store is unchanged (React compares stores).
    expect(one.at(3)).toBeUndefined();
    expect(() => one.withRows(packRows(a))).toThrow('arrived after 3 rows');
    expect(two.hasRoles).toBe(false);
    const withRoles = two.withRoles(new Uint8Array([1, 2, 0, 3, 4]));
    expect(withRoles.hasRoles).toBe(true);
    expect(Array.from({ length: 5 }, (_, i) => withRoles.at(i)!.role)).toEqual(['current', 'replaced', null, 'revoked', 'expired']);
    expect(two.at(0)!.role).toBeNull();
  });

  it('hands the same object for a row asked twice, so a shown row does not re-render for nothing', () => {
    const store = RowStore.empty().withRows(packRows(fc.sample(rowsFrom(0, 2), 1)[0]!));
    expect(store.at(1)).toBe(store.at(1));
  });
});
