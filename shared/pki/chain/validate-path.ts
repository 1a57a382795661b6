import { isRetiredIntermediate } from '../cas/known-cas';
import { x509 } from '../x509-library';
import { readConstraints, type NameForm } from './certificate-constraints';
import type { PoolEntry } from './chain-pool';
import { certificateRuleFailures, isDnsNameSyntax } from './certificate-rules';
import { describeName, NAME_CHECK_LIMIT, violatingName } from './name-constraints';
import { checkPolicies } from './policy-tree';
import type { PathFailure, PathFailureCode } from './path-failure';

/**
 * Which use the leaf must be fit for: `server` (a TLS server certificate), `ca` (someone
 * inspecting a CA certificate itself) or `end-entity` (a client, S/MIME or code-signing
 * certificate: no server checks), all with the browsers' rules on top of RFC 5280; or `pkix`,
 * RFC 5280 §6 alone (no key-size, criticality-conformance or NII retirement rules), which is what
 * test suites such as NIST PKITS measure.
 */
export type ValidationProfile = 'server' | 'ca' | 'end-entity' | 'pkix';

const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const ANY_EXTENDED_KEY_USAGE = '2.5.29.37.0';
const EMAIL_ADDRESS = '1.2.840.113549.1.9.1';
const COMMON_NAME = '2.5.4.3';
const STRONG_CURVES = new Set(['P-256', 'P-384', 'P-521']);

/** Self-issued in RFC 5280's sense (§6.1): subject and issuer names are the same, whatever the keys. */
const isSelfIssuedName = (entry: PoolEntry): boolean => entry.subjectKey === entry.issuerKey;

/** The instant in whole seconds: certificate times have one-second granularity (RFC 5280 §4.1.2.5), so notAfter holds through its whole second. */
const toSecond = (ms: number): number => Math.floor(ms / 1000) * 1000;

/** Why a key is too weak for browsers (CA/B Forum BR §6.1.5), or null: RSA below 2048 bits or not whole bytes, EC off the NIST curves, DSA. */
export function keyWeakness(entry: PoolEntry): string | null {
  const { keyAlgorithm, keySize, curve } = entry.summary;
  if (keyAlgorithm === 'RSA' && keySize !== null && (keySize < 2048 || keySize % 8 !== 0)) return `RSA ${keySize} bit`;
  if (keyAlgorithm === 'EC' && (curve === null || !STRONG_CURVES.has(curve))) return `EC ${curve ?? 'unnamed curve'}`;
  if (keyAlgorithm === 'DSA') return 'DSA';
  return null;
}

/** True when a CN is written as a host name: two or more letter-digit-hyphen labels, no final dot ("Joe Bloggs", "not-.dns" and "not.dns." are not). */
const readsAsHostName = (value: string): boolean => value.includes('.') && !value.endsWith('.') && isDnsNameSyntax(value);

/** The names a certificate is checked under for name constraints: subject DN, subject emailAddress, SAN entries; a CN that reads as a host name when the leaf's SAN holds no dNSName (as OpenSSL does). */
function constrainedNames(entry: PoolEntry, isLeaf: boolean): NameForm[] {
  const constraints = readConstraints(entry.certificate);
  const names: NameForm[] = [];
  const subject = constraints.subject;
  if (subject && subject.length > 0) names.push({ kind: 'dn', value: subject });
  for (const rdn of subject ?? []) {
    for (const attribute of rdn) if (attribute.type === EMAIL_ADDRESS) names.push({ kind: 'email', value: String(attribute.value) });
  }
  names.push(...constraints.subjectAltNames);
  if (isLeaf && !constraints.subjectAltNames.some((name) => name.kind === 'dns')) {
    for (const rdn of subject ?? []) {
      for (const attribute of rdn) {
        const value = String(attribute.value);
        if (attribute.type === COMMON_NAME && readsAsHostName(value)) names.push({ kind: 'dns', value });
      }
    }
  }
  return names;
}

/**
 * Checks a built path, leaf first and trust anchor last, at the given time (RFC 5280 §6.1 with
 * policy processing under default inputs, see policy-tree, plus the CA/B Forum server profile): validity of every certificate, the
 * issuers' basicConstraints, keyUsage and pathLenConstraint, name constraints, unknown critical
 * extensions, the leaf's fitness for the profile and key strength on every link. Signatures are
 * checked while the path is built (see find-path). Returns every failure, or none. Never throws.
 */
