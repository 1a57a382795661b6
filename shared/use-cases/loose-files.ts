import type { CertificateRecord } from '../model/certificate-record';
import type { CertificateSummary } from '../model/certificate-summary';
import type { Finding } from '../model/finding';
import type { NamedBytes } from '../model/named-bytes';
import { readCertificatesLeniently } from '../diagnostics/pem-doctor';
import { classifyRecord } from '../query/record-state';
import { buildCertificateReport } from './certificate-report';
import { oversizeFinding } from './certificate-file-limit';
import type { LooseCertificate, LooseFilesResult } from './views';

const NONE = { ja: '', en: '' };

/** A record standing for a loose certificate (no TSV columns), so it is classified by the same rules as a TSV row. */
function recordOf(summary: CertificateSummary): CertificateRecord {
  return {
    index: 0, line: 0, applicationId: '', applicationType: null, status: null, statusLabel: NONE, profileId: null, profileLabel: NONE,
    subjectDn: summary.subjectDn, fqdn: '', dnsNameColumn: [], adminName: '', adminAffiliation: '', adminMail: '',
    submittedAt: null, completedAt: null, serialNumber: summary.serialNumber, fingerprint: '', tsvNotBefore: summary.notBefore,
    tsvNotAfter: summary.notAfter, urlExpiresAt: null, accessPin: '', revocation: null, isRevoked: false, previousSerial: '',
    lastUpdatedAt: null, cells: [], certificate: summary,
  };
}

/**
 * Reads loose certificate files with the PEM doctor (damaged PEM repaired, DER, bare base64, PKCS#7)
 * into certificates with their reports, plus the findings per file (repairs as warnings, refusals
 * such as a private key or a file over the certificate-file limit as errors).
 */
export async function readLooseFiles(files: readonly NamedBytes[], now: number, extraCas: readonly Uint8Array[] = []): Promise<LooseFilesResult> {
  const certificates: LooseCertificate[] = [];
  const problems: Finding[] = [];
  for (const file of files) {
    const oversize = oversizeFinding(file);
    if (oversize) {
      problems.push(oversize);
      continue;
    }
    const content = await readCertificatesLeniently(file.name, file.bytes);
    problems.push(...content.findings);
    for (const [position, loaded] of content.certificates.entries()) {
      const { state, daysLeft } = classifyRecord(recordOf(loaded.summary), now);
      certificates.push({
        key: `${file.name}#${position}#${loaded.summary.sha256}`,
        fileName: file.name,
        position,
        commonName: loaded.summary.commonName ?? loaded.summary.dnsNames[0] ?? '',
        subjectDn: loaded.summary.subjectDn,
        issuerDn: loaded.summary.issuerDn,
        notAfter: loaded.summary.notAfter,
        state,
        daysLeft,
        summary: loaded.summary,
        report: await buildCertificateReport({ der: loaded.der, now, extraCas, file: content.certificates }),
      });
    }
  }
  return { certificates, problems };
}

/** The certificates of the user's CA files (DER), and the findings about files that held none or were over the certificate-file limit. */
export async function readCaFiles(files: readonly NamedBytes[]): Promise<{ ders: Uint8Array[]; findings: Finding[] }> {
  const ders: Uint8Array[] = [];
  const findings: Finding[] = [];
  for (const file of files) {
    const oversize = oversizeFinding(file);
    if (oversize) {
      findings.push(oversize);
      continue;
    }
    const content = await readCertificatesLeniently(file.name, file.bytes);
    ders.push(...content.certificates.map((certificate) => certificate.der));
    findings.push(...content.findings.filter((finding) => finding.severity === 'error'));
  }
  return { ders, findings };
}
