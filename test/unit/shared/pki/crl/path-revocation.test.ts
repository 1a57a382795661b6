import { beforeAll, describe, expect, it } from 'vitest';
import { checkPathRevocation, type NamedCrl, type RevocationStatus } from '../../../../../shared/pki/crl/path-revocation';
import { readCrl } from '../../../../../shared/pki/crl/read-crl';
import { x509 } from '../../../../../shared/pki/x509-library';
import { distributionPointsValue, hexBytes, makeTestCrl, type TestCrlSpec } from '../../../../support/crl-factory';
import { issue, makeKeys, type Issued } from '../../diagnostics/make-pki';

/** CRLReason codes used below (RFC 5280 §5.3.1). */
const REASON = { keyCompromise: 1, certificateHold: 6, removeFromCRL: 8 } as const;
const AT = Date.UTC(2025, 5, 2);
const Y2030 = new Date(Date.UTC(2030, 0, 1));

interface Pki {
  root: Issued;
  intermediate: Issued;
  /** Serial 0x1234. */
  leaf: Issued;
  /** Serial 255 (00 FF), the PKITS 4.4.14 shape. */
  leaf255: Issued;
  /** A CA with the intermediate's name but keyUsage keyCertSign only (no cRLSign). */
  noCrlSign: Issued;
  /** Issued by `noCrlSign`. */
  leafOfNoCrlSign: Issued;
  /** A separate CRL-signing certificate named like the intermediate, issued by the root (PKITS 4.4.19 shape). */
  crlKey: Issued;
  /** An indirect CRL issuer, issued by the root. */
  indirectIssuer: Issued;
  /** Names `indirectIssuer` as its CRL issuer in cRLDistributionPoints. */
  leafViaIndirect: Issued;
  /** Has a distribution point URI. */
  leafWithPoint: Issued;
  /** Has a distribution point named relative to its issuer (CN=Part 1 under the intermediate's name). */
  leafWithRelativePoint: Issued;
  /** A CA that has expired by AT. */
  expiredCa: Issued;
  leafOfExpiredCa: Issued;
}

let pki: Pki;

beforeAll(async () => {
  const kind = 'ec-p256' as const;
  const root = await issue({ subject: 'CN=Rev Root, O=Throwaway PKI, C=JP', kind, isCa: true, notAfter: Y2030 });
  const intermediate = await issue({ subject: 'CN=Rev Intermediate, O=Throwaway PKI, C=JP', issuer: root, isCa: true, notAfter: Y2030 });
  const leafKeys = await makeKeys(kind);
  const leafOf = (issuer: Issued, serialNumber: string, more: Partial<Parameters<typeof issue>[0]> = {}) =>
    issue({ subject: `CN=leaf-${serialNumber}.example.ac.jp, C=JP`, issuer, keys: leafKeys, serialNumber, ...more });
  const noCrlSign = await issue({ subject: 'CN=Rev No CRL Sign, C=JP', issuer: root, isCa: true, keyUsage: x509.KeyUsageFlags.keyCertSign, notAfter: Y2030 });
  const crlKey = await issue({ subject: 'CN=Rev Intermediate, O=Throwaway PKI, C=JP', issuer: root, isCa: true, keyUsage: x509.KeyUsageFlags.cRLSign, notAfter: Y2030 });
  const indirectIssuer = await issue({ subject: 'CN=Rev Indirect CRL Issuer, C=JP', issuer: root, isCa: true, keyUsage: x509.KeyUsageFlags.cRLSign, notAfter: Y2030 });
  const expiredCa = await issue({ subject: 'CN=Rev Expired CA, C=JP', issuer: root, isCa: true, notAfter: new Date(Date.UTC(2025, 2, 1)) });
  pki = {
    root,
    intermediate,
    leaf: await leafOf(intermediate, '1234'),
    leaf255: await leafOf(intermediate, 'ff'),
    noCrlSign,
    leafOfNoCrlSign: await leafOf(noCrlSign, '2001'),
    crlKey,
    indirectIssuer,
    leafViaIndirect: await leafOf(intermediate, '3001', { extensions: [new x509.Extension('2.5.29.31', false, distributionPointsValue({ crlIssuer: indirectIssuer }))] }),
    leafWithPoint: await leafOf(intermediate, '4001', { extensions: [new x509.Extension('2.5.29.31', false, distributionPointsValue({ uri: 'http://crl.example/a.crl' }))] }),
    leafWithRelativePoint: await leafOf(intermediate, '4002', { extensions: [new x509.Extension('2.5.29.31', false, distributionPointsValue({ relativeCn: 'Part 1' }))] }),
    expiredCa,
    leafOfExpiredCa: await leafOf(expiredCa, '5001'),
  };
});

