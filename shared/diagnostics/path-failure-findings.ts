import type { Finding, FindingCode } from '../model/finding';
import type { LocalizedText } from '../model/localized-text';
import { RETIRED_ON } from '../pki/cas/known-cas';
import { isLeafOwnFailure, type PathFailure, type PathFailureCode } from '../pki/chain/path-failure';
import { formatJstDate } from '../time/japan-time';
import { makeFinding } from './make-finding';

/** What a failure's wording may use: the certificate's short name, where it sits, its dates and the failure's detail. */
interface FailureFacts {
  readonly name: string;
  readonly role: LocalizedText;
  readonly notAfter: number;
  readonly notBefore: number;
  readonly detail: string;
}

/** The wording of one failure: its finding code and message and advice in the staff's terms. */
interface FailureWording {
  readonly code: FindingCode;
  readonly message: (facts: FailureFacts) => LocalizedText;
  readonly advice: LocalizedText;
}

const REISSUE: LocalizedText = {
  ja: 'この経路では証明書は信頼されません。CA（NII）に問い合わせ、正しい CA 証明書の組み合わせを確認してください。',
  en: 'This path is not trusted. Ask the CA (NII) which CA certificates belong together.',
};

/** One wording per rule; `expired` and `not-yet-valid` of the leaf itself are reported by the validity checks instead. */
const WORDING: Readonly<Record<PathFailureCode, FailureWording>> = {
  expired: {
    code: 'expired-intermediate',
    message: (f) => ({ ja: `${f.role.ja} ${f.name} は ${formatJstDate(f.notAfter)} に期限切れです。`, en: `The ${f.role.en} ${f.name} expired on ${formatJstDate(f.notAfter)}.` }),
    advice: { ja: 'サーバの中間証明書ファイルを、このアプリで書き出した最新の中間証明書に差し替えてください。', en: "Replace the server's intermediate file with the current one exported from this app." },
  },
  'not-yet-valid': {
    code: 'ca-not-yet-valid',
    message: (f) => ({ ja: `${f.role.ja} ${f.name} の有効期間は ${formatJstDate(f.notBefore)} からで、まだ使えません。`, en: `The ${f.role.en} ${f.name} is valid only from ${formatJstDate(f.notBefore)}.` }),
    advice: { ja: '端末の時計が正しいか確認してください。正しければ、現在有効な中間証明書を使ってください。', en: 'Check the computer clock; if it is right, use an intermediate that is valid now.' },
  },
  'signature-invalid': {
    code: 'signature-invalid',
    message: (f) => ({ ja: `${f.name} の署名を発行元の鍵で検証できませんでした。証明書が壊れているか、別の CA の証明書です。`, en: `The signature of ${f.name} does not verify with its issuer's key: the certificate is damaged or from another CA.` }),
    advice: { ja: 'TSV から証明書を書き出し直し、それでも同じなら NII に問い合わせてください。', en: 'Export the certificate from the TSV again; if it persists, contact NII.' },
  },
  'unsupported-algorithm': {
    code: 'unsupported-algorithm',
    message: (f) => ({ ja: `${f.name} の署名方式（MD5、DSA など）にはこのアプリは対応していないため、署名を確認できません。壊れているとは限りません。`, en: `${f.name} is signed with an algorithm this app does not check (such as MD5 or DSA), so its signature could not be checked; it is not necessarily damaged.` }),
    advice: { ja: '現在のブラウザもこの署名方式を受け入れません。SHA-256 以上で署名された証明書を使ってください。', en: 'Current browsers refuse this algorithm too. Use certificates signed with SHA-256 or stronger.' },
  },
  'issuer-not-ca': {
    code: 'issuer-not-ca',
    message: (f) => ({ ja: `${f.name} は CA 証明書ではない（basicConstraints の cA が真でない）ため、証明書を発行できません。`, en: `${f.name} is not a CA certificate (its basicConstraints does not say cA), so it cannot issue certificates.` }),
    advice: REISSUE,
  },
  'issuer-no-key-cert-sign': {
    code: 'issuer-no-key-cert-sign',
    message: (f) => ({ ja: `${f.name} のキー使用法（keyUsage）に証明書への署名（keyCertSign）がありません。`, en: `The key usage of ${f.name} does not allow signing certificates (keyCertSign).` }),
    advice: REISSUE,
  },
  'path-length-exceeded': {
    code: 'path-length-exceeded',
    message: (f) => ({ ja: `${f.name} の下に許された数より多くの中間 CA があります（${f.detail}）。`, en: `More intermediate CAs sit below ${f.name} than it allows (${f.detail}).` }),
    advice: REISSUE,
  },
  'name-constraints-violated': {
    code: 'name-constraints-violated',
    message: (f) => ({ ja: `${f.name} の名前は上位 CA が発行を許された範囲（名前制約）の外です: ${f.detail}`, en: `A name of ${f.name} lies outside what an issuing CA may certify (name constraints): ${f.detail}` }),
    advice: REISSUE,
  },
  'unknown-critical-extension': {
    code: 'unknown-critical-extension',
    message: (f) => ({ ja: `${f.name} に、このアプリが解釈できない「重要」拡張（${f.detail}）があります。RFC 5280 によりこの証明書は受け入れられません。`, en: `${f.name} has a critical extension this app does not understand (${f.detail}); RFC 5280 says it must then be refused.` }),
    advice: REISSUE,
  },
  'malformed-extension': {
    code: 'malformed-extension',
    message: (f) => ({ ja: `${f.name} の拡張（${f.detail}）が重複しているか、読み取れません。`, en: `An extension of ${f.name} (${f.detail}) is duplicated or cannot be decoded.` }),
    advice: REISSUE,
  },
  'policy-not-acceptable': {
    code: 'policy-not-acceptable',
    message: (f) => ({ ja: `${f.name} で、証明書ポリシーの条件を満たせません（${f.detail}）。`, en: `At ${f.name}, the certificate policies of the path are not acceptable (${f.detail}).` }),
    advice: REISSUE,
  },
  'ca-as-server-certificate': {
    code: 'ca-as-server-certificate',
    message: (f) => ({ ja: `${f.name} は CA 証明書です。サーバ証明書としては使えません。`, en: `${f.name} is a CA certificate; it cannot serve as a server certificate.` }),
    advice: { ja: 'UPKI で発行されたサーバ証明書（CA ではないもの）をサーバに設定してください。', en: 'Install the server certificate issued through UPKI (not a CA certificate).' },
  },
  'no-server-auth': {
    code: 'no-server-auth',
    message: (f) => ({ ja: `${f.name} の拡張キー使用法（${f.detail}）にサーバ認証（serverAuth）がありません。`, en: `The extended key usage of ${f.name} (${f.detail}) lacks serverAuth.` }),
    advice: { ja: 'サーバ証明書のプロファイルで申請し直してください。', en: 'Apply with a server certificate profile.' },
  },
  'issuer-eku-excludes-server-auth': {
    code: 'issuer-eku-excludes-server-auth',
    message: (f) => ({ ja: `中間 CA ${f.name} の拡張キー使用法（${f.detail}）にサーバ認証がないため、その下のサーバ証明書はブラウザに拒否されます。`, en: `The intermediate ${f.name} limits its extended key usage to ${f.detail}, without serverAuth, so browsers refuse server certificates under it.` }),
    advice: REISSUE,
  },
  'weak-key': {
    code: 'weak-key-on-path',
    message: (f) => ({ ja: `${f.role.ja} ${f.name} の鍵（${f.detail}）は弱すぎて、現在のブラウザは受け入れません。`, en: `The key of the ${f.role.en} ${f.name} (${f.detail}) is too weak for current browsers.` }),
    advice: REISSUE,
  },
  'retired-intermediate': {
    code: 'retired-intermediate',
    message: (f) => ({
      ja: `中間証明書 ${f.name} は廃止された旧世代です（NII はサーバ用の旧中間 CA を ${RETIRED_ON} に失効させました）。`,
      en: `The intermediate ${f.name} belongs to a retired generation (NII revoked the old server intermediates on ${RETIRED_ON}).`,
    }),
    advice: { ja: '現行の中間 CA から発行された証明書へ更新してください。', en: 'Renew to a certificate issued under a current intermediate.' },
  },
  'wrong-criticality': {
    code: 'wrong-criticality',
    message: (f) => ({ ja: `${f.name} の拡張の「重要」フラグが RFC 5280 の定めと違います（${f.detail}）。`, en: `An extension of ${f.name} is marked critical where RFC 5280 says otherwise (${f.detail}).` }),
    advice: REISSUE,
  },
  'extension-not-allowed': {
    code: 'extension-not-allowed',
    message: (f) => ({ ja: `${f.name} は CA 証明書ではないのに、CA だけが持てる設定（${f.detail}）があります。`, en: `${f.name} is not a CA certificate but carries what only a CA may (${f.detail}).` }),
    advice: REISSUE,
  },
  'bad-serial-number': {
    code: 'bad-serial-number',
    message: (f) => ({ ja: `${f.name} のシリアル番号（${f.detail}）が 0 か、20 バイトを超えています（RFC 5280 違反）。`, en: `The serial number of ${f.name} (${f.detail}) is zero or longer than 20 bytes (against RFC 5280).` }),
    advice: REISSUE,
  },
  'invalid-dns-name': {
    code: 'invalid-dns-name',
    message: (f) => ({ ja: `${f.name} の dNSName「${f.detail}」はホスト名として正しくありません（アンダースコア、空のラベル、先頭のドットなど）。`, en: `The dNSName "${f.detail}" of ${f.name} is not a valid host name (an underscore, an empty label, a leading dot…).` }),
    advice: { ja: '正しいホスト名だけを dNSName に入れて UPKI で申請し直してください。', en: 'Apply through UPKI again with valid host names only as dNSNames.' },
  },
  'baseline-requirements': {
    code: 'baseline-requirements',
    message: (f) => ({
      ja: `${f.name} は CA/ブラウザフォーラムの Baseline Requirements に違反しています（${f.detail}）。公的な CA はこのような証明書を発行してはならず、見つかれば失効させる義務があります。`,
      en: `${f.name} breaks the CA/Browser Forum Baseline Requirements (${f.detail}); a publicly trusted CA must not issue such a certificate and must revoke it once found.`,
    }),
    advice: { ja: 'NII に問い合わせ、規則に沿った証明書で再発行を受けてください。', en: 'Contact NII and have a compliant certificate issued instead.' },
  },
  'name-constraints-unchecked': {
    code: 'name-constraints-unchecked',
    message: (f) => ({ ja: `${f.name} の名前と上位 CA の名前制約の組み合わせが多すぎるため（${f.detail}）、確認できません。確認できない経路は信頼しません。`, en: `${f.name} has too many names for the issuing CA's name constraints to check (${f.detail}); a path that cannot be checked is not trusted.` }),
    advice: REISSUE,
  },
  'untrusted-root': {
    code: 'untrusted-root',
    message: (f) => ({ ja: `チェーンの行き着くルート ${f.name} は、信頼できるルート（アプリ同梱のもの、または追加された CA ファイル）ではありません。`, en: `The chain ends at the root ${f.name}, which is not a trusted root (neither bundled with the app nor added as a CA file).` }),
    advice: { ja: '正しいルート証明書を CA ファイルとして追加するか、UPKI で発行された証明書を使ってください。', en: 'Add the right root certificate as a CA file, or use the certificate issued through UPKI.' },
  },
};

