// Serial numbers are decimal digit strings in the TSV; request files also accept `0x…` hex
// (../shared/upki-tsv-format.md, "serial numbers"), and people paste OpenSSL's colon hex.
const DECIMAL = /^\d+$/;
const PREFIXED_HEX = /^0x[0-9a-f]+$/i;
const COLON_HEX = /^[0-9a-f]{1,2}(?::[0-9a-f]{1,2})+$/i;

/** A serial as a decimal digit string without leading zeros, "" for an empty cell, or null when it is not a serial. */
export function parseSerial(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  if (DECIMAL.test(trimmed)) return trimmed.replace(/^0+(?=\d)/, '');
  if (PREFIXED_HEX.test(trimmed)) return BigInt(trimmed).toString();
  if (COLON_HEX.test(trimmed)) return BigInt(`0x${trimmed.replace(/:/g, '')}`).toString();
  return null;
}

/** A serial as a decimal digit string ("" for empty); text that is not a serial is returned trimmed, unchanged. */
export function normalizeSerial(text: string): string {
  return parseSerial(text) ?? text.trim();
}
