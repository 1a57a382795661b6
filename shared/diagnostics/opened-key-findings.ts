import type { Finding } from '../model/finding';
import { sourceLocation } from '../model/location';
import type { LocalizedText } from '../model/localized-text';
import { keyMismatchFinding } from './key-findings';
import { makeFinding } from './make-finding';

/**
 * Findings about a private key or CSR opened beside certificates (証明書ファイルを開く with a key among
 * the files). Staff open a key there to check it against its certificate, so it is matched against
 * them rather than refused with the advice for a key sent by mail.
 */

/** A certificate a key was matched with: the name it is known by and the file it came from. */
export interface MatchedCertificate {
  readonly name: string;
  readonly fileName: string;
}

const WHAT: Readonly<Record<'private-key' | 'csr', LocalizedText>> = {
  'private-key': { ja: 'この秘密鍵', en: 'This private key' },
  csr: { ja: 'この CSR の公開鍵', en: "This CSR's public key" },
};

/** `key-match` (ok): the key belongs to these certificates (by name and file). */
export function openedKeyMatchFinding(file: string, source: 'private-key' | 'csr', matched: readonly MatchedCertificate[]): Finding {
  const names = matched.map((certificate) => `${certificate.name}（${certificate.fileName}）`).join('、');
  const namesEn = matched.map((certificate) => `${certificate.name} (${certificate.fileName})`).join(', ');
  return makeFinding(
    'key-match',
    'ok',
    { ja: `${WHAT[source].ja}は、一緒に開いた証明書 ${names}と対になっています。`, en: `${WHAT[source].en} matches the certificate opened with it: ${namesEn}.` },
    undefined,
    sourceLocation({ file }),
  );
}

/** `key-mismatch` (error): none of the certificates opened belongs to the key. */
export function openedKeyMismatchFinding(file: string, source: 'private-key' | 'csr', certificateCount: number): Finding {
  const mismatch = keyMismatchFinding(source);
  return makeFinding(
    'key-mismatch',
    'error',
    {
      ja: `${WHAT[source].ja}は、一緒に開いた証明書（${certificateCount} 枚）のどれとも対になっていません。`,
      en: `${WHAT[source].en} matches none of the ${certificateCount} certificate(s) opened with it.`,
    },
    mismatch.advice,
    sourceLocation({ file }),
  );
}

/** `not-a-certificate` (info): a key opened with no certificate to match it against. */
export function openedKeyAloneFinding(file: string, source: 'private-key' | 'csr'): Finding {
  return makeFinding(
    'not-a-certificate',
    'info',
    source === 'csr'
      ? { ja: 'CSR（証明書署名要求）のファイルです。証明書ではありません。', en: 'This is a CSR (certificate signing request), not a certificate.' }
      : { ja: '秘密鍵のファイルです。証明書ではありません。', en: 'This is a private key file, not a certificate.' },
    {
      ja: '対になるはずの証明書ファイルと一緒に開くと照合します（鍵の内容は表示も保存もしません）。',
      en: 'Open it together with the certificate it should belong to and it is matched against it (the key is neither shown nor kept).',
    },
    sourceLocation({ file }),
  );
}

/** The finding that stopped a comparison (passphrase needed, wrong, unsupported…), placed on the key file, with the way to go on. */
export function openedKeyUnreadableFinding(file: string, stopped: Finding): Finding {
  const advice: LocalizedText | undefined =
    stopped.code === 'key-passphrase-required'
      ? {
          ja: '証明書を選び、詳細の「秘密鍵・CSR と照合」でこの鍵ファイルを選んでパスフレーズを入力すると照合できます（パスフレーズは保存も送信もしません）。',
          en: 'Choose the certificate and, under "Check a private key or CSR" in its details, choose this key file and enter the passphrase (it is never stored or sent).',
        }
      : stopped.advice;
  return { code: stopped.code, severity: stopped.severity, message: stopped.message, ...(advice ? { advice } : {}), location: sourceLocation({ file }) };
}
