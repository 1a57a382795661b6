import { AsnConvert } from '@peculiar/asn1-schema';
import { InhibitAnyPolicy, PolicyConstraints, PolicyMapping, PolicyMappings } from '@peculiar/asn1-x509';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChainPath, type ChainOptions } from '../../../../../shared/pki/chain/build-chain-path';
import { x509 } from '../../../../../shared/pki/x509-library';
import { issue, SERVER_AUTH, type Issued } from '../../diagnostics/make-pki';

/**
 * Certificate-policy processing (RFC 5280 §6.1 with the default inputs) and the `pkix` profile,
 * the rules PKITS 4.6.4 and 4.8–4.12 measure, on certificates made here (not PKITS data).
 */

const NOW = Date.UTC(2026, 0, 15);
const LEAF = 'CN=www.example.ac.jp, O=Example University, C=JP';
const P1 = '1.3.6.1.4.1.99999.10.1';
const P2 = '1.3.6.1.4.1.99999.10.2';
const ANY_POLICY = '2.5.29.32.0';

const count = (value: number): ArrayBuffer => new Uint8Array([value]).buffer;
const policies = (...oids: string[]) => new x509.CertificatePolicyExtension(oids, false);
const requireExplicit = (skip: number, critical = true) => new x509.Extension('2.5.29.36', critical, AsnConvert.serialize(new PolicyConstraints({ requireExplicitPolicy: count(skip) })));
const mapping = (from: string, to: string) => new x509.Extension('2.5.29.33', true, AsnConvert.serialize(new PolicyMappings([Object.assign(new PolicyMapping(), { issuerDomainPolicy: from, subjectDomainPolicy: to })])));
const inhibitAny = (skip: number) => new x509.Extension('2.5.29.54', true, AsnConvert.serialize(new InhibitAnyPolicy(count(skip))));

