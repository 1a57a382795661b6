import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificateFileName, hostFileName } from '../../../../shared/export/certificate-file-name';
import { MAX_FILE_NAME_BYTES, safeFileName } from '../../../../shared/export/safe-file-name';
import { makeRecord, makeSummary } from '../../../support/record-factory';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

describe('safeFileName', () => {
  const cases: { name: string; input: [string, string]; want: string }[] = [
    { name: 'keeps an ordinary host name', input: ['www.example.ac.jp', 'crt'], want: 'www.example.ac.jp.crt' },
    { name: 'replaces forward slashes', input: ['a/b', 'crt'], want: 'a_b.crt' },
    { name: 'replaces backslashes', input: ['a\\b', 'crt'], want: 'a_b.crt' },
    { name: 'neutralises a relative path climbing out of the folder', input: ['../../../tmp/x', 'crt'], want: '_._._tmp_x.crt' },
    { name: 'neutralises a Windows path climbing out of the folder', input: ['..\\..\\Windows\\win.ini', 'crt'], want: '_._Windows_win.ini.crt' },
    { name: 'turns a lone .. into the fallback name', input: ['..', 'crt'], want: 'certificate.crt' },
    { name: 'collapses runs of dots inside the name', input: ['a..b...c', 'crt'], want: 'a.b.c.crt' },
    { name: 'replaces control characters', input: ['a\u0000b\nc\td\u007f', 'crt'], want: 'a_b_c_d_.crt' },
    { name: 'replaces the Windows reserved characters', input: ['a<b>c:d"e|f?g*h', 'crt'], want: 'a_b_c_d_e_f_g_h.crt' },
    { name: 'replaces bidirectional override characters', input: ['gpj\u202eexe', 'crt'], want: 'gpj_exe.crt' },
    { name: 'strips leading and trailing dots and spaces', input: ['  .www.example.jp. ', 'crt'], want: 'www.example.jp.crt' },
    { name: 'turns an empty base into "certificate"', input: ['', 'crt'], want: 'certificate.crt' },
    { name: 'turns a base of only dots and spaces into "certificate"', input: [' . . ', 'crt'], want: 'certificate.crt' },
    { name: 'prefixes the device name CON', input: ['CON', 'crt'], want: '_CON.crt' },
    { name: 'prefixes a device name in any case', input: ['nul', 'crt'], want: '_nul.crt' },
    { name: 'prefixes a device name followed by an extension', input: ['con.crt', 'crt'], want: '_con.crt.crt' },
    { name: 'prefixes a device name followed by more labels', input: ['aux.example.jp', 'crt'], want: '_aux.example.jp.crt' },
    { name: 'prefixes COM1 to COM9', input: ['com7', 'cer'], want: '_com7.cer' },
    { name: 'prefixes LPT1 to LPT9', input: ['LPT1', 'cer'], want: '_LPT1.cer' },
    { name: 'prefixes PRN', input: ['prn', 'crt'], want: '_prn.crt' },
    { name: 'leaves names that only start like a device name', input: ['console.example.jp', 'crt'], want: 'console.example.jp.crt' },
    { name: 'cleans the extension to ASCII letters and digits', input: ['a', '.c/r\\t'], want: 'a.crt' },
    { name: 'writes no dot for an empty extension', input: ['a', ''], want: 'a' },
    { name: 'keeps Japanese characters', input: ['証明書', 'crt'], want: '証明書.crt' },
  ];
  for (const { name, input, want } of cases) it(name, () => expect(safeFileName(...input)).toBe(want));

  it('caps the name at 200 bytes of UTF-8, keeping the extension', () => {
    const name = safeFileName('a'.repeat(500), 'crt');
    expect(utf8Length(name)).toBe(MAX_FILE_NAME_BYTES);
    expect(name.endsWith('.crt')).toBe(true);
  });

  it('caps multi-byte names without splitting a character', () => {
    const name = safeFileName('証'.repeat(100) + '😀'.repeat(20), 'crt');
    expect(utf8Length(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name).toBe(`${'証'.repeat(65)}.crt`);
  });
});

describe('safeFileName fuzz', () => {
  it('never yields a separator, a control character, a leading dot, "..", a device name or more than 200 bytes', () => {
    const unit = fc.oneof(fc.constantFrom('.', '/', '\\', ' ', ':', '*', '\u0000', '\u202e', 'c', 'o', 'n', 'C', 'O', 'N', '1', '証'), fc.string({ maxLength: 1 }));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), (base) => {
        const name = safeFileName(base, 'crt');
        expect(name).not.toMatch(/[/\\<>:"|?*\u0000-\u001f]/);
        expect(name).not.toMatch(/^[. ]/);
        expect(name).not.toContain('..');
        expect(name.split('.')[0]).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
        expect(name.endsWith('.crt')).toBe(true);
        expect(name.length).toBeGreaterThan(4);
        expect(utf8Length(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('certificateFileName', () => {
  const cases: { name: string; input: Parameters<typeof certificateFileName>; want: string }[] = [
    { name: 'names a record after its TSV FQDN', input: [makeRecord({ fqdn: 'www.example.ac.jp' }), 'crt'], want: 'www.example.ac.jp.crt' },
    { name: 'names a wildcard "wildcard." instead of "*."', input: [makeRecord({ fqdn: '*.lab.example.ac.jp' }), 'crt'], want: 'wildcard.lab.example.ac.jp.crt' },
    {
      name: 'falls back to the certificate CN when the FQDN cell is empty',
      input: [makeRecord({ fqdn: '', certificate: makeSummary({ commonName: 'cn.example.ac.jp' }) }), 'cer'],
      want: 'cn.example.ac.jp.cer',
    },
    { name: 'keeps a hostile FQDN cell inside the folder', input: [makeRecord({ fqdn: '../../../tmp/x' }), 'crt'], want: '_._._tmp_x.crt' },
    { name: 'names a summary after its CN', input: [makeSummary({ commonName: '*.example.jp' }), 'crt'], want: 'wildcard.example.jp.crt' },
    { name: 'names a summary without CN after its first SAN', input: [makeSummary({ commonName: null, dnsNames: ['san.example.jp'] }), 'crt'], want: 'san.example.jp.crt' },
    { name: 'names a summary without any name "certificate"', input: [makeSummary({ commonName: null, dnsNames: [] }), 'crt'], want: 'certificate.crt' },
  ];
  for (const { name, input, want } of cases) it(name, () => expect(certificateFileName(...input)).toBe(want));
});

describe('hostFileName', () => {
  const cases: { name: string; input: [string, string]; want: string }[] = [
    { name: 'names a host after itself', input: ['www.example.ac.jp', 'crt'], want: 'www.example.ac.jp.crt' },
    { name: 'spells a wildcard out', input: ['*.lab.example.ac.jp', 'cer'], want: 'wildcard.lab.example.ac.jp.cer' },
    { name: 'only rewrites a leading wildcard label', input: ['a*.example.jp', 'crt'], want: 'a_.example.jp.crt' },
    { name: 'keeps a hostile name inside the folder', input: ['..\\..\\x', 'crt'], want: '_._x.crt' },
  ];
  for (const { name, input, want } of cases) it(name, () => expect(hostFileName(...input)).toBe(want));
});
