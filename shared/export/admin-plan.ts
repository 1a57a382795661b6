import type { CertificateRecord } from '../model/certificate-record';
import type { Lang } from '../model/localized-text';
import { withoutKeyMaterial } from '../pki/keys/key-material';
import { recordHost } from '../query/current';
import { recordValidity } from '../query/record-state';
import { daysLeft, formatJst } from '../time/japan-time';

/** The certificates of one administrator, by mail address (the name as the first row gives it). */
export interface AdminGroup {
  /** 利用管理者mail, lower-cased for grouping; "" for rows without one. */
  readonly mail: string;
  readonly name: string;
  readonly records: readonly CertificateRecord[];
}

/**
 * The records grouped by administrator mail (case-insensitive), each group in expiry order (soonest
 * first, rows without a validity period last) and the groups ordered by their soonest expiry, so the
 * plan reads top-down as the work comes due. Rows without a mail form the last group.
 */
export function groupByAdmin(records: readonly CertificateRecord[]): AdminGroup[] {
  const groups = new Map<string, { mail: string; name: string; records: CertificateRecord[] }>();
  for (const record of records) {
    const mail = record.adminMail.trim().toLowerCase();
    const group = groups.get(mail) ?? { mail, name: record.adminName, records: [] };
    group.records.push(record);
    groups.set(mail, group);
  }
  const expiry = (record: CertificateRecord): number => recordValidity(record)?.notAfter ?? Number.POSITIVE_INFINITY;
  for (const group of groups.values()) group.records.sort((a, b) => expiry(a) - expiry(b));
  return [...groups.values()].sort((a, b) => {
    if ((a.mail === '') !== (b.mail === '')) return a.mail === '' ? 1 : -1;
    return expiry(a.records[0]!) - expiry(b.records[0]!) || a.mail.localeCompare(b.mail);
  });
}

const LINES = {
  ja: {
    greeting: (name: string) => `${name ? `${name} 様` : 'サーバ管理者 様'}`,
    intro: (count: number) => `ご担当の証明書のうち、${count} 件の有効期限が近づいています（または過ぎています）。更新の申請をお願いします。`,
    item: (name: string, until: string, days: number) => `- ${name}: ${until} (JST) まで${days < 0 ? `（${-days} 日前に期限切れ）` : `（残り ${days} 日）`}`,
    closing: 'ご不明な点がありましたらお知らせください。',
  },
  en: {
    greeting: (name: string) => `Dear ${name || 'server administrator'},`,
    intro: (count: number) => `${count} of the certificates you look after expire soon (or have expired). Please apply for their renewal.`,
    item: (name: string, until: string, days: number) => `- ${name}: valid until ${until} (JST)${days < 0 ? ` (expired ${-days} days ago)` : ` (${days} days left)`}`,
    closing: 'Please let us know if anything is unclear.',
  },
} as const;

/**
 * The reminder mail for one administrator: greeting, the certificates of the group that have a
 * validity period, each with its host, expiry in JST and days left (one JST day count, as everywhere),
 * and a closing. No PIN, no key material. CRLF-free text; the mailer adds its own line ends.
 */
export function adminPlanMailText(group: AdminGroup, options: { readonly lang: Lang; readonly now: number }): string {
  const text = LINES[options.lang];
  const items = group.records.flatMap((record) => {
    const validity = recordValidity(record);
    if (!validity) return [];
    const name = withoutKeyMaterial(recordHost(record) || record.applicationId, options.lang);
    return [text.item(name, formatJst(validity.notAfter), daysLeft(validity.notAfter, options.now))];
  });
  return [text.greeting(group.name), '', text.intro(items.length), '', ...items, '', text.closing, ''].join('\n');
}
