import type { LocalizedText } from '../model/localized-text';
import type { Problem, ProblemCode } from '../model/problem';
import type { CertificateDecodeFailure } from '../pki/certificate/summarize-certificate';

/** The problem codes a loose certificate file can raise. */
export type CertificateFileProblemCode = Extract<
  ProblemCode,
  | 'file-empty'
  | 'file-not-certificate'
  | 'certificate-invalid-base64'
  | 'certificate-truncated'
  | 'certificate-undecodable'
  | 'certificate-not-a-certificate'
>;

/** Where in the file a problem is. */
export interface ProblemPlace {
  readonly file: string;
  readonly line: number | null;
  readonly column?: number | null;
}

/** "at line 12" / "12 行目" phrases, empty when the place has no line. */
function where(place: ProblemPlace): LocalizedText {
  if (place.line === null) return { ja: '', en: '' };
  const column = place.column ? { ja: ` ${place.column} 桁目`, en: `, column ${place.column}` } : { ja: '', en: '' };
  return { ja: `${place.line} 行目${column.ja}: `, en: ` (line ${place.line}${column.en})` };
}

/** A Problem with the given code, place and message (severity error; no TSV column). */
export function certificateFileProblem(code: CertificateFileProblemCode, place: ProblemPlace, message: LocalizedText): Problem {
  return { code, severity: 'error', file: place.file, line: place.line, column: place.column ?? null, columnLabel: null, message };
}

/** The problem for a certificate whose DER did not decode. */
export function decodeFailureProblem(failure: CertificateDecodeFailure, place: ProblemPlace): Problem {
  const at = where(place);
  switch (failure) {
    case 'truncated':
      return certificateFileProblem('certificate-truncated', place, {
        ja: `${at.ja}証明書のデータが途中で切れています。コピーの範囲が足りない可能性があります。`,
        en: `The certificate data is cut short${at.en}; part of it may be missing from the copy.`,
      });
    case 'not-a-certificate':
      return certificateFileProblem('certificate-not-a-certificate', place, {
        ja: `${at.ja}X.509 証明書ではありません（CSR・鍵など別の種類のデータです）。`,
        en: `This is not an X.509 certificate${at.en} (it is some other kind of data, such as a CSR or a key).`,
      });
    case 'malformed':
      return certificateFileProblem('certificate-undecodable', place, {
        ja: `${at.ja}証明書の中身が壊れているため読めません。`,
        en: `The certificate is damaged and cannot be read${at.en}.`,
      });
  }
}

/** The problem for a PEM certificate body that is not base64. */
export function invalidBase64Problem(place: ProblemPlace): Problem {
  const at = where(place);
  return certificateFileProblem('certificate-invalid-base64', place, {
    ja: `${at.ja}証明書の本文に base64 として読めない文字があります。`,
    en: `The certificate body contains a character that is not base64${at.en}.`,
  });
}

/** The problem for a BEGIN CERTIFICATE line that has no matching END line. */
export function missingEndProblem(label: string, place: ProblemPlace): Problem {
  const at = where(place);
  return certificateFileProblem('certificate-truncated', place, {
    ja: `${at.ja}-----BEGIN ${label}----- に対応する -----END ${label}----- がありません。証明書が途中で切れています。`,
    en: `-----BEGIN ${label}----- has no matching -----END ${label}-----${at.en}; the certificate is cut short.`,
  });
}

/** The problem for an empty file. */
export function emptyFileProblem(file: string): Problem {
  return certificateFileProblem('file-empty', { file, line: null }, { ja: 'ファイルが空です。', en: 'The file is empty.' });
}

/** The problem for a file in which no certificate was found; `otherLabels` names the PEM blocks that were there. */
export function notCertificateFileProblem(file: string, otherLabels: readonly string[]): Problem {
  const found =
    otherLabels.length > 0
      ? { ja: `（見つかったのは ${otherLabels.join('・')} だけです）`, en: ` (it holds only ${otherLabels.join(', ')})` }
      : { ja: '', en: '' };
  return certificateFileProblem('file-not-certificate', { file, line: null }, {
    ja: `証明書が見つかりません${found.ja}。PEM（-----BEGIN CERTIFICATE-----）または DER 形式の証明書ファイルを選んでください。`,
    en: `No certificate was found in this file${found.en}. Choose a PEM (-----BEGIN CERTIFICATE-----) or DER certificate file.`,
  });
}
