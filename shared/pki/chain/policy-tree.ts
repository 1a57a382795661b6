import { AsnConvert } from '@peculiar/asn1-schema';
import { CertificatePolicies, InhibitAnyPolicy, PolicyConstraints, PolicyMappings } from '@peculiar/asn1-x509';
import { certificateExtensions } from '../certificate/certificate-extensions';
import type { PoolEntry } from './chain-pool';

/**
 * Certificate-policy processing of RFC 5280 §6.1 (steps 6.1.3 (d)–(f), 6.1.4 (a)–(b), (h)–(j),
 * 6.1.5 (a)–(b), (g)) with the inputs a browser or `openssl verify` uses by default:
 * user-initial-policy-set = {anyPolicy}, and initial explicit-policy, policy-mapping-inhibit and
 * any-policy-inhibit all false. With these inputs the policy tree only decides the outcome once a
 * CA's requireExplicitPolicy (or the leaf's) makes explicit_policy reach 0; then the path needs a
 * non-empty tree. Qualifiers are not read (they never change the outcome).
 */

const ANY_POLICY = '2.5.29.32.0';

interface PolicyNode {
  readonly policy: string;
  expected: Set<string>;
  readonly parent: PolicyNode | null;
}

/** Why the policies of a path are not acceptable, and on which certificate (0 = leaf). */
export interface PolicyProblem {
  readonly index: number;
  readonly detail: string;
}

/** The policy extensions of one certificate; `malformed` names one that does not decode. */
interface PolicyExtensions {
  readonly policies: readonly string[] | null;
  readonly mappings: readonly { readonly issuer: string; readonly subject: string }[];
  readonly requireExplicit: number | null;
  readonly inhibitMapping: number | null;
  readonly inhibitAny: number | null;
  readonly malformed: string | null;
}

/** A small DER INTEGER (skip counts) as a number; a huge one is as good as "never". */
function toCount(value: ArrayBuffer): number {
  const bytes = new Uint8Array(value);
  if (bytes.length > 4) return Number.MAX_SAFE_INTEGER;
  return bytes.reduce((sum, byte) => sum * 256 + byte, 0);
}

function readPolicyExtensions(entry: PoolEntry): PolicyExtensions {
  let policies: string[] | null = null;
  let mappings: { issuer: string; subject: string }[] = [];
  let requireExplicit: number | null = null;
  let inhibitMapping: number | null = null;
  let inhibitAny: number | null = null;
  for (const extension of certificateExtensions(entry.certificate)) {
    try {
      switch (extension.type) {
        case '2.5.29.32':
          policies = AsnConvert.parse(extension.value, CertificatePolicies).map((info) => info.policyIdentifier);
          break;
        case '2.5.29.33':
          mappings = AsnConvert.parse(extension.value, PolicyMappings).map((mapping) => ({ issuer: mapping.issuerDomainPolicy, subject: mapping.subjectDomainPolicy }));
          break;
        case '2.5.29.36': {
          const parsed = AsnConvert.parse(extension.value, PolicyConstraints);
          requireExplicit = parsed.requireExplicitPolicy ? toCount(parsed.requireExplicitPolicy) : null;
          inhibitMapping = parsed.inhibitPolicyMapping ? toCount(parsed.inhibitPolicyMapping) : null;
          break;
        }
        case '2.5.29.54':
          inhibitAny = toCount(AsnConvert.parse(extension.value, InhibitAnyPolicy).value);
          break;
      }
    } catch {
      return { policies: null, mappings: [], requireExplicit: null, inhibitMapping: null, inhibitAny: null, malformed: extension.type };
    }
  }
  return { policies, mappings, requireExplicit, inhibitMapping, inhibitAny, malformed: null };
}

const isSelfIssuedName = (entry: PoolEntry): boolean => entry.subjectKey === entry.issuerKey;

/**
 * Runs policy processing over a path (leaf first, trust anchor last; the anchor itself is not
 * processed, §6.1.1 (d)). Returns the first problem, or null when the policies are acceptable.
 * Never throws.
 */
