/**
 * Measures the path validator on C2SP x509-limbo (https://github.com/C2SP/x509-limbo): every
 * server-profile case this app can express (no CRLs, no required key usages, signature algorithm
 * lists or depth limits, serverAuth or no EKU asked for) runs through checkChain with the trust
 * contract the CLI uses (trusted_certs as --ca files, untrusted_intermediates as the server's file)
 * and the host-name match; prints pass/fail counts per category. limbo.json is read from a path
 * outside the repository and never committed. It is a generated file of the x509-limbo repository;
 * where a copy of the repository lacks it (too large to be kept), the repository's own generator
 * writes it: `python -m limbo compile -o limbo.json` in a checkout (Python with pydantic and
 * cryptography; the BetterTLS cases need limbo/_assets/bettertls.json and are left out without it).
 * With --verbose, each failing case is listed, and the ones this app answers differently on purpose
 * (DELIBERATE below) say why.
 * Run: npx tsx scripts/limbo.ts /path/to/limbo.json [--verbose]
 */
import { readFileSync } from 'node:fs';
import { matchHostName } from '../shared/diagnostics/name-match';
import { checkChain } from '../shared/diagnostics/chain-findings';
import { summarizeCertificate } from '../shared/pki/certificate/summarize-certificate';
import { decodeBase64 } from '../shared/encoding/base64';

interface LimboCase {
  readonly id: string;
  readonly validation_kind: 'SERVER' | 'CLIENT';
  readonly trusted_certs: readonly string[];
  readonly untrusted_intermediates: readonly string[];
  readonly peer_certificate: string;
  readonly validation_time: string | null;
  readonly signature_algorithms: readonly string[];
  readonly key_usage: readonly string[];
  readonly extended_key_usage: readonly string[];
  readonly expected_result: 'SUCCESS' | 'FAILURE';
  readonly expected_peer_name: { readonly kind: string; readonly value: string } | null;
  readonly expected_peer_names: readonly unknown[];
  readonly max_chain_depth: number | null;
  readonly crls: readonly string[];
}

const SERVER_AUTH = new Set(['serverAuth', '1.3.6.1.5.5.7.3.1']);

const TRUST_CONTRACT = 'trust contract: a non-self-signed --ca certificate is an intermediate, never an anchor (as openssl verify without -partial_chain)';
const CA_AS_LEAF = 'a CA certificate is not a server certificate (Firefox refuses it too)';
const KEY_IDENTIFIERS = 'AKI/SKI presence is a CA duty that browsers do not check at verification';

/**
 * Cases the app answers differently from x509-limbo on purpose, by id or id prefix (ending in "::"
 * or "-"), each with the reason: refusing them would refuse certificates that a browser accepts, or
 * accepting them would break the app's trust contract (README, "Path validation").
 */
const DELIBERATE: Readonly<Record<string, string>> = {
  'cve::cve-2024-0567': TRUST_CONTRACT,
  'rfc5280::root-and-intermediate-swapped': TRUST_CONTRACT,
  'rfc5280::ca-as-leaf': CA_AS_LEAF,
  'pathlen::validation-ignores-pathlen-in-leaf': CA_AS_LEAF,
  'rfc5280::aki::': KEY_IDENTIFIERS,
  'rfc5280::ski::': KEY_IDENTIFIERS,
  'rfc5280::nc::permitted-dns-match-noncritical': 'browsers honour a nameConstraints extension that is not critical',
  'rfc5280::nc::invalid-dnsname-leading-period': 'mozilla::pkix, NSS and SChannel read a leading-period dNSName constraint as "subdomains only"',
  'webpki::cn::': 'CN must copy a SAN (CA/B Forum BR): browsers do not enforce it, and the rule refused private-CA leaves they accept',
  'webpki::eku::ee-without-eku': 'an EKU required in a server certificate (CA/B Forum BR): browsers do not enforce it',
  'webpki::san::public-suffix-': 'Firefox (mozilla::pkix) and rustls-webpki match a wildcard over a public suffix; only Chromium consults the Public Suffix List',
};