/** A CRL read as the app reads it, named for messages. */
async function named(name: string, spec: TestCrlSpec): Promise<NamedCrl> {
  const read = readCrl(await makeTestCrl(spec));
  if (!read.ok) throw new Error(`${name} did not read`);
  return { name, crl: read.value };
}

/** The statuses of a path, as short words: revoked:<reason>, good:<crl names>, not-checked:<why>. */
function describe_(status: RevocationStatus): string {
  if (status.kind === 'revoked') return `revoked:${status.reason ?? 'none'}:${status.crl.name}`;
  if (status.kind === 'good') return `good:${status.crls.map((crl) => crl.name).join('+')}${status.outdated ? ':outdated' : ''}`;
  if (status.why.code === 'crl-unusable') return `not-checked:crl-unusable:${status.why.problems.map((p) => p.problem).join(',')}`;
  return `not-checked:${status.why.code}`;
}

const serial = (hex: string) => hexBytes(hex);

interface Case {
  name: string;
  path: (p: Pki) => Issued[];
  crls: (p: Pki) => Promise<NamedCrl[]>;
  at?: number;
  want: string[];
}

const cases: Case[] = [
  {
    name: 'reports the listed leaf revoked and says plainly that its intermediate was not checked for want of a CRL',
    path: (p) => [p.leaf, p.intermediate, p.root],
    crls: async (p) => [await named('int.crl', { issuer: p.intermediate, entries: [{ serial: serial('1234'), reason: REASON.keyCompromise }] })],
    want: ['revoked:1:int.crl', 'not-checked:no-crl', 'not-checked:trust-anchor'],
  },
  {
    name: 'reports a revoked intermediate on the root CRL, not only the inspected leaf',
    path: (p) => [p.leaf, p.intermediate, p.root],
    crls: async (p) => [await named('int.crl', { issuer: p.intermediate }), await named('root.crl', { issuer: p.root, entries: [{ serial: hexBytes(p.intermediate.cert.serialNumber) }] })],
    want: ['good:int.crl', 'revoked:none:root.crl', 'not-checked:trust-anchor'],
  },
  {
    name: 'does not match serial 255 with an entry for -1 (PKITS 4.4.14)',
    path: (p) => [p.leaf255, p.intermediate],
    crls: async (p) => [await named('neg.crl', { issuer: p.intermediate, entries: [{ serial: serial('ff') }] })],
    want: ['good:neg.crl', 'not-checked:no-crl'],
  },
  {
    name: 'matches serial 255 with an entry for 255',
    path: (p) => [p.leaf255, p.intermediate],
    crls: async (p) => [await named('pos.crl', { issuer: p.intermediate, entries: [{ serial: serial('00ff') }] })],
    want: ['revoked:none:pos.crl', 'not-checked:no-crl'],
  },
  {
    name: 'takes removeFromCRL in a delta as lifting a hold in its base (PKITS 4.15.5)',
    path: (p) => [p.leaf, p.intermediate],
    crls: async (p) => [
      await named('base.crl', { issuer: p.intermediate, number: 10n, entries: [{ serial: serial('1234'), reason: REASON.certificateHold }] }),
      await named('delta.crl', { issuer: p.intermediate, number: 11n, deltaBase: 10n, entries: [{ serial: serial('1234'), reason: REASON.removeFromCRL }] }),
    ],
    want: ['good:base.crl+delta.crl', 'not-checked:no-crl'],
  },
  {
    name: 'never reads removeFromCRL in a delta as a revocation (PKITS 4.15.7)',
    path: (p) => [p.leaf, p.intermediate],
    crls: async (p) => [
      await named('base.crl', { issuer: p.intermediate, number: 10n }),
      await named('delta.crl', { issuer: p.intermediate, number: 11n, deltaBase: 10n, entries: [{ serial: serial('1234'), reason: REASON.removeFromCRL }] }),
    ],
    want: ['good:base.crl+delta.crl', 'not-checked:no-crl'],
  },
  {
    name: 'keeps a hold from the base when the delta does not lift it',
    path: (p) => [p.leaf, p.intermediate],
    crls: async (p) => [
      await named('base.crl', { issuer: p.intermediate, number: 10n, entries: [{ serial: serial('1234'), reason: REASON.certificateHold }] }),
      await named('delta.crl', { issuer: p.intermediate, number: 11n, deltaBase: 10n }),
    ],
    want: ['revoked:6:base.crl', 'not-checked:no-crl'],
  },
  {
    name: 'reports a revocation the delta adds to its base',
    path: (p) => [p.leaf, p.intermediate],
    crls: async (p) => [
      await named('base.crl', { issuer: p.intermediate, number: 10n }),
      await named('delta.crl', { issuer: p.intermediate, number: 11n, deltaBase: 10n, entries: [{ serial: serial('1234'), reason: REASON.keyCompromise }] }),
    ],
    want: ['revoked:1:delta.crl', 'not-checked:no-crl'],
  },
  {
    name: 'says a delta without its base cannot show "not revoked"',
    path: (p) => [p.leaf, p.intermediate],
    crls: async (p) => [await named('delta.crl', { issuer: p.intermediate, number: 11n, deltaBase: 10n, entries: [{ serial: serial('1234'), reason: REASON.removeFromCRL }] })],
    want: ['not-checked:delta-without-base', 'not-checked:no-crl'],
  },
  {
    name: 'does not apply a delta to a base older than its BaseCRLNumber',
    path: (p) => [p.leaf, p.intermediate],
    crls: async (p) => [
      await named('base.crl', { issuer: p.intermediate, number: 9n, entries: [{ serial: serial('1234'), reason: REASON.certificateHold }] }),
      await named('delta.crl', { issuer: p.intermediate, number: 11n, deltaBase: 10n, entries: [{ serial: serial('1234'), reason: REASON.removeFromCRL }] }),
    ],
    want: ['revoked:6:base.crl', 'not-checked:no-crl'],
  },
  {
    name: 'refuses a CRL with an unknown critical CRL extension',
    path: (p) => [p.leaf, p.intermediate],
    crls: async (p) => [await named('crit.crl', { issuer: p.intermediate, extensions: [{ oid: '1.2.3.4.5', critical: true, value: Uint8Array.of(5, 0) }] })],
    want: ['not-checked:crl-unusable:unknown-critical-extension', 'not-checked:no-crl'],
  },
  {
    name: 'ignores an unknown extension that is not critical',
    path: (p) => [p.leaf, p.intermediate],
    crls: async (p) => [await named('ext.crl', { issuer: p.intermediate, extensions: [{ oid: '1.2.3.4.5', value: Uint8Array.of(5, 0) }] })],
    want: ['good:ext.crl', 'not-checked:no-crl'],
  },
  {
    name: 'refuses a CRL with an unknown critical entry extension, even on another entry',
    path: (p) => [p.leaf, p.intermediate],
    crls: async (p) => [await named('crit-entry.crl', { issuer: p.intermediate, entries: [{ serial: serial('77'), extensions: [{ oid: '1.2.3.4.6', critical: true, value: Uint8Array.of(5, 0) }] }] })],
    want: ['not-checked:crl-unusable:unknown-critical-extension', 'not-checked:no-crl'],
  },
  {
    name: 'refuses a CRL signed by a CA whose keyUsage lacks cRLSign',
    path: (p) => [p.leafOfNoCrlSign, p.noCrlSign, p.root],
    crls: async (p) => [await named('nosign.crl', { issuer: p.noCrlSign, entries: [{ serial: serial('2001') }] })],
    want: ['not-checked:crl-unusable:signer-not-crl-signer', 'not-checked:no-crl', 'not-checked:trust-anchor'],
  },
  {
    name: 'refuses a CRL whose signer has expired at the time checked',
    path: (p) => [p.leafOfExpiredCa, p.expiredCa, p.root],
    crls: async (p) => [await named('expired-signer.crl', { issuer: p.expiredCa, entries: [{ serial: serial('5001') }] })],
    want: ['not-checked:crl-unusable:signer-not-valid', 'not-checked:no-crl', 'not-checked:trust-anchor'],
  },
  {
    name: 'refuses a CRL signed by another key in the issuer\'s name',
    path: (p) => [p.leaf, p.intermediate],
    crls: async (p) => [await named('forged.crl', { issuer: p.intermediate, signer: p.root, entries: [{ serial: serial('1234') }] })],
    want: ['not-checked:crl-unusable:signature-invalid', 'not-checked:no-crl'],
  },
  {
    name: 'accepts a separate CRL-signing key issued by the root when the root CRL clears it (PKITS 4.4.19)',
    path: (p) => [p.leaf, p.intermediate, p.root],
    crls: async (p) => [await named('int.crl', { issuer: p.crlKey, entries: [{ serial: serial('1234') }] }), await named('root.crl', { issuer: p.root })],
    want: ['revoked:none:int.crl', 'good:root.crl', 'not-checked:trust-anchor'],
  },
  {
    name: 'refuses a CRL signed by a CRL-signing key that is itself revoked (PKITS 4.4.20)',
    path: (p) => [p.leaf, p.intermediate, p.root],
    crls: async (p) => [
      await named('int.crl', { issuer: p.crlKey, entries: [{ serial: serial('1234') }] }),
      await named('root.crl', { issuer: p.root, entries: [{ serial: hexBytes(p.crlKey.cert.serialNumber) }] }),
    ],
    want: ['not-checked:crl-unusable:signer-revoked', 'good:root.crl', 'not-checked:trust-anchor'],
  },
  {
    name: 'leaves a leaf out of a CRL that only covers CA certificates',
    path: (p) => [p.leaf, p.intermediate, p.root],
    crls: async (p) => [await named('ca-only.crl', { issuer: p.intermediate, idp: { onlyCaCerts: true }, entries: [{ serial: serial('1234') }] })],
    want: ['not-checked:no-crl', 'not-checked:no-crl', 'not-checked:trust-anchor'],
  },
  {
    name: 'leaves an intermediate out of a root CRL that only covers end-entity certificates',
    path: (p) => [p.leaf, p.intermediate, p.root],
    crls: async (p) => [await named('int.crl', { issuer: p.intermediate }), await named('users.crl', { issuer: p.root, idp: { onlyUserCerts: true } })],
    want: ['good:int.crl', 'not-checked:no-crl', 'not-checked:trust-anchor'],
  },
  {
    name: 'does not call a certificate good on a CRL that covers only key compromise',
    path: (p) => [p.leaf, p.intermediate],
    crls: async (p) => [await named('kc.crl', { issuer: p.intermediate, idp: { reasons: [1] } })],
    want: ['not-checked:some-reasons-only', 'not-checked:no-crl'],
  },
  {
    name: 'calls it good once the CRLs given cover every reason between them',
    path: (p) => [p.leaf, p.intermediate],
    crls: async (p) => [await named('kc.crl', { issuer: p.intermediate, idp: { reasons: [1] } }), await named('rest.crl', { issuer: p.intermediate, idp: { reasons: [2, 3, 4, 5, 6, 7, 8] } })],
    want: ['good:kc.crl+rest.crl', 'not-checked:no-crl'],
  },
  {
    name: 'matches a CRL with a distribution point only to certificates naming that point',
    path: (p) => [p.leafWithPoint, p.intermediate],
    crls: async (p) => [await named('b.crl', { issuer: p.intermediate, idp: { uri: 'http://crl.example/b.crl' } }), await named('a.crl', { issuer: p.intermediate, idp: { uri: 'http://crl.example/a.crl' }, entries: [{ serial: serial('4001') }] })],
    want: ['revoked:none:a.crl', 'not-checked:no-crl'],
  },
  {
    name: 'matches a relative distribution point name with the full name in the IDP (PKITS 4.14.4)',
    path: (p) => [p.leafWithRelativePoint, p.intermediate],
    crls: async (p) => [await named('part2.crl', { issuer: p.intermediate, idp: { directoryCn: 'Part 2' } }), await named('part1.crl', { issuer: p.intermediate, idp: { directoryCn: 'Part 1' }, entries: [{ serial: serial('4002') }] })],
    want: ['revoked:none:part1.crl', 'not-checked:no-crl'],
  },
  {
    name: 'reads an indirect CRL for a certificate that names its issuer as cRLIssuer',
    path: (p) => [p.leafViaIndirect, p.intermediate, p.root],
    crls: async (p) => [
      await named('indirect.crl', { issuer: p.indirectIssuer, idp: { indirect: true }, entries: [{ serial: serial('3001'), certificateIssuer: p.intermediate }] }),
      await named('root.crl', { issuer: p.root }),
    ],
    want: ['revoked:none:indirect.crl', 'good:root.crl', 'not-checked:trust-anchor'],
  },
  {
    name: 'does not apply an indirect CRL entry to a certificate of the CRL issuer with the same serial',
    path: (p) => [p.leaf, p.intermediate, p.root],
    crls: async (p) => [await named('indirect.crl', { issuer: p.indirectIssuer, idp: { indirect: true }, entries: [{ serial: serial('1234'), certificateIssuer: p.root }] })],
    want: ['not-checked:no-crl', 'not-checked:no-crl', 'not-checked:trust-anchor'],
  },
  {
    name: 'marks a "not revoked" from a CRL past its nextUpdate as outdated',
    path: (p) => [p.leaf, p.intermediate],
    crls: async (p) => [await named('old.crl', { issuer: p.intermediate })],
    at: Date.UTC(2025, 6, 1),
    want: ['good:old.crl:outdated', 'not-checked:no-crl'],
  },
];

