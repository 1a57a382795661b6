import type { OpenedFile } from '../../shared/ipc/contract';
import { bundledCaDers } from '../../shared/pki/chain/chain-pool';
import { checkCrl, loadCrl, type ParsedCrl } from '../../shared/diagnostics/crl-check';
import { matchKey } from '../../shared/diagnostics/key-match';
import { sortFindings } from '../../shared/diagnostics/make-finding';
import type { Finding } from '../../shared/model/finding';
import { summarizeCertificate } from '../../shared/pki/certificate/summarize-certificate';
import { oversizeFinding } from './certificate-file-limit';
import type { CrlCheckView, KeyMatchView } from './list-protocol';

/**
 * Compares a certificate with a private key or CSR (shared/diagnostics' matchKey) and answers with the
 * verdict and public-key hashes only. The key bytes are zeroed once read, whatever the outcome, so no
 * copy of a private key outlives the call in the worker. A file over the certificate-file limit is
 * refused unread (file-too-large).
 */
export async function runKeyMatch(certificateDer: Uint8Array, key: OpenedFile, passphrase: string | null): Promise<KeyMatchView> {
  try {
    const oversize = oversizeFinding(key);
    if (oversize) return { status: 'unreadable', source: null, certificateSpkiSha256: null, keySpkiSha256: null, finding: oversize };
    const result = await matchKey(certificateDer, key, passphrase ?? undefined);
    return {
      status: result.status,
      source: result.source,
      certificateSpkiSha256: result.certificateSpkiSha256,
      keySpkiSha256: result.keySpkiSha256,
      finding: result.finding,
    };
  } finally {
    key.bytes.fill(0);
  }
}

/** The issuer candidates a CRL may be signed by: the bundled CAs, then the user's CA files (DER). */
async function issuerCandidates(extraCas: readonly Uint8Array[]): Promise<Uint8Array[]> {
  return [...(await bundledCaDers()), ...extraCas];
}

/**
 * The CRLs of this session (kept in the worker, never in the UI): a CRL whose signature verified is
 * kept, so the details of every later certificate from the same CA show its revocation status too.
 */
export class CrlSession {
  private readonly crls: { readonly name: string; readonly parsed: ParsedCrl }[] = [];

  /**
   * Reads a CRL file (DER or PEM) and checks `certificateDer` against it: the refusal finding
   * (crl-unreadable, crl-issuer-unknown, crl-signature-invalid) or revoked-by-crl / not-revoked-by-crl
   * (plus crl-outdated past nextUpdate). A verified CRL replaces an earlier one from the same issuer.
   * A file over the certificate-file limit is refused unread (file-too-large).
   */
  async load(file: OpenedFile, certificateDer: Uint8Array, extraCas: readonly Uint8Array[], now: number): Promise<CrlCheckView> {
    const oversize = oversizeFinding(file);
    if (oversize) return { crlNames: [file.name], accepted: false, findings: [oversize] };
    const read = loadCrl(file.bytes);
    if (!read.ok) return { crlNames: [file.name], accepted: false, findings: [read.error] };
    const check = await checkCrl(read.value, await issuerCandidates(extraCas), await this.summaries(certificateDer), { now });
    if (check.issuerVerified) {
      const same = this.crls.findIndex((kept) => kept.parsed.issuerDn === read.value.issuerDn);
      if (same >= 0) this.crls.splice(same, 1);
      this.crls.push({ name: file.name, parsed: read.value });
    }
    return { crlNames: [file.name], accepted: check.issuerVerified, findings: sortFindings(check.findings) };
  }

  /** What the session's CRLs say about `certificateDer`; null when no kept CRL comes from its issuer. */
  async status(certificateDer: Uint8Array, extraCas: readonly Uint8Array[], now: number): Promise<CrlCheckView | null> {
    if (this.crls.length === 0) return null;
    const summaries = await this.summaries(certificateDer);
    const candidates = await issuerCandidates(extraCas);
    const findings: Finding[] = [];
    const crlNames: string[] = [];
    for (const kept of this.crls) {
      const check = await checkCrl(kept.parsed, candidates, summaries, { now });
      // Only CRLs that speak about this certificate (same issuer) are worth showing here.
      if (!check.issuerVerified || check.revoked.size === 0) continue;
      findings.push(...check.findings);
      crlNames.push(kept.name);
    }
    return crlNames.length === 0 ? null : { crlNames, accepted: true, findings: sortFindings(findings) };
  }

  /** The certificate's summary as a one-element list (empty when it does not decode). */
  private async summaries(certificateDer: Uint8Array) {
    const summary = await summarizeCertificate(certificateDer);
    return summary.ok ? [summary.value] : [];
  }
}
