import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeCrl } from '../../../../../shared/diagnostics/crl-check';
import { readCrl, type CrlReadProbe } from '../../../../../shared/pki/crl/read-crl';
import { serialKey } from '../../../../../shared/pki/serial';
import { x509 } from '../../../../../shared/pki/x509-library';
import { FUZZ_RUNS, propertyTimeout } from '../../../../support/fuzz-runs';
import { hexBytes, makeTestCrl } from '../../../../support/crl-factory';
import { makeChain, type Issued } from '../../diagnostics/make-pki';

let ca: Issued;

beforeAll(async () => {
  ca = (await makeChain('ec-p256', {}, 'Reader')).intermediate;
});

/** Reads a CRL with a work counter: the number of DER elements the reader walked. */
function readCounting(der: Uint8Array) {
  const probe: CrlReadProbe = { elements: 0 };
  const read = readCrl(der, probe);
  if (!read.ok) throw new Error('CRL did not read');
  return { crl: read.value, elements: probe.elements };
}

describe('readCrl on long lists', () => {
  it.each([30_000, 100_000])('reads a valid %i-entry CRL, finds a listed serial and verifies its signature', async (count) => {
    const der = await makeTestCrl({ issuer: ca, bulkEntries: count, number: 7n });
    const { crl } = readCounting(der);
    expect(crl.entryCount).toBe(count);
    expect(crl.number).toBe(7n);
    const listed = serialKey(hexBytes((1_000_000 + Math.floor(count / 2)).toString(16)));
    expect(crl.entryFor(crl.issuerKey, listed)).toMatchObject({ serialKey: listed, reason: null });
    expect(crl.entryFor(crl.issuerKey, serialKey(hexBytes((1_000_000 + count).toString(16))))).toBeUndefined();
    expect((await judgeCrl(crl, [ca.der], Date.UTC(2025, 5, 2))).usable).toBe(true);
  });

  it('reads a list the ASN.1 library refuses (its node limit), which is why the reader streams', async () => {
    const der = await makeTestCrl({ issuer: ca, bulkEntries: 30_000 });
    expect(() => new x509.X509Crl(der).entries).toThrow(/Maximum ASN\.1 node count/);
    expect(readCrl(der).ok).toBe(true);
  });

  it('walks a fixed number of DER elements per entry: the work grows linearly with the list', async () => {
    const sizes = [1_000, 10_000, 30_000, 60_000];
    const counts: number[] = [];
    for (const size of sizes) counts.push(readCounting(await makeTestCrl({ issuer: ca, bulkEntries: size })).elements);
    const perEntry = sizes.slice(1).map((size, index) => (counts[index + 1]! - counts[0]!) / (size - sizes[0]!));
    // An entry is SEQUENCE { INTEGER, Time }: three elements, whatever the length of the list.
    expect(perEntry).toEqual([3, 3, 3]);
  });
});

describe('readCrl on damaged input', () => {
  it('never throws on random bytes and mutated CRLs, and refuses with `unreadable`', async () => {
    const der = await makeTestCrl({ issuer: ca, entries: [{ serial: Uint8Array.of(1), reason: 1 }], number: 3n, idp: { onlyUserCerts: true } });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.tuple(fc.nat(der.length - 1), fc.integer({ min: 0, max: 255 })).map(([at, value]) => {
        const copy = Uint8Array.from(der);
        copy[at] = value;
        return copy;
      })), (bytes) => {
        const read = readCrl(bytes);
        if (!read.ok) expect(read.error).toBe('unreadable');
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, propertyTimeout(FUZZ_RUNS));

  it('refuses trailing bytes after the CRL', async () => {
    const der = await makeTestCrl({ issuer: ca });
    expect(readCrl(Uint8Array.from([...der, 0])).ok).toBe(false);
  });
});
