/**
 * Text of a SAN iPAddress (RFC 5280 §4.2.1.6: 4 octets for IPv4, 16 for IPv6): IPv4 dotted
 * decimal, IPv6 as RFC 5952 §4 text (lower case, no leading zeros, the longest run of two or more
 * zero groups — the first one on a tie — as "::"). This is also what @peculiar/x509 shows.
 * Returns null for any other length.
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
