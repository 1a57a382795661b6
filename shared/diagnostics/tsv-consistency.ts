import type { CertificateRecord } from '../model/certificate-record';
import { excelScientificCovers, isExcelScientific } from '../pki/serial';
import type { CertificateSummary } from '../model/certificate-summary';
import type { Finding } from '../model/finding';
import type { LocalizedText } from '../model/localized-text';
import { formatJstSeconds } from '../time/japan-time';
import { makeFinding } from './make-finding';

/** The fingerprints of the certificate (lower-case hex), when known: CertificateDetails.fingerprints fits. */
export interface FingerprintDetails {
  readonly fingerprints?: { readonly sha1: string; readonly sha256: string };
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

const DAY = 24 * 60 * MINUTE;
const JST_OFFSET = 9 * 60 * MINUTE;

/**
 * True when a TSV time matches a certificate time: within ±1 s; for a TSV value on a whole minute
 * (times may lack seconds), within the same minute; for a TSV value at 00:00 JST (a date without a
 * time is that whole day, docs/list-format.md "Date-times"), on the same JST date.
 */
function sameTime(tsv: number, certificate: number): boolean {
  const diff = certificate - tsv;
  if (Math.abs(diff) <= SECOND) return true;
  if ((tsv + JST_OFFSET) % DAY === 0 && diff >= 0 && diff < DAY) return true;
  return tsv % MINUTE === 0 && diff >= 0 && diff < MINUTE;
}

function mismatch(field: LocalizedText, tsv: string, certificate: string): Finding {
  return makeFinding(
    'tsv-mismatch',
    'warning',
    {
      ja: `TSV の${field.ja}（${tsv}）が、同じ行の証明書の値（${certificate}）と一致しません。`,
      en: `The TSV's ${field.en} (${tsv}) does not match the certificate in the same row (${certificate}).`,
    },
    {
      ja: 'TSV の行と証明書の組み合わせを確認してください。TSV を編集・再保存した場合は、NII のシステムからダウンロードし直してください。',
      en: 'Check that the row and its certificate belong together. If the TSV was edited or re-saved, download it again from NII\'s system.',
    },
  );
}

/** Fingerprint text normalised for comparison: hex digits only, lower case. */
const normaliseFingerprint = (text: string): string => text.replace(/[^0-9a-f]/gi, '').toLowerCase();

/**
 * Compares the TSV row's own columns with the certificate in the same row: serial number (decimal),
 * FingerPrint (SHA-1 or SHA-256, colons or not, any case; SHA-1 needs `details.fingerprints`),
 * notBefore and notAfter (JST, ±1 s). One `tsv-mismatch` (warning) per disagreeing field, or
 * `tsv-consistent` (ok) when everything that could be compared agrees; [] when nothing could be.
 */
export function tsvMismatchFindings(record: CertificateRecord, summary: CertificateSummary, details?: FingerprintDetails): Finding[] {
  const findings: Finding[] = [];
  let compared = 0;
  // Excel's rounding of the serial (6.85929E+18) is said on the cell itself; only a rounding that does not fit the certificate disagrees.
  const excelRounded = isExcelScientific(record.serialNumber) && excelScientificCovers(record.serialNumber, summary.serialNumber);
  if (record.serialNumber !== '' && !excelRounded) {
    compared++;
    if (record.serialNumber.replace(/^0+(?=\d)/, '') !== summary.serialNumber) {
      findings.push(mismatch({ ja: 'シリアル番号', en: 'serial number' }, record.serialNumber, summary.serialNumber));
    }
  }
  const fingerprint = normaliseFingerprint(record.fingerprint);
  if (fingerprint !== '') {
    const known = fingerprint.length === 64 ? summary.sha256 : fingerprint.length === 40 ? (details?.fingerprints?.sha1 ?? null) : '';
    if (known !== null) {
      compared++;
      if (known.toLowerCase() !== fingerprint) {
        findings.push(mismatch({ ja: 'FingerPrint', en: 'FingerPrint' }, record.fingerprint, known === '' ? 'SHA-1 / SHA-256' : known));
      }
    }
  }
  const times: [LocalizedText, number | null, number][] = [
    [{ ja: '有効開始日時', en: 'notBefore' }, record.tsvNotBefore, summary.notBefore],
    [{ ja: '有効期限', en: 'notAfter' }, record.tsvNotAfter, summary.notAfter],
  ];
  for (const [field, tsv, certificate] of times) {
    if (tsv === null) continue;
    compared++;
    if (!sameTime(tsv, certificate)) findings.push(mismatch(field, `${formatJstSeconds(tsv)} JST`, `${formatJstSeconds(certificate)} JST`));
  }
  if (findings.length === 0 && compared > 0) {
    findings.push(makeFinding('tsv-consistent', 'ok', { ja: 'TSV の各欄と証明書の内容は一致しています。', en: "The TSV's columns agree with the certificate." }));
  }
  return findings;
}
