import type { CertificateSummary } from '../model/certificate-summary';
import type { Finding } from '../model/finding';
import type { LocalizedText } from '../model/localized-text';
import { formatJstDate, formatJstSeconds } from '../time/japan-time';
import { makeFinding } from './make-finding';

const subjectOf = (summary: CertificateSummary): string => summary.commonName ?? summary.subjectDn;

/** The findings of CRL reading and checking. */
export const crlFindings = {
  /** `crl-unreadable` (error). */
  unreadable(): Finding {
    return makeFinding(
      'crl-unreadable',
      'error',
      { ja: 'CRL（証明書失効リスト）として読めませんでした。', en: 'This could not be read as a CRL (certificate revocation list).' },
      { ja: 'CA のリポジトリから DER または PEM 形式の CRL を取得し直してください。', en: "Download the CRL again, in DER or PEM form, from the CA's repository." },
    );
  },
  /** `crl-issuer-unknown` (error): no known CA has the CRL's issuer name. */
  issuerUnknown(issuerDn: string): Finding {
    return makeFinding(
      'crl-issuer-unknown',
      'error',
      { ja: `CRL の発行者「${issuerDn}」の CA 証明書がないため、この CRL は使いません。`, en: `No CA certificate for the CRL's issuer "${issuerDn}" is available, so this CRL is not used.` },
      { ja: 'その CA の証明書を読み込んでから、もう一度確かめてください。', en: 'Load that CA certificate and check again.' },
      undefined,
      'add-ca-file',
    );
  },
  /** `crl-signature-invalid` (error): the CRL's signature does not verify, so it is refused. */
  signatureInvalid(issuerDn: string): Finding {
    return makeFinding(
      'crl-signature-invalid',
      'error',
      { ja: `CRL の署名が発行者「${issuerDn}」の鍵で検証できません。改ざんまたは破損の可能性があるため、この CRL は使いません。`, en: `The CRL's signature does not verify with the key of "${issuerDn}". It may be damaged or forged, so it is not used.` },
      { ja: 'CA の公式リポジトリから CRL を取得し直してください。', en: "Download the CRL again from the CA's official repository." },
    );
  },
  /** `crl-outdated` (warning): past its nextUpdate. */
  outdated(nextUpdate: number): Finding {
    return makeFinding(
      'crl-outdated',
      'warning',
      { ja: `この CRL は ${formatJstDate(nextUpdate)} に次の版へ更新される予定でした。最新の失効情報ではありません。`, en: `This CRL was due to be replaced on ${formatJstDate(nextUpdate)}; it is not the latest revocation information.` },
      { ja: '最新の CRL を取得し直してください。', en: 'Download the current CRL.' },
    );
  },
  /** `revoked-by-crl` (error). */
  revoked(summary: CertificateSummary, revokedAt: number, reason: LocalizedText, thisUpdate: number): Finding {
    return makeFinding(
      'revoked-by-crl',
      'error',
      {
        ja: `${subjectOf(summary)}（シリアル ${summary.serialHex}）は ${formatJstSeconds(revokedAt)} (JST) に失効しています（理由: ${reason.ja}）。${formatJstDate(thisUpdate)} 時点の CRL による。`,
        en: `${subjectOf(summary)} (serial ${summary.serialHex}) was revoked on ${formatJstSeconds(revokedAt)} (JST), reason: ${reason.en}; as of the CRL of ${formatJstDate(thisUpdate)}.`,
      },
      { ja: '失効した証明書は使えません。サーバから外し、新しい証明書を設定してください。', en: 'A revoked certificate cannot be used. Remove it from the server and install a new certificate.' },
    );
  },
  /** `not-revoked-by-crl` (ok). */
  notRevoked(summary: CertificateSummary, thisUpdate: number): Finding {
    return makeFinding('not-revoked-by-crl', 'ok', {
      ja: `${subjectOf(summary)} は ${formatJstDate(thisUpdate)} 時点の CRL に載っていません（失効していません）。`,
      en: `${subjectOf(summary)} is not on the CRL as of ${formatJstDate(thisUpdate)} (not revoked).`,
    });
  },
};
