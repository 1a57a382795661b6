import type { Finding } from '../model/finding';
import type { KeyFileFailureCode } from '../pki/keys/private-key';
import type { LocalizedText } from '../model/localized-text';
import { makeFinding } from './make-finding';

/**
 * What the key reader met instead of a readable key, in words: the reader names a file kind
 * (classify-der), a damaged part or the PEM label it found; a label is quoted as written.
 */
const UNREADABLE_DETAIL: Readonly<Record<string, LocalizedText>> = {
  'no PEM block': { ja: '「-----BEGIN …-----」で始まる PEM のブロックがありません', en: 'there is no PEM block ("-----BEGIN …-----")' },
  'unexpected content': { ja: '想定していない内容です', en: 'unexpected content' },
  'private key': { ja: '秘密鍵のデータが壊れています', en: 'the private key data is damaged' },
  'encrypted private key': { ja: '暗号化された秘密鍵のデータが壊れています', en: 'the encrypted private key data is damaged' },
  CSR: { ja: 'CSR のデータが壊れています', en: 'the CSR data is damaged' },
  csr: { ja: 'CSR のデータが壊れています', en: 'the CSR data is damaged' },
  crl: { ja: '証明書失効リスト（CRL）です', en: 'it is a certificate revocation list (CRL)' },
  'public-key': { ja: '公開鍵です（秘密鍵ではありません）', en: 'it is a public key, not a private key' },
  pkcs12: { ja: 'PKCS#12 ファイルです', en: 'it is a PKCS#12 file' },
  unknown: { ja: '種類のわからないデータです', en: 'data of an unknown kind' },
};

/** The reader's detail in words; a PEM label (anything else) quoted as written. */
function unreadableDetail(detail: string): LocalizedText {
  return Object.hasOwn(UNREADABLE_DETAIL, detail) ? UNREADABLE_DETAIL[detail]! : { ja: `「${detail}」の PEM ブロックです`, en: `a "${detail}" PEM block` };
}


/**
 * The finding for a key-file problem. `detail` names a scheme, algorithm or file kind — never any
 * content of the key.
 */
export function keyFileFinding(code: KeyFileFailureCode, detail = ''): Finding {
  switch (code) {
    case 'key-passphrase-required':
      return makeFinding(
        code,
        'warning',
        { ja: '秘密鍵はパスフレーズで暗号化されています。照合にはパスフレーズが必要です。', en: 'The private key is encrypted with a passphrase; comparing it needs the passphrase.' },
        { ja: 'パスフレーズはこのコンピュータの中だけで使われ、保存も送信もされません。', en: 'The passphrase is used only on this computer; it is never stored or sent.' },
        undefined,
        'enter-passphrase',
      );
    case 'key-passphrase-wrong':
      return makeFinding(
        code,
        'error',
        { ja: 'パスフレーズが違うため、秘密鍵を復号できませんでした。', en: 'The passphrase is wrong: the private key could not be decrypted.' },
        { ja: 'サーバ管理者に正しいパスフレーズを確認してください（大文字・小文字も区別されます）。', en: 'Ask the server admin for the right passphrase (it is case-sensitive).' },
      );
    case 'key-encryption-unsupported':
      return makeFinding(
        code,
        'error',
        { ja: `この秘密鍵の暗号方式（${detail}）はこのアプリでは復号できません。`, en: `This private key is encrypted with ${detail}, which this app cannot decrypt.` },
        {
          ja: 'サーバ上で AES-256 で暗号化し直してから照合してください: openssl pkey -in 元の鍵.key -aes256 -out 新しい鍵.key',
          en: 'On the server, re-encrypt it with AES-256 and compare again: openssl pkey -in old.key -aes256 -out new.key',
        },
      );
    case 'key-type-unsupported':
      return makeFinding(code, 'error', {
        ja: `この鍵の種類（${detail}）の照合には対応していません。`,
        en: `Comparing keys of this type (${detail}) is not supported.`,
      });
    case 'key-file-is-certificate':
      return makeFinding(
        code,
        'error',
        { ja: '選ばれたファイルは証明書で、秘密鍵や CSR ではありません。', en: 'The chosen file is a certificate, not a private key or CSR.' },
        { ja: 'サーバの秘密鍵ファイル（例: server.key）か、申請に使った CSR を選んでください。', en: "Choose the server's private key file (e.g. server.key) or the CSR used for the application." },
      );
    case 'key-unreadable':
      return makeFinding(
        code,
        'error',
        { ja: `秘密鍵または CSR として読めませんでした（${unreadableDetail(detail).ja}）。`, en: `This could not be read as a private key or CSR (${unreadableDetail(detail).en}).` },
        {
          ja: 'PEM 形式（-----BEGIN PRIVATE KEY----- など）か DER 形式の秘密鍵、または CSR を選んでください。PKCS#12 (.p12/.pfx) には対応していません。',
          en: 'Choose a private key in PEM (-----BEGIN PRIVATE KEY----- etc.) or DER form, or a CSR. PKCS#12 (.p12/.pfx) is not supported.',
        },
      );
  }
}

/** `key-match` (ok): the key or CSR belongs to the certificate. */
export function keyMatchFinding(source: 'private-key' | 'csr'): Finding {
  return source === 'csr'
    ? makeFinding('key-match', 'ok', { ja: 'この CSR の公開鍵は証明書の公開鍵と一致します。', en: "The CSR's public key matches the certificate's public key." })
    : makeFinding('key-match', 'ok', { ja: '秘密鍵は証明書と対になっています。', en: 'The private key matches the certificate.' });
}

/** `key-mismatch` (error): the key or CSR does not belong to the certificate, with the server errors this explains. */
export function keyMismatchFinding(source: 'private-key' | 'csr'): Finding {
  const what = source === 'csr' ? { ja: 'CSR の公開鍵', en: "The CSR's public key" } : { ja: '秘密鍵', en: 'The private key' };
  return makeFinding(
    'key-mismatch',
    'error',
    {
      ja: `${what.ja}は証明書と対になっていません。Apache の「AH02565: Certificate and private key … do not match」「X509_check_private_key:key values mismatch」や nginx の「SSL_CTX_use_PrivateKey … key values mismatch」はこれが原因です。`,
      en: `${what.en} does not match the certificate. This is what Apache's "AH02565: Certificate and private key … do not match" / "X509_check_private_key:key values mismatch" and nginx's "SSL_CTX_use_PrivateKey … key values mismatch" mean.`,
    },
    {
      ja: '証明書の申請（CSR 作成）に使った秘密鍵を探して設定してください。見つからない場合は、新しい鍵と CSR を作り直して UPKI で再申請してください。',
      en: 'Find and configure the private key that was used to create the CSR for this certificate. If it is lost, create a new key and CSR and apply again through UPKI.',
    },
  );
}
