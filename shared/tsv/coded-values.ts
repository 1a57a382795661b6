import type { ColumnKey } from '../model/columns';
import type { LocalizedText } from '../model/localized-text';
import { CRL_REASONS } from '../pki/crl-reasons';
import { statusLabel } from './status-label';

/**
 * What the coded cells of the list mean, in NII's words where NII has words (docs/list-format.md,
 * "Coded values"): 状態, 失効理由コード, and — inferred, so marked as such — 申請種別 and
 * ダウンロード方法. The raw code is always kept beside the meaning by whoever shows it.
 */

/** A code's meaning, and whether it is only inferred (no NII source states it). */
export interface CodeMeaning {
  readonly label: LocalizedText;
  readonly inferred: boolean;
}

/** 申請種別: probably 1 issue, 2 renewal, 3 revocation (docs/list-format.md, "申請種別 (application type)", L). */
const APPLICATION_TYPES: ReadonlyMap<number, LocalizedText> = new Map([
  [1, { ja: '新規発行', en: 'New issue' }],
  [2, { ja: '更新', en: 'Renewal' }],
  [3, { ja: '失効', en: 'Revocation' }],
]);

/** ダウンロード方法 (client certificates): docs/list-format.md, "ダウンロード方法 (download method)", unconfirmed. */
const DOWNLOAD_METHODS: ReadonlyMap<number, LocalizedText> = new Map([
  [1, { ja: 'P12 ファイル（個別）', en: 'P12 file, individually' }],
  [2, { ja: 'P12 ファイル（一括）', en: 'P12 files, in bulk' }],
  [3, { ja: 'ブラウザ', en: 'In the browser' }],
]);

/** The integer a cell holds, or null when it holds anything else (an empty cell, text). */
function codeOf(cell: string): number | null {
  return /^\s*-?\d{1,4}\s*$/.test(cell) ? Number.parseInt(cell, 10) : null;
}

/** The meaning of a coded cell of column `key`, or null when the column is not coded or the code is unknown. */
export function codeMeaning(key: ColumnKey, cell: string): CodeMeaning | null {
  const code = codeOf(cell);
  if (code === null) return null;
  switch (key) {
    case 'status': {
      const label = statusLabel(code);
      return label.ja === String(code) ? null : { label, inferred: false };
    }
    case 'revocationReasonCode': {
      const reason = CRL_REASONS.find((candidate) => candidate.code === code);
      return reason ? { label: reason.label, inferred: false } : null;
    }
    case 'applicationType': {
      const label = APPLICATION_TYPES.get(code);
      return label ? { label, inferred: true } : null;
    }
    case 'downloadMethod': {
      const label = DOWNLOAD_METHODS.get(code);
      return label ? { label, inferred: true } : null;
    }
    default:
      return null;
  }
}
