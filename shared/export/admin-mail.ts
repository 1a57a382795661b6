import type { CertificateRecord } from '../model/certificate-record';
import type { CertificateSummary } from '../model/certificate-summary';
import type { Lang } from '../model/localized-text';
import { hexToColonHex } from '../encoding/hex';
import { formatJst } from '../time/japan-time';
import { certificateFileName } from './certificate-file-name';

/** Options of adminMailText: the language and, when it differs from the default `<fqdn>.crt`, the attached file's name. */
export interface AdminMailOptions {
  readonly lang: Lang;
  readonly fileName?: string;
  /** The instant the mail is written (epoch ms): a certificate outside its validity period then is said to be so, never quoted as fine. */
  readonly now?: number;
}

/** The facts a mail states. */
interface MailFacts {
  readonly adminName: string;
  readonly fqdn: string;
  readonly otherNames: readonly string[];
  readonly serialNumber: string;
  readonly serialHex: string;
  readonly validity: string;
  /** notAfter in JST when the certificate has expired at the time of writing, else null. */
  readonly expiredOn: string | null;
  readonly fingerprint: string;
  readonly fileName: string;
}

/** The mail in each language, line by line. */
const MAIL_LINES: Readonly<Record<Lang, (facts: MailFacts) => string[]>> = {
  ja: (f) => [
    `${f.adminName ? `${f.adminName} 様` : 'サーバ管理者 様'}`,
    '',
    `${f.fqdn} のサーバ証明書をお送りします。`,
    ...(f.expiredOn
      ? [`ご注意: この証明書は ${f.expiredOn} (JST) に有効期限が切れています。サーバに設定しても使えません。`]
      : ['添付のファイルをサーバに設定してください（中間CA証明書は別途、NII の案内に従って設定してください）。']),
    '',
    `FQDN: ${f.fqdn}`,
    ...(f.otherNames.length > 0 ? [`その他のホスト名 (SAN): ${f.otherNames.join(', ')}`] : []),
    `シリアル番号: ${f.serialNumber}`,
    `シリアル番号 (16進): ${f.serialHex}`,
    `有効期間: ${f.validity}${f.expiredOn ? '（期限切れ）' : ''}`,
    `SHA-256 フィンガープリント: ${f.fingerprint}`,
    `添付ファイル: ${f.fileName}`,
    '',
    'ご不明な点がありましたらお知らせください。',
    '',
  ],
  en: (f) => [
    `Dear ${f.adminName || 'server administrator'},`,
    '',
    `Please find attached the server certificate for ${f.fqdn}.`,
    ...(f.expiredOn
      ? [`Please note: this certificate expired on ${f.expiredOn} (JST); it will not work on a server.`]
      : ['Install the attached file on the server (install the intermediate CA certificate as NII describes).']),
    '',
    `FQDN: ${f.fqdn}`,
    ...(f.otherNames.length > 0 ? [`Other host names (SAN): ${f.otherNames.join(', ')}`] : []),
    `Serial number: ${f.serialNumber}`,
    `Serial number (hex): ${f.serialHex}`,
    `Validity: ${f.validity}${f.expiredOn ? ' (expired)' : ''}`,
    `SHA-256 fingerprint: ${f.fingerprint}`,
    `Attached file: ${f.fileName}`,
    '',
    'Please let me know if you have any questions.',
    '',
  ],
};

/**
 * A short plain-text mail (greeting, body, facts, closing; LF line breaks) for the server admin who
 * receives the certificate: FQDN, serial in decimal and hex, validity in JST `YYYY/MM/DD HH:mm`,
 * SHA-256 fingerprint (so the admin can check the file), and the attached file name.
 */
export function adminMailText(record: CertificateRecord, summary: CertificateSummary, options: AdminMailOptions): string {
  const fqdn = record.fqdn || summary.commonName || summary.dnsNames[0] || '';
  const fileName = options.fileName ?? certificateFileName(record, 'crt');
  const validity = `${formatJst(summary.notBefore)} 〜 ${formatJst(summary.notAfter)} (JST)`;
  const otherNames = summary.dnsNames.filter((name) => name.toLowerCase() !== fqdn.toLowerCase());
  const facts: MailFacts = {
    adminName: record.adminName,
    fqdn,
    otherNames,
    serialNumber: summary.serialNumber,
    serialHex: summary.serialHex,
    validity,
    expiredOn: options.now !== undefined && options.now > summary.notAfter ? formatJst(summary.notAfter) : null,
    fingerprint: hexToColonHex(summary.sha256),
    fileName,
  };
  return MAIL_LINES[options.lang](facts).join('\n');
}
