import type { CertificateRecord } from '../model/certificate-record';
import type { CertificateSummary } from '../model/certificate-summary';
import type { Lang } from '../model/localized-text';
import { formatJst } from '../time/japan-time';
import { certificateFileName } from './certificate-file-name';

/** Options of adminMailText: the language and, when it differs from the default `<fqdn>.crt`, the attached file's name. */
export interface AdminMailOptions {
  readonly lang: Lang;
  readonly fileName?: string;
}

/** A SHA-256 hex string as upper-case colon-separated bytes, the form browsers and OpenSSL show. */
export function colonFingerprint(hex: string): string {
  return (hex.toUpperCase().match(/../g) ?? []).join(':');
}

/**
 * A short plain-text mail (greeting, body, facts, closing; LF line breaks) for the server admin who
 * receives the certificate: FQDN, serial in decimal and hex, validity in JST `YYYY/MM/DD HH:mm`,
 * SHA-256 fingerprint (so the admin can check the file), and the attached file name.
 */
export function adminMailText(record: CertificateRecord, summary: CertificateSummary, options: AdminMailOptions): string {
  const fqdn = record.fqdn || summary.commonName || summary.dnsNames[0] || '';
  const fileName = options.fileName ?? certificateFileName(record, 'crt');
  const validity = `${formatJst(summary.notBefore)} 〜 ${formatJst(summary.notAfter)} (JST)`;
  const fingerprint = colonFingerprint(summary.sha256);
  const otherNames = summary.dnsNames.filter((name) => name.toLowerCase() !== fqdn.toLowerCase());
  if (options.lang === 'ja') {
    return [
      `${record.adminName ? `${record.adminName} 様` : 'サーバ管理者 様'}`,
      '',
      `${fqdn} のサーバ証明書をお送りします。`,
      '添付のファイルをサーバに設定してください（中間CA証明書は別途、NII の案内に従って設定してください）。',
      '',
      `FQDN: ${fqdn}`,
      ...(otherNames.length > 0 ? [`その他のホスト名 (SAN): ${otherNames.join(', ')}`] : []),
      `シリアル番号: ${summary.serialNumber}`,
      `シリアル番号 (16進): ${summary.serialHex}`,
      `有効期間: ${validity}`,
      `SHA-256 フィンガープリント: ${fingerprint}`,
      `添付ファイル: ${fileName}`,
      '',
      'ご不明な点がありましたらお知らせください。',
      '',
    ].join('\n');
  }
  return [
    `Dear ${record.adminName || 'server administrator'},`,
    '',
    `Please find attached the server certificate for ${fqdn}.`,
    'Install the attached file on the server (install the intermediate CA certificate as NII describes).',
    '',
    `FQDN: ${fqdn}`,
    ...(otherNames.length > 0 ? [`Other host names (SAN): ${otherNames.join(', ')}`] : []),
    `Serial number: ${summary.serialNumber}`,
    `Serial number (hex): ${summary.serialHex}`,
    `Validity: ${validity}`,
    `SHA-256 fingerprint: ${fingerprint}`,
    `Attached file: ${fileName}`,
    '',
    'Please let me know if you have any questions.',
    '',
  ].join('\n');
}
