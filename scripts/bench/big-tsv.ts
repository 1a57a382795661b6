/** Writes a large CP932 serverAll.tsv (header + N rows) from the certificate pool, in chunks. */
import { closeSync, openSync, writeSync } from 'node:fs';
import iconv from 'iconv-lite';
import { SERVER_COLUMNS, type ColumnKey } from '../../shared/model/columns';
import { formatTsvDate } from '../fixtures/time';
import type { PoolEntry } from './certificate-pool';

const NAMES = ['山田 太郎', '佐藤　花子', '鈴木 一郎', '高橋 美咲', '田中 健', '伊藤 さくら', '渡辺　翔', '中村 由美'];
const UNITS = ['情報基盤センター', '附属図書館 学術情報課', '大学院情報科学研究科 知能システム研究室', '総務部 広報課', '医学部附属病院 医療情報部'];
const PENDING_STATUSES = [0, 3, 4, -1, -2, -3];

/** The cells of bench row `n` (about 15 % pending or error rows without a certificate). */
function rowCells(n: number, entry: PoolEntry): Record<ColumnKey, string> {
  const pending = n % 7 === 6;
  const status = pending ? PENDING_STATUSES[n % PENDING_STATUSES.length]! : n % 11 === 0 ? 6 : 5;
  const host = n % 3 === 0 ? entry.fqdn : `host${n}.${entry.fqdn}`;
  const done = new Date(entry.notBefore.getTime() + 120_000);
  const name = NAMES[n % NAMES.length]!;
  return {
    applicationId: String(10_000_000 + n),
    operationId: String(30_000_000 + n),
    ignoreInvalidRecord: '0',
    subjectDn: entry.subjectDn.replace(`CN=${entry.fqdn}`, `CN=${host}`),
    domainId: '2105',
    submittedAt: formatTsvDate(new Date(entry.notBefore.getTime() - 86_400_000)),
    completedAt: pending ? '' : formatTsvDate(done),
    registrarId: n % 2 ? 'RA0321' : 'RA0457',
    applicationType: status === 6 ? '2' : '1',
    businessModel: '1',
    profileId: String(entry.profileId),
    status: String(status),
    adminName: name,
    adminAffiliation: UNITS[n % UNITS.length]!,
    adminMail: `user${n % 500}@example.ac.jp`,
    fqdn: host,
    software: n % 2 ? 'Apache 2.4.62' : 'nginx 1.26.2',
    csr: entry.csrBase64,
    dnsNames: `dNSName=${host}`,
    confirmationFlag: '1',
    transactionId: (n * 2654435761 % 4294967296).toString(16).toUpperCase().padStart(8, '0') + 'A1B2C3D4',
    caApiErrorCode: status === -2 ? 'E20104' : '',
    certificate: pending ? '' : entry.certificateBase64,
    serialNumber: pending ? '' : entry.serialDecimal,
    fingerprint: pending ? '' : entry.sha256,
    notBefore: pending ? '' : formatTsvDate(entry.notBefore),
    notAfter: pending ? '' : formatTsvDate(entry.notAfter),
    urlExpiresAt: pending ? '' : formatTsvDate(new Date(done.getTime() + 30 * 86_400_000)),
    accessPin: pending ? '' : `Pin${(n * 7919).toString(36)}xY`,
    otherAddress1: n % 5 === 0 ? 'noc@example.ac.jp' : '',
    otherAddress2: '',
    revocationApplicationId: '',
    revocationOperationId: '',
    revocationRequestedAt: '',
    revocationCompletedAt: '',
    revocationRegistrarId: '',
    revocationReasonCode: '',
    revocationReasonComment: '',
    revocationConfirmationFlag: '',
    revocationTransactionId: '',
    revocationCaApiErrorCode: '',
    revocationAdminMail: '',
    previousSerial: status === 6 ? '123456789012345678901234567890' : '',
    replaceMailFlag: '0',
    downloadMethod: '',
    lastUpdatedAt: formatTsvDate(pending ? entry.notBefore : done),
  };
}

/** Writes `rows` rows to `path` as CP932 with CRLF; returns the file size in bytes. */
export function writeBigTsv(path: string, rows: number, pool: readonly PoolEntry[]): number {
  const fd = openSync(path, 'w');
  let size = 0;
  const write = (text: string): void => {
    const bytes = iconv.encode(text, 'cp932');
    writeSync(fd, bytes);
    size += bytes.length;
  };
  try {
    write(SERVER_COLUMNS.map((column) => column.ja).join('\t') + '\r\n');
    const CHUNK = 1000;
    for (let start = 0; start < rows; start += CHUNK) {
      const lines: string[] = [];
      for (let n = start; n < Math.min(rows, start + CHUNK); n++) {
        const cells = rowCells(n, pool[n % pool.length]!);
        lines.push(SERVER_COLUMNS.map((column) => cells[column.key]).join('\t'));
      }
      write(lines.join('\r\n') + '\r\n');
    }
  } finally {
    closeSync(fd);
  }
  return size;
}
