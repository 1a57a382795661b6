import type { Finding, FindingLocation } from '../model/finding';
import type { DerKind } from '../pki/classify-der';
import { makeFinding } from './make-finding';
import type { Repair } from '../pki/pem/pem-repairs';

const at = (file: string, line: number | null): FindingLocation => ({ file, line, column: null });
const lineText = (line: number | null) => (line === null ? { ja: '', en: '' } : { ja: `${line} 行目: `, en: ` (line ${line})` });

/** `pem-repaired` (warning): what the doctor changed and where. */
export function repairFinding(repair: Repair, file: string): Finding {
  const where = lineText(repair.line);
  const more = repair.count > 1 ? { ja: `（${repair.count} か所）`, en: ` (${repair.count} places)` } : { ja: '', en: '' };
  return makeFinding(
    'pem-repaired',
    'warning',
    { ja: `${where.ja}${repair.message.ja}${more.ja}。`, en: `Repaired${where.en}: ${repair.message.en}${more.en}.` },
    {
      ja: '修正済みの PEM を保存し直して使ってください。テキストをメール本文に貼り付けず、ファイルとして添付すると崩れにくくなります。',
      en: 'Save and use the repaired PEM. Sending the certificate as an attached file rather than pasted into a mail body keeps it intact.',
    },
    at(file, repair.line),
  );
}

const KIND_TEXT: Readonly<Record<DerKind, { ja: string; en: string }>> = {
  'private-key': { ja: '秘密鍵', en: 'a private key' },
  'encrypted-private-key': { ja: '暗号化された秘密鍵', en: 'an encrypted private key' },
  csr: { ja: '証明書署名要求（CSR）', en: 'a certificate signing request (CSR)' },
  crl: { ja: '証明書失効リスト（CRL）', en: 'a certificate revocation list (CRL)' },
  'public-key': { ja: '公開鍵', en: 'a public key' },
  pkcs12: { ja: 'PKCS#12 ファイル（鍵を含む）', en: 'a PKCS#12 file (which holds a key)' },
  pkcs7: { ja: 'PKCS#7', en: 'PKCS#7' },
  certificate: { ja: '証明書', en: 'a certificate' },
  unknown: { ja: '証明書ではないデータ', en: 'data that is not a certificate' },
};

/** `not-a-certificate` (error): what the block is instead. For a private key, only that it is one — never its content. */
export function notACertificateFinding(kind: DerKind, file: string, line: number | null, label?: string): Finding {
  const what = KIND_TEXT[kind];
  const isKey = kind === 'private-key' || kind === 'encrypted-private-key' || kind === 'pkcs12';
  const named = label && kind === 'unknown' ? { ja: `「${label}」`, en: ` ("${label}")` } : { ja: '', en: '' };
  const where = lineText(line);
  return makeFinding(
    'not-a-certificate',
    'error',
    { ja: `${where.ja}これは証明書ではなく${what.ja}${named.ja}です。`, en: `This is ${what.en}${named.en}, not a certificate${where.en}.` },
    isKey
      ? {
          ja: '秘密鍵は貼り付け・送信しないでください（このアプリは内容を表示も保存もしていません）。メール等で送ってしまった場合は、鍵を作り直して再申請することを検討してください。',
          en: 'Never paste or send a private key (this app neither shows nor keeps its content). If it was sent by mail, consider creating a new key and applying again.',
        }
      : { ja: '「-----BEGIN CERTIFICATE-----」で始まる証明書を選んでください。', en: 'Choose the certificate, which starts with "-----BEGIN CERTIFICATE-----".' },
    at(file, line),
  );
}

/** `truncated` (error): the certificate is cut off. */
export function truncatedFinding(file: string, line: number | null): Finding {
  const where = lineText(line);
  return makeFinding(
    'truncated',
    'error',
    { ja: `${where.ja}証明書が途中で切れています。`, en: `The certificate is cut off${where.en}.` },
    {
      ja: '「-----BEGIN CERTIFICATE-----」から「-----END CERTIFICATE-----」までをすべてコピーし直すか、TSV から書き出し直してください。',
      en: 'Copy everything from "-----BEGIN CERTIFICATE-----" to "-----END CERTIFICATE-----" again, or export it from the TSV again.',
    },
    at(file, line),
  );
}

/** `pem-corrupt` (error): the data is damaged beyond a safe repair. */
export function corruptFinding(file: string, line: number | null, what: string): Finding {
  const where = lineText(line);
  return makeFinding(
    'pem-corrupt',
    'error',
    { ja: `${where.ja}証明書のデータが壊れています（${what}）。`, en: `The certificate data is damaged (${what})${where.en}.` },
    { ja: 'TSV から証明書を書き出し直してください。', en: 'Export the certificate from the TSV again.' },
    at(file, line),
  );
}

/** `no-certificate-found` (error): nothing certificate-like at all. */
export function noCertificateFinding(file: string): Finding {
  return makeFinding(
    'no-certificate-found',
    'error',
    { ja: '証明書が見つかりませんでした。', en: 'No certificate was found.' },
    { ja: 'PEM (.crt/.pem)、DER (.cer/.der) または PKCS#7 (.p7b) の証明書ファイルを選んでください。', en: 'Choose a certificate file in PEM (.crt/.pem), DER (.cer/.der) or PKCS#7 (.p7b) form.' },
    at(file, null),
  );
}

/** `pkcs7-read` (info): certificates were taken out of a PKCS#7 bundle. */
export function pkcs7Finding(file: string, line: number | null, count: number): Finding {
  return makeFinding(
    'pkcs7-read',
    'info',
    { ja: `PKCS#7 ファイルから ${count} 枚の証明書を読み込みました。`, en: `Read ${count} certificate(s) from a PKCS#7 bundle.` },
    undefined,
    at(file, line),
  );
}
