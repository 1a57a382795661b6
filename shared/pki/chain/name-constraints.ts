import type { AttributeTypeAndValue, Name as AsnName } from '@peculiar/asn1-x509';
import { parseIpAddress } from '../ip-address';
import type { NameConstraintSet, NameForm } from './certificate-constraints';

/**
 * Name-constraint matching (RFC 5280 §4.2.1.10): a name is checked against the bases of its own
 * form only; a form with permitted bases must match one of them; a name matching any excluded base
 * is refused. Host names and mail domains compare case-insensitively by whole labels.
 */

const lower = (text: string): string => text.toLowerCase();

/** dNSName: "example.com" covers itself and every name below it; ".example.com" only names below it; "" covers all. */
export function dnsWithin(name: string, base: string): boolean {
  const [host, root] = [lower(name), lower(base)];
  if (root === '') return true;
  if (root.startsWith('.')) return host.endsWith(root) && host.length > root.length;
  return host === root || host.endsWith(`.${root}`);
}

/** iPAddress: the address lies in the base's subnet ("192.0.2.0/24"); an IPv4 address is never inside an IPv6 base. */
export function ipWithin(name: string, base: string): boolean {
  const address = parseIpAddress(name);
  const [network, prefixText] = base.split('/');
  const subnet = network ? parseIpAddress(network) : null;
  const prefix = Number(prefixText);
  if (!address || !subnet || address.length !== subnet.length || !Number.isInteger(prefix) || prefix < 0 || prefix > subnet.length * 8) return false;
  for (let bit = 0; bit < prefix; bit++) {
    const mask = 0x80 >> bit % 8;
    if ((address[bit >> 3]! & mask) !== (subnet[bit >> 3]! & mask)) return false;
  }
  return true;
}

/** rfc822Name: "user@host" one mailbox, "host" every mailbox at that host, ".host" every mailbox below it. */
export function emailWithin(name: string, base: string): boolean {
  const at = name.lastIndexOf('@');
  if (at < 0) return false;
  const host = lower(name.slice(at + 1));
  if (base.includes('@')) {
    const baseAt = base.lastIndexOf('@');
    return name.slice(0, at) === base.slice(0, baseAt) && host === lower(base.slice(baseAt + 1));
  }
  const root = lower(base);
  if (root.startsWith('.')) return host.endsWith(root) && host.length > root.length;
  return host === root;
}

/** The host of a URI ("https://user@host:443/path" → "host"), or null when it has none. */
function uriHost(uri: string): string | null {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(uri);
  return match?.[1] ? match[1] : null;
}

/** uniformResourceIdentifier: the URI's host, compared like a mail domain ("host" exact, ".host" below it). */
export function uriWithin(name: string, base: string): boolean {
  const host = uriHost(name);
  if (host === null) return false;
  const root = lower(base);
  if (root.startsWith('.')) return lower(host).endsWith(root) && host.length > root.length;
  return lower(host) === root;
}

const attributeKey = (attribute: AttributeTypeAndValue): string => `${attribute.type}=${String(attribute.value).normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ')}`;

/** directoryName: the base's RDNs are the first RDNs of the name (RFC 5280 §7.1 comparison, whitespace and case folded). */
export function dnWithin(name: AsnName, base: AsnName): boolean {
  if (base.length > name.length) return false;
  return base.every((rdn, index) => {
    const theirs = name[index]!;
    if (theirs.length !== rdn.length) return false;
    const keys = new Set(theirs.map(attributeKey));
    return rdn.every((attribute) => keys.has(attributeKey(attribute)));
  });
}

function within(name: NameForm, base: NameForm): boolean {
  if (name.kind !== base.kind) return false;
  switch (name.kind) {
    case 'dns':
      return dnsWithin(name.value, base.value as string);
    case 'ip':
      return ipWithin(name.value, base.value as string);
    case 'email':
      return emailWithin(name.value, base.value as string);
    case 'uri':
      return uriWithin(name.value, base.value as string);
    case 'dn':
      return dnWithin(name.value, base.value as AsnName);
    case 'other':
      return name.value === base.value;
  }
}

/** The name as text for a failure's detail. */
export function describeName(name: NameForm): string {
  if (name.kind === 'dn') return name.value.map((rdn) => rdn.map((attribute) => `${attribute.type}=${String(attribute.value)}`).join('+')).join(', ');
  return `${name.kind}:${name.value}`;
}

/** The most name-against-constraint comparisons one CA's constraints may cost (webpki uses the same bound). */
export const NAME_CHECK_LIMIT = 1 << 20;

/**
 * True when a wildcard dNSName ("*.example.com") could stand for a name inside the excluded base:
 * the wildcard covers one label, so a base exactly one label below its parent is hit (CVE-2025-61727).
 */
function wildcardReachesExcluded(name: NameForm, base: NameForm): boolean {
  if (name.kind !== 'dns' || base.kind !== 'dns' || !name.value.startsWith('*.')) return false;
  const parent = lower(name.value.slice(2));
  const excluded = lower(base.value).replace(/^\./, '');
  const dot = excluded.indexOf('.');
  return dot > 0 && excluded.slice(dot + 1) === parent;
}

/** The first name that breaks the constraints (outside every permitted base of its form, or inside an excluded one), or null. */
export function violatingName(constraints: NameConstraintSet, names: readonly NameForm[]): NameForm | null {
  for (const name of names) {
    const permitted = constraints.permitted.filter((base) => base.kind === name.kind);
    if (permitted.length > 0 && !permitted.some((base) => within(name, base))) return name;
    if (constraints.excluded.some((base) => within(name, base) || wildcardReachesExcluded(name, base))) return name;
  }
  return null;
}
