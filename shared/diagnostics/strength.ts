import type { CertificateSummary } from '../model/certificate-summary';
import type { Finding } from '../model/finding';
import type { CertificateDetails } from '../pki/certificate/certificate-details';
import type { CertificatePurpose } from '../pki/certificate/certificate-purpose';
import { makeFinding } from './make-finding';

/** The parts of CertificateDetails that the strength checks read. */
export type StrengthDetails = Pick<CertificateDetails, 'signatureAlgorithm' | 'extendedKeyUsage'>;

const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const ANY_EKU = '2.5.29.37.0';
const WEAK_HASHES = new Set(['SHA-1', 'MD5', 'MD2']);

const PURPOSE_NAMES: Record<Exclude<CertificatePurpose, 'server'>, { ja: string; en: string }> = {
  client: { ja: 'クライアント証明書（S/MIME を含む）', en: 'a client certificate (S/MIME included)' },
  'code-signing': { ja: 'コード署名用証明書', en: 'a code-signing certificate' },
};

/** What a client or code-signing certificate is, said plainly: it is judged as such, not as a server certificate. */
function purposeFinding(purpose: Exclude<CertificatePurpose, 'server'>, listed: string): Finding {
  const name = PURPOSE_NAMES[purpose];
  return makeFinding('certificate-purpose', 'info', {
    ja: `この証明書は${name.ja}です（拡張キー使用法: ${listed}）。Web サーバ用ではないため、ホスト名やサーバ向けの確認はしていません。`,
    en: `This is ${name.en} (extended key usage: ${listed}). It is not for web servers, so host-name and server checks do not apply.`,
  });
}

/**
 * Strength and purpose findings: `sha1-signature` (error: SHA-1 or MD5 signatures are rejected by
 * browsers, CA/B Forum BR §7.1.3), `weak-key` (error: RSA below 2048 bits, EC below 256, DSA — BR §6.1.5),
 * `no-server-auth` (error: an EKU extension without serverAuth, RFC 5280 §4.2.1.12) unless the EKU
 * makes it a client or code-signing certificate and the caller judges by `purpose` (a list row:
 * clientAll.tsv holds such certificates), which `certificate-purpose` (info) then says. A loose file is checked as
 * the server certificate it was opened to be. Without `details`
 * only the key size can be judged.
 */
export function strengthFindings(summary: CertificateSummary, details?: StrengthDetails, options: { readonly purpose?: CertificatePurpose } = {}): Finding[] {
  const findings: Finding[] = [];
  const hash = details?.signatureAlgorithm.hash ?? null;
  if (hash !== null && WEAK_HASHES.has(hash.toUpperCase())) {
    findings.push(
      makeFinding(
        'sha1-signature',
        'error',
        { ja: `この証明書の署名は ${hash}（${details!.signatureAlgorithm.name}）で、現在のブラウザは受け入れません。`, en: `This certificate is signed with ${hash} (${details!.signatureAlgorithm.name}), which current browsers reject.` },
        { ja: 'SHA-256 以上の証明書（UPKI のプロファイル 3 または 11）で再発行してください。', en: 'Have it reissued with SHA-256 or stronger (UPKI profile 3 or 11).' },
      ),
    );
  }
  const weak =
    (summary.keyAlgorithm === 'RSA' && summary.keySize !== null && summary.keySize < 2048) ||
    (summary.keyAlgorithm === 'EC' && summary.keySize !== null && summary.keySize < 256) ||
    summary.keyAlgorithm === 'DSA';
  if (weak) {
    const key = `${summary.keyAlgorithm} ${summary.keySize ?? '?'} bit`;
    findings.push(
      makeFinding(
        'weak-key',
        'error',
        { ja: `公開鍵（${key}）が弱すぎます。RSA は 2048 ビット以上が必要です。`, en: `The public key (${key}) is too weak. RSA keys need at least 2048 bits.` },
        {
          ja: 'RSA 2048 ビット以上または ECDSA P-256/P-384 の新しい鍵で CSR を作り直し、再申請してください（例: openssl req -new -newkey rsa:2048 -nodes -keyout server.key -out server.csr）。',
          en: 'Create a new key (RSA 2048+ or ECDSA P-256/P-384) and CSR and apply again (e.g. openssl req -new -newkey rsa:2048 -nodes -keyout server.key -out server.csr).',
        },
      ),
    );
  }
  const eku = details?.extendedKeyUsage ?? null;
  const purpose = options.purpose ?? 'server';
  if (eku !== null && purpose !== 'server') findings.push(purposeFinding(purpose, eku.map((usage) => usage.name ?? usage.oid).join(', ')));
  else if (eku !== null && !eku.some((usage) => usage.oid === SERVER_AUTH || usage.oid === ANY_EKU)) {
    const listed = eku.map((usage) => usage.name ?? usage.oid).join(', ') || '-';
    findings.push(
      makeFinding(
        'no-server-auth',
        'error',
        { ja: `この証明書の拡張キー使用法（${listed}）にサーバ認証（serverAuth）がないため、Web サーバには使えません。`, en: `This certificate's extended key usage (${listed}) lacks serverAuth, so it cannot be used on a web server.` },
        { ja: 'サーバ証明書のプロファイルで申請し直してください（クライアント証明書や S/MIME 証明書ではサーバに設定できません）。', en: 'Apply with a server certificate profile; client and S/MIME certificates do not work on servers.' },
      ),
    );
  }
  return findings;
}
