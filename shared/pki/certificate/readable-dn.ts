/**
 * A distinguished name as people read it. The DN text this app keeps (CertificateSummary.subjectDn,
 * CertificateDetails.subject.text) is escaped as RFC 4514 §2.4 asks — `O=EXAMPLE CO.\,LTD.` — which
 * is right for copying into a tool but reads as noise, and a Japanese font draws the backslash as ¥
 * (`CO.¥,LTD.`). The readable form drops the escapes; the escaped form stays what is copied.
 */

/** `\,` → `,`, `\\` → `\`, `\0A` → the character 0x0A (RFC 4514 §2.4: a backslash then a special character or two hex digits). */
const ESCAPE = /\\([0-9A-Fa-f]{2}|[^])/g;

/** The DN text without its RFC 4514 escapes (`O=EXAMPLE CO.\,LTD.` → `O=EXAMPLE CO.,LTD.`); "#hex" values stay as they are. */
export function readableDn(escaped: string): string {
  return escaped.replace(ESCAPE, (_, escape: string) => (escape.length === 2 ? String.fromCharCode(Number.parseInt(escape, 16)) : escape));
}

/** The first CN of a DN written as text (`CN=www.example.ac.jp,O=…`, RFC 4514 escapes allowed), readable, or null when it has none. */
export function commonNameOfDn(text: string): string | null {
  // Split at commas and plus signs that are not escaped; each part is one attribute.
  for (const part of text.split(/(?<!\\)[,+]/)) {
    const match = /^\s*CN\s*=\s*(.*?)\s*$/i.exec(part);
    if (match) return readableDn(match[1]!);
  }
  return null;
}
