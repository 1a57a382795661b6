import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../../../../shared/encoding/base64';
import { normaliseText } from '../../../../../shared/pki/pem/normalise-text';
import { scanPem } from '../../../../../shared/pki/pem/pem-scan';
import { makeCertificate, toPemText } from '../certificate/make-certificates';
import { FUZZ_RUNS } from '../../../../support/fuzz-runs';

let der: Uint8Array;
let pem: string;
beforeAll(async () => {
  der = (await makeCertificate()).der;
  pem = toPemText(der);
});

/** The scan of a text after the line-ending normalisation every caller applies first. */
const scanText = (text: string) => scanPem(normaliseText(text).text);
/** The labels and line ranges of the blocks found. */
const shape = (text: string) => scanText(text).blocks.map((b) => ({ label: b.label, beginLine: b.beginLine, endLine: b.endLine }));
const bodyBytes = (base64: string) => {
  const decoded = decodeBase64(base64);
  return decoded.ok ? [...decoded.value] : null;
};

describe('scanPem', () => {
  it('finds one LF block on lines 1 to N, with no issue', () => {
    const lines = pem.trimEnd().split('\n').length;
    expect(shape(pem)).toEqual([{ label: 'CERTIFICATE', beginLine: 1, endLine: lines }]);
    expect(scanText(pem).blocks[0]!.issues).toEqual([]);
    expect(bodyBytes(scanText(pem).blocks[0]!.base64)).toEqual([...der]);
  });

  it('counts CRLF lines the same as LF lines', () => {
    expect(shape(pem.replaceAll('\n', '\r\n'))).toEqual(shape(pem));
  });

  it('finds several blocks with text before, between and after them, and the first line outside them', () => {
    const text = `subject=CN=a\nissuer=CN=b\n${pem}\n# key follows\n${toPemText(Uint8Array.of(1, 2, 3), 'PRIVATE KEY')}trailing words\n`;
    const lines = pem.trimEnd().split('\n').length;
    expect(shape(text)).toEqual([
      { label: 'CERTIFICATE', beginLine: 3, endLine: 2 + lines },
      { label: 'PRIVATE KEY', beginLine: 5 + lines, endLine: 7 + lines },
    ]);
    expect(scanText(text).outsideTextLine).toBe(1);
  });

  it('finds a one-line PEM with text around it on the same line, and says the body was glued', () => {
    const body = Buffer.from(der).toString('base64');
    const blocks = scanText(`cell:-----BEGIN CERTIFICATE-----${body}-----END CERTIFICATE-----:end`).blocks;
    expect(blocks).toHaveLength(1);
    expect(bodyBytes(blocks[0]!.base64)).toEqual([...der]);
    expect(blocks[0]!.issues.map((issue) => issue.kind)).toContain('glued');
  });

  it('reads an END whose label differs as the end of the block, and says so', () => {
    const scan = scanText('-----BEGIN CERTIFICATE-----\nAAAA\n-----END PRIVATE KEY-----\n');
    expect(scan.blocks.map((b) => ({ label: b.label, endLine: b.endLine }))).toEqual([{ label: 'CERTIFICATE', endLine: 3 }]);
    expect(scan.blocks[0]!.issues).toContainEqual({ kind: 'label-mismatch', line: 3, detail: 'PRIVATE KEY' });
  });

  it('reports a BEGIN cut short by the next BEGIN and still finds the next block', () => {
    const scan = scanText(`-----BEGIN CERTIFICATE-----\nMIIB\n${pem}`);
    expect(scan.blocks.map((b) => ({ beginLine: b.beginLine, ended: b.endLine !== null }))).toEqual([
      { beginLine: 1, ended: false },
      { beginLine: 3, ended: true },
    ]);
  });

  it('reports an END without a BEGIN as a stray END line', () => {
    expect(scanText(`MIIB\n-----END CERTIFICATE-----\n`).strayEndLines).toEqual([2]);
  });

  it('ignores a marker without a label', () => {
    expect(scanText('-----BEGIN -----\nAAAA\n-----END -----\n').blocks).toEqual([]);
  });

  it('gives the line and column of a character that is not base64', () => {
    const lines = pem.split('\n');
    lines[3] = `${lines[3]!.slice(0, 10)}!${lines[3]!.slice(11)}`;
    expect(scanText(lines.join('\n')).blocks[0]!.issues).toContainEqual({ kind: 'invalid-characters', line: 4, column: 11 });
  });

  it('counts the column of a bad character after e-mail quoting marks on the line as written', () => {
    const lines = pem.split('\n').map((line) => (line ? `> ${line}` : line));
    lines[3] = `${lines[3]!.slice(0, 12)}!${lines[3]!.slice(13)}`;
    expect(scanText(lines.join('\n')).blocks[0]!.issues).toContainEqual({ kind: 'invalid-characters', line: 4, column: 13 });
  });
});

describe('scanPem fuzz', () => {
  it('never throws on random text, and every block ends after it begins', () => {
    const pieces = fc.oneof(fc.string(), fc.constantFrom('-----BEGIN CERTIFICATE-----', '-----END CERTIFICATE-----', '-----BEGIN ', '-----', '\r\n', '\n', 'MIIB'));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        for (const block of scanText(parts.join('')).blocks) {
          if (block.endLine !== null) expect(block.beginLine).toBeLessThanOrEqual(block.endLine);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('finds a valid PEM embedded in noise', () => {
    const noise = fc.string({ unit: 'binary', maxLength: 80 }).filter((s) => !/-|BEGIN|END/i.test(s));
    fc.assert(
      fc.property(noise, noise, fc.constantFrom('\n', '\r\n'), (before, after, eol) => {
        const blocks = scanText(`${before}${eol}${pem.replaceAll('\n', eol)}${after}`).blocks;
        expect(blocks).toHaveLength(1);
        expect(bodyBytes(blocks[0]!.base64)).toEqual([...der]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