describe('certificate policies and the pkix profile', () => {
  const pki: Record<string, Issued> = {};
  const ca = (subject: string, extra: Partial<Parameters<typeof issue>[0]> = {}) => issue({ subject, isCa: true, kind: 'ec-p256', notAfter: new Date(Date.UTC(2035, 0, 1)), ...extra });
  const leaf = (issuer: Issued, ...extensions: x509.Extension[]) => issue({ subject: LEAF, issuer, kind: 'ec-p256', dnsNames: ['www.example.ac.jp'], eku: [SERVER_AUTH], extensions });

  beforeAll(async () => {
    pki.root = await ca('CN=Policy Root, O=Throwaway PKI, C=JP');
    pki.explicitP1 = await ca('CN=Explicit P1 ICA, O=Throwaway PKI, C=JP', { issuer: pki.root, extensions: [policies(P1), requireExplicit(0)] });
    pki.leafP1 = await leaf(pki.explicitP1, policies(P1));
    pki.leafP2 = await leaf(pki.explicitP1, policies(P2));
    pki.leafNoPolicies = await leaf(pki.explicitP1);
    pki.plainP1 = await ca('CN=Plain P1 ICA, O=Throwaway PKI, C=JP', { issuer: pki.root, extensions: [policies(P1)] });
    pki.leafNoPoliciesUnderPlain = await leaf(pki.plainP1);
    pki.mapsP1toP2 = await ca('CN=Mapping ICA, O=Throwaway PKI, C=JP', { issuer: pki.root, extensions: [policies(P1), requireExplicit(0), mapping(P1, P2)] });
    pki.leafMapped = await leaf(pki.mapsP1toP2, policies(P2));
    pki.mapsFromAny = await ca('CN=Any Mapping ICA, O=Throwaway PKI, C=JP', { issuer: pki.root, extensions: [policies(ANY_POLICY), mapping(ANY_POLICY, P1)] });
    pki.leafOfAnyMapping = await leaf(pki.mapsFromAny, policies(P1));
    pki.anyExplicit = await ca('CN=Any Explicit ICA, O=Throwaway PKI, C=JP', { issuer: pki.root, extensions: [policies(ANY_POLICY), requireExplicit(0)] });
    pki.leafAnyUnderAny = await leaf(pki.anyExplicit, policies(ANY_POLICY));
    pki.anyInhibited = await ca('CN=Any Inhibited ICA, O=Throwaway PKI, C=JP', { issuer: pki.root, extensions: [policies(ANY_POLICY), requireExplicit(0), inhibitAny(0)] });
    pki.leafAnyUnderInhibited = await leaf(pki.anyInhibited, policies(ANY_POLICY));
    pki.softPolicyConstraints = await ca('CN=Soft PC ICA, O=Throwaway PKI, C=JP', { issuer: pki.root, extensions: [policies(P1), requireExplicit(0, false)] });
    pki.leafOfSoftPc = await leaf(pki.softPolicyConstraints, policies(P1));
    pki.softBasicConstraints = await ca('CN=Soft BC ICA, O=Throwaway PKI, C=JP', { issuer: pki.root, noBasicConstraints: true, extensions: [new x509.BasicConstraintsExtension(true, undefined, false)] });
    pki.leafOfSoftBc = await leaf(pki.softBasicConstraints);
  }, 120_000);

  type Case = { name: string; leaf: () => Issued; ica: () => Issued; profile?: ChainOptions['profile']; want: string[] };
  const cases: Case[] = [
    { name: 'accepts a leaf carrying the policy a CA requires explicitly', leaf: () => pki.leafP1!, ica: () => pki.explicitP1!, want: [] },
    { name: 'refuses a leaf with another policy where one is required explicitly', leaf: () => pki.leafP2!, ica: () => pki.explicitP1!, want: ['policy-not-acceptable'] },
    { name: 'refuses a leaf without policies where one is required explicitly', leaf: () => pki.leafNoPolicies!, ica: () => pki.explicitP1!, want: ['policy-not-acceptable'] },
    { name: 'accepts a leaf without policies where none is required (default inputs)', leaf: () => pki.leafNoPoliciesUnderPlain!, ica: () => pki.plainP1!, want: [] },
    { name: 'follows a policy mapping from the issuer domain to the subject domain', leaf: () => pki.leafMapped!, ica: () => pki.mapsP1toP2!, want: [] },
    { name: 'refuses a policy mapping from anyPolicy', leaf: () => pki.leafOfAnyMapping!, ica: () => pki.mapsFromAny!, want: ['policy-not-acceptable'] },
    { name: 'accepts anyPolicy in the leaf where anyPolicy is not inhibited', leaf: () => pki.leafAnyUnderAny!, ica: () => pki.anyExplicit!, want: [] },
    { name: 'refuses anyPolicy in the leaf below inhibitAnyPolicy 0', leaf: () => pki.leafAnyUnderInhibited!, ica: () => pki.anyInhibited!, want: ['policy-not-acceptable'] },
    { name: 'pkix: accepts a policyConstraints not marked critical (a CA conformance rule, not §6)', leaf: () => pki.leafOfSoftPc!, ica: () => pki.softPolicyConstraints!, profile: 'pkix', want: [] },
    { name: 'server: still refuses a policyConstraints not marked critical', leaf: () => pki.leafOfSoftPc!, ica: () => pki.softPolicyConstraints!, profile: 'server', want: ['wrong-criticality'] },
    { name: 'pkix: accepts a CA whose basicConstraints is not critical (PKITS 4.6.4)', leaf: () => pki.leafOfSoftBc!, ica: () => pki.softBasicConstraints!, profile: 'pkix', want: [] },
    { name: 'ca: still refuses a CA whose basicConstraints is not critical', leaf: () => pki.leafOfSoftBc!, ica: () => pki.softBasicConstraints!, profile: 'ca', want: ['wrong-criticality'] },
  ];

  for (const { name, leaf: leafOf, ica, profile, want } of cases) {
    it(name, async () => {
      const result = await buildChainPath(leafOf().der, { now: NOW, extraCas: [pki.root!.der, ica().der], profile: profile ?? 'server' });
      expect(result.complete).toBe(true);
      expect([...new Set(result.failures.map((failure) => failure.code))].sort()).toEqual(want);
      expect(result.valid).toBe(want.length === 0);
    });
  }
});
