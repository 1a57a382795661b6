import type { CertificateRecord } from '../model/certificate-record';
import type { Finding } from '../model/finding';
import { NO_REASON_GIVEN } from '../pki/crl-reasons';
import { formatJstSeconds } from '../time/japan-time';
import { makeFinding } from './make-finding';

/**
 * What the TSV itself says about revocation (columns 32–42 and 状態): `revoked` (error: when, the
 * reason label and comment) when the revocation completed or the status is 7, `revocation-pending`
 * (warning) when a revocation was requested but has not completed. Offline: no OCSP, no download.
 */
export function tsvRevocationFindings(record: CertificateRecord): Finding[] {
  const revocation = record.revocation;
  if (record.isRevoked) {
    const when = revocation?.completedAt ?? revocation?.requestedAt ?? null;
    const reason = revocation?.reasonLabel ?? NO_REASON_GIVEN;
    const comment = revocation?.reasonComment ? { ja: `、コメント:「${revocation.reasonComment}」`, en: `, comment: "${revocation.reasonComment}"` } : { ja: '', en: '' };
    const at = when === null ? { ja: '', en: '' } : { ja: `${formatJstSeconds(when)} (JST) に`, en: ` on ${formatJstSeconds(when)} (JST)` };
    return [
      makeFinding(
        'revoked',
        'error',
        { ja: `TSV によると、この証明書は${at.ja}失効しています（理由: ${reason.ja}${comment.ja}）。`, en: `According to the TSV, this certificate was revoked${at.en} (reason: ${reason.en}${comment.en}).` },
        {
          ja: '失効した証明書はサーバに設定しても使えません。後継の証明書（この証明書を「旧証明書シリアル番号」に持つ行）を送るか、新たに申請してください。',
          en: 'A revoked certificate does not work on a server. Send its successor (the row whose previous serial is this one) or apply for a new certificate.',
        },
      ),
    ];
  }
  // 状態 2 証明書失効処理中 is a revocation in progress even when the row gives no request date.
  if (record.status === 2 && (revocation?.requestedAt ?? null) === null) {
    return [
      makeFinding(
        'revocation-pending',
        'warning',
        { ja: 'この証明書は失効申請中です（状態 2 証明書失効処理中）。', en: 'A revocation of this certificate is in progress (状態 2).' },
        { ja: 'この証明書は間もなく使えなくなります。新しい証明書を用意してください。', en: 'This certificate will soon stop working. Prepare a new certificate.' },
      ),
    ];
  }
  if (revocation && revocation.requestedAt !== null && revocation.completedAt === null) {
    return [
      makeFinding(
        'revocation-pending',
        'warning',
        { ja: `${formatJstSeconds(revocation.requestedAt)} (JST) に失効申請されています（未完了）。`, en: `A revocation was requested on ${formatJstSeconds(revocation.requestedAt)} (JST) and has not completed.` },
        { ja: 'この証明書は間もなく使えなくなります。新しい証明書を用意してください。', en: 'This certificate will soon stop working. Prepare a new certificate.' },
      ),
    ];
  }
  return [];
}
