import type { Finding } from '../model/finding';
import { hostNameMatches } from '../query/wildcard';
import { sameBytes } from '../encoding/bytes';
import { parseIpAddress } from '../pki/ip-address';
import { makeFinding } from './make-finding';
import { toAsciiHost } from '../encoding/punycode';

/** The names a certificate covers, as CertificateSummary holds them. */
export interface CertificateNames {
  readonly dnsNames: readonly string[];
  readonly commonName: string | null;
  readonly ipAddresses: readonly string[];
}

/** The outcome of matching a host: the certificate name that matched (as written in the certificate), or null, and the finding. */
export interface HostMatch {
  readonly matched: string | null;
  readonly finding: Finding;
}

/**
 * Strips what a pasted URL adds around the host ("https://", a path, a port, a trailing dot),
 * so staff can paste an address from the browser bar.
 */
function bareHost(input: string): string {
  let host = input.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/[/?#].*$/, '').replace(/^[^@]*@/, '');
  if (host.startsWith('[')) return host.replace(/^\[([^\]]*)\].*$/, '$1');
  if ((host.match(/:/g) ?? []).length === 1) host = host.replace(/:\d*$/, '');
  return host.replace(/\.$/, '');
}

/** A certificate dNSName in comparable form: A-labels, lower case. */
const normaliseReference = (name: string): string => toAsciiHost(name.trim());

/**
 * True when a presented dNSName matches the host (both in A-label lower case). RFC 6125 §6.4.3 and
 * CA/Browser Forum BR §3.2.2.6: the wildcard may only be the whole left-most label, stands for exactly
 * one label, never matches the bare parent, and needs at least two labels after it ("*.jp" is refused).
 * A dNSName with a final dot ("example.com.") is not a valid presented identifier (RFC 5280 §4.2.1.6
 * preferred name syntax; rustls-webpki and Chromium refuse it), so it matches nothing.
 */
export function dnsNameMatches(presented: string, host: string): boolean {
  if (presented.trim().endsWith('.')) return false;
  // The wildcard rules themselves live once, in shared/query/wildcard (the list search uses them too).
  return hostNameMatches(normaliseReference(presented), host);
}

function coverageText(names: CertificateNames): string {
  const covered = [...names.dnsNames, ...names.ipAddresses];
  if (covered.length > 0) return covered.join(', ');
  return names.commonName ? `CN=${names.commonName}` : '-';
}

function mismatch(host: string, names: CertificateNames): HostMatch {
  const covers = coverageText(names);
  return {
    matched: null,
    finding: makeFinding(
      'name-mismatch',
      'error',
      {
        ja: `この証明書は ${host} に使えません。証明書が対象とする名前: ${covers}`,
        en: `This certificate does not cover ${host}. It covers: ${covers}`,
      },
      {
        ja: `サーバ名が正しいか確認してください。${host} で使うには、その名前を dNSName に含めた証明書を UPKI で申請し直してください。`,
        en: `Check the server name. To serve ${host}, apply through UPKI for a certificate whose dNSName list includes that name.`,
      },
    ),
  };
}

/**
 * Matches a host name (or IP address) with a certificate's names per RFC 6125 §6.4: SAN dNSNames when
 * there are any (the CN is then ignored, §6.4.4), the CN only when there is no dNSName at all; case-
 * insensitive; Unicode hosts compared in A-label form; IP hosts compared by value with iPAddress SANs.
 * Findings: `name-match` (ok, names the SAN that matched), `name-match-cn-only` (warning: matched only the
 * CN, which current browsers ignore) or `name-mismatch` (error, lists what the certificate covers).
 */
export function matchHostName(host: string, names: CertificateNames): HostMatch {
  const shown = bareHost(host);
  const ip = parseIpAddress(shown);
  if (ip) {
    const matched = names.ipAddresses.find((entry) => {
      const bytes = parseIpAddress(entry);
      return bytes !== null && sameBytes(bytes, ip);
    });
    if (matched === undefined) return mismatch(shown, names);
    return {
      matched,
      finding: makeFinding('name-match', 'ok', {
        ja: `${shown} は証明書の iPAddress「${matched}」に一致します。`,
        en: `${shown} matches the certificate's iPAddress "${matched}".`,
      }),
    };
  }
  const asciiHost = toAsciiHost(shown);
  if (names.dnsNames.length > 0) {
    const matched = names.dnsNames.find((name) => dnsNameMatches(name, asciiHost));
    if (matched === undefined) return mismatch(shown, names);
    return {
      matched,
      finding: makeFinding('name-match', 'ok', {
        ja: `${shown} は証明書の dNSName「${matched}」に一致します。`,
        en: `${shown} matches the certificate's dNSName "${matched}".`,
      }),
    };
  }
  if (names.commonName !== null && dnsNameMatches(names.commonName, asciiHost)) {
    return {
      matched: names.commonName,
      finding: makeFinding(
        'name-match-cn-only',
        'warning',
        {
          ja: `${shown} は証明書の CN「${names.commonName}」にだけ一致します。SAN(dNSName) がないため、現在のブラウザはこの証明書を受け入れません。`,
          en: `${shown} matches only the certificate's CN "${names.commonName}". It has no SAN dNSName, so current browsers reject it.`,
        },
        {
          ja: 'dNSName にサーバ名を含めた証明書を UPKI で申請し直してください。',
          en: 'Apply through UPKI for a new certificate that lists the server name as a dNSName.',
        },
      ),
    };
  }
  return mismatch(shown, names);
}
