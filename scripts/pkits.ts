/**
 * Runs NIST PKITS (sections 4.1–4.16) through the path validator (buildChainPath) and whole-path
 * revocation (checkPathRevocation), the way `openssl verify -crl_check_all` would be asked:
 * trust anchor = "Trust Anchor Root Certificate" (given as a self-signed --ca, so trusted), the
 * intermediates as the server's file, every CRL of the case, and the default policy settings
 * (initial-policy-set anyPolicy, no explicit policy required, mapping and anyPolicy not inhibited).
 * The suite is not in this repository: give the folder of an unpacked copy that holds certs/,
 * crls/ and BoringSSL's test list pkits_testcases-inl.h (BoringSSL keeps one under
 * pki/testdata/nist-pkits).
 *
 *   npx tsx scripts/pkits.ts /tmp/pkits/pki/testdata/nist-pkits [--verbose]
 *
 * Per test number the subpart with the default policy inputs is run; a test whose every subpart
 * needs other inputs (a policy set, required explicit policy) is counted "not expressible", and so
 * is a case expected to validate that is refused only because its signature algorithm (DSA) is one
 * the app does not verify. A case
 * "validates" when the path is valid under RFC 5280 alone and every certificate below the anchor
 * is `good` on a CRL not past its nextUpdate. The validator runs with the `pkix` profile (RFC 5280
 * §6 alone): the web-PKI rules the app adds for browsers (key size, CA/B Forum profile,
 * criticality conformance, NII's retired intermediates) are not what PKITS measures, and its
 * 1024-bit RSA keys would fail every case. Cases expected to validate where a certificate
 * is reported revoked are listed apart: that is the error that must not happen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildChainPath } from '../shared/pki/chain/build-chain-path';
import { checkPathRevocation, type NamedCrl, type RevocationStatus } from '../shared/pki/crl/path-revocation';
import { readCrl } from '../shared/pki/crl/read-crl';

interface PkitsCase {
  readonly number: string;
  readonly name: string;
  /** Certificate file names from the trust anchor down to the end entity. */
  readonly certs: string[];
  readonly crls: string[];
  readonly shouldValidate: boolean;
  /** True when the subpart asks for the default policy inputs only. */
  readonly defaultInputs: boolean;
}

/** Inside every PKITS certificate's and CRL's validity (2010-01-01 … 2030-12-31). */
const AT = Date.UTC(2012, 0, 1);

const quoted = (text: string): string[] => [...text.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);

/** The cases of pkits_testcases-inl.h: each block names its certificates, CRLs, number, verdict and policy inputs. */
function readCases(list: string): PkitsCase[] {
  const cases: PkitsCase[] = [];
  for (const block of list.split(/\n(?=\/\/ \d+\.\d+\.\d+ )/)) {
    const title = /^\/\/ (\d+\.\d+\.\d+) (.*)$/m.exec(block);
    const certs = /certs\[\] = \{([^}]*)\}/.exec(block);
    const crls = /crls\[\] = \{([^}]*)\}/.exec(block);
    const verdict = /should_validate = (true|false)/.exec(block);
    if (!title || !certs || !crls || !verdict) continue;
    cases.push({ number: title[1]!, name: title[2]!, certs: quoted(certs[1]!), crls: quoted(crls[1]!), shouldValidate: verdict[1] === 'true', defaultInputs: !/info\.SetInitial/.test(block) });
  }
  return cases;
}

const describeStatus = (status: RevocationStatus): string =>
  status.kind === 'revoked' ? `revoked(${status.reason ?? '-'})` : status.kind === 'good' ? (status.outdated ? 'good-outdated' : 'good') : `not-checked(${status.why.code}${status.why.code === 'crl-unusable' ? `:${status.why.problems.map((p) => p.problem).join(',')}` : ''})`;

const read = (folder: string, kind: 'certs' | 'crls', name: string): Uint8Array => new Uint8Array(readFileSync(join(folder, kind, `${name}.${kind === 'certs' ? 'crt' : 'crl'}`)));

