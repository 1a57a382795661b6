import type { CertificateList } from '../model/certificate-list';
import type { LocalizedText } from '../model/localized-text';
import type { NamedBytes } from '../model/named-bytes';
import { reviewRequestFile, type RequestReview } from '../request/check-request-file';
import { oversizeFinding } from './certificate-file-limit';

/**
 * The app's 申請ファイルを確認: a request file someone made (by hand, in Excel, with another tool)
 * reviewed as NII would take it, against the open list when there is one.
 */

/** The review of one request file, or why the file was not read at all. */
export type RequestReviewResult =
  | { readonly ok: true; readonly fileName: string; readonly review: RequestReview }
  | { readonly ok: false; readonly fileName: string; readonly refused: LocalizedText };

/**
 * Reviews a request file against `list` (null: checked for format and CSRs only, and the review says
 * so). A file over the certificate-file limit (16 MiB; 99 renewals with 2048-character CSRs are about
 * 250 KB) is refused before it is read.
 */
export async function reviewRequest(file: NamedBytes, list: CertificateList | null, now: number): Promise<RequestReviewResult> {
  const oversize = oversizeFinding(file);
  if (oversize) return { ok: false, fileName: file.name, refused: oversize.message };
  return { ok: true, fileName: file.name, review: await reviewRequestFile(file.bytes, { list, now }) };
}
