/**
 * What staff paste into the search box is often a host name wrapped in something else: a URL copied
 * from a mail (`https://www.example.ac.jp/login`), a `host:port` from a server setting or a log, or
 * a fully qualified name with its root dot (`www.example.ac.jp.`). Each of these stands for the host
 * name alone, which is what the list holds. Anything else is searched as typed.
 */

/** A URL with a scheme: the authority is between `//` and the first `/`, `?` or `#` (RFC 3986 §3.2). */
const URL_WITH_SCHEME = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\s]*)(?:[/?#]\S*)?$/i;

/** A host name of at least two labels, or an IPv4 address: the only shapes a port or a root dot is cut from. */
const DOTTED_HOST = /^[\p{L}\p{N}*_-]+(?:\.[\p{L}\p{N}_-]+)+$/u;

/** The host of a URL's authority: `user@` and `:port` dropped, IPv6 brackets removed. */
function hostOfAuthority(authority: string): string {
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  const bracketed = /^\[([^\]]+)\](?::\d*)?$/.exec(host);
  if (bracketed) return bracketed[1]!;
  return host.replace(/:\d*$/, '');
}

/** `www.example.ac.jp:443` → `www.example.ac.jp`, `[2001:db8::1]:443` → `2001:db8::1`; null when the text is no host with a port. */
function hostOfHostPort(text: string): string | null {
  const bracketed = /^\[([0-9a-f:.]+)\]:\d{1,5}$/i.exec(text);
  if (bracketed) return bracketed[1]!;
  // The digits may still be being typed (`www.example.ac.jp:`).
  const withPort = /^(.+):\d{0,5}$/.exec(text);
  // Only a dotted name takes a port: `0a:1b` is a serial written in colon hex, not a host.
  return withPort && DOTTED_HOST.test(withPort[1]!) ? withPort[1]! : null;
}

/** `www.example.ac.jp/login` (a URL without its scheme) → `www.example.ac.jp`; the text itself otherwise. */
function withoutPath(text: string): string {
  const slash = text.indexOf('/');
  if (slash <= 0) return text;
  const authority = text.slice(0, slash);
  return DOTTED_HOST.test(authority.replace(/:\d*$/, '').replace(/\.$/, '')) ? authority : text;
}

/** Drops the root dot of a fully qualified host name (`www.example.ac.jp.` → `www.example.ac.jp`). */
function withoutRootDot(text: string): string {
  const name = text.slice(0, -1);
  return text.endsWith('.') && DOTTED_HOST.test(name) ? name : text;
}

/**
 * The search term for the text typed or pasted: the host name when the text is a URL, a host with a
 * port or a host with a root dot; otherwise the text itself (trimmed). Angle brackets that mails put
 * around URLs (`<https://…>`) are taken off first.
 */
export function searchTermOf(text: string): string {
  const trimmed = text.trim().replace(/^<(.*)>$/s, '$1').trim();
  const url = URL_WITH_SCHEME.exec(trimmed);
  if (url) {
    const host = hostOfAuthority(url[1]!);
    if (host !== '') return withoutRootDot(host);
  }
  const hostPort = withoutPath(trimmed);
  return withoutRootDot(hostOfHostPort(hostPort) ?? hostPort);
}
