import type { CertificateRecord } from '../model/certificate-record';
import type { CertificateSummary } from '../model/certificate-summary';
import type { Finding } from '../model/finding';
import type { NamedBytes } from '../model/named-bytes';
import { readCertificatesLeniently } from '../diagnostics/pem-doctor';
import { classifyRecord } from '../query/record-state';
import { readCertificateFile, type FileCertificate } from '../pki/read-certificate-file';
import { buildCertificateReport } from './certificate-report';
import { oversizeFinding } from './certificate-file-limit';
import { matchOpenedKey } from './opened-keys';
import type { LooseCertificate, LooseFilesResult } from './views';

const NONE = { ja: '', en: '' };

/** A record standing for a loose certificate (no TSV columns), so it is classified by the same rules as a TSV row. */
function recordOf(summary: CertificateSummary): CertificateRecord {
  return {
    index: 0, line: 0, applicationId: '', applicationType: null, status: null, statusLabel: NONE, profileId: null, profileLabel: NONE,
    subjectDn: summary.subjectDn, fqdn: '', dnsNameColumn: [], adminName: '', adminAffiliation: '', adminMail: '', software: '', otherAddresses: [],
    submittedAt: null, completedAt: null, serialNumber: summary.serialNumber, fingerprint: '', tsvNotBefore: summary.notBefore,
    tsvNotAfter: summary.notAfter, urlExpiresAt: null, accessPin: '', revocation: null, isRevoked: false, previousSerial: '',
    lastUpdatedAt: null, cells: [], certificate: summary, certificateUnreadable: false,
  };
}

/** One loose file read: its name, its certificates, and its bytes when it also holds a private key (a combined PEM). */
interface ReadFile {
  readonly name: string;
  readonly certificates: readonly FileCertificate[];
  readonly combinedKey: Uint8Array | null;
}

/**
 * The doctor's findings for a file, without the refusals of a private key that sits beside certificates
 * in the same file (server.pem with certificate and key, as HAProxy takes it): that key is matched against
 * the certificates instead. Whether the file holds one comes with the findings.
 */
async function doctorFindings(file: NamedBytes, findings: readonly Finding[], repairs: number, certificateCount: number): Promise<{ findings: Finding[]; holdsKey: boolean }> {
  if (certificateCount === 0) return { findings: [...findings], holdsKey: false };
  // The doctor words its repairs first, then one finding per issue of the certificate-file reader, in order.
  const issues = (await readCertificateFile(file.bytes)).issues;
  const isKey = issues.map((issue) => issue.kind === 'not-a-certificate' && (issue.derKind === 'private-key' || issue.derKind === 'encrypted-private-key'));
  return { findings: findings.filter((_, i) => i < repairs || !isKey[i - repairs]), holdsKey: isKey.some(Boolean) };
}

/** An intermediate CA certificate (a CA that did not issue itself): what one file can lend another's chain. */
function isIntermediate(certificate: FileCertificate): boolean {
  return certificate.summary.isCa && certificate.summary.subjectDn !== certificate.summary.issuerDn;
}

/**
 * The intermediates of the other files opened, as chain candidates for `file`: a server certificate in
 * one file and its intermediate in another complete each other, as they would on the server. Only
 * intermediates are lent: a root opened beside them is not trusted for being opened (that is what
 * 「CA ファイルを追加」 is for), so a chain still has to reach a bundled or added root to be complete.
 */
function lentIntermediates(files: readonly ReadFile[], file: ReadFile): Uint8Array[] {
  return files.filter((other) => other !== file).flatMap((other) => other.certificates.filter(isIntermediate).map((certificate) => certificate.der));
}

/**
 * Reads loose certificate files with the PEM doctor (damaged PEM repaired, DER, bare base64, PKCS#7)
 * into certificates with their reports, plus the findings per file (repairs as warnings, refusals
 * such as an image or a file over the certificate-file limit as errors). Every intermediate opened
 * serves the chains of the other files' certificates; a private key in a file beside its certificates
 * is matched against them.
 */
export async function readLooseFiles(files: readonly NamedBytes[], now: number, extraCas: readonly Uint8Array[] = []): Promise<LooseFilesResult> {
  const problems: Finding[] = [];
  const read: ReadFile[] = [];
  for (const file of files) {
    const oversize = oversizeFinding(file);
    if (oversize) {
      problems.push(oversize);
      continue;
    }
    const content = await readCertificatesLeniently(file.name, file.bytes);
    const doctor = await doctorFindings(file, content.findings, content.repairs.length, content.certificates.length);
    problems.push(...doctor.findings);
    read.push({ name: file.name, certificates: content.certificates, combinedKey: doctor.holdsKey ? file.bytes : null });
  }
  const certificates: LooseCertificate[] = [];
  for (const file of read) {
    const chainCandidates = [...extraCas, ...lentIntermediates(read, file)];
    for (const [position, loaded] of file.certificates.entries()) {
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
        report: await buildCertificateReport({ der: loaded.der, now, extraCas: chainCandidates, file: file.certificates }),
      });
    }
  }
  for (const file of read) {
    // A copy: matchOpenedKey zeroes what it is given, and the file's own bytes are kept for rebuilding the views.
    if (file.combinedKey) problems.push(await matchOpenedKey({ name: file.name, bytes: file.combinedKey.slice() }, 'private-key', certificates));
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
