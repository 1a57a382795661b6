import type { ColumnInfo } from '../model/certificate-list';
import {
  CLIENT_ONLY_LABEL_HINTS,
  CLIENT_POSITIONAL_COLUMNS,
  SERVER_COLUMNS,
  type ColumnDefinition,
  type ColumnKey,
} from '../model/columns';

/** The header of a list file mapped onto the known columns. */
export interface HeaderMapping {
  readonly columns: ColumnInfo[];
  /** Known columns whose label is not in the header (some may still be placed by position). */
  readonly missingColumns: ColumnKey[];
  /** Columns of `missingColumns` that were placed by position. */
  readonly positionedColumns: ColumnKey[];
  /** Labels after the first of a label that appears twice (kept as unknown columns). */
  readonly duplicateLabels: string[];
  readonly kind: 'server' | 'client';
  /** How many header cells carry a known label. */
  readonly knownLabelCount: number;
  /** For each known column, in SERVER_COLUMNS order, its 0-based position in the file or -1. */
  readonly positions: Int32Array;
}

/** Removes a BOM and surrounding half- and full-width spaces: the label "as written (trimmed)". */
export function trimLabel(label: string): string {
  return label.replace(/^\uFEFF/, '').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/**
 * A label in comparable form: NFKC (full-width ＡＢＣ and half-width ｶﾅ fold to one form), no spaces at all,
 * every dash variant as "-", lower case (`dNSName` and `DNSNAME` match).
 */
export function normalizeLabel(label: string): string {
  return trimLabel(label)
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[\u2010-\u2015\u2212\uFF0D]/g, '-')
    .toLowerCase();
}

const KNOWN_BY_LABEL: ReadonlyMap<string, { definition: ColumnDefinition; position: number }> = new Map(
  SERVER_COLUMNS.map((definition, position) => [normalizeLabel(definition.ja), { definition, position }]),
);

/** True for labels only clientAll.tsv has (利用者氏名, 利用者mail, P12 …). */
function isClientOnlyLabel(normalized: string): boolean {
  return CLIENT_ONLY_LABEL_HINTS.some((hint) => (hint === 'p12' ? normalized.includes(hint) : normalized.startsWith(hint)));
}

/**
 * Maps header cells to known columns by label; a known column whose label is missing is placed by its
 * serverAll.tsv position only when that position exists and holds an unrecognised label (client lists:
 * only the columns they share with serverAll.tsv at the same place). Unknown columns are kept with key null.
 */
export function mapHeader(cells: readonly string[]): HeaderMapping {
  const positions = new Int32Array(SERVER_COLUMNS.length).fill(-1);
  const normalized = cells.map(normalizeLabel);
  const keys: (ColumnKey | null)[] = [];
  const duplicateLabels: string[] = [];
  let knownLabelCount = 0;
  normalized.forEach((label, index) => {
    const known = KNOWN_BY_LABEL.get(label);
    if (known === undefined) return keys.push(null);
    if (positions[known.position] !== -1) {
      duplicateLabels.push(trimLabel(cells[index]!));
      return keys.push(null);
    }
    positions[known.position] = index;
    knownLabelCount++;
    return keys.push(known.definition.key);
  });
  const kind = normalized.some(isClientOnlyLabel) ? 'client' : 'server';
  const missingColumns: ColumnKey[] = [];
  const positionedColumns: ColumnKey[] = [];
  const byPosition = new Set<number>();
  SERVER_COLUMNS.forEach((definition, position) => {
    if (positions[position] !== -1) return;
    missingColumns.push(definition.key);
    const label = normalized[position];
    const isFree = label !== undefined && keys[position] === null && !KNOWN_BY_LABEL.has(label) && !isClientOnlyLabel(label);
    if (!isFree || (kind === 'client' && !CLIENT_POSITIONAL_COLUMNS.has(definition.key))) return;
    positions[position] = position;
    keys[position] = definition.key;
    byPosition.add(position);
    positionedColumns.push(definition.key);
  });
  const columns = cells.map((cell, index) => ({
    index,
    label: trimLabel(cell),
    key: keys[index] ?? null,
    byPosition: byPosition.has(index),
  }));
  return { columns, missingColumns, positionedColumns, duplicateLabels, kind, knownLabelCount, positions };
}
