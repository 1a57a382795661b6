import type { CertificateRecord } from '../model/certificate-record';
import type { Lang } from '../model/localized-text';
import { withoutKeyMaterial } from '../pki/keys/key-material';
import { recordHost } from '../query/current';
import { recordValidity } from '../query/record-state';
import { formatJst } from '../time/japan-time';

/** What the expiry calendar needs: the language of its texts, when it is made, and how many days ahead each alarm rings. */
export interface ExpiryCalendarOptions {
  readonly lang: Lang;
  /** The instant the calendar is made, epoch ms (DTSTAMP). */
  readonly now: number;
  /** Days before notAfter that each event's alarm rings. */
  readonly alarmDaysBefore: number;
}

const TEXT = {
  summary: { ja: '証明書の期限: {name}', en: 'Certificate expires: {name}' },
  withAdmin: { ja: '{name}（{admin}）', en: '{name} ({admin})' },
  alarm: { ja: '{days} 日後に証明書の期限: {name}', en: 'Certificate expires in {days} days: {name}' },
  host: { ja: 'FQDN', en: 'FQDN' },
  admin: { ja: '利用管理者', en: 'Administrator' },
  serial: { ja: 'シリアル番号', en: 'Serial number' },
  applicationId: { ja: '申請ID', en: 'Application ID' },
  notAfter: { ja: '有効期限 (JST)', en: 'Valid until (JST)' },
  issuer: { ja: '発行者', en: 'Issuer' },
} as const;

const fill = (template: string, values: Record<string, string | number>): string => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/** Text escaped for an iCalendar TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** A content line folded at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character, each part ending in CRLF. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; a continuation line starts with one space, so it holds 74 more.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return `${parts.join('\r\n ')}\r\n`;
}

/** An instant as an iCalendar UTC date-time (20270325T145959Z). */
function utcDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The name a certificate is known by: the FQDN, else the CN, else the application ID; never key material. */
function nameOf(record: CertificateRecord, lang: Lang): string {
  const name = recordHost(record) || record.applicationId;
  return withoutKeyMaterial(name, lang);
}

function eventLines(record: CertificateRecord, notAfter: number, options: ExpiryCalendarOptions): string[] {
  const { lang } = options;
  const name = nameOf(record, lang);
  const admin = [record.adminName, record.adminMail].filter(Boolean).join(' ');
  const titled = admin ? fill(TEXT.withAdmin[lang], { name, admin: record.adminName || record.adminMail }) : name;
  const summary = fill(TEXT.summary[lang], { name: titled });
  const description = [
    `${TEXT.host[lang]}: ${record.fqdn}`,
    `${TEXT.admin[lang]}: ${admin} ${record.adminAffiliation}`.trim(),
    `${TEXT.serial[lang]}: ${record.certificate?.serialNumber ?? record.serialNumber}`,
    `${TEXT.applicationId[lang]}: ${record.applicationId}`,
    `${TEXT.notAfter[lang]}: ${formatJst(notAfter)}`,
    ...(record.certificate ? [`${TEXT.issuer[lang]}: ${record.certificate.issuerDn}`] : []),
  ].map((line) => withoutKeyMaterial(line, lang));
  // One UID per certificate, stable across exports, so a calendar that imports the file again updates the event.
  const uid = `${record.certificate?.sha256 ?? `${record.applicationId}-${record.serialNumber}`}@upki-tsv-viewer`;
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${utcDateTime(options.now)}`,
    `DTSTART:${utcDateTime(notAfter)}`,
    `DTEND:${utcDateTime(notAfter + 1000)}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description.join('\n'))}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER:-P${options.alarmDaysBefore}D`,
    `DESCRIPTION:${escapeText(fill(TEXT.alarm[lang], { days: options.alarmDaysBefore, name }))}`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

/**
 * An iCalendar file (RFC 5545) of the given certificates' expiry: one event per record that has a
 * validity period, at its notAfter instant (UTC, so every calendar shows it at the right Japan
 * time), titled with the host and the administrator, with an alarm `alarmDaysBefore` days ahead.
 * No access PIN or key material is ever written. CRLF line ends, lines folded at 75 octets.
 */
export function expiryCalendar(records: readonly CertificateRecord[], options: ExpiryCalendarOptions): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//UPKI TSV Viewer//Expiry plan//JA', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const record of records) {
    const validity = recordValidity(record);
    if (validity) lines.push(...eventLines(record, validity.notAfter, options));
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('');
}
