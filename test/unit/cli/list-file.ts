import iconv from 'iconv-lite';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeBase64 } from '../../../shared/encoding/base64';
import { SERVER_COLUMNS, type ColumnKey } from '../../../shared/model/columns';
import { makeCertificateDer } from './test-certificates';
import { tempFolder } from '../../support/temp-folder';

/** The instant every generated list is judged at (passed as --now). */
export const NOW_TEXT = '2026-06-01T12:00:00+09:00';
export const NOW = Date.parse(NOW_TEXT);
const DAY = 86_400_000;

/** A TSV date-time in Japan time, "YYYY/MM/DD HH:MM:SS", for an epoch-ms instant. */
function tsvDate(ms: number): string {
  const d = new Date(ms + 9 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

/** One row to generate: TSV cells by column key, plus an optional certificate to make and embed. */
export interface RowSpec {
  readonly cells: Partial<Record<ColumnKey, string>>;
  readonly certificate?: { commonName: string; dnsNames?: string[]; serialHex: string; ageDays: number; lifeDays: number };
  /** Cells of extra, unknown columns appended after the 46 known ones. */
  readonly extra?: readonly string[];
}

/** What a generated list holds: its path, and each row's serial (decimal) when it has a certificate. */
export interface GeneratedList {
  readonly dir: string;
  readonly path: string;
  readonly serials: (string | null)[];
}

/**
 * Writes a serverAll.tsv the way NII ships it (CP932, CRLF, one header row of the 46 labels plus
 * `extraHeaders`; UTF-8 when asked, for characters CP932 cannot hold), with real certificates as one-line base64 DER, into a new temporary folder.
 */
export async function writeList(rows: readonly RowSpec[], extraHeaders: readonly string[] = [], encoding: 'cp932' | 'utf-8' = 'cp932'): Promise<GeneratedList> {
  const lines = [[...SERVER_COLUMNS.map((column) => column.ja), ...extraHeaders].join('\t')];
  const serials: (string | null)[] = [];
  for (const row of rows) {
    const cells: Partial<Record<ColumnKey, string>> = { status: '5', applicationType: '1', profileId: '3', ...row.cells };
    if (row.certificate) {
      const spec = row.certificate;
      const notBefore = NOW - spec.ageDays * DAY;
      const notAfter = notBefore + spec.lifeDays * DAY;
      const der = await makeCertificateDer({
        commonName: spec.commonName,
        ...(spec.dnsNames ? { dnsNames: spec.dnsNames } : {}),
        serialHex: spec.serialHex,
        notBefore: new Date(notBefore),
        notAfter: new Date(notAfter),
      });
      const serial = BigInt(`0x${spec.serialHex}`).toString();
      serials.push(serial);
      Object.assign(cells, {
        certificate: encodeBase64(der),
        serialNumber: serial,
        notBefore: tsvDate(notBefore),
        notAfter: tsvDate(notAfter),
        subjectDn: cells.subjectDn ?? `CN=${spec.commonName},O=Example University,C=JP`,
        ...row.cells,
      });
    } else {
      serials.push(null);
    }
    const extra = extraHeaders.map((_, i) => row.extra?.[i] ?? '');
    lines.push([...SERVER_COLUMNS.map((column) => cells[column.key] ?? ''), ...extra].join('\t'));
  }
  const dir = tempFolder('cli');
  const path = join(dir, 'serverAll.tsv');
  writeFileSync(path, iconv.encode(`${lines.join('\r\n')}\r\n`, encoding));
  return { dir, path, serials };
}
