import { X509Certificate } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChainPath } from '../../../../../shared/pki/chain/build-chain-path';
import { expensiveRuns, propertyTimeout } from '../../../../support/fuzz-runs';
import { makeChain, type Issued } from '../../diagnostics/make-pki';

const NOW = Date.UTC(2026, 0, 15);
/** Each case parses and validates a whole chain (tens of ms): a fifth of the expensive-property budget. */
const RUNS = Math.max(1, Math.floor(expensiveRuns() / 5));

let chain: { root: Issued; intermediate: Issued; leaf: Issued };

beforeAll(async () => {
  chain = await makeChain('ec-p256');
}, 120_000);

/** Byte edits anywhere in a certificate: each replaces one byte by another. */
const edits = fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 4 });

function edited(der: Uint8Array, changes: readonly { at: number; value: number }[]): Uint8Array {
  const out = new Uint8Array(der);
  for (const { at, value } of changes) out[at % out.length] = value;
  return out;
}

/** Whether OpenSSL (node:crypto, independent of our validator) finds `child` signed by `issuer`; false when it cannot read it. */
function opensslVerifies(child: Uint8Array, issuer: Uint8Array): boolean {
  try {
    return new X509Certificate(Buffer.from(child)).verify(new X509Certificate(Buffer.from(issuer)).publicKey);
  } catch {
    return false;
  }
}

describe('path validation properties', () => {
  it(
    'never throws and never accepts a leaf or intermediate whose signature OpenSSL refuses',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.boolean(), edits, async (editLeaf, changes) => {
          const leaf = editLeaf ? edited(chain.leaf.der, changes) : chain.leaf.der;
          const intermediate = editLeaf ? chain.intermediate.der : edited(chain.intermediate.der, changes);
          const result = await buildChainPath(leaf, { now: NOW, extraCas: [chain.root.der, intermediate] });
          if (!result.valid) return;
          // A valid path is leaf → intermediate → root here, and OpenSSL must agree with each signature.
          const ders = result.links.map((link) => link.der);
          for (let i = 0; i + 1 < ders.length; i++) expect(opensslVerifies(ders[i]!, ders[i + 1]!)).toBe(true);
        }),
        { numRuns: RUNS },
      );
    },
    propertyTimeout(RUNS, 200),
  );

  it(
    'never reports a path valid when any byte of the leaf signature is changed',
    async () => {
      const length = chain.leaf.der.length;
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: length - 64, max: length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, delta) => {
          const leaf = new Uint8Array(chain.leaf.der);
          leaf[at] = (leaf[at]! + delta) % 256;
          const result = await buildChainPath(leaf, { now: NOW, extraCas: [chain.root.der, chain.intermediate.der] });
          expect(result.valid).toBe(false);
        }),
        { numRuns: RUNS },
      );
    },
    propertyTimeout(RUNS, 200),
  );
});
