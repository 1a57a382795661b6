import { checkCrl, loadCrl, type ParsedCrl } from '../shared/diagnostics/crl-check';
import type { CertificateSummary } from '../shared/model/certificate-summary';
import type { Finding } from '../shared/model/finding';
import { sourceLocation } from '../shared/model/location';
import { MAX_CERTIFICATE_FILE_BYTES } from '../shared/model/limits';
import { inputError } from './cli-error';
import type { CliIo } from './command';
import { readInputFile } from './files-or-exit';
import { bothLanguages } from './i18n/i18n';

/** One --crl file, read and judged: whether a known CA signed it, and its file-level findings. */
export interface CrlInput {
  readonly path: string;
  readonly parsed: ParsedCrl;
  /** True when its signature verified with a known CA: only then are certificates checked against it. */
  readonly trusted: boolean;
  /** `crl-issuer-unknown` / `crl-signature-invalid` for a refused CRL, `crl-outdated` for a stale one; located at the CRL file. */
  readonly findings: readonly Finding[];
}

/**
 * Reads every --crl file (DER or PEM) within the certificate-file limit; one that cannot be read, is
 * over the limit or is no CRL ends the command with exit 1.
 */
export async function readCrlFiles(files: readonly string[], io: CliIo): Promise<{ path: string; parsed: ParsedCrl }[]> {
  const crls: { path: string; parsed: ParsedCrl }[] = [];
  for (const path of files) {
    const read = loadCrl(await readInputFile(path, io.cwd, MAX_CERTIFICATE_FILE_BYTES));
    if (!read.ok) throw inputError(bothLanguages('crl.unreadable', { file: path, code: read.error.code }));
    crls.push({ path, parsed: read.value });
  }
  return crls;
}

/**
 * Judges each CRL against the known CAs (`candidates`: bundled, --ca, and the inspected files'
 * certificates): RFC 5280 §6.3.3 (f) — a CRL whose signature does not verify is not used at all.
 */
export async function judgeCrls(crls: readonly { path: string; parsed: ParsedCrl }[], candidates: readonly Uint8Array[], now: number): Promise<CrlInput[]> {
  return Promise.all(
    crls.map(async ({ path, parsed }) => {
      const check = await checkCrl(parsed, candidates, [], { now });
      const located = check.findings.map((finding): Finding => ({ ...finding, location: sourceLocation({ file: path }) }));
      return { path, parsed, trusted: check.issuerVerified, findings: located };
    }),
  );
}

/** `revoked-by-crl` / `not-revoked-by-crl` for one certificate from every trusted CRL of its issuer (as of the CRL's thisUpdate). */
export async function crlFindingsFor(summary: CertificateSummary, crls: readonly CrlInput[], candidates: readonly Uint8Array[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const crl of crls) {
    if (!crl.trusted) continue;
    // No `now` here: staleness is a file-level finding of the CRL, reported once by judgeCrls.
    findings.push(...(await checkCrl(crl.parsed, candidates, [summary])).findings);
  }
  return findings;
}
