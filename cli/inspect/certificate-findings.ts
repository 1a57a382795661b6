import { matchKey } from '../../shared/diagnostics/key-match';
import { sortFindings } from '../../shared/diagnostics/make-finding';
import type { Finding } from '../../shared/model/finding';
import type { FileCertificate } from '../../shared/pki/read-certificate-file';
import { buildCertificateReport } from '../../shared/use-cases/certificate-report';
import { crlFindingsFor } from '../crl-input';
import type { CertificateReport, InspectSetup } from './inspect-report';

/**
 * Every finding about one certificate of an inspected file, errors first: the shared certificate
 * report (validity, strength, and for a server certificate the --host match and the chain, built over
 * the file's certificates, the --ca files and the bundled CAs — the same rules as the desktop app),
 * then, for a server certificate, the --key comparison, and the revocation status of every certificate
 * of its path on the trusted --crl files (or a note that revocation was not checked).
 */
export async function certificateFindings(certificate: FileCertificate, file: readonly FileCertificate[], setup: InspectSetup): Promise<CertificateReport> {
  const report = await buildCertificateReport({ der: certificate.der, now: setup.now, host: setup.host, extraCas: setup.extraCas, file, withChainFiles: false });
  const findings: Finding[] = [...report.findings];
  if (report.role === 'server' && setup.key) findings.push((await matchKey(certificate.der, setup.key.file, setup.key.passphrase)).finding);
  const path = report.chain && report.chain.length > 0 ? report.chain.map((link) => link.der) : [certificate.der];
  findings.push(...(await crlFindingsFor(path, setup.crls, setup.crlSigners, setup.now)));
  return { certificate, findings: sortFindings(findings), chain: report.chain };
}