describe('checkPathRevocation', () => {
  it.each(cases)('$name', async ({ path, crls, at, want }) => {
    const results = await checkPathRevocation(path(pki).map((issued) => issued.der), await crls(pki), at ?? AT, { pool: [pki.root.der, pki.intermediate.der, pki.crlKey.der, pki.indirectIssuer.der] });
    expect(results.map((result) => describe_(result.status))).toEqual(want);
  });

  it('names the leaf, the intermediates and the root by their place on the path', async () => {
    const results = await checkPathRevocation([pki.leaf.der, pki.intermediate.der, pki.root.der], [], AT);
    expect(results.map((result) => result.position)).toEqual(['leaf', 'intermediate', 'root']);
  });

  it('calls a CA certificate checked on its own an intermediate, never a server certificate', async () => {
    const [alone] = await checkPathRevocation([pki.intermediate.der], [], AT);
    expect(alone?.position).toBe('intermediate');
    const [root] = await checkPathRevocation([pki.root.der], [], AT);
    expect([root?.position, root?.status]).toEqual(['root', { kind: 'not-checked', why: { code: 'trust-anchor' } }]);
  });

  it('never throws on a certificate that does not decode, and says so', async () => {
    const [result] = await checkPathRevocation([Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x01)], [], AT);
    expect(result?.status).toEqual({ kind: 'not-checked', why: { code: 'unreadable-certificate' } });
  });
});
