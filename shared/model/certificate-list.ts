import type { ColumnKey } from './columns';
import type { CertificateRecord } from './certificate-record';
import type { Problem } from './problem';

/** How the bytes of a list file were decoded. */
export type TextEncodingName = 'shift_jis' | 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

/** One column of the file as found in its header. */
export interface ColumnInfo {
  /** 0-based position in the file. */
  readonly index: number;
  /** The header label as written (trimmed). */
  readonly label: string;
  /** The known column it maps to, or null for an unknown extra column (kept and shown). */
  readonly key: ColumnKey | null;
  /** True when the column was placed by position because its label was missing. */
  readonly byPosition: boolean;
}

/** A certificate list file read into typed records; rows that could not be read are in `problems`. */
export interface CertificateList {
  readonly fileName: string;
  readonly encoding: TextEncodingName;
  /** What the rows hold (shared/tsv/list-kind): server certificates, client (S/MIME included) certificates, or both. */
  readonly kind: 'server' | 'client' | 'mixed';
  readonly columns: readonly ColumnInfo[];
  /** Known columns whose label was not in the header. */
  readonly missingColumns: readonly ColumnKey[];
  readonly records: readonly CertificateRecord[];
  readonly problems: readonly Problem[];
}