/** Our verdict on one case and why: the path's failures, then each certificate's revocation status. */
async function judge(folder: string, testCase: PkitsCase): Promise<{ validates: boolean; revokedWrongly: boolean; why: string }> {
  const [anchor, ...below] = testCase.certs.map((name) => read(folder, 'certs', name));
  const leaf = below[below.length - 1]!;
  const chain = await buildChainPath(leaf, { now: AT, extraCas: [anchor!], presented: below.slice(0, -1).reverse(), profile: 'pkix' });
  const failures = chain.failures;
  const pathOk = chain.complete && failures.length === 0;
  if (!pathOk) {
    const why = chain.complete ? failures.map((failure) => `${failure.code}@${failure.index}${failure.detail ? `(${failure.detail})` : ''}`).join(' ') : `incomplete (missing ${chain.missingIssuer ?? '-'}; ${failures.map((failure) => `${failure.code}@${failure.index}`).join(' ')})`;
    return { validates: false, revokedWrongly: false, why: `path: ${why}` };
  }
  const crls: NamedCrl[] = [];
  for (const name of testCase.crls) {
    const parsed = readCrl(read(folder, 'crls', name));
    if (parsed.ok) crls.push({ name, crl: parsed.value });
  }
  // Every certificate of the case may have signed a CRL (PKITS 4.4.19, 4.14.x give CRL signers beside the path), as with `openssl verify -untrusted`.
  const results = await checkPathRevocation(chain.links.map((link) => link.der), crls, AT, { pool: [anchor!, ...below] });
  const checked = results.filter((result) => result.position !== 'root');
  // A "not revoked" from a CRL past its nextUpdate is shown as a warning, not as a pass.
  const validates = checked.every((result) => result.status.kind === 'good' && !result.status.outdated);
  return { validates, revokedWrongly: checked.some((result) => result.status.kind === 'revoked'), why: `revocation: ${checked.map((result) => describeStatus(result.status)).join(' / ')}` };
}

async function main(): Promise<void> {
  const [folder, flag] = process.argv.slice(2);
  if (!folder) throw new Error('usage: tsx scripts/pkits.ts <folder with certs/, crls/ and pkits_testcases-inl.h> [--verbose]');
  const all = readCases(readFileSync(join(folder, 'pkits_testcases-inl.h'), 'utf8'));
  const numbers = [...new Set(all.map((testCase) => testCase.number))];
  const bySection = new Map<string, { pass: number; fail: number; inexpressible: number }>();
  const failed: string[] = [];
  const falseRevoked: string[] = [];
  const inexpressible: string[] = [];
  for (const number of numbers) {
    const section = number.split('.').slice(0, 2).join('.');
    const counts = bySection.get(section) ?? { pass: 0, fail: 0, inexpressible: 0 };
    bySection.set(section, counts);
    const testCase = all.find((candidate) => candidate.number === number && candidate.defaultInputs);
    if (!testCase) {
      counts.inexpressible++;
      inexpressible.push(`${number} ${all.find((candidate) => candidate.number === number)!.name}`);
      continue;
    }
    const verdict = await judge(folder, testCase);
    // An algorithm the app does not verify (DSA) is an honest refusal only where the case expects one.
    if (testCase.shouldValidate && verdict.why.includes('unsupported-algorithm')) {
      counts.inexpressible++;
      inexpressible.push(`${testCase.number} ${testCase.name} (signature algorithm not supported: ${verdict.why})`);
      continue;
    }
    const line = `${testCase.number} ${testCase.name}: want ${testCase.shouldValidate ? 'valid' : 'invalid'}, ${verdict.why}`;
    if (verdict.validates === testCase.shouldValidate) counts.pass++;
    else {
      counts.fail++;
      failed.push(line);
    }
    if (testCase.shouldValidate && verdict.revokedWrongly) falseRevoked.push(line);
  }
  for (const [section, counts] of bySection) process.stdout.write(`${section.padEnd(6)} pass ${String(counts.pass).padStart(3)}  fail ${String(counts.fail).padStart(3)}  not expressible ${counts.inexpressible}\n`);
  const total = [...bySection.values()].reduce((sum, counts) => ({ pass: sum.pass + counts.pass, fail: sum.fail + counts.fail, inexpressible: sum.inexpressible + counts.inexpressible }), { pass: 0, fail: 0, inexpressible: 0 });
  process.stdout.write(`total  pass ${total.pass} of ${total.pass + total.fail} expressible (${numbers.length} tests, ${total.inexpressible} not expressible); ${falseRevoked.length} false "revoked"\n`);
  for (const line of failed) process.stdout.write(`  FAIL ${line}\n`);
  for (const line of falseRevoked) process.stdout.write(`  FALSE REVOKED ${line}\n`);
  if (flag === '--verbose') for (const line of inexpressible) process.stdout.write(`  not expressible ${line}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
