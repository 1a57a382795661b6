import { x509 } from '../x509-library';
import { readConstraints } from './certificate-constraints';
import type { PoolEntry } from './chain-pool';
import type { PathFailureCode } from './path-failure';

/** A rule one certificate breaks by itself, whatever path it is on. */
export interface CertificateRuleFailure {
  readonly code: PathFailureCode;
  readonly detail: string | null;
}

/** Extensions RFC 5280 requires to be critical (§4.2.1.9 in CA certificates, §4.2.1.10, §4.2.1.11) or never critical (§4.2.1.1, §4.2.1.2). */
const MUST_BE_CRITICAL_IN_CA = ['2.5.29.19']; // basicConstraints
// policyConstraints. nameConstraints is also a MUST, but browsers honour a non-critical one, so it is not refused here.
const MUST_BE_CRITICAL = ['2.5.29.36'];
const MUST_NOT_BE_CRITICAL = ['2.5.29.35', '2.5.29.14']; // authorityKeyIdentifier, subjectKeyIdentifier
const SUBJECT_ALT_NAME = '2.5.29.17';
const EXTENDED_KEY_USAGE = '2.5.29.37';
const ANY_EXTENDED_KEY_USAGE = '2.5.29.37.0';

/**
 * CA/Browser Forum Baseline Requirements §7.1.2 profile rules that a publicly trusted server
 * certificate path must keep (a CA must revoke a certificate issued against them, BR §4.9.1.1):
 * the authorityKeyIdentifier holds a keyIdentifier and no issuer and serial; a server
 * certificate's EKU is not critical and not anyExtendedKeyUsage; a root carries no EKU.
 */
function baselineRequirementFailures(constraints: ReturnType<typeof readConstraints>, place: { readonly isLeaf: boolean; readonly isAnchor: boolean }): CertificateRuleFailure[] {
  const failures: CertificateRuleFailure[] = [];
  const fail = (detail: string) => failures.push({ code: 'baseline-requirements', detail });
  const authorityKey = constraints.authorityKeyFields;
  if (authorityKey && !authorityKey.keyIdentifier) fail('authorityKeyIdentifier without keyIdentifier');
  if (authorityKey?.issuerAndSerial) fail('authorityKeyIdentifier with authorityCertIssuer/serialNumber');
  if (place.isLeaf && constraints.criticality.get(EXTENDED_KEY_USAGE) === true) fail('extendedKeyUsage marked critical');
  if (place.isLeaf && constraints.extendedKeyUsage?.includes(ANY_EXTENDED_KEY_USAGE)) fail('anyExtendedKeyUsage in a server certificate');
  if (place.isAnchor && constraints.extendedKeyUsage !== null) fail('extendedKeyUsage in a root');
  return failures;
}

/** True when a SAN dNSName has the preferred name syntax (RFC 5280 §4.2.1.6, RFC 1034 §3.5): letter-digit-hyphen labels, a wildcard only as the whole left-most label; a final dot is tolerated here and refused by host matching. */
export function isDnsNameSyntax(name: string): boolean {
  const labels = name.replace(/\.$/, '').split('.');
  return labels.every((label, index) => (index === 0 && label === '*' && labels.length > 1) || /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(label));
}

const isCa = (entry: PoolEntry): boolean => readConstraints(entry.certificate).basicConstraints?.ca === true;

/**
 * The rules one certificate must keep on its own (RFC 5280 §4.1.2.2 and §4.2, CA/B Forum BR
 * §7.1.2): extension criticality, extensions only CAs may carry, a positive serial of
 * at most 20 octets (not asked of trust anchors), for the server certificate SAN host-name syntax,
 * and on a server path the Baseline Requirements profile rules.
 */
export function certificateRuleFailures(entry: PoolEntry, place: { readonly isLeaf: boolean; readonly isAnchor: boolean; readonly serverProfile: boolean; readonly conformance?: boolean }): CertificateRuleFailure[] {
  const { isLeaf, isAnchor } = place;
  const failures: CertificateRuleFailure[] = [];
  const constraints = readConstraints(entry.certificate);
  const critical = constraints.criticality;
  const ca = isCa(entry);
  // "Conforming CAs MUST mark … critical" binds the CA, not the relying party (RFC 5280 §6 does not refuse): checked unless the profile is RFC 5280 alone.
  const mustBeCritical = place.conformance === false ? [] : [...(ca ? MUST_BE_CRITICAL_IN_CA : []), ...MUST_BE_CRITICAL];
  for (const oid of mustBeCritical) if (critical.get(oid) === false) failures.push({ code: 'wrong-criticality', detail: `${oid} not critical` });
  for (const oid of MUST_NOT_BE_CRITICAL) if (critical.get(oid) === true) failures.push({ code: 'wrong-criticality', detail: `${oid} critical` });
  // §4.2.1.6: critical exactly when the subject is empty (CA/B Forum BR §7.1.2.7.12 forbids it otherwise).
  const emptySubject = (constraints.subject?.length ?? 0) === 0;
  if (critical.has(SUBJECT_ALT_NAME) && critical.get(SUBJECT_ALT_NAME) !== emptySubject) failures.push({ code: 'wrong-criticality', detail: `${SUBJECT_ALT_NAME} ${emptySubject ? 'not critical with an empty subject' : 'critical'}` });
  if (!ca && constraints.nameConstraints) failures.push({ code: 'extension-not-allowed', detail: '2.5.29.30 (nameConstraints) outside a CA' });
  if (!ca && constraints.keyUsage !== null && (constraints.keyUsage & x509.KeyUsageFlags.keyCertSign) !== 0) failures.push({ code: 'extension-not-allowed', detail: 'keyCertSign outside a CA' });
  const serialOctets = entry.summary.serialHex.split(':').length;
  // Not for trust anchors: a root is trusted as it is (RFC 5280 §6.1.1 (d)); real roots with serial 0 exist (Starfield G2).
  if (!isAnchor && (/^0+$/.test(entry.summary.serialNumber) || serialOctets > 20)) failures.push({ code: 'bad-serial-number', detail: entry.summary.serialHex });
  if (place.serverProfile) failures.push(...baselineRequirementFailures(constraints, place));
  if (isLeaf) {
    for (const name of constraints.subjectAltNames) if (name.kind === 'dns' && !isDnsNameSyntax(name.value)) failures.push({ code: 'invalid-dns-name', detail: name.value });
  }
  return failures;
}