export function validatePath(path: readonly PoolEntry[], now: number, profile: ValidationProfile): PathFailure[] {
  const failures: PathFailure[] = [];
  const fail = (index: number, code: PathFailureCode, detail: string | null = null) => {
    const entry = path[index]!;
    failures.push({ code, index, sha256: entry.summary.sha256, subjectDn: entry.summary.subjectDn, detail });
  };
  const second = toSecond(now);
  path.forEach((entry, index) => {
    const constraints = readConstraints(entry.certificate);
    if (second > entry.summary.notAfter) fail(index, 'expired');
    else if (second < entry.summary.notBefore) fail(index, 'not-yet-valid');
    for (const rule of certificateRuleFailures(entry, { isLeaf: index === 0 && profile === 'server', isAnchor: index > 0 && index === path.length - 1, serverProfile: profile === 'server', conformance: profile !== 'pkix' })) fail(index, rule.code, rule.detail);
    for (const oid of constraints.malformed) fail(index, 'malformed-extension', oid);
    for (const oid of constraints.unknownCritical) fail(index, 'unknown-critical-extension', oid);
    const weakness = profile === 'pkix' ? null : keyWeakness(entry);
    if (weakness) fail(index, 'weak-key', weakness);
    if (index === 0) return;
    // Every issuer, the trust anchor included: browsers hold roots to the same CA rules.
    if (!constraints.basicConstraints?.ca) fail(index, 'issuer-not-ca');
    if (constraints.keyUsage !== null && (constraints.keyUsage & x509.KeyUsageFlags.keyCertSign) === 0) fail(index, 'issuer-no-key-cert-sign');
    const pathLength = constraints.basicConstraints?.pathLength ?? null;
    // RFC 5280 §6.1.4 (l)-(m): self-issued intermediates do not count against pathLenConstraint.
    const intermediatesBelow = path.slice(1, index).filter((below) => !isSelfIssuedName(below)).length;
    if (pathLength !== null && intermediatesBelow > pathLength) fail(index, 'path-length-exceeded', `pathLenConstraint ${pathLength}, ${intermediatesBelow} below`);
    if (profile === 'server' && index < path.length - 1 && constraints.extendedKeyUsage !== null) {
      const usages = constraints.extendedKeyUsage;
      if (!usages.includes(SERVER_AUTH) && !usages.includes(ANY_EXTENDED_KEY_USAGE)) fail(index, 'issuer-eku-excludes-server-auth', usages.join(', '));
    }
    if (profile !== 'pkix' && index < path.length - 1 && isRetiredIntermediate(entry.summary.subjectDn)) fail(index, 'retired-intermediate');
    const nameConstraints = constraints.nameConstraints;
    if (nameConstraints) {
      for (let below = 0; below < index; below++) {
        // RFC 5280 §6.1.3 (b): self-issued intermediates are exempt, the leaf never is.
        if (below > 0 && isSelfIssuedName(path[below]!)) continue;
        const names = constrainedNames(path[below]!, below === 0);
        // Refuse rather than spend unbounded work on a crafted certificate (x509-limbo pathological::nc-dos).
        if (names.length * (nameConstraints.permitted.length + nameConstraints.excluded.length) > NAME_CHECK_LIMIT) {
          fail(below, 'name-constraints-unchecked', `${names.length} × ${nameConstraints.permitted.length + nameConstraints.excluded.length}`);
          continue;
        }
        const broken = violatingName(nameConstraints, names);
        if (broken) fail(below, 'name-constraints-violated', `${describeName(broken)} (${entry.summary.subjectDn})`);
      }
    }
  });
  // RFC 5280 §6.1.3 (d)-(f), §6.1.5: only a path that reaches its top is judged on policies.
  const policy = path.length > 1 ? checkPolicies(path) : null;
  if (policy) fail(policy.index, 'policy-not-acceptable', policy.detail);
  const leaf = readConstraints(path[0]!.certificate);
  if (profile === 'server') {
    if (leaf.basicConstraints?.ca) fail(0, 'ca-as-server-certificate');
    if (leaf.extendedKeyUsage !== null && !leaf.extendedKeyUsage.includes(SERVER_AUTH) && !leaf.extendedKeyUsage.includes(ANY_EXTENDED_KEY_USAGE)) fail(0, 'no-server-auth', leaf.extendedKeyUsage.join(', '));
  }
  return failures;
}
