import { describe, expect, it } from 'vitest';
import { csvField, guardFormula } from '../../../../shared/export/csv';
import { inventoryCsv } from '../../../../shared/export/inventory-csv';
import { indexed, jst, makeRecord, makeSummary } from '../../../support/record-factory';
import { makePastedKey } from '../../../support/private-keys';

const now = jst('2025-06-01T12:00');
const records = indexed([
  makeRecord({
    applicationId: 'A1',
    fqdn: 'www.example.ac.jp',
    adminName: '=HYPERLINK("http://evil")',
    adminAffiliation: '情報基盤センター, "本部"',
    accessPin: '987654',
    certificate: makeSummary({ serialNumber: '4097', serialHex: '10:01', notBefore: jst('2025-01-01T09:00'), notAfter: jst('2026-01-31T23:59') }),
  }),
  makeRecord({ applicationId: 'A2', fqdn: 'pending.example.ac.jp', accessPin: '', certificate: null, status: 0, adminName: 'line1\nline2' }),
]);

/** The CSV text after the BOM, split into rows (CRLF). */
function decode(bytes: Uint8Array): { bom: number[]; rows: string[] } {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
  return { bom: [...bytes.subarray(0, 3)], rows: text.split('\r\n') };
}

describe('inventoryCsv', () => {
  it('starts with a UTF-8 BOM and ends every row with CRLF', () => {
    const { bom, rows } = decode(inventoryCsv(records, { lang: 'ja', now }));
    expect(bom).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows.at(-1)).toBe('');
  });

  it('writes Japanese headers for ja and English headers for en', () => {
    expect(decode(inventoryCsv(records, { lang: 'ja', now })).rows[0]).toMatch(/^申請ID,FQDN,コモンネーム,/);
    expect(decode(inventoryCsv(records, { lang: 'en', now })).rows[0]).toMatch(/^Application ID,FQDN,Common name,/);
  });

  it('masks the access PIN by default and leaves an empty PIN empty', () => {
    const text = decode(inventoryCsv(records, { lang: 'en', now })).rows.join('\n');
    expect(text).not.toContain('987654');
    expect(text).toContain('****');
    expect(text.match(/\*\*\*\*/g)).toHaveLength(1);
  });

  it('writes the access PIN in clear only when asked', () => {
    expect(decode(inventoryCsv(records, { lang: 'en', now, includeSecrets: true })).rows.join('\n')).toContain('987654');
  });

  it('quotes fields with commas and quotes, and guards formulas', () => {
    const row = decode(inventoryCsv(records, { lang: 'en', now })).rows[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(row).toContain('"情報基盤センター, ""本部"""');
  });

  it('keeps a line break inside a quoted field', () => {
    const text = new TextDecoder().decode(inventoryCsv(records, { lang: 'en', now }));
    expect(text).toContain('"line1\nline2"');
  });

  it('writes JST dates, state, days left and serials', () => {
    const row = decode(inventoryCsv(records, { lang: 'ja', now })).rows[1]!;
    expect(row).toContain(',有効,現行,244,5,');
    expect(row).toContain(',4097,10:01,2025/01/01 09:00,2026/01/31 23:59,');
  });
});

describe('csvField', () => {
  const cases: { name: string; input: string | number | null; want: string }[] = [
    { name: 'leaves plain text alone', input: 'www.example.jp', want: 'www.example.jp' },
    { name: 'writes null as an empty field', input: null, want: '' },
    { name: 'writes numbers as they are, negative ones included', input: -3, want: '-3' },
    { name: 'quotes a comma', input: 'a,b', want: '"a,b"' },
    { name: 'doubles quotes inside a quoted field', input: 'say "hi"', want: '"say ""hi"""' },
    { name: 'quotes CR and LF', input: 'a\r\nb', want: '"a\r\nb"' },
    { name: 'guards a leading =', input: '=1+1', want: "'=1+1" },
    { name: 'guards a leading +', input: '+81', want: "'+81" },
    { name: 'guards a leading - in text', input: '-cmd', want: "'-cmd" },
    { name: 'guards a leading @', input: '@SUM(A1)', want: "'@SUM(A1)" },
    { name: 'guards a leading TAB', input: '\t=1', want: "'\t=1" },
    { name: 'guards and quotes a leading CR', input: '\r=1', want: `"'\r=1"` },
    { name: 'guards a leading full-width ＝', input: '＝1+1', want: "'＝1+1" },
    { name: 'guards a leading full-width ＋', input: '＋81', want: "'＋81" },
    { name: 'guards a leading full-width －', input: '－cmd', want: "'－cmd" },
    { name: 'guards a leading full-width ＠', input: '＠SUM(A1)', want: "'＠SUM(A1)" },
    { name: 'guards a full-width formula start that also needs quoting', input: '＝HYPERLINK("x","y")', want: `"'＝HYPERLINK(""x"",""y"")"` },
  ];
  for (const { name, input, want } of cases) it(name, () => expect(csvField(input)).toBe(want));

  it('guardFormula leaves an = inside the text alone', () => expect(guardFormula('a=b')).toBe('a=b'));
});

describe('inventoryCsv and pasted private keys', () => {
  it('writes a notice with the row\'s line instead of a private key pasted into a text field', () => {
    const key = makePastedKey();
    const record = makeRecord({ line: 7, adminName: key.pkcs8Pem, subjectDn: key.bareBase64 });
    const text = new TextDecoder().decode(inventoryCsv([record], { lang: 'en', now: record.certificate!.notBefore }));
    expect(text).not.toContain(key.secretSample);
    expect(text).toContain('[a private key is here; its content is not shown (line 7)]');
  });
});