/** Why the app answers a case differently on purpose, or null. */
function deliberate(id: string): string | null {
  const key = Object.keys(DELIBERATE).find((entry) => id === entry || ((entry.endsWith('::') || entry.endsWith('-')) && id.startsWith(entry)));
  return key === undefined ? null : DELIBERATE[key]!;
}

/** True when the CLI can state the case: a server certificate, a host, CA files, a time; nothing more. */
function isExpressible(testCase: LimboCase): boolean {
  return (
    testCase.validation_kind === 'SERVER' &&
    testCase.crls.length === 0 &&
    testCase.signature_algorithms.length === 0 &&
    testCase.key_usage.length === 0 &&
    testCase.extended_key_usage.every((usage) => SERVER_AUTH.has(usage)) &&
    testCase.max_chain_depth === null &&
    testCase.expected_peer_names.length === 0
  );
}

function derOf(pem: string): Uint8Array {
  const decoded = decodeBase64(pem.replace(/-----[^-]+-----/g, '').replace(/\s/g, ''));
  return decoded.ok ? decoded.value : new Uint8Array();
}

/** Our verdict on one case: accepted only when the path validates and the peer name matches the leaf. */
async function accepts(testCase: LimboCase): Promise<boolean> {
  const leaf = derOf(testCase.peer_certificate);
  const now = testCase.validation_time ? Date.parse(testCase.validation_time) : Date.now();
  const chain = await checkChain(leaf, {
    now,
    extraCas: testCase.trusted_certs.map(derOf),
    presented: [leaf, ...testCase.untrusted_intermediates.map(derOf)],
    // Older builds of checkChain have no profile option and ignore it.
    ...({ profile: 'server' } as object),
  });
  // Older builds have no `valid`: then a complete chain without error findings counts as accepted.
  const valid = (chain as { valid?: boolean }).valid ?? (chain.complete && !chain.findings.some((finding) => finding.severity === 'error' && !['wrong-order', 'unneeded-root', 'unrelated-certificate', 'incomplete-chain'].includes(finding.code)));
  if (!valid) return false;
  if (!testCase.expected_peer_name) return true;
  const summary = await summarizeCertificate(leaf);
  if (!summary.ok) return false;
  return matchHostName(testCase.expected_peer_name.value, summary.value).finding.code === 'name-match';
}

const [file, flag] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx scripts/limbo.ts /path/to/limbo.json [--verbose]');
  process.exit(2);
}
const cases = (JSON.parse(readFileSync(file, 'utf8')) as { testcases: LimboCase[] }).testcases.filter(isExpressible);
const byCategory = new Map<string, { pass: number; fail: number }>();
const failed: string[] = [];
for (const testCase of cases) {
  let accepted: boolean;
  try {
    accepted = await accepts(testCase);
  } catch (error) {
    accepted = false;
    failed.push(`${testCase.id} (threw: ${String(error)})`);
  }
  const pass = accepted === (testCase.expected_result === 'SUCCESS');
  const category = testCase.id.split('::')[0]!;
  const counts = byCategory.get(category) ?? { pass: 0, fail: 0 };
  counts[pass ? 'pass' : 'fail']++;
  byCategory.set(category, counts);
  if (!pass) {
    const why = deliberate(testCase.id);
    failed.push(`${testCase.id} expected ${testCase.expected_result}, ${accepted ? 'accepted' : 'refused'}${why ? ` (on purpose: ${why})` : ''}`);
  }
}
for (const [category, counts] of [...byCategory].sort()) console.log(`${category.padEnd(14)} pass ${String(counts.pass).padStart(3)}  fail ${String(counts.fail).padStart(3)}`);
const total = [...byCategory.values()].reduce((sum, counts) => sum + counts.pass, 0);
console.log(`total          pass ${total} of ${cases.length} expressible`);
if (flag === '--verbose') {
  for (const line of failed) console.log(`  ${line}`);
  const onPurpose = failed.filter((line) => line.includes('(on purpose: ')).length;
  console.log(`${onPurpose} of ${failed.length} failures are answered differently on purpose`);
}
