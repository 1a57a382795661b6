import type { CertificateSummary } from '../model/certificate-summary';
import type { Finding } from '../model/finding';
import { DAY_MS, daysLeft as daysUntil, formatJstDate, formatJstSeconds } from '../time/japan-time';
import { DEFAULT_EXPIRING_DAYS } from '../query/record-state';
import { makeFinding } from './make-finding';

/** Options of validityFindings: the instant to judge at (epoch ms) and the warning window in days. */
export interface ValidityOptions {
  readonly now: number;
  /** How many days before notAfter to start warning; default DEFAULT_EXPIRING_DAYS (the list's expiring window). */
  readonly expiresSoonDays?: number;
}

/**
 * The validity-period findings of a certificate at `now`: `expired` (error), `not-yet-valid` (error),
 * `expires-soon` (warning, days left in the message) or `valid` (ok). RFC 5280 §4.1.2.5: both ends
 * of the period are inclusive, so a certificate is still valid at exactly notAfter.
 */
export function validityFindings(summary: CertificateSummary, options: ValidityOptions): Finding[] {
  const { now } = options;
  const soonDays = options.expiresSoonDays ?? DEFAULT_EXPIRING_DAYS;
  const until = formatJstSeconds(summary.notAfter);
  const from = formatJstSeconds(summary.notBefore);
  if (now > summary.notAfter) {
    const daysAgo = -daysUntil(summary.notAfter, now);
    return [
      makeFinding(
        'expired',
        'error',
        {
          ja: `この証明書は ${until} (JST) に有効期限が切れています（${daysAgo} 日前）。`,
          en: `This certificate expired on ${until} (JST), ${daysAgo} day(s) ago.`,
        },
        {
          ja: '期限切れの証明書はブラウザでエラーになります。UPKI で更新申請を行い、新しい証明書をサーバに設定してください。',
          en: 'Browsers reject an expired certificate. Apply for a renewal through UPKI and install the new certificate on the server.',
        },
      ),
    ];
  }
  if (now < summary.notBefore) {
    return [
      makeFinding(
        'not-yet-valid',
        'error',
        {
          ja: `この証明書は ${from} (JST) から有効になります。まだ有効期間が始まっていません。`,
          en: `This certificate only becomes valid on ${from} (JST); its validity period has not started yet.`,
        },
        {
          ja: '有効開始日時まで待ってから設定するか、サーバの時計が正しいか確認してください。',
          en: 'Install it once the start time has passed, or check that the server clock is correct.',
        },
      ),
    ];
  }
  const msLeft = summary.notAfter - now;
  const daysLeft = daysUntil(summary.notAfter, now);
  if (msLeft <= soonDays * DAY_MS) {
    return [
      makeFinding(
        'expires-soon',
        'warning',
        {
          ja: `この証明書はあと ${daysLeft} 日で有効期限（${until} JST）を迎えます。`,
          en: `This certificate expires in ${daysLeft} day(s), on ${until} (JST).`,
        },
        {
          ja: `${formatJstDate(summary.notAfter)} より前に UPKI で更新申請を行い、新しい証明書に差し替えてください。`,
          en: `Apply for a renewal through UPKI and replace the certificate before ${formatJstDate(summary.notAfter)}.`,
        },
      ),
    ];
  }
  return [
    makeFinding('valid', 'ok', {
      ja: `有効期間内です（${until} JST まで、あと ${daysLeft} 日）。`,
      en: `Within its validity period (until ${until} JST, ${daysLeft} day(s) left).`,
    }),
  ];
}
