/**
 * Runs the revocation sections of NIST PKITS (4.4 basic revocation, 4.14 distribution points, 4.15
 * delta CRLs) through checkPathRevocation and prints counts. The suite is not in this repository:
 * give the folder of an unpacked copy that holds certs/, crls/ and BoringSSL's test list
 * pkits_testcases-inl.h (BoringSSL keeps one under pki/testdata/nist-pkits).
 *
 *   npx tsx scripts/pkits.ts /tmp/pkits/pki/testdata/nist-pkits
 *
 * A case "validates" here when every certificate below the trust anchor is `good` on a CRL that is
 * not past its nextUpdate; anything revoked, outdated or not checked fails it. Path validation itself (signatures, names, policies) is not judged here,
 * so a case that should fail for a reason other than revocation is counted apart. Cases expected to
 * validate where a certificate is reported revoked are listed: that is the error that must not happen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPathRevocation, type NamedCrl, type RevocationStatus } from '../shared/pki/crl/path-revocation';
import { readCrl } from '../shared/pki/crl/read-crl';

interface PkitsCase {
  readonly number: string;
  readonly name: string;
  /** Certificate file names from the trust anchor down to the end entity. */
  readonly certs: string[];
  readonly crls: string[];
  readonly shouldValidate: boolean;
}

const SECTIONS = ['4.4.', '4.14.', '4.15.'];
/** Inside every PKITS certificate's and CRL's validity (2010-01-01 … 2030-12-31). */
const AT = Date.UTC(2012, 0, 1);

const quoted = (text: string): string[] => [...text.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);

/** The cases of pkits_testcases-inl.h: each block names its certificates, CRLs, number and verdict. */
function readCases(list: string): PkitsCase[] {
  const cases: PkitsCase[] = [];
  for (const block of list.split(/\n(?=\/\/ \d+\.\d+\.\d+ )/)) {
    const title = /^\/\/ (\d+\.\d+\.\d+) (.*)$/m.exec(block);
    const certs = /certs\[\] = \{([^}]*)\}/.exec(block);
    const crls = /crls\[\] = \{([^}]*)\}/.exec(block);
    const verdict = /should_validate = (true|false)/.exec(block);
    if (!title || !certs || !crls || !verdict) continue;
    cases.push({ number: title[1]!, name: title[2]!, certs: quoted(certs[1]!), crls: quoted(crls[1]!), shouldValidate: verdict[1] === 'true' });
  }
  return cases;
}

const describeStatus = (status: RevocationStatus): string =>
  status.kind === 'revoked' ? `revoked(${status.reason ?? '-'})` : status.kind === 'good' ? (status.outdated ? 'good-outdated' : 'good') : `not-checked(${status.why.code}${status.why.code === 'crl-unusable' ? `:${status.why.problems.map((p) => p.problem).join(',')}` : ''})`;

async function main(): Promise<void> {
  const folder = process.argv[2];
  if (!folder) throw new Error('usage: tsx scripts/pkits.ts <folder with certs/, crls/ and pkits_testcases-inl.h>');
  const cases = readCases(readFileSync(join(folder, 'pkits_testcases-inl.h'), 'utf8')).filter((c) => SECTIONS.some((section) => c.number.startsWith(section)));
  let agree = 0;
  const disagree: string[] = [];
  const falseRevoked: string[] = [];
  for (const testCase of cases) {
    const path = testCase.certs.map((name) => new Uint8Array(readFileSync(join(folder, 'certs', `${name}.crt`)))).reverse();
    const crls: NamedCrl[] = [];
    for (const name of testCase.crls) {
      const read = readCrl(new Uint8Array(readFileSync(join(folder, 'crls', `${name}.crl`))));
      if (read.ok) crls.push({ name, crl: read.value });
    }
    const results = await checkPathRevocation(path, crls, AT);
    const checked = results.filter((result) => result.position !== 'root');
    // A "not revoked" from a CRL past its nextUpdate is shown as a warning, not as a pass.
    const validates = checked.every((result) => result.status.kind === 'good' && !result.status.outdated);
    const line = `${testCase.number} ${testCase.name}: want ${testCase.shouldValidate ? 'valid' : 'invalid'}, got ${checked.map((result) => describeStatus(result.status)).join(' / ')}`;
    if (validates === testCase.shouldValidate) agree++;
    else disagree.push(line);
    if (testCase.shouldValidate && checked.some((result) => result.status.kind === 'revoked')) falseRevoked.push(line);
  }
  process.stdout.write(`PKITS revocation sections (${SECTIONS.join(', ')}): ${cases.length} cases, ${agree} agree, ${disagree.length} disagree, ${falseRevoked.length} false "revoked"\n`);
  for (const line of disagree) process.stdout.write(`  disagree ${line}\n`);
  for (const line of falseRevoked) process.stdout.write(`  FALSE REVOKED ${line}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
