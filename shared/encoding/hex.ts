/** Lower-case hex of bytes, no separators. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += (bytes[i]! < 16 ? '0' : '') + bytes[i]!.toString(16);
  return out;
}

/** Upper-case hex bytes joined by colons ("0A:1B"), the form OpenSSL and browsers show. */
export function toColonHex(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i++) parts.push((bytes[i]! < 16 ? '0' : '') + bytes[i]!.toString(16).toUpperCase());
  return parts.join(':');
}
