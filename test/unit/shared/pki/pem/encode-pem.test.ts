import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodePemBlock, encodePem, findPemBlocks, scanPem } from '../../../../../shared/pki/pem/encode-pem';
import { makeCertificate, toPemText } from '../certificate/make-certificates';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

let der: Uint8Array;
let pem: string;
beforeAll(async () => {
  der = (await makeCertificate()).der;
  pem = toPemText(der);
});

/** The labels and line ranges of the blocks found. */
const shape = (text: string) => findPemBlocks(text).map((b) => ({ label: b.label, startLine: b.startLine, endLine: b.endLine }));

describe('findPemBlocks', () => {
  it('finds one LF block on lines 1 to N', () => {
    const lines = pem.trimEnd().split('\n').length;
    expect(shape(pem)).toEqual([{ label: 'CERTIFICATE', startLine: 1, endLine: lines }]);
  });

  it('counts CRLF lines the same as LF lines', () => {
    expect(shape(pem.replaceAll('\n', '\r\n'))).toEqual(shape(pem));
  });

  it('finds several blocks with text before, between and after them', () => {
    const text = `subject=CN=a\nissuer=CN=b\n${pem}\n# key follows\n${toPemText(Uint8Array.of(1, 2, 3), 'PRIVATE KEY')}trailing words\n`;
    const lines = pem.trimEnd().split('\n').length;
    expect(shape(text)).toEqual([
      { label: 'CERTIFICATE', startLine: 3, endLine: 2 + lines },
      { label: 'PRIVATE KEY', startLine: 5 + lines, endLine: 7 + lines },
    ]);
  });

  it('finds a one-line PEM with text around it on the same line', () => {
    const body = Buffer.from(der).toString('base64');
    const blocks = findPemBlocks(`cell:-----BEGIN CERTIFICATE-----${body}-----END CERTIFICATE-----:end`);
    expect(blocks).toHaveLength(1);
    const decoded = decodePemBlock(blocks[0]!);
    expect(decoded.ok && Buffer.from(decoded.value).equals(Buffer.from(der))).toBe(true);
  });

  it('ignores an END whose label differs and reports the BEGIN as unterminated', () => {
    const text = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END PRIVATE KEY-----\n';
    expect(scanPem(text)).toEqual({ blocks: [], unterminated: [{ label: 'CERTIFICATE', line: 1 }] });
  });

  it('reports a BEGIN cut short by the next BEGIN and still finds the next block', () => {
    const text = `-----BEGIN CERTIFICATE-----\nMIIB\n${pem}`;
    const scan = scanPem(text);
    expect(scan.unterminated).toEqual([{ label: 'CERTIFICATE', line: 1 }]);
    expect(scan.blocks.map((b) => b.startLine)).toEqual([3]);
  });

  it('ignores malformed BEGIN markers', () => {
    expect(findPemBlocks('-----BEGIN -----\nAAAA\n-----END -----\n-----BEGIN cert\n')).toEqual([]);
  });
});

describe('decodePemBlock', () => {
  it('decodes the body to the DER bytes', () => {
    const decoded = decodePemBlock(findPemBlocks(pem)[0]!);
    expect(decoded.ok && [...decoded.value]).toEqual([...der]);
  });

  it('gives the line and column of a character that is not base64', () => {
    const lines = pem.split('\n');
    lines[3] = `${lines[3]!.slice(0, 10)}!${lines[3]!.slice(11)}`;
    const decoded = decodePemBlock(findPemBlocks(lines.join('\n'))[0]!);
    expect(decoded).toEqual({ ok: false, error: { reason: 'invalid-base64', line: 4, column: 11 } });
  });

  it('says empty for a block with no body', () => {
    expect(decodePemBlock(findPemBlocks('-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n')[0]!)).toEqual({
      ok: false,
      error: { reason: 'empty', line: 1, column: 1 },
    });
  });
});

describe('encodePem', () => {
  it('writes 64-character lines, the label and a final newline', () => {
    expect(encodePem(der)).toBe(pem);
  });

  it('writes CRLF when asked and another label', () => {
    const text = encodePem(Uint8Array.of(1, 2, 3), 'X509 CRL', '\r\n');
    expect(text).toBe('-----BEGIN X509 CRL-----\r\nAQID\r\n-----END X509 CRL-----\r\n');
  });
});

describe('PEM fuzz', () => {
  it('never throws on random text and every block it finds is well formed', () => {
    const pieces = fc.oneof(fc.string(), fc.constantFrom('-----BEGIN CERTIFICATE-----', '-----END CERTIFICATE-----', '-----BEGIN ', '-----', '\r\n', '\n', 'MIIB'));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        for (const block of findPemBlocks(text)) {
          expect(block.startLine).toBeLessThanOrEqual(block.endLine);
          decodePemBlock(block);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('finds a valid PEM embedded in noise', () => {
    const noise = fc.string({ unit: 'binary', maxLength: 80 }).filter((s) => !s.includes('-----'));
    fc.assert(
      fc.property(noise, noise, fc.constantFrom('\n', '\r\n'), (before, after, eol) => {
        const blocks = findPemBlocks(`${before}${eol}${pem.replaceAll('\n', eol)}${after}`);
        expect(blocks).toHaveLength(1);
        const decoded = decodePemBlock(blocks[0]!);
        expect(decoded.ok && Buffer.from(decoded.value).equals(Buffer.from(der))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
