import { checkChain } from '../../shared/diagnostics/chain-findings';
import { matchKey } from '../../shared/diagnostics/key-match';
import { sortFindings } from '../../shared/diagnostics/make-finding';
import { matchHostName } from '../../shared/diagnostics/name-match';
import { strengthFindings } from '../../shared/diagnostics/strength';
import { validityFindings } from '../../shared/diagnostics/validity';
import type { FileCertificate } from '../../shared/pki/read-certificate-file';
import type { Finding } from '../../shared/model/finding';
import { describeCertificate } from '../../shared/pki/certificate/certificate-details';
import { crlFindingsFor } from '../crl-input';
import type { CertificateReport, InspectSetup } from './inspect-report';

/**
 * The certificates of a file that the server-side checks (host name, chain, key) are about: its
 * end-entity certificates — a bundle's intermediates are judged as part of the leaf's chain —, or
 * every certificate when the file holds only CA certificates (someone inspecting a CA file).
 */
export function serverCertificates(certificates: readonly FileCertificate[]): FileCertificate[] {
  const leaves = certificates.filter((certificate) => !certificate.summary.isCa);
  return leaves.length > 0 ? leaves : [...certificates];
}

/**
 * Every finding about one certificate of an inspected file, errors first: validity and strength
 * always; for a server certificate (see serverCertificates) the --host name match (RFC 6125), the chain
 * and the --key comparison; and its status on each trusted --crl. The chain is built offline over the
 * file's certificates (as the server would present them, in file order, when the file holds several),
 * the --ca certificates and the bundled CAs. New per-certificate checks plug in here.
 */
export async function certificateFindings(
  certificate: FileCertificate,
  file: readonly FileCertificate[],
  setup: InspectSetup,
): Promise<CertificateReport> {
  const { der, summary } = certificate;
  const details = await describeCertificate(der);
  const findings: Finding[] = [...validityFindings(summary, { now: setup.now }), ...strengthFindings(summary, details.ok ? details.value : undefined)];
  let chain: CertificateReport['chain'] = null;
  if (serverCertificates(file).includes(certificate)) {
    if (setup.host !== null) findings.push(matchHostName(setup.host, summary).finding);
    // A lone certificate is not a server's chain file: judging its "missing intermediates" would be noise.
    const presented = file.length > 1 ? { presented: file.map((entry) => entry.der) } : {};
    const built = await checkChain(der, { extraCas: setup.extraCas, now: setup.now, ...presented });
    chain = built.links;
    findings.push(...built.findings);
    if (setup.key) findings.push((await matchKey(der, setup.key.file, setup.key.passphrase)).finding);
  }
  findings.push(...(await crlFindingsFor(summary, setup.crls, setup.crlSigners)));
  return { certificate, findings: sortFindings(findings), chain };
}
