import type { CertificateRecord } from '../model/certificate-record';
import type { CertificateSummary } from '../model/certificate-summary';
import { safeFileName } from './safe-file-name';

/** The host name a file is named after: a record's TSV FQDN, else its certificate's CN, else the first SAN; a summary's CN, else its first SAN. */
function nameOf(source: CertificateRecord | CertificateSummary): string {
  if ('applicationId' in source) {
    const certificate = source.certificate;
    return source.fqdn.trim() || certificate?.commonName || certificate?.dnsNames[0] || source.applicationId;
  }
  return source.commonName || source.dnsNames[0] || '';
}

/**
 * The safe file name for a host name: `www.example.ac.jp.crt`. A wildcard name `*.lab.example.ac.jp`
 * becomes `wildcard.lab.example.ac.jp.crt`, because `*` is not allowed in Windows file names and
 * "wildcard" says what the file is better than "_" would.
 */
export function hostFileName(host: string, extension: string): string {
  return safeFileName(host.trim().replace(/^\*\./, 'wildcard.'), extension);
}

/** The safe file name for a certificate, after its record's FQDN or its CN (see hostFileName): `www.example.ac.jp.crt`. */
export function certificateFileName(source: CertificateRecord | CertificateSummary, extension: string): string {
  return hostFileName(nameOf(source), extension);
}
