import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPathRevocation } from '../../../../../shared/pki/crl/path-revocation';
import { readCrl } from '../../../../../shared/pki/crl/read-crl';
import { sameSerial } from '../../../../../shared/pki/serial';
import { expensiveRuns, propertyTimeout } from '../../../../support/fuzz-runs';
import { hexBytes, makeTestCrl, type TestCrlEntry } from '../../../../support/crl-factory';
import { issue, makeChain, makeKeys, type Issued } from '../../diagnostics/make-pki';

/** Serials of the certificates under test (hex as the generator writes them: positive). */
const CERTIFICATE_SERIALS = ['01', '7f', '80', 'ff', '0100', 'ff01', '7fffffff'];
/** INTEGER contents a CRL entry may carry: the same numbers, their negative look-alikes and non-minimal spellings. */
const ENTRY_SERIALS = ['01', '7f', '0080', '80', '00ff', 'ff', '0100', '00ff01', 'ff01', '7fffffff', 'ffffffff', '0001', 'ff7f'];
const REASONS = [undefined, 0, 1, 2, 3, 4, 5, 6, 8, 9, 10];
const AT = Date.UTC(2025, 5, 2);

/** The INTEGER content the generator writes for a positive serial: a 00 sign octet before a top bit (X.690 §8.3.2). */
function positiveContent(hex: string): Uint8Array {
  const bytes = hexBytes(hex);
  return bytes[0]! & 0x80 ? Uint8Array.of(0, ...bytes) : bytes;
}

let intermediate: Issued;
let leaves: { der: Uint8Array; serial: Uint8Array }[];

beforeAll(async () => {
  const pki = await makeChain('ec-p256', {}, 'Property');
  intermediate = pki.intermediate;
  const keys = await makeKeys('ec-p256');
  leaves = [];
  for (const serialNumber of CERTIFICATE_SERIALS) {
    const leaf = await issue({ subject: `CN=s${serialNumber}.example.ac.jp`, issuer: intermediate, keys, serialNumber });
    leaves.push({ der: leaf.der, serial: positiveContent(serialNumber) });
  }
});

describe('revocation never reports a certificate revoked that is not', () => {
  it('says revoked exactly when a complete CRL lists the same signed serial with a reason other than removeFromCRL; a delta alone never says good', async () => {
    const entryArbitrary = fc.record({ serial: fc.constantFrom(...ENTRY_SERIALS), reason: fc.constantFrom(...REASONS) });
    const runs = expensiveRuns();
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(entryArbitrary, { maxLength: 6, selector: (entry) => entry.serial }), fc.boolean(), async (entries, isDelta) => {
        const written: TestCrlEntry[] = entries.map(({ serial, reason }) => ({ serial: hexBytes(serial), ...(reason === undefined ? {} : { reason }) }));
        const read = readCrl(await makeTestCrl({ issuer: intermediate, entries: written, number: 5n, ...(isDelta ? { deltaBase: 4n } : {}) }));
        if (!read.ok) throw new Error('CRL did not read');
        for (const leaf of leaves) {
          const [result] = await checkPathRevocation([leaf.der, intermediate.der], [{ name: 'p.crl', crl: read.value }], AT);
          const listed = written.find((entry) => sameSerial(entry.serial, leaf.serial));
          const revokes = listed !== undefined && listed.reason !== 8;
          expect(result!.status.kind === 'revoked').toBe(revokes);
          if (isDelta) expect(result!.status.kind).not.toBe('good');
        }
      }),
      { numRuns: runs },
    );
  }, propertyTimeout(expensiveRuns(), 200));
});