const ROLE: Readonly<Record<'leaf' | 'intermediate' | 'root', LocalizedText>> = {
  leaf: { ja: 'サーバ証明書', en: 'server certificate' },
  intermediate: { ja: '中間証明書', en: 'intermediate' },
  root: { ja: 'ルート証明書', en: 'root' },
};

/** True when a failure is reported by the chain findings; the leaf's own dates, key and EKU are diagnoseCertificate's to report, not twice. */
export function isChainFailure(failure: PathFailure): boolean {
  return !isLeafOwnFailure(failure);
}

const shortName = (dn: string): string => /CN=((?:\\.|[^,])*)/.exec(dn)?.[1] ?? /OU=((?:\\.|[^,])*)/.exec(dn)?.[1] ?? dn;

/** One finding for a path failure, naming the certificate concerned (its `certificate` field holds its SHA-256 and subject). */
export function pathFailureFinding(failure: PathFailure, place: { readonly role: 'leaf' | 'intermediate' | 'root'; readonly notBefore: number; readonly notAfter: number }): Finding {
  const wording = WORDING[failure.code];
  const facts: FailureFacts = { name: shortName(failure.subjectDn), role: ROLE[place.role], notAfter: place.notAfter, notBefore: place.notBefore, detail: failure.detail ?? '' };
  const code: FindingCode = failure.code === 'expired' && place.role === 'root' ? 'expired-root' : wording.code;
  return { ...makeFinding(code, 'error', wording.message(facts), wording.advice), certificate: { sha256: failure.sha256, subjectDn: failure.subjectDn } };
}
