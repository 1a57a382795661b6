import { describe, expect, it } from 'vitest';
import { dnsNameMatches, matchHostName, type CertificateNames } from '../../../../shared/diagnostics/name-match';

const names = (dnsNames: string[], commonName: string | null = null, ipAddresses: string[] = []): CertificateNames => ({ dnsNames, commonName, ipAddresses });

describe('matchHostName', () => {
  const table: { name: string; input: { host: string; names: CertificateNames }; want: { code: string; matched: string | null } }[] = [
    { name: 'matches an exact dNSName', input: { host: 'www.example.ac.jp', names: names(['www.example.ac.jp']) }, want: { code: 'name-match', matched: 'www.example.ac.jp' } },
    { name: 'matches case-insensitively and reports the SAN as written', input: { host: 'WWW.Example.ac.jp', names: names(['www.EXAMPLE.ac.jp']) }, want: { code: 'name-match', matched: 'www.EXAMPLE.ac.jp' } },
    { name: 'ignores a trailing dot on the host', input: { host: 'www.example.ac.jp.', names: names(['www.example.ac.jp']) }, want: { code: 'name-match', matched: 'www.example.ac.jp' } },
    { name: 'never matches a dNSName written with a trailing dot (not a valid presented identifier)', input: { host: 'example.com', names: names(['example.com.']) }, want: { code: 'name-mismatch', matched: null } },
    { name: 'never matches a trailing-dot dNSName even to a host typed with a trailing dot', input: { host: 'example.com.', names: names(['example.com.']) }, want: { code: 'name-mismatch', matched: null } },
    { name: 'removes a soft hyphen (U+00AD) typed in the host, as UTS #46 maps it to nothing', input: { host: 'www.exam\u00adple.ac.jp', names: names(['www.example.ac.jp']) }, want: { code: 'name-match', matched: 'www.example.ac.jp' } },
    { name: 'removes a zero width space pasted in the host', input: { host: 'www.example\u200b.ac.jp', names: names(['www.example.ac.jp']) }, want: { code: 'name-match', matched: 'www.example.ac.jp' } },
    { name: 'accepts a pasted URL with scheme, port and path', input: { host: 'https://www.example.ac.jp:8443/login', names: names(['www.example.ac.jp']) }, want: { code: 'name-match', matched: 'www.example.ac.jp' } },
    { name: 'matches the second of several SANs', input: { host: 'mail.example.ac.jp', names: names(['www.example.ac.jp', 'mail.example.ac.jp']) }, want: { code: 'name-match', matched: 'mail.example.ac.jp' } },
    { name: 'matches a left-most wildcard for one label', input: { host: 'www.example.ac.jp', names: names(['*.example.ac.jp']) }, want: { code: 'name-match', matched: '*.example.ac.jp' } },
    { name: 'never matches a wildcard to the bare parent domain', input: { host: 'example.ac.jp', names: names(['*.example.ac.jp']) }, want: { code: 'name-mismatch', matched: null } },
    { name: 'never matches a wildcard to two labels', input: { host: 'a.b.example.ac.jp', names: names(['*.example.ac.jp']) }, want: { code: 'name-mismatch', matched: null } },
    { name: 'never matches a partial-label wildcard', input: { host: 'www.example.ac.jp', names: names(['w*.example.ac.jp']) }, want: { code: 'name-mismatch', matched: null } },
    { name: 'never matches a wildcard that is not left-most', input: { host: 'www.example.ac.jp', names: names(['www.*.ac.jp']) }, want: { code: 'name-mismatch', matched: null } },
    { name: 'never matches a wildcard directly above a single label', input: { host: 'example.jp', names: names(['*.jp']) }, want: { code: 'name-mismatch', matched: null } },
    // x509-limbo webpki::san::public-suffix-*: kept on purpose, as Firefox (mozilla::pkix) and rustls-webpki match these; only Chromium consults the Public Suffix List.
    { name: 'matches a wildcard over a multi-label public suffix, as Firefox does', input: { host: 'example.co.uk', names: names(['*.co.uk']) }, want: { code: 'name-match', matched: '*.co.uk' } },
    { name: "matches a wildcard over a public suffix of the list's private section (real S3 certificates hold one)", input: { host: 'example.s3.amazonaws.com', names: names(['*.s3.amazonaws.com']) }, want: { code: 'name-match', matched: '*.s3.amazonaws.com' } },
    { name: 'ignores the CN when SAN dNSNames exist', input: { host: 'old.example.ac.jp', names: names(['www.example.ac.jp'], 'old.example.ac.jp') }, want: { code: 'name-mismatch', matched: null } },
    { name: 'falls back to the CN only without any dNSName, with a warning', input: { host: 'www.example.ac.jp', names: names([], 'www.example.ac.jp') }, want: { code: 'name-match-cn-only', matched: 'www.example.ac.jp' } },
    { name: 'falls back to the CN when the SAN holds only IP addresses', input: { host: 'www.example.ac.jp', names: names([], 'www.example.ac.jp', ['192.0.2.1']) }, want: { code: 'name-match-cn-only', matched: 'www.example.ac.jp' } },
    { name: 'compares a Unicode host with an A-label dNSName', input: { host: '例え.jp', names: names(['xn--r8jz45g.jp']) }, want: { code: 'name-match', matched: 'xn--r8jz45g.jp' } },
    { name: 'compares a Unicode host under an A-label wildcard', input: { host: 'www.例え.jp', names: names(['*.xn--r8jz45g.jp']) }, want: { code: 'name-match', matched: '*.xn--r8jz45g.jp' } },
    { name: 'matches an IPv4 host with an iPAddress SAN', input: { host: '192.0.2.10', names: names(['www.example.ac.jp'], null, ['192.0.2.10']) }, want: { code: 'name-match', matched: '192.0.2.10' } },
    { name: 'matches an IPv6 host in another spelling', input: { host: '[2001:DB8:0:0::1]', names: names([], null, ['2001:db8::1']) }, want: { code: 'name-match', matched: '2001:db8::1' } },
    { name: 'does not match an IP host against dNSNames', input: { host: '192.0.2.10', names: names(['192.0.2.10']) }, want: { code: 'name-mismatch', matched: null } },
    { name: 'reports a mismatch for a certificate with no names at all', input: { host: 'www.example.ac.jp', names: names([]) }, want: { code: 'name-mismatch', matched: null } },
  ];
  for (const { name, input, want } of table) {
    it(name, () => {
      const result = matchHostName(input.host, input.names);
      expect(result.matched).toBe(want.matched);
      expect(result.finding.code).toBe(want.code);
    });
  }

  it('lists what the certificate covers in a mismatch, with advice', () => {
    const { finding } = matchHostName('ftp.example.ac.jp', names(['www.example.ac.jp', 'mail.example.ac.jp'], null, ['192.0.2.1']));
    expect(finding.severity).toBe('error');
    expect(finding.message.en).toContain('www.example.ac.jp, mail.example.ac.jp, 192.0.2.1');
    expect(finding.message.ja).toContain('www.example.ac.jp, mail.example.ac.jp, 192.0.2.1');
    expect(finding.advice?.ja).toContain('ftp.example.ac.jp');
  });

  it('names the matched SAN in the ok finding', () => {
    const { finding } = matchHostName('www.example.ac.jp', names(['*.example.ac.jp']));
    expect(finding.severity).toBe('ok');
    expect(finding.message.en).toContain('*.example.ac.jp');
  });
});

describe('dnsNameMatches', () => {
  it('matches a Unicode dNSName (wrongly encoded in a certificate) after A-label conversion', () => {
    expect(dnsNameMatches('例え.jp', 'xn--r8jz45g.jp')).toBe(true);
  });
  it('refuses an empty pattern', () => expect(dnsNameMatches('', 'www.example.jp')).toBe(false));
});
