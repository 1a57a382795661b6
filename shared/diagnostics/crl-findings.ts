import type { CertificateSummary } from '../model/certificate-summary';
import type { Finding } from '../model/finding';
import type { LocalizedText } from '../model/localized-text';
import type { CrlProblem, NamedCrl, NotChecked, PathPosition } from '../pki/crl/path-revocation';
import { formatJstDate, formatJstSeconds } from '../time/japan-time';
import { makeFinding } from './make-finding';

/** What the certificate is to the staff: the server certificate itself or an intermediate CA of its chain. */
const POSITION_LABEL: Readonly<Record<PathPosition, LocalizedText>> = {
  leaf: { ja: 'サーバ証明書', en: 'The server certificate' },
  intermediate: { ja: '中間 CA 証明書', en: 'The intermediate CA certificate' },
  root: { ja: 'ルート CA 証明書', en: 'The root CA certificate' },
};

/** "サーバ証明書「www.example.ac.jp」（シリアル 0A:1B）" / "The server certificate "www.example.ac.jp" (serial 0A:1B)". */
function certificateName(summary: CertificateSummary, position: PathPosition): LocalizedText {
  const name = summary.commonName ?? summary.subjectDn;
  const label = POSITION_LABEL[position];
  return { ja: `${label.ja}「${name}」（シリアル ${summary.serialHex}）`, en: `${label.en} "${name}" (serial ${summary.serialHex})` };
}

/** Why a CRL could not be used, in the staff's words (RFC 5280 §5.2, §5.3, §6.3.3 (f)). */
export const CRL_PROBLEM_TEXT: Readonly<Record<CrlProblem, LocalizedText>> = {
  'signer-unknown': { ja: 'CRL を発行した CA の証明書がありません', en: "the certificate of the CA that issued the CRL is not available" },
  'signature-invalid': { ja: 'CRL の署名を検証できません（破損または改ざんの可能性）', en: "the CRL's signature does not verify (it may be damaged or forged)" },
  'algorithm-unsupported': { ja: 'CRL の署名アルゴリズムにこのアプリが対応していないため、署名を検証できません', en: "this app does not support the CRL's signature algorithm, so its signature cannot be checked" },
  'signer-not-crl-signer': { ja: 'CRL に署名した証明書に CRL 署名 (cRLSign) の用途がありません', en: 'the certificate that signed the CRL is not allowed to sign CRLs (no cRLSign key usage)' },
  'signer-not-valid': { ja: 'CRL に署名した証明書が、確認する時点で有効期間外です', en: 'the certificate that signed the CRL is outside its validity period at the time checked' },
  'signer-not-on-path': { ja: 'CRL に署名した証明書が、この証明書と同じ認証局の系列にありません', en: "the certificate that signed the CRL does not belong to this certificate's chain" },
  'signer-revoked': { ja: 'CRL に署名した証明書自体が失効しています', en: 'the certificate that signed the CRL is itself revoked' },
  'signer-status-unknown': { ja: 'CRL に署名した証明書自体の失効を確認できません', en: 'the revocation of the certificate that signed the CRL itself cannot be checked' },
  'unknown-critical-extension': { ja: 'CRL にこのアプリが解釈できない重要 (critical) 拡張があります', en: 'the CRL has a critical extension this app does not understand' },
};

/** Why revocation was not checked, in the staff's words. */
function notCheckedText(why: NotChecked): LocalizedText {
  switch (why.code) {
    case 'no-crl':
      return { ja: 'この証明書を扱う CRL が与えられていません', en: 'no CRL given for it' };
    case 'crl-unusable': {
      const parts = why.problems.map(({ crl, problem }) => ({ ja: `CRL「${crl.name}」は使えません（${CRL_PROBLEM_TEXT[problem].ja}）`, en: `the CRL "${crl.name}" cannot be used (${CRL_PROBLEM_TEXT[problem].en})` }));
      return { ja: parts.map((part) => part.ja).join('。'), en: parts.map((part) => part.en).join('; ') };
    }
    case 'delta-without-base':
      return {
        ja: `CRL「${why.crl.name}」は差分 CRL (delta CRL) で、その基になる完全な CRL が与えられていません`,
        en: `the CRL "${why.crl.name}" is a delta CRL and the complete CRL it updates was not given`,
      };
    case 'some-reasons-only':
      return { ja: '与えられた CRL は一部の失効理由しか扱っていません', en: 'the CRLs given cover only some revocation reasons' };
    case 'unreadable-certificate':
      return { ja: '証明書を読み取れません', en: 'the certificate cannot be read' };
    case 'trust-anchor':
      return { ja: '信頼の起点 (ルート CA) は失効確認の対象外です', en: 'a trust anchor (root CA) is not checked for revocation' };
  }
}

