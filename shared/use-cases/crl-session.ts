import type { Finding } from '../model/finding';
import type { NamedBytes } from '../model/named-bytes';
import { checkCrl, loadCrl, type ParsedCrl } from '../diagnostics/crl-check';
import { sortFindings } from '../diagnostics/make-finding';
import { summarizeCertificate } from '../pki/certificate/summarize-certificate';
import { bundledCaDers } from '../pki/chain/chain-pool';
import { oversizeFinding } from './certificate-file-limit';
import type { CrlCheckView } from './views';

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
  async load(file: NamedBytes, certificateDer: Uint8Array, extraCas: readonly Uint8Array[], now: number): Promise<CrlCheckView> {
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
