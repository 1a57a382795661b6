import { x509 } from '../../../../shared/pki/x509-library';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelScientificCovers, isExcelScientific, parseSerialText, sameSerial, serialKey, serialTextToDecimal, serialToColonHex, serialToDecimal } from '../../../../shared/pki/serial';
import { integerBytes, rawCertificate } from './der/der-builder';
import { expensiveRuns, FUZZ_RUNS } from '../../../support/fuzz-runs';

describe('serialToDecimal and serialToColonHex', () => {
  const table: { name: string; input: number[]; want: { decimal: string; hex: string } }[] = [
    { name: 'reads a zero serial', input: [0], want: { decimal: '0', hex: '00' } },
    { name: 'drops the sign octet before a top-bit-set octet', input: [0, 0x80], want: { decimal: '128', hex: '80' } },
    { name: 'keeps a leading zero that is not a sign octet (non-minimal DER)', input: [0, 0x7f], want: { decimal: '127', hex: '00:7F' } },
    { name: 'reads a negative (non-conforming) serial as unsigned', input: [0x80], want: { decimal: '128', hex: '80' } },
    { name: 'reads a 16-octet UPKI-style serial', input: [0x22, 0xb9, 0xb1, 0x85, 0x87, 0xa6, 0x99, 0x43, 0xb5, 0xec, 0x36, 0x8f, 0x4c, 0xaf, 0x68, 0xf7], want: { decimal: '46157927341343425315879777794828232951', hex: '22:B9:B1:85:87:A6:99:43:B5:EC:36:8F:4C:AF:68:F7' } },
  ];
  it.each(table)('$name', ({ input, want }) => {
    const bytes = Uint8Array.from(input);
    expect({ decimal: serialToDecimal(bytes), hex: serialToColonHex(bytes) }).toEqual(want);
  });

  it('reads any content octets as the unsigned number BigInt reads, leading zero octets and long non-conforming serials included', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 64 }), fc.nat({ max: 3 }), (tail, zeros) => {
        const content = new Uint8Array([...new Uint8Array(zeros), ...tail]);
        const want = content.length === 0 ? '0' : BigInt(`0x${Buffer.from(content).toString('hex')}`).toString();
        expect(serialToDecimal(content)).toBe(want);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('gives colon hex equal to @peculiar/x509 serialNumber for any INTEGER content', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 21 }), (content) => {
        const certificate = new x509.X509Certificate(rawCertificate({ serial: integerBytes(content) }));
        expect(serialToColonHex(content).replaceAll(':', '').toLowerCase()).toBe(certificate.serialNumber);
        expect(serialToDecimal(content)).toBe(BigInt(`0x${Buffer.from(content).toString('hex')}`).toString());
      }),
      // Each case decodes a certificate with @peculiar/x509.
      { numRuns: expensiveRuns() },
    );
  });
});