export function checkPolicies(path: readonly PoolEntry[]): PolicyProblem | null {
  const n = path.length - 1;
  let explicitPolicy = n + 1;
  let inhibitAny = n + 1;
  let policyMapping = n + 1;
  // The tree as its deepest level (nodes keep their parent): pruning needs only the parents.
  let level: PolicyNode[] | null = [{ policy: ANY_POLICY, expected: new Set([ANY_POLICY]), parent: null }];
  for (let i = 1; i <= n; i++) {
    const index = n - i; // position on the leaf-first path
    const entry = path[index]!;
    const ext = readPolicyExtensions(entry);
    if (ext.malformed) return { index, detail: `${ext.malformed} does not decode` };
    const selfIssued = isSelfIssuedName(entry);
    // (d) grow the tree by the certificate's policies; (e) no certificatePolicies: no tree.
    if (level && ext.policies) {
      const parents: PolicyNode[] = level;
      const next: PolicyNode[] = [];
      for (const policy of ext.policies.filter((oid) => oid !== ANY_POLICY)) {
        const matching = parents.filter((node) => node.expected.has(policy));
        const from = matching.length > 0 ? matching : parents.filter((node) => node.policy === ANY_POLICY);
        for (const parent of from) next.push({ policy, expected: new Set([policy]), parent });
      }
      if (ext.policies.includes(ANY_POLICY) && (inhibitAny > 0 || (i < n && selfIssued))) {
        for (const parent of parents) {
          for (const expected of parent.expected) {
            if (!next.some((child) => child.parent === parent && child.policy === expected)) next.push({ policy: expected, expected: new Set([expected]), parent });
          }
        }
      }
      level = next.length > 0 ? next : null;
    } else level = null;
    // (f) a path needing an explicit policy must keep a tree.
    if (explicitPolicy <= 0 && level === null) return { index, detail: 'requireExplicitPolicy: no acceptable policy' };
    if (i === n) break;
    // 6.1.4 (a)-(b): policy mappings.
    for (const mapping of ext.mappings) if (mapping.issuer === ANY_POLICY || mapping.subject === ANY_POLICY) return { index, detail: 'policyMappings to or from anyPolicy' };
    if (level) {
      const bySource = new Map<string, Set<string>>();
      for (const mapping of ext.mappings) bySource.set(mapping.issuer, (bySource.get(mapping.issuer) ?? new Set()).add(mapping.subject));
      for (const [source, targets] of bySource) {
        const nodes = level.filter((node) => node.policy === source);
        if (policyMapping > 0) {
          if (nodes.length > 0) for (const node of nodes) node.expected = targets;
          else {
            const any = level.find((node) => node.policy === ANY_POLICY);
            if (any) level.push({ policy: source, expected: targets, parent: any.parent });
          }
        } else level = level.filter((node) => node.policy !== source);
      }
      if (level.length === 0) level = null;
    }
    // (h)-(j): counters.
    if (!selfIssued) {
      if (explicitPolicy > 0) explicitPolicy--;
      if (policyMapping > 0) policyMapping--;
      if (inhibitAny > 0) inhibitAny--;
    }
    if (ext.requireExplicit !== null) explicitPolicy = Math.min(explicitPolicy, ext.requireExplicit);
    if (ext.inhibitMapping !== null) policyMapping = Math.min(policyMapping, ext.inhibitMapping);
    if (ext.inhibitAny !== null) inhibitAny = Math.min(inhibitAny, ext.inhibitAny);
  }
  // 6.1.5 (a)-(b), (g) with user-initial-policy-set = {anyPolicy}: the tree stays as it is.
  const leaf = readPolicyExtensions(path[0]!);
  if (explicitPolicy > 0) explicitPolicy--;
  if (leaf.requireExplicit === 0) explicitPolicy = 0;
  if (explicitPolicy <= 0 && level === null) return { index: 0, detail: 'requireExplicitPolicy: no acceptable policy' };
  return null;
}
