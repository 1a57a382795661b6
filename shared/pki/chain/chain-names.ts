/**
 * Distinguished-name comparison for chain building. RFC 5280 §7.1 compares names after RFC 4518
 * string preparation (case folding, whitespace collapsing); we go one step further and drop
 * punctuation, because SECOM spells its own name two ways in issuer fields:
 * "SECOM Trust Systems CO.,LTD." and "SECOM Trust Systems Co., Ltd.". AKI/SKI matching is preferred
 * wherever both identifiers exist (RFC 5280 §4.2.1.1), so this only decides when they do not.
 */

/** A DN string in comparable form: NFKC, lower case, without whitespace, dots, commas, quotes or backslashes. */
export function normaliseDn(dn: string): string {
  return dn.normalize('NFKC').toLowerCase().replace(/[\s.,"\\]+/g, '');
}

/** True when two DN strings name the same entity under normaliseDn. */
export function sameDn(a: string, b: string): boolean {
  return normaliseDn(a) === normaliseDn(b);
}
