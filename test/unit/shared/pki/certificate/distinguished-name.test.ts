import { x509 } from '../../../../../shared/pki/x509-library';
import { describe, expect, it } from 'vitest';
import { readElement } from '../../../../../shared/pki/der/der-reader';
import { escapeDnValue, readDistinguishedName } from '../../../../../shared/pki/certificate/distinguished-name';
import { latin1, rawCertificate, rawName, STRING_TAG as T, utf8, type RawAttribute } from '../der/der-builder';

/** The fast path's DN text, or null. */
function fastText(name: Uint8Array): string | null {
  const element = readElement(name, 0);
  if (typeof element === 'string') throw new Error(element);
  return readDistinguishedName(name, element)?.text ?? null;
}

const one = (type: string, tag: number, value: Uint8Array): Uint8Array => rawName([[[type, tag, value]]]);

describe('readDistinguishedName matches @peculiar/x509 Name.toString', () => {
  const table: { name: string; input: Uint8Array; want: string }[] = [
    { name: 'keeps certificate order and joins RDNs with ", "', input: rawName([[['2.5.4.6', T.printableString, latin1('JP')]], [['2.5.4.3', T.utf8String, utf8('a')]]]), want: 'C=JP, CN=a' },
    {
      name: 'joins a multi-valued RDN with "+" in encoding order',
      input: rawName([[['2.5.4.11', T.utf8String, utf8('b')], ['2.5.4.10', T.utf8String, utf8('a')]] as RawAttribute[]]),
      want: 'OU=b+O=a',
    },
    { name: 'decodes UTF8String Japanese', input: one('2.5.4.10', T.utf8String, utf8('国立情報学研究所')), want: 'O=国立情報学研究所' },
    { name: 'decodes BMPString as UTF-16BE, joining surrogate pairs', input: one('2.5.4.10', T.bmpString, Uint8Array.of(0x65, 0xe5, 0xd8, 0x3d, 0xde, 0x00)), want: 'O=日😀' },
    { name: 'decodes UniversalString keeping the low 16 bits as asn1js does', input: one('2.5.4.10', T.universalString, Uint8Array.of(0, 0, 0x65, 0xe5, 0, 1, 0xf6, 0x00)), want: 'O=日\uf600' },
    { name: 'decodes TeletexString octet by octet (Latin-1)', input: one('2.5.4.10', T.teletexString, Uint8Array.of(0x41, 0xe9)), want: 'O=Aé' },
    { name: 'falls back to Latin-1 for invalid UTF-8', input: one('2.5.4.10', T.utf8String, Uint8Array.of(0x41, 0xff, 0x42)), want: 'O=AÿB' },
    { name: 'falls back to Latin-1 for UTF-8-encoded surrogates', input: one('2.5.4.10', T.utf8String, Uint8Array.of(0xed, 0xa0, 0x80)), want: 'O=í\u00a0\u0080' },
    { name: 'keeps a UTF-8 byte order mark', input: one('2.5.4.10', T.utf8String, Uint8Array.of(0xef, 0xbb, 0xbf, 0x41)), want: 'O=\ufeffA' },
    { name: 'shows VisibleString as # and the hex of the whole element', input: one('2.5.4.3', T.visibleString, latin1('vis')), want: 'CN=#1a03766973' },
    { name: 'shows a non-string value as # and hex', input: one('2.5.4.3', 0x02, Uint8Array.of(5)), want: 'CN=#020105' },
    { name: 'escapes RFC 4514 specials', input: one('2.5.4.3', T.utf8String, utf8('a,b+c"d\\e<f>g;h')), want: 'CN=a\\,b\\+c\\"d\\\\e\\<f\\>g\\;h' },
    { name: 'escapes a leading "#" and space and a trailing space', input: one('2.5.4.10', T.utf8String, utf8('# x ')), want: 'O=\\# x\\ ' },
    { name: 'escapes a lone space twice as the library does', input: one('2.5.4.10', T.utf8String, utf8(' ')), want: 'O=\\\\ ' },
    { name: 'writes only the first CR, LF or TAB as hex', input: one('2.5.4.10', T.utf8String, utf8('a\r\nb\n')), want: 'O=a\\0D\nb\n' },
    { name: 'shows unknown attribute types as dotted OIDs', input: rawName([[['1.2.3.4.5', T.utf8String, utf8('x')], ['2.5.4.97', T.utf8String, utf8('y')]] as RawAttribute[]]), want: '1.2.3.4.5=x+2.5.4.97=y' },
    { name: 'uses E for emailAddress and DC for domainComponent', input: rawName([[['1.2.840.113549.1.9.1', T.ia5String, latin1('a@b.jp')]], [['0.9.2342.19200300.100.1.25', T.ia5String, latin1('jp')]]]), want: 'E=a@b.jp, DC=jp' },
    { name: 'writes an empty value as nothing', input: one('2.5.4.10', T.utf8String, new Uint8Array(0)), want: 'O=' },
    { name: 'writes an empty Name as ""', input: rawName([]), want: '' },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(fastText(input)).toBe(want);
    expect(new x509.X509Certificate(rawCertificate({ subject: input })).subject).toBe(want);
  });

  it('refuses an odd-length BMPString and a UniversalString that is not a multiple of 4', () => {
    expect(fastText(one('2.5.4.10', T.bmpString, Uint8Array.of(0x30, 0x42, 0x30)))).toBeNull();
    expect(fastText(one('2.5.4.10', T.universalString, Uint8Array.of(0, 0, 0, 0x41, 0)))).toBeNull();
  });

  it('gives the last CN as the common name', () => {
    const name = rawName([[['2.5.4.3', T.utf8String, utf8('first')]], [['2.5.4.3', T.printableString, latin1('last')]]]);
    const element = readElement(name, 0);
    if (typeof element === 'string') throw new Error(element);
    expect(readDistinguishedName(name, element)?.commonName).toBe('last');
  });
});

describe('escapeDnValue', () => {
  const table = [
    { name: 'leaves plain text alone', input: 'Example University', want: 'Example University' },
    { name: 'escapes the comma in SECOM Trust Systems CO.,LTD.', input: 'SECOM Trust Systems CO.,LTD.', want: 'SECOM Trust Systems CO.\\,LTD.' },
    { name: 'leaves "#" inside a value alone', input: 'a#b', want: 'a#b' },
    { name: 'writes TAB as \\09', input: 'a\tb', want: 'a\\09b' },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(escapeDnValue(input)).toBe(want);
  });
});
