import { judgeCrl, loadCrl, type ParsedCrl } from '../shared/diagnostics/crl-check';
import { pathRevocationFindings } from '../shared/diagnostics/path-revocation-findings';
import { checkPathRevocation, type NamedCrl } from '../shared/pki/crl/path-revocation';
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
 * certificates): RFC 5280 §6.3.3 (f) — a CRL whose signature does not verify, whose signer may not
 * sign CRLs, or that has an unknown critical extension is not used at all.
 */
export async function judgeCrls(crls: readonly { path: string; parsed: ParsedCrl }[], candidates: readonly Uint8Array[], now: number): Promise<CrlInput[]> {
  return Promise.all(
    crls.map(async ({ path, parsed }) => {
      const judgement = await judgeCrl(parsed, candidates, now);
      const located = judgement.findings.map((finding): Finding => ({ ...finding, location: sourceLocation({ file: path }) }));
      return { path, parsed, trusted: judgement.usable, findings: located };
    }),
  );
}

/**
 * The revocation findings of one certificate's path (leaf first; `path` is the built chain, or the
 * certificate alone): every trusted --crl applies to every certificate of the path it covers, so a
 * revoked intermediate is reported too. Without any --crl, one plain note says revocation was not checked.
 */
export async function crlFindingsFor(path: readonly Uint8Array[], crls: readonly CrlInput[], candidates: readonly Uint8Array[], now: number): Promise<Finding[]> {
  const trusted: NamedCrl[] = crls.filter((crl) => crl.trusted).map((crl) => ({ name: basename(crl.path), crl: crl.parsed }));
  // The pool only serves to find a CRL's signer: without a trusted CRL it is not read at all (each
  // candidate read is a full certificate parse, the bundled CAs included: issue 13, CLI cold start).
  const results = await checkPathRevocation(crls.length === 0 ? path.slice(0, 1) : path, trusted, now, { pool: trusted.length === 0 ? [] : candidates });
  return pathRevocationFindings(results);
}

/** The file name of a path, as messages name a CRL. */
function basename(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
