import { X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { concatBytes } from '../../../../../shared/encoding/bytes';
import { buildChainPath } from '../../../../../shared/pki/chain/build-chain-path';
import { readEcdsaSignature } from '../../../../../shared/pki/der/ecdsa-signature';
import { readChildren, readElement, type DerElement } from '../../../../../shared/pki/der/der-reader';
import { derBitString, derSequence, encodeDer } from '../../../../../shared/pki/der/der-writer';
import { makeChain, type Issued } from '../../diagnostics/make-pki';

/**
 * Regression: path-properties found an intermediate whose ECDSA signature had one byte changed
 * (the ECDSA-Sig-Value SEQUENCE length 0x44 → 0x24, so the SEQUENCE stopped inside s) that the
 * library still verified and OpenSSL refused. The signature check now refuses every signature
 * encoding that is not exactly DER, as OpenSSL does; each shape below is a real certificate from
 * make-pki with its signature encoding changed and its signed bytes (the TBSCertificate) untouched.
 */

const NOW = Date.UTC(2026, 0, 15);

type Chain = { root: Issued; intermediate: Issued; leaf: Issued };
let ec: Chain;
let rsa: Chain;

beforeAll(async () => {
  [ec, rsa] = await Promise.all([makeChain('ec-p256'), makeChain('rsa2048')]);
}, 120_000);

/** The three parts of Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }, as bytes. */
function parts(der: Uint8Array): { tbs: Uint8Array; algorithm: Uint8Array; value: Uint8Array; elements: DerElement[] } {
  const outer = readElement(der, 0) as DerElement;
  const elements = readChildren(der, outer) as DerElement[];
  const [tbs, algorithm, value] = elements.map((element) => der.subarray(element.start, element.end)) as [Uint8Array, Uint8Array, Uint8Array];
  return { tbs, algorithm, value, elements };
}

/** The certificate with another signatureAlgorithm and signatureValue (re-encoded lengths, same TBSCertificate). */
const rebuilt = (der: Uint8Array, algorithm: Uint8Array, value: Uint8Array): Uint8Array => derSequence(parts(der).tbs, algorithm, value);

/** The signature octets inside the BIT STRING (after its unused-bits octet). */
function signatureOctets(der: Uint8Array): Uint8Array {
  const bitString = parts(der).elements[2]!;
  return der.slice(bitString.contentStart + 1, bitString.end);
}

/** Offset of the ECDSA-Sig-Value's SEQUENCE length octet (a P-256 signature is short enough for one length octet). */
function ecdsaSequenceLengthAt(der: Uint8Array): number {
  const bitString = parts(der).elements[2]!;
  return bitString.contentStart + 2;
}

/** ECDSA-Sig-Value with its INTEGERs' contents replaced. */
function ecdsaValue(r: Uint8Array, s: Uint8Array): Uint8Array {
  return derBitString(derSequence(encodeDer(0x02, r), encodeDer(0x02, s)));
}

function integers(der: Uint8Array): { r: Uint8Array; s: Uint8Array } {
  const signature = signatureOctets(der);
  const [r, s] = readChildren(signature, readElement(signature, 0) as DerElement) as DerElement[];
  return { r: signature.slice(r!.contentStart, r!.end), s: signature.slice(s!.contentStart, s!.end) };
}

interface Shape {
  readonly name: string;
  readonly chain: () => Chain;
  /** The edited certificate, from the original. */
  readonly edit: (der: Uint8Array) => Uint8Array;
}

const SHAPES: readonly Shape[] = [
  {
    // The property's counterexample: 30 44 02 20 <r> 02 20 <s> → 30 24 …: the SEQUENCE ends after s's header.
    name: 'ECDSA-Sig-Value SEQUENCE length cut to end inside s (0x44 → 0x24)',
    chain: () => ec,
    edit: (der) => {
      const out = new Uint8Array(der);
      const { r } = integers(der);
      out[ecdsaSequenceLengthAt(der)] = 2 + r.length + 2;
      return out;
    },
  },
  {
    name: 'ECDSA-Sig-Value SEQUENCE length cut to end after r (s left outside it)',
    chain: () => ec,
    edit: (der) => {
      const out = new Uint8Array(der);
      const { r } = integers(der);
      out[ecdsaSequenceLengthAt(der)] = 2 + r.length;
      return out;
    },
  },
  {
    name: 'ECDSA r with a redundant leading zero octet',
    chain: () => ec,
    edit: (der) => {
      const { r, s } = integers(der);
      return rebuilt(der, parts(der).algorithm, ecdsaValue(concatBytes([new Uint8Array([0]), r]), s));
    },
  },
  {
    name: 'ECDSA s with a redundant leading zero octet',
    chain: () => ec,
    edit: (der) => {
      const { r, s } = integers(der);
      return rebuilt(der, parts(der).algorithm, ecdsaValue(r, concatBytes([new Uint8Array([0]), s])));
    },
  },
  {
    name: 'ECDSA signature with a byte after the ECDSA-Sig-Value',
    chain: () => ec,
    edit: (der) => rebuilt(der, parts(der).algorithm, derBitString(concatBytes([signatureOctets(der), new Uint8Array([0])]))),
  },
  {
    name: 'signatureValue BIT STRING with unused bits (ECDSA)',
    chain: () => ec,
    edit: (der) => {
      const out = new Uint8Array(der);
      out[parts(der).elements[2]!.contentStart] = 0x01;
      return out;
    },
  },
  {
    name: 'signatureValue BIT STRING with unused bits (RSA)',
    chain: () => rsa,
    edit: (der) => {
      const out = new Uint8Array(der);
      out[parts(der).elements[2]!.contentStart] = 0x07;
      return out;
    },
  },
  {
    // sha256WithRSAEncryption with its NULL parameters left out of the outer field only (RFC 5280 §4.1.1.2: they must match).
    name: 'outer signatureAlgorithm not the TBSCertificate signature field (RSA, NULL parameters dropped)',
    chain: () => rsa,
    edit: (der) => {
      const algorithm = parts(der).algorithm;
      const oid = readChildren(algorithm, readElement(algorithm, 0) as DerElement) as DerElement[];
      return rebuilt(der, derSequence(algorithm.subarray(oid[0]!.start, oid[0]!.end)), parts(der).value);
    },
  },
];

/** Whether OpenSSL (node:crypto) finds `child` signed by `issuer`; false when it cannot read it. */
function opensslVerifies(child: Uint8Array, issuer: Uint8Array): boolean {
  try {
    return new X509Certificate(Buffer.from(child)).verify(new X509Certificate(Buffer.from(issuer)).publicKey);
  } catch {
    return false;
  }
}

describe('signature encodings OpenSSL refuses', () => {
  it('the unedited chains are valid (the control)', async () => {
    for (const chain of [ec, rsa]) {
      const result = await buildChainPath(chain.leaf.der, { now: NOW, extraCas: [chain.root.der, chain.intermediate.der] });
      expect(result.valid).toBe(true);
    }
  });

  for (const shape of SHAPES) {
    for (const target of ['intermediate', 'leaf'] as const) {
      it(`refuses the ${target} when its ${shape.name}`, async () => {
        const chain = shape.chain();
        const original = chain[target].der;
        const changed = shape.edit(original);
        // The signed bytes are untouched: only the signature's encoding differs, and OpenSSL refuses it.
        expect(parts(changed).tbs).toEqual(parts(original).tbs);
        expect(opensslVerifies(changed, target === 'leaf' ? chain.intermediate.der : chain.root.der)).toBe(false);
        const leaf = target === 'leaf' ? changed : chain.leaf.der;
        const intermediate = target === 'intermediate' ? changed : chain.intermediate.der;
        const result = await buildChainPath(leaf, { now: NOW, extraCas: [chain.root.der, intermediate] });
        expect(result.valid).toBe(false);
        expect(result.complete).toBe(false);
        const index = target === 'leaf' ? 0 : 1;
        expect(result.failures.some((failure) => failure.code === 'signature-invalid' && failure.index === index)).toBe(true);
      });
    }
  }
});

describe('readEcdsaSignature', () => {
  const hex = (text: string) => Uint8Array.from(Buffer.from(text.replace(/ /g, ''), 'hex'));
  it.each([
    ['30 06 02 01 01 02 01 02', true],
    ['30 08 02 02 00 80 02 02 00 ff', true],
    ['30 07 02 02 00 01 02 01 02', false], // r padded
    ['30 06 02 01 81 02 01 02', false], // r negative
    ['30 05 02 00 02 01 02', false], // r empty
    ['30 06 02 01 01 02 01 02 00', false], // trailing byte
    ['30 04 02 01 01 02 01 02', false], // SEQUENCE stops short
    ['30 81 06 02 01 01 02 01 02', false], // long-form length where the short form fits
    ['30 09 02 01 01 02 01 02 02 01 03', false], // three INTEGERs
    ['31 06 02 01 01 02 01 02', false], // SET, not SEQUENCE
  ])('%s → %s', (text, accepted) => {
    expect(readEcdsaSignature(hex(text)) !== null).toBe(accepted);
  });
});
