import type { Finding } from '../model/finding';
import type { NamedBytes } from '../model/named-bytes';
import { judgeCrl, loadCrl, type ParsedCrl } from '../diagnostics/crl-check';
import { sortFindings } from '../diagnostics/make-finding';
import { pathRevocationFindings } from '../diagnostics/path-revocation-findings';
import { buildChainPath } from '../pki/chain/build-chain-path';
import { bundledCaDers } from '../pki/chain/chain-pool';
import { checkPathRevocation, type CertificateRevocation, type NamedCrl } from '../pki/crl/path-revocation';
import { oversizeFinding } from './certificate-file-limit';
import type { CrlCheckView } from './views';

/** The issuer candidates a CRL may be signed by: the bundled CAs, then the user's CA files (DER). */
async function issuerCandidates(extraCas: readonly Uint8Array[]): Promise<Uint8Array[]> {
  return [...(await bundledCaDers()), ...extraCas];
}

/** True when some CRL spoke about some certificate of the path (revoked, good, or covered but unusable). */
function anyCrlSpoke(results: readonly CertificateRevocation[]): boolean {
  return results.some(({ status }) => status.kind !== 'not-checked' || (status.why.code !== 'no-crl' && status.why.code !== 'trust-anchor' && status.why.code !== 'unreadable-certificate'));
}

/**
 * The CRLs of this session (kept in the worker, never in the UI): a CRL whose signature verified is
 * kept, so the details of every later certificate show what the kept CRLs say about its whole path
 * (the certificate and the intermediate CAs it chains to).
 */
export class CrlSession {
  private readonly crls: NamedCrl[] = [];

  /**
   * Reads a CRL file (DER or PEM) and checks the path of `certificateDer` against it and the CRLs
   * kept before: the refusal finding (crl-unreadable, crl-issuer-unknown, crl-signature-invalid,
   * crl-not-usable), or per certificate of the path revoked-by-crl / not-revoked-by-crl /
   * revocation-not-checked (plus crl-outdated past nextUpdate, crl-delta for a delta CRL). A verified
   * complete CRL replaces an earlier complete one from the same issuer and scope. A file over the
   * certificate-file limit is refused unread (file-too-large).
   */
  async load(file: NamedBytes, certificateDer: Uint8Array, extraCas: readonly Uint8Array[], now: number): Promise<CrlCheckView> {
    const oversize = oversizeFinding(file);
    if (oversize) return { crlNames: [file.name], accepted: false, findings: [oversize] };
    const read = loadCrl(file.bytes);
    if (!read.ok) return { crlNames: [file.name], accepted: false, findings: [read.error] };
    const judgement = await judgeCrl(read.value, await issuerCandidates(extraCas), now);
    if (!judgement.usable) return { crlNames: [file.name], accepted: false, findings: sortFindings(judgement.findings) };
    this.keep({ name: file.name, crl: read.value });
    const results = await this.check(certificateDer, extraCas, now);
    return { crlNames: this.crls.map((kept) => kept.name), accepted: true, findings: sortFindings([...pathRevocationFindings(results), ...judgement.findings]) };
  }

  /** What the session's CRLs say about the path of `certificateDer`; null when no kept CRL covers any certificate of it. */
  async status(certificateDer: Uint8Array, extraCas: readonly Uint8Array[], now: number): Promise<CrlCheckView | null> {
    if (this.crls.length === 0) return null;
    const results = await this.check(certificateDer, extraCas, now);
    if (!anyCrlSpoke(results)) return null;
    const findings: Finding[] = pathRevocationFindings(results);
    return { crlNames: this.crls.map((kept) => kept.name), accepted: true, findings: sortFindings(findings) };
  }

  /** Keeps a CRL; a complete CRL replaces an older complete one of the same issuer and scope, a delta replaces an older delta. */
  private keep(named: NamedCrl): void {
    const sameKind = (kept: ParsedCrl) =>
      kept.issuerKey === named.crl.issuerKey && (kept.deltaBase === null) === (named.crl.deltaBase === null) && JSON.stringify(kept.issuingDistributionPoint) === JSON.stringify(named.crl.issuingDistributionPoint);
    const same = this.crls.findIndex((kept) => sameKind(kept.crl));
    if (same >= 0) this.crls.splice(same, 1);
    this.crls.push(named);
  }

  /** The path of the certificate (the chain builder's, over the bundled and the user's CAs) checked on every kept CRL. */
  private async check(certificateDer: Uint8Array, extraCas: readonly Uint8Array[], now: number): Promise<CertificateRevocation[]> {
    const chain = await buildChainPath(certificateDer, { extraCas, now });
    const path = chain.links.length > 0 ? chain.links.map((link) => link.der) : [certificateDer];
    return checkPathRevocation(path, this.crls, now, { pool: await issuerCandidates(extraCas) });
  }
}
