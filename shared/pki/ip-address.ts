/**
 * IP addresses as SAN iPAddress bytes (RFC 5280 §4.2.1.6: 4 octets for IPv4, 16 for IPv6) and as
 * text: bytes → the text the details show, and text → bytes, so that a host typed by a person and a
 * certificate's iPAddress entries compare by value, not by spelling.
 */

/**
 * Text of an iPAddress in bytes[start..end): IPv4 dotted decimal, IPv6 as RFC 5952 §4 text (lower
 * case, no leading zeros, the longest run of two or more zero groups — the first one on a tie — as
 * "::"). This is also what @peculiar/x509 shows. Returns null for any other length.
 */
export function formatIpAddress(bytes: Uint8Array, start = 0, end = bytes.length): string | null {
  const length = end - start;
  if (length === 4) return `${bytes[start]}.${bytes[start + 1]}.${bytes[start + 2]}.${bytes[start + 3]}`;
  if (length !== 16) return null;
  const groups: number[] = [];
  for (let i = start; i < end; i += 2) groups.push((bytes[i]! << 8) | bytes[i + 1]!);
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** The 4 bytes of a dotted-quad IPv4 address, or null when the text is not one. */
export function parseIpv4(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const part = parts[i]!;
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    bytes[i] = Number(part);
  }
  return bytes;
}

/** The 16 bytes of an IPv6 address (RFC 4291 §2.2 text forms, incl. "::" and a trailing IPv4), or null. */
export function parseIpv6(text: string): Uint8Array | null {
  const zoneless = text.replace(/%.*$/, '');
  const halves = zoneless.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    const pieces = part.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIpv4(piece);
        if (!v4) return null;
        out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      } else if (/^[0-9a-f]{1,4}$/i.test(piece)) out.push(parseInt(piece, 16));
      else return null;
    }
    return out;
  };
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const all = [...head, ...new Array<number>(missing).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  all.forEach((group, i) => {
    bytes[i * 2] = group >> 8;
    bytes[i * 2 + 1] = group & 0xff;
  });
  return bytes;
}

/** The bytes of an IPv4 or IPv6 address text (brackets allowed around IPv6), or null when it is not an IP. */
export function parseIpAddress(text: string): Uint8Array | null {
  const trimmed = text.trim().replace(/^\[(.*)\]$/, '$1');
  return trimmed.includes(':') ? parseIpv6(trimmed) : parseIpv4(trimmed);
}
