import type { CertificateList } from '../model/certificate-list';
import type { CertificateRecord } from '../model/certificate-record';
import type { LocalizedText } from '../model/localized-text';
import { normaliseDn } from '../pki/chain/chain-names';
import { certificatePublicKey } from '../pki/keys/compare-keys';
import { serialTextToDecimal } from '../pki/serial';
import { findCurrentCertificates, isRevocationInProgress, recordHost, type CurrentMap } from '../query/current';
import { formatJstDate } from '../time/japan-time';
import { profileKind } from '../tsv/profile-label';
import { recordCertificateDer } from '../tsv/record-certificate-der';
import type { UsedKey } from './check-csr';
import { requestFinding, type RequestFinding } from './request-finding';
import { PROFILE_KEYS, type RequestKind, type RequestRow } from './request-format';
import { parseRequestDn, sameDnParts } from './request-dn';

/**
 * A request row against the institution's own list (serverAll.tsv): the serial it names exists,
 * belongs to the DN it writes, is a server certificate that is neither revoked nor being revoked,
 * and, for a renewal, is the host's current certificate.
 */

/** The list, indexed once for checking many rows. */
export interface RequestListContext {
  readonly list: CertificateList;
  readonly now: number;
  readonly current: CurrentMap;
  /** Records with a certificate by decimal serial (the certificate's own, and the row's column when it differs). */
  readonly bySerial: ReadonlyMap<string, readonly CertificateRecord[]>;
  /** The keys of every certificate in the list, worked out on first use (a new CSR may reuse none of them). */
  usedKeys(): readonly UsedKey[];
}

/** "申請ID 10230008（www.example.ac.jp, 2025/06/14 発行）" / "application 10230008 (…, issued 2025-06-14)". */
export function recordName(record: CertificateRecord): LocalizedText {
  const host = recordHost(record);
  const issued = record.certificate ? formatJstDate(record.certificate.notBefore) : null;
  return {
    ja: `申請ID ${record.applicationId}（${[host, issued ? `${issued} 発行` : ''].filter(Boolean).join('、')}）`,
    en: `application ${record.applicationId} (${[host, issued ? `issued ${issued}` : ''].filter(Boolean).join(', ')})`,
  };
}

/** Indexes a list for request checks at `now`. */
export function requestListContext(list: CertificateList, now: number): RequestListContext {
  const bySerial = new Map<string, CertificateRecord[]>();
  const add = (serial: string, record: CertificateRecord) => {
    if (serial === '') return;
    const entries = bySerial.get(serial) ?? [];
    if (!entries.includes(record)) entries.push(record);
    bySerial.set(serial, entries);
  };
  for (const record of list.records) {
    add(record.certificate?.serialNumber ?? '', record);
    add(record.serialNumber, record);
  }
  let keys: UsedKey[] | null = null;
  return {
    list,
    now,
    current: findCurrentCertificates(list.records, now),
    bySerial,
    usedKeys() {
      keys ??= list.records.flatMap((record) => {
        const der = record.certificate ? recordCertificateDer(list, record) : null;
        const key = der ? certificatePublicKey(der) : null;
        return key ? [{ key, certificate: recordName(record) }] : [];
      });
      return keys;
    },
  };
}

/** The record a request's serial names, preferring one with a certificate; null when the list has none. */
export function recordForSerial(context: RequestListContext, serialText: string): CertificateRecord | null {
  const decimal = serialTextToDecimal(serialText, 'cell');
  if (decimal === null) return null;
  const records = context.bySerial.get(decimal) ?? [];
  return records.find((record) => record.certificate !== null) ?? records[0] ?? null;
}