const ADVICE_REVOKED: Readonly<Record<PathPosition, LocalizedText>> = {
  leaf: { ja: '失効した証明書は使えません。サーバから外し、新しい証明書を設定してください。', en: 'A revoked certificate cannot be used. Remove it from the server and install a new certificate.' },
  intermediate: {
    ja: '中間 CA 証明書が失効しているため、この証明書のチェーンはブラウザに拒否されます。CA の案内に従い、証明書と中間 CA 証明書を入れ替えてください。',
    en: "The intermediate CA certificate is revoked, so browsers refuse this chain. Follow the CA's notice and replace the certificate and its intermediate CA certificate.",
  },
  root: { ja: 'このルート CA は使えません。', en: 'This root CA cannot be used.' },
};

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
  /** `crl-not-usable` (error): the CRL verified or named a known CA but breaks a rule that makes it unusable for any certificate. */
  notUsable(issuerDn: string, problem: CrlProblem): Finding {
    const why = CRL_PROBLEM_TEXT[problem];
    return makeFinding(
      'crl-not-usable',
      'error',
      { ja: `発行者「${issuerDn}」の CRL は使えません: ${why.ja}。この CRL では失効を判断しません。`, en: `The CRL from "${issuerDn}" cannot be used: ${why.en}. Revocation is not judged on it.` },
      { ja: 'CA の公式リポジトリから、その CA の現在の CRL を取得してください。', en: "Download the CA's current CRL from its official repository." },
    );
  },
  /** `crl-delta` (info): a delta CRL lists only changes since a complete CRL (RFC 5280 §5.2.4). */
  delta(baseNumber: bigint): Finding {
    return makeFinding(
      'crl-delta',
      'info',
      {
        ja: `この CRL は差分 CRL (delta CRL) で、CRL 番号 ${baseNumber} 以降の変更だけを載せています。これだけでは「失効していない」とは判断できません。`,
        en: `This is a delta CRL: it lists only the changes since CRL number ${baseNumber}. On its own it cannot show that a certificate is not revoked.`,
      },
      { ja: '基になる完全な CRL も一緒に読み込んでください。', en: 'Load the complete CRL it updates as well.' },
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
  /** `revoked-by-crl` (error): which certificate of the path, when, why, on which CRL. */
  revoked(summary: CertificateSummary, position: PathPosition, revokedAt: number, reason: LocalizedText, crl: NamedCrl): Finding {
    const name = certificateName(summary, position);
    const delta = crl.crl.deltaBase !== null ? { ja: '差分 ', en: 'delta ' } : { ja: '', en: '' };
    return makeFinding(
      'revoked-by-crl',
      'error',
      {
        ja: `${name.ja}は ${formatJstSeconds(revokedAt)} (JST) に失効しています（理由: ${reason.ja}）。${formatJstDate(crl.crl.thisUpdate)} 時点の${delta.ja}CRL「${crl.name}」による。`,
        en: `${name.en} was revoked on ${formatJstSeconds(revokedAt)} (JST), reason: ${reason.en}; as of the ${delta.en}CRL of ${formatJstDate(crl.crl.thisUpdate)} ("${crl.name}").`,
      },
      ADVICE_REVOKED[position],
    );
  },
  /**
   * `not-revoked-by-crl`: not listed on the CRLs that cover it (the newest thisUpdate is the "as of"
   * date); ok, or a warning when the CRL is past its nextUpdate (RFC 5280 §6.3.3 wants a current one).
   */
  notRevoked(summary: CertificateSummary, position: PathPosition, crls: readonly NamedCrl[], outdated: boolean): Finding {
    const name = certificateName(summary, position);
    const asOf = formatJstDate(Math.max(...crls.map((named) => named.crl.thisUpdate)));
    const stale = outdated ? { ja: '（ただしこの CRL は更新予定日を過ぎています）', en: ' (but this CRL is past its next update)' } : { ja: '', en: '' };
    return makeFinding(
      'not-revoked-by-crl',
      outdated ? 'warning' : 'ok',
      { ja: `${name.ja}は ${asOf} 時点の CRL に載っていません（失効していません）${stale.ja}。`, en: `${name.en} is not on the CRL as of ${asOf} (not revoked)${stale.en}.` },
      outdated ? { ja: '最新の CRL を取得して、もう一度確かめてください。', en: 'Download the current CRL and check again.' } : undefined,
    );
  },
  /** `revocation-not-checked` (info): said plainly, never as an error and never left out. */
  notChecked(summary: CertificateSummary, position: PathPosition, why: NotChecked): Finding {
    const name = certificateName(summary, position);
    const text = notCheckedText(why);
    return makeFinding(
      'revocation-not-checked',
      'info',
      { ja: `${name.ja}の失効は確認していません: ${text.ja}。`, en: `Revocation not checked for ${name.en.charAt(0).toLowerCase()}${name.en.slice(1)}: ${text.en}.` },
      why.code === 'no-crl' ? { ja: 'その CA の CRL を読み込むと、失効を確かめられます。', en: "Load that CA's CRL to check revocation." } : undefined,
    );
  },
};
