import type { ProblemCode } from '../model/problem';
import type { CertificateDecodeFailure } from '../pki/certificate/summarize-certificate';

const FAILURE_CODES: Record<Exclude<CertificateDecodeFailure, object>, ProblemCode> = {
  truncated: 'certificate-truncated',
  'not-a-certificate': 'certificate-not-a-certificate',
  malformed: 'certificate-undecodable',
};

/** The problem code for a certificate the x509 fast path could not read ('certificate-undecodable' for anything unknown). */
export function decodeFailureCode(failure: unknown): ProblemCode {
  if (typeof failure === 'object' && failure !== null && 'limit' in failure) return 'certificate-over-limit';
  return FAILURE_CODES[failure as Exclude<CertificateDecodeFailure, object>] ?? 'certificate-undecodable';
}
