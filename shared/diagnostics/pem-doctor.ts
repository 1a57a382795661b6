import type { Finding } from '../model/finding';
import type { Repair } from '../pki/pem/pem-repairs';
import { readCertificateFile, type FileCertificate } from '../pki/read-certificate-file';
import { otherFileTypeOf } from '../pki/file-signature';
import { issueFinding, otherFileFinding, repairFinding } from './pem-doctor-findings';

/** What a pasted text or opened file held: the certificates, the findings (repairs and refusals), and the repaired PEM. */
export interface LenientRead {
  readonly certificates: FileCertificate[];
  /** Repairs first (`pem-repaired` warnings), then refusals and notes, in file order. */
  readonly findings: Finding[];
  readonly repairs: Repair[];
  /** Every certificate read, as strict PEM (LF, 64-character lines), in file order. */
  readonly text: string;
}

/**
 * The PEM doctor: reads a certificate file or pasted text with shared/pki's one certificate-file
 * reader and words what it met as findings: every repair a `pem-repaired` warning, and `not-a-certificate`
 * (a private key — never shown or kept —, a CSR, a CRL…), `truncated`, `pem-corrupt`, `pkcs7-read`
 * and `no-certificate-found`; an image, PDF or Office file is named as one (`not-a-certificate`). Never throws.
 */
export async function readCertificatesLeniently(fileName: string, bytes: Uint8Array): Promise<LenientRead> {
  // An image or an Office file is named for what it is, not searched for certificates.
  const otherType = otherFileTypeOf(bytes);
  if (otherType) return { certificates: [], findings: [otherFileFinding(otherType, fileName)], repairs: [], text: '' };
  const read = await readCertificateFile(bytes);
  const findings = [...read.repairs.map((repair) => repairFinding(repair, fileName)), ...read.issues.map((issue) => issueFinding(issue, fileName))];
  return { certificates: read.certificates, findings, repairs: read.repairs, text: read.text };
}
