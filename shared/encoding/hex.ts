// "00".."ff" by octet value: lists format serials and digests for every row, so avoid per-call formatting.
const LOWER_OCTETS = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const UPPER_OCTETS = LOWER_OCTETS.map((octet) => octet.toUpperCase());

/** Lower-case hex of bytes, no separators. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += LOWER_OCTETS[bytes[i]!]!;
  return out;
}

/** Upper-case hex bytes joined by colons ("0A:1B"), the form OpenSSL and browsers show. */
export function toColonHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += (i === 0 ? '' : ':') + UPPER_OCTETS[bytes[i]!]!;
  return out;
}

/** Lower- or upper-case hex text ("0a1bff") as upper-case bytes joined by colons ("0A:1B:FF"). */
export function hexToColonHex(hex: string): string {
  return (hex.toUpperCase().match(/../g) ?? []).join(':');
}