describe('parseSerialText', () => {
  const table: { name: string; input: string; want: { decimal: string; hex: string } | null }[] = [
    { name: 'reads a TSV decimal serial', input: '4097000000000000000', want: { decimal: '4097000000000000000', hex: '38:DB:77:CB:0C:C6:80:00' } },
    { name: 'reads 0x hex from request files', input: '0x38DB77CB0CC68000', want: { decimal: '4097000000000000000', hex: '38:DB:77:CB:0C:C6:80:00' } },
    { name: 'reads colon hex in any case', input: '38:db:77:cb:0c:c6:80:00', want: { decimal: '4097000000000000000', hex: '38:DB:77:CB:0C:C6:80:00' } },
    { name: 'reads space-separated hex and pads single digits', input: 'a b', want: { decimal: '2571', hex: '0A:0B' } },
    { name: 'reads bare hex with a letter as openssl prints it', input: '22B9B18587A69943B5EC368F4CAF68F7', want: { decimal: '46157927341343425315879777794828232951', hex: '22:B9:B1:85:87:A6:99:43:B5:EC:36:8F:4C:AF:68:F7' } },
    { name: 'drops a sign octet typed in colon hex', input: '00:80', want: { decimal: '128', hex: '80' } },
    { name: 'treats digits only as decimal', input: '10', want: { decimal: '10', hex: '0A' } },
    { name: 'trims surrounding space', input: '  0  ', want: { decimal: '0', hex: '00' } },
    { name: 'refuses an empty text', input: '', want: null },
    { name: 'refuses a bare 0x', input: '0x', want: null },
    { name: 'refuses text with other characters', input: '12-34', want: null },
    { name: 'refuses a negative number', input: '-5', want: null },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(parseSerialText(input)).toEqual(want);
  });

  it('round-trips every serial through decimal, 0x and colon hex', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 20 }), (content) => {
        const want = { decimal: serialToDecimal(content), hex: serialToColonHex(content).replace(/^(00:)+(?=..)/, '') };
        const minimal = want.hex;
        expect(parseSerialText(want.decimal)).toEqual({ decimal: want.decimal, hex: minimal });
        expect(parseSerialText(`0x${minimal.replaceAll(':', '')}`)).toEqual({ decimal: want.decimal, hex: minimal });
        // One octet of digits without a colon ("50") is read as decimal by design; with a colon or a letter it is hex.
        const colonHex = serialToColonHex(content);
        if (/[:A-F]/.test(colonHex)) expect(parseSerialText(colonHex)?.decimal).toBe(want.decimal);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('serialTextToDecimal (the spellings of a list or request cell)', () => {
  it.each([
    { name: 'keeps a decimal serial', input: '4097000000000000000', want: '4097000000000000000' },
    { name: 'drops leading zeros', input: '000123', want: '123' },
    { name: 'keeps a single zero', input: '0', want: '0' },
    { name: 'converts 0x hex to decimal', input: '0x38DA5B1F0E1A4F01', want: BigInt('0x38DA5B1F0E1A4F01').toString() },
    { name: 'converts lower-case 0x hex', input: '0xff', want: '255' },
    { name: 'converts colon hex to decimal', input: '0A:1B:2C', want: String(0x0a1b2c) },
    { name: 'trims spaces', input: ' 42 ', want: '42' },
    { name: 'refuses bare hex, which a cell never holds', input: 'abc', want: null },
    { name: 'refuses space-separated octets, which a cell never holds', input: '0a 1b', want: null },
    { name: 'refuses an empty cell', input: '', want: null },
  ])('$name', ({ input, want }) => {
    expect(serialTextToDecimal(input)).toBe(want);
  });

  it.each([
    { name: 'marks letters as not a serial', input: 'serial-1' },
    { name: 'marks a negative number as not a serial', input: '-5' },
    { name: 'marks a bare 0x as not a serial', input: '0x' },
  ])('$name', ({ input }) => {
    expect(serialTextToDecimal(input)).toBeNull();
  });

  it('reads decimal, 0x hex and colon hex of one number as the same decimal', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: (1n << 159n) - 1n }), (serial) => {
        const hex = serial.toString(16).padStart(2 * Math.ceil(serial.toString(16).length / 2), '0');
        const colon = hex.match(/../g)!.join(':');
        expect(serialTextToDecimal(serial.toString())).toBe(serial.toString());
        expect(serialTextToDecimal(`0x${hex}`)).toBe(serial.toString());
        if (colon.includes(':')) expect(serialTextToDecimal(colon.toUpperCase())).toBe(serial.toString());
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('reads every text as parseSerialText does, in either spelling', () => {
    const serialish = fc.stringMatching(/^[ 0-9a-fA-FxX:-]{0,24}$/);
    fc.assert(
      fc.property(serialish, fc.constantFrom('cell' as const, 'typed' as const), (text, spelling) => {
        expect(serialTextToDecimal(text, spelling)).toBe(parseSerialText(text, spelling)?.decimal ?? null);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('serialKey and sameSerial (signed comparison)', () => {
  const table: { name: string; input: [number[], number[]]; want: boolean }[] = [
    { name: 'keeps 255 (00 FF) apart from -1 (FF), PKITS 4.4.14', input: [[0x00, 0xff], [0xff]], want: false },
    { name: 'keeps 128 (00 80) apart from -128 (80)', input: [[0x00, 0x80], [0x80]], want: false },
    { name: 'matches the same positive serial', input: [[0x12, 0x34], [0x12, 0x34]], want: true },
    { name: 'matches a non-minimal positive spelling (00 01) with 01', input: [[0x00, 0x01], [0x01]], want: true },
    { name: 'matches a non-minimal negative spelling (FF FF) with FF', input: [[0xff, 0xff], [0xff]], want: true },
    { name: 'keeps FF 7F (-129) apart from 7F (127)', input: [[0xff, 0x7f], [0x7f]], want: false },
  ];
  it.each(table)('$name', ({ input: [a, b], want }) => {
    expect(sameSerial(Uint8Array.from(a), Uint8Array.from(b))).toBe(want);
  });

  it('gives equal keys exactly when the contents are the same signed integer', () => {
    const signedValue = (bytes: Uint8Array): bigint => {
      if (bytes.length === 0) return 0n;
      const unsigned = BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
      return bytes[0]! & 0x80 ? unsigned - (1n << BigInt(bytes.length * 8)) : unsigned;
    };
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.uint8Array({ minLength: 1, maxLength: 4 }), (a, b) => {
        expect(serialKey(a) === serialKey(b)).toBe(signedValue(a) === signedValue(b));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('Excel scientific notation of a serial', () => {
  it.each([
    { text: '6.85929E+18', decimal: '6859294012345678901', want: true },
    { text: '6.85929E+18', decimal: '6859285000000000000', want: true },
    { text: '6.85929E+18', decimal: '6859284999999999999', want: false },
    { text: '6.85929E+18', decimal: '685929401234567890', want: false },
    { text: '1.23457E+37', decimal: '12345678901234567890123456789012345678', want: true },
    { text: '12345', decimal: '12345', want: false },
  ])('$text covers $decimal: $want', ({ text, decimal, want }) => expect(excelScientificCovers(text, decimal)).toBe(want));

  it('tells Excel notation from a serial', () => {
    expect(isExcelScientific(' 6.85929E+18 ')).toBe(true);
    expect(isExcelScientific('6859294012345678901')).toBe(false);
    expect(isExcelScientific('0x0A1B')).toBe(false);
  });
});
