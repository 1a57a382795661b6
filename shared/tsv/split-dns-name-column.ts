// The dNSName column is written `dNSName=a,dNSName=b` (docs/list-format.md, "dNSName cells");
// re-typed or re-saved files also show `DNS:a`, spaces, semicolons, newlines and full-width commas.
const PREFIX = /(?:^|(?<=[\s,;、，]))(?:dNSName|DNS)\s*[=:]\s*/gi;
const SEPARATORS = /[\s,;、，]+/;

/** The names listed in a dNSName cell, in order, without `dNSName=` / `DNS:` prefixes; [] for an empty cell. */
export function splitDnsNameColumn(text: string): string[] {
  if (text.trim() === '') return [];
  return text
    .replace(PREFIX, ' ')
    .split(SEPARATORS)
    .filter((name) => name !== '');
}
