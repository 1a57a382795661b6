import type { ProblemCode } from '../model/problem';
import type { CertificateDecodeFailure } from '../pki/certificate/summarize-certificate';

const FAILURE_CODES: Record<CertificateDecodeFailure, ProblemCode> = {
  truncated: 'certificate-truncated',
  'not-a-certificate': 'certificate-not-a-certificate',
  malformed: 'certificate-undecodable',
};

/** The problem code for a certificate the x509 fast path could not read ('certificate-undecodable' for anything unknown). */
export function decodeFailureCode(failure: unknown): ProblemCode {
  return FAILURE_CODES[failure as CertificateDecodeFailure] ?? 'certificate-undecodable';
}
