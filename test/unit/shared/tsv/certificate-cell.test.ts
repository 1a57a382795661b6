import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { certificateCellToDer } from '../../../../shared/tsv/certificate-cell';
import { testCertificate, type TestCertificate } from './tsv-test-data';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

let cert: TestCertificate;
beforeAll(async () => {
  cert = await testCertificate();
});

/** The PEM body wrapped at `width` characters. */
function wrap(base64: string, width: number, newline = '\n'): string {
  return base64.match(new RegExp(`.{1,${width}}`, 'g'))!.join(newline);
}

/** The base64 cut to whole quanta plus one character: a length (4n + 1) that base64 cannot have. */
function oneCharTooMany(base64: string): string {
  const bare = base64.replace(/=+$/, '');
  return `${bare.slice(0, bare.length - (bare.length % 4))}A`;
}

describe('certificateCellToDer', () => {
  const forms: { name: string; cell: (c: TestCertificate) => string }[] = [
    { name: 'reads one line of base64 DER without armour', cell: (c) => c.base64 },
    { name: 'reads base64 DER wrapped at 64', cell: (c) => wrap(c.base64, 64) },
    { name: 'reads base64 DER wrapped at 76 with CRLF', cell: (c) => wrap(c.base64, 76, '\r\n') },
    { name: 'reads base64 DER with surrounding whitespace', cell: (c) => `  \n${c.base64}\t ` },
    { name: 'reads armoured PEM across lines', cell: (c) => c.pem },
    { name: 'reads armoured PEM on one line', cell: (c) => `-----BEGIN CERTIFICATE-----${c.base64}-----END CERTIFICATE-----` },
    { name: 'reads armoured PEM on one line with spaces', cell: (c) => `-----BEGIN CERTIFICATE----- ${wrap(c.base64, 64, ' ')} -----END CERTIFICATE-----` },
    { name: 'reads PEM with literal \\n escapes', cell: (c) => c.pem.replace(/\r?\n/g, '\\n') },
    { name: 'reads PEM with literal \\r\\n escapes', cell: (c) => c.pem.replace(/\r?\n/g, '\\r\\n') },
    { name: 'reads PEM left inside quotes', cell: (c) => `"${c.pem}"` },
    { name: 'reads PEM after some text, taking the first certificate', cell: (c) => `subject=CN=x\n${c.pem}\n${c.pem}` },
    { name: 'reads base64 DER without padding', cell: (c) => c.base64.replace(/=+$/, '') },
  ];
  it.each(forms)('$name', ({ cell }) => {
    const result = certificateCellToDer(cell(cert));
    expect(result.ok && Array.from(result.value)).toEqual(Array.from(cert.der));
  });

  const failures: { name: string; cell: (c: TestCertificate) => string; want: string }[] = [
    { name: 'says empty for an empty cell', cell: () => '', want: 'empty' },
    { name: 'says empty for whitespace', cell: () => ' \r\n\t', want: 'empty' },
    { name: 'says invalid-base64 for characters outside base64', cell: (c) => `${c.base64.slice(0, 100)}*%${c.base64.slice(100)}`, want: 'invalid-base64' },
    { name: 'says invalid-base64 for Japanese text', cell: () => '証明書なし', want: 'invalid-base64' },
    { name: 'says invalid-base64 for a length base64 cannot have', cell: (c) => oneCharTooMany(c.base64), want: 'invalid-base64' },
    { name: 'says truncated for PEM with BEGIN but no END', cell: (c) => c.pem.slice(0, c.pem.indexOf('-----END')), want: 'truncated' },
    { name: 'says truncated for a BEGIN line cut short', cell: () => '-----BEGIN CERTIF', want: 'truncated' },
    { name: 'says truncated for PEM with an empty body', cell: () => '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----', want: 'truncated' },
    { name: 'says truncated for DER shorter than its length header', cell: (c) => c.base64.slice(0, 400), want: 'truncated' },
  ];
  it.each(failures)('$name', ({ cell, want }) => {
    const result = certificateCellToDer(cell(cert));
    expect(result.ok ? 'ok' : result.error).toBe(want);
  });

  it('passes bytes that are not a DER SEQUENCE through for the certificate decoder to judge', () => {
    const result = certificateCellToDer('aGVsbG8gd29ybGQ=');
    expect(result.ok && new TextDecoder().decode(result.value)).toBe('hello world');
  });
});

describe('certificateCellToDer fuzz', () => {
  it('never throws on any text and always returns a Result', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'MIIB-BEGIN END CERTIFICATE\\n"=+/\r\n\tAZaz09'.split('')), maxLength: 200 }), (text) => {
        const result = certificateCellToDer(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('never throws on a mutated certificate cell', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.string({ maxLength: 4 }), (at, cut, insert) => {
        const pem = cert.pem;
        const i = at % pem.length;
        const mutated = pem.slice(0, i) + insert + pem.slice(i + (cut % 5));
        const result = certificateCellToDer(mutated);
        if (result.ok) expect(result.value).toBeInstanceOf(Uint8Array);
        else expect(['invalid-base64', 'truncated', 'empty']).toContain(result.error);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
