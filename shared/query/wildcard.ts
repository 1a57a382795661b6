/**
 * Wildcard host names as RFC 6125 §6.4.3 reads them: `*` is allowed only as the whole left-most
 * label and stands for exactly one label. So `*.lab.example.ac.jp` covers `wiki.lab.example.ac.jp`
 * but neither `lab.example.ac.jp` nor `a.b.lab.example.ac.jp`; partial-label wildcards such as
 * `w*.example.ac.jp` (allowed by §6.4.3 rule 3 only as a MAY) are not honoured, as browsers do not.
 */

/** Lower-cases a host name and drops one trailing root dot (`Example.JP.` → `example.jp`). */
export function normalizeHostName(name: string): string {
  const lower = name.trim().toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/**
 * The suffix a wildcard name covers, with its leading dot (`*.Lab.example.jp` → `.lab.example.jp`),
 * or null when the name is not a whole-label wildcard over at least two labels.
 */
export function wildcardSuffix(name: string): string | null {
  const host = normalizeHostName(name);
  if (!host.startsWith('*.')) return null;
  const suffix = host.slice(1);
  // The rest must be a plain name: no second wildcard, no empty label, and at least two labels
  // (`*.jp` would cover a whole top-level domain, which RFC 6125 §7.2 warns against).
  if (suffix.includes('*') || suffix.includes('..') || suffix.indexOf('.', 1) === -1) return null;
  return suffix;
}

/** The suffix of a concrete host name after its left-most label (`wiki.lab.jp` → `.lab.jp`), or null when it cannot be covered by a wildcard. */
export function hostNameParentSuffix(name: string): string | null {
  const host = normalizeHostName(name);
  const dot = host.indexOf('.');
  // The left-most label must be non-empty and concrete; the wildcard stands for exactly one label.
  if (dot <= 0 || host.includes('*') || /\s/.test(host)) return null;
  return host.slice(dot);
}

/** True when `pattern` (possibly a wildcard) names the host `host` per RFC 6125 §6.4.3, case-insensitively. */
export function hostNameMatches(pattern: string, host: string): boolean {
  const normalizedPattern = normalizeHostName(pattern);
  const normalizedHost = normalizeHostName(host);
  if (normalizedHost === '') return false;
  if (normalizedPattern === normalizedHost) return true;
  const suffix = wildcardSuffix(normalizedPattern);
  return suffix !== null && hostNameParentSuffix(normalizedHost) === suffix;
}