/** The state findings of the certificate a revoke or renew row names. */
function stateFindings(record: CertificateRecord, kind: RequestKind, context: RequestListContext): RequestFinding[] {
  const name = recordName(record);
  if (record.isRevoked) {
    return [requestFinding('already-revoked', 'error', { ja: `${name.ja}は失効済みです。`, en: `${name.en} is already revoked.` }, 'serial')];
  }
  if (isRevocationInProgress(record)) {
    return [requestFinding('revocation-in-progress', 'error', { ja: `${name.ja}は失効処理中です（状態 2）。重ねて申請する必要はありません。`, en: `${name.en} is already being revoked (status 2); no second request is needed.` }, 'serial')];
  }
  if (profileKind(record.profileId) === 'client') {
    return [requestFinding('not-server-certificate', 'error', { ja: `${name.ja}はクライアント証明書です（プロファイル ${record.profileId}）。サーバ証明書の申請ファイルでは扱えません。`, en: `${name.en} is a client certificate (profile ${record.profileId}); server request files cannot name it.` }, 'serial')];
  }
  const certificate = record.certificate;
  if (!certificate) {
    return [requestFinding('no-certificate', 'error', { ja: `${name.ja}には証明書がありません（未発行か、読めません）。`, en: `${name.en} has no certificate (not issued, or unreadable).` }, 'serial')];
  }
  const found: RequestFinding[] = [];
  const expired = context.now > certificate.notAfter;
  if (kind === 'renew') {
    const info = context.current.byRecord[record.index];
    const successor = info?.successor ?? null;
    if (info && !info.isNewest) {
      const newer = successor !== null ? context.list.records[successor]! : context.list.records[context.current.currentByFqdn.get(info.groupKey) ?? record.index]!;
      const newerName = recordName(newer);
      found.push(requestFinding('already-replaced', 'error', { ja: `${name.ja}はもう新しい証明書 ${newerName.ja}に置き換わっています。更新するのは現行の証明書です。`, en: `${name.en} has already been replaced by ${newerName.en}; renew the current certificate instead.` }, 'serial'));
    }
    if (expired) {
      found.push(requestFinding('renewal-of-expired', 'warning', { ja: `${name.ja}は ${formatJstDate(certificate.notAfter)} に期限切れです。期限切れの証明書の更新を NII が受け付けるかは確認できていません。受け付けられない場合は新規発行で申請します。`, en: `${name.en} expired on ${formatJstDate(certificate.notAfter)}. Whether NII renews an expired certificate is not confirmed; if it refuses, apply for a new issue.` }, 'serial'));
    }
  } else if (kind === 'revoke' && expired) {
    found.push(requestFinding('revoking-expired', 'info', { ja: `${name.ja}は ${formatJstDate(certificate.notAfter)} に期限切れです。期限切れの証明書はもう使えないため、失効は必須ではありません。`, en: `${name.en} expired on ${formatJstDate(certificate.notAfter)}; an expired certificate is unusable already, so revoking it is not required.` }, 'serial'));
  }
  return found;
}

