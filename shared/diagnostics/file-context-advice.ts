import type { Finding } from '../model/finding';
import type { LocalizedText } from '../model/localized-text';
import { notCurrentReasonText, type CurrentCheck } from '../query/not-current';
import { formatJst } from '../time/japan-time';
import { makeFinding } from './make-finding';

// The findings whose advice is "apply for a renewal": wrong when the renewal is already in the file.
const RENEWAL_ADVICE_CODES: ReadonlySet<Finding['code']> = new Set(['expired', 'expires-soon']);

/**
 * The findings with the rest of the file taken into account: when a newer certificate has already
 * replaced this one, "apply for a renewal" becomes "send the newer one" (naming it), and a still-valid
 * certificate says that it has been replaced.
 */
export function adviseWithFile(findings: readonly Finding[], check: CurrentCheck): Finding[] {
  const replaced = check.reasons.find((reason) => reason.kind === 'replaced');
  if (!replaced || replaced.kind !== 'replaced') return [...findings];
  const by = replaced.by;
  const advice: LocalizedText = {
    ja: `後継の証明書（シリアル番号 ${by.serialNumber}、${formatJst(by.issuedAt)} 発行、申請ID ${by.applicationId}、${by.line} 行目）がこのファイルにあります。更新申請は不要です。送るのはそちらの証明書です。`,
    en: `Its successor (serial ${by.serialNumber}, issued ${formatJst(by.issuedAt)}, application ID ${by.applicationId}, line ${by.line}) is in this file: no renewal is needed. Send that certificate instead.`,
  };
  let rewritten = false;
  const result = findings.map((finding) => {
    if (!RENEWAL_ADVICE_CODES.has(finding.code)) return finding;
    rewritten = true;
    return { ...finding, advice };
  });
  if (!rewritten) result.push(makeFinding('renewal-in-file', 'warning', notCurrentReasonText(replaced), advice));
  return result;
}
