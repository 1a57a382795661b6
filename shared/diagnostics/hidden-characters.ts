import { invisibleCharacterLabels } from '../encoding/invisible-characters';
import type { ColumnInfo } from '../model/certificate-list';
import type { CertificateRecord } from '../model/certificate-record';
import type { CertificateSummary } from '../model/certificate-summary';
import { columnLabel } from '../model/columns';
import type { Finding } from '../model/finding';
import type { LocalizedText } from '../model/localized-text';
import { sourceLocation } from '../model/location';
import { makeFinding } from './make-finding';

// Line breaks inside a quoted multi-line cell are shown as line breaks; every other hidden character counts.
const LINE_BREAK_LABELS: ReadonlySet<string> = new Set(['U+000A', 'U+000D']);

/** The sentence of a `hidden-characters` finding about `field`, naming the characters (U+202E…). */
function hiddenMessage(field: LocalizedText, labels: readonly string[]): LocalizedText {
  const shown = labels.slice(0, 5).join(', ') + (labels.length > 5 ? ', …' : '');
  return {
    ja: `${field.ja}に、表示の順序や見え方を変えて別の文字列に見せかけられる隠れた制御文字（${shown}）が含まれています。画面では ⟨${labels[0]}⟩ のように表示しています`,
    en: `${field.en} contains hidden control characters (${shown}) that can make it read differently; they are shown as ⟨${labels[0]}⟩`,
  };
}

const ADVICE: LocalizedText = {
  ja: '見た目どおりの名前とは限りません。申請内容を確認し、必要なら正しい文字で登録し直してください',
  en: 'the name may not be what it looks like; check the application and register it again with the intended characters if needed',
};

/** The hidden characters of a text that deceive (line breaks left out), as labels; empty when none. */
function deceivingLabels(text: string): string[] {
  return invisibleCharacterLabels(text).filter((label) => !LINE_BREAK_LABELS.has(label));
}

/**
 * `hidden-characters` warnings for the TSV cells of a row: one per cell holding bidi controls,
 * zero-width or other control characters (shared/encoding/invisible-characters.ts), located at the
 * row's line, the cell's column and its header label. `columns` are the list's (CertificateList.columns).
 */
export function hiddenCellFindings(record: CertificateRecord, columns: readonly ColumnInfo[], file: string | null): Finding[] {
  const findings: Finding[] = [];
  for (const column of columns) {
    const labels = deceivingLabels(record.cells[column.index] ?? '');
    if (labels.length === 0) continue;
    const label = columnLabel(column);
    const location = sourceLocation({ file, line: record.line, column: column.index + 1, columnLabel: label });
    findings.push(makeFinding('hidden-characters', 'warning', hiddenMessage({ ja: 'この欄', en: 'this field' }, labels), ADVICE, location));
  }
  return findings;
}

const CERTIFICATE_FIELDS: readonly { readonly name: LocalizedText; readonly text: (summary: CertificateSummary) => string }[] = [
  { name: { ja: '証明書の主体者 (Subject)', en: "the certificate's subject" }, text: (summary) => summary.subjectDn },
  { name: { ja: '証明書の発行者 (Issuer)', en: "the certificate's issuer" }, text: (summary) => summary.issuerDn },
  { name: { ja: '証明書の SAN (dNSName)', en: "the certificate's SAN dNSNames" }, text: (summary) => summary.dnsNames.join('\n') },
];

/** `hidden-characters` warnings for a certificate's subject, issuer and SAN names (the CN is part of the subject). */
export function hiddenCertificateFindings(summary: CertificateSummary): Finding[] {
  return CERTIFICATE_FIELDS.flatMap(({ name, text }) => {
    const labels = deceivingLabels(text(summary));
    return labels.length === 0 ? [] : [makeFinding('hidden-characters', 'warning', hiddenMessage(name, labels), ADVICE)];
  });
}