/** The list findings of one revoke or renew row. Issue rows are checked by issueListFindings. */
function namedCertificateFindings(row: RequestRow, kind: RequestKind, context: RequestListContext): RequestFinding[] {
  const record = recordForSerial(context, row.serial);
  if (record === null) {
    return [requestFinding('serial-unknown', 'error', { ja: `シリアル番号 ${row.serial} の証明書は一覧にありません。番号を確かめてください（別機関の証明書かもしれません）。`, en: `The list has no certificate with serial ${row.serial}. Check the number (it may be another institution's certificate).` }, 'serial')];
  }
  const found: RequestFinding[] = [];
  const listDn = record.subjectDn || record.certificate?.subjectDn || '';
  const rowParts = parseRequestDn(row.subjectDn);
  const listParts = parseRequestDn(listDn);
  // A DN written C first is already an error (dn-order); saying it differs as well would be noise.
  const reversedOnly = rowParts !== null && listParts !== null && sameDnParts(rowParts, listParts);
  if (row.subjectDn !== listDn && !reversedOnly) {
    const name = recordName(record);
    if (normaliseDn(row.subjectDn) === normaliseDn(listDn)) {
      found.push(requestFinding('serial-dn-mismatch', 'warning', { ja: `1 列目の主体者DN は ${name.ja}の DN（${listDn}）と表記だけが違います（空白・大文字小文字・全角半角）。一覧のとおりに書くと確実です。`, en: `Column 1 differs from the DN of ${name.en} (${listDn}) only in spacing, case or width; writing it as the list does is safe.` }, 'subjectDn'));
    } else {
      found.push(requestFinding('serial-dn-mismatch', 'error', { ja: `シリアル番号 ${row.serial} の証明書 ${name.ja}の DN は ${listDn} で、1 列目の主体者DN と違います。`, en: `The certificate with serial ${row.serial}, ${name.en}, has the DN ${listDn}, not the subject DN in column 1.` }, 'subjectDn'));
    }
  }
  found.push(...stateFindings(record, kind, context));
  if (kind === 'renew' && record.profileId !== null && row.profileId !== '' && row.profileId !== String(record.profileId)) {
    const from = PROFILE_KEYS[String(record.profileId)]?.label ?? '';
    const to = PROFILE_KEYS[row.profileId]?.label ?? '';
    found.push(requestFinding('profile-changed', 'warning', { ja: `更新で証明書プロファイルが ${record.profileId}（${from}）から ${row.profileId}（${to}）に変わります。更新でのプロファイル変更を NII が受け付けるかは確認できていません。受け付けられない場合は新規発行で申請します。`, en: `The renewal changes the certificate profile from ${record.profileId} (${from}) to ${row.profileId} (${to}). Whether NII accepts a profile change on renewal is not confirmed; if it refuses, apply for a new issue.` }, 'profileId'));
  }
  if (kind === 'renew' && row.fqdn !== '' && record.fqdn !== '' && row.fqdn.toLowerCase() !== record.fqdn.toLowerCase()) {
    found.push(requestFinding('fqdn-differs-from-list', 'error', { ja: `11 列目の FQDN（${row.fqdn}）が、更新する証明書の FQDN（${record.fqdn}）と違います。別のホスト名には新規発行で申請します。`, en: `The FQDN in column 11 (${row.fqdn}) is not that of the certificate being renewed (${record.fqdn}); another host name is a new issue.` }, 'fqdn'));
  }
  return found;
}

/** An issue row for a host that already has a usable certificate: allowed, but worth a word. */
function issueListFindings(row: RequestRow, context: RequestListContext): RequestFinding[] {
  const index = context.current.currentByFqdn.get(row.fqdn.toLowerCase());
  if (index === undefined) return [];
  const record = context.list.records[index]!;
  if (context.current.byRecord[index]?.role !== 'current') return [];
  const name = recordName(record);
  return [requestFinding('host-has-certificate', 'warning', { ja: `${row.fqdn} には有効な証明書 ${name.ja}があります。置き換えるなら更新申請にすると、古い証明書の失効も NII が案内します。`, en: `${row.fqdn} already has a valid certificate, ${name.en}. To replace it, a renewal request lets NII handle the old certificate's revocation.` }, 'fqdn')];
}

/** Every list finding of one row. */
export function checkRowAgainstList(row: RequestRow, kind: RequestKind, context: RequestListContext): RequestFinding[] {
  if (kind === 'issue') return issueListFindings(row, context);
  if (row.serial === '' || serialTextToDecimal(row.serial, 'cell') === null) return [];
  return namedCertificateFindings(row, kind, context);
}

/** The later rows of a file that name a serial an earlier row already names, by index, with the earlier row's line. */
export function duplicateSerialFindings(rows: readonly { readonly row: RequestRow; readonly line: number }[]): Map<number, RequestFinding> {
  const firstLine = new Map<string, number>();
  const found = new Map<number, RequestFinding>();
  rows.forEach(({ row, line }, index) => {
    const decimal = row.serial === '' ? null : serialTextToDecimal(row.serial, 'cell');
    if (decimal === null) return;
    const earlier = firstLine.get(decimal);
    if (earlier === undefined) firstLine.set(decimal, line);
    else found.set(index, requestFinding('duplicate-serial', 'error', { ja: `シリアル番号 ${row.serial} は ${earlier} 行目にもあります。同じ証明書への申請は 1 行だけにします。`, en: `Serial ${row.serial} is also on line ${earlier}; one request per certificate.` }, 'serial'));
  });
  return found;
}
