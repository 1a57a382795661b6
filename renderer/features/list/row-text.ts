import type { MatchRange } from '../../../shared/query/search';
import type { SearchField } from '../../../shared/query/search-fields';
import type { ListRow } from '../../../shared/use-cases/views';

/** The ranges of one field (and list item) among a row's matches. */
export function rangesOf(matches: readonly MatchRange[] | undefined, field: SearchField, item = 0): MatchRange[] {
  return matches ? matches.filter((range) => range.field === field && range.item === item) : [];
}

/** The name a row is shown under: the TSV FQDN, else the certificate CN, with the field its matches refer to. */
export function primaryName(row: ListRow): { value: string; field: SearchField } {
  return row.fqdn !== '' ? { value: row.fqdn, field: 'fqdn' } : { value: row.commonName, field: 'commonName' };
}

/** The first SAN that matched the search but is not the shown name, with its ranges, or null. */
export function matchedOtherName(row: ListRow, matches: readonly MatchRange[] | undefined): { value: string; ranges: MatchRange[] } | null {
  const shown = primaryName(row).value.toLowerCase();
  for (const range of matches ?? []) {
    // ListRow.dnsNames holds the certificate's SANs, or the TSV dNSName column when there is no certificate.
    if (range.field !== (row.hasCertificate ? 'dnsName' : 'dnsNameColumn')) continue;
    const value = row.dnsNames[range.item];
    if (value !== undefined && value.toLowerCase() !== shown) return { value, ranges: rangesOf(matches, range.field, range.item) };
  }
  return null;
}

// Fields the row shows by itself (name, CN, SAN, serial, application ID): a match there is already visible.
const SHOWN_IN_ROW = ['fqdn', 'commonName', 'dnsName', 'dnsNameColumn', 'serialNumber', 'serialHex', 'applicationId'] as const satisfies readonly SearchField[];
/** A searchable field the row does not show by itself. */
export type HiddenSearchField = Exclude<SearchField, (typeof SHOWN_IN_ROW)[number]>;
const isShownInRow = (field: SearchField): boolean => (SHOWN_IN_ROW as readonly SearchField[]).includes(field);
// Of the hidden fields, those whose text the row carries, to show it highlighted.
const ROW_TEXT: Partial<Record<HiddenSearchField, (row: ListRow) => string>> = { adminName: (row) => row.adminName, adminAffiliation: (row) => row.adminAffiliation };

/**
 * Where the search matched when nothing the row shows matched (a person's name, a department, a
 * revocation comment, the issuer…): the field, and its text with ranges when the row carries it.
 */
export function matchedElsewhere(row: ListRow, matches: readonly MatchRange[] | undefined): { field: HiddenSearchField; value: string | null; ranges: MatchRange[] } | null {
  const first = matches?.[0];
  if (!first || matches!.some((range) => isShownInRow(range.field))) return null;
  const field = first.field as HiddenSearchField;
  const text = ROW_TEXT[field];
  return text ? { field, value: text(row), ranges: rangesOf(matches, field, first.item) } : { field, value: null, ranges: [] };
}

/** How many SAN names the row has besides the one shown. */
export function extraNameCount(row: ListRow): number {
  const shown = primaryName(row).value.toLowerCase();
  return row.dnsNames.filter((name) => name.toLowerCase() !== shown).length;
}
