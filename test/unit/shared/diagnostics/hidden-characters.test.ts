import { describe, expect, it } from 'vitest';
import { hiddenCellFindings, hiddenCertificateFindings } from '../../../../shared/diagnostics/hidden-characters';
import { diagnoseCertificate } from '../../../../shared/diagnostics/diagnose';
import type { ColumnInfo } from '../../../../shared/model/certificate-list';
import { SERVER_COLUMNS } from '../../../../shared/model/columns';
import { recordFindings } from '../../../../shared/use-cases/certificate-report';
import { makeRecord, makeSummary } from '../../../support/record-factory';

const columns: ColumnInfo[] = SERVER_COLUMNS.map((column, index) => ({ index, label: column.ja, key: column.key, byPosition: false }));
const fqdnColumn = columns.find((column) => column.key === 'fqdn')!;
const cellsWith = (fqdn: string) => columns.map((column) => (column === fqdnColumn ? fqdn : ''));

describe('hiddenCellFindings', () => {
  it.each([
    { name: 'warns about a right-to-left override in the FQDN cell', input: 'www.\u202etrc.exe', want: ['U+202E'] },
    { name: 'warns about a zero-width space', input: 'www.exa\u200bmple.ac.jp', want: ['U+200B'] },
    { name: 'warns about a C1 CSI and a line separator', input: 'www\u009b.\u2028x', want: ['U+009B', 'U+2028'] },
    { name: 'says nothing about a plain name', input: 'www.example.ac.jp', want: [] },
    { name: 'says nothing about the line breaks of a quoted multi-line cell', input: 'line 1\r\nline 2', want: [] },
  ])('$name', ({ input, want }) => {
    const findings = hiddenCellFindings(makeRecord({ line: 12, cells: cellsWith(input) }), columns, 'serverAll.tsv');
    expect(findings).toHaveLength(want.length === 0 ? 0 : 1);
    for (const label of want) expect(findings[0]!.message.en).toContain(label);
  });

  it('is a warning located at the row, the cell and its header label, in both languages', () => {
    const [finding] = hiddenCellFindings(makeRecord({ line: 12, cells: cellsWith('www.\u202etrc.exe') }), columns, 'serverAll.tsv');
    expect(finding).toMatchObject({
      code: 'hidden-characters',
      severity: 'warning',
      location: { file: 'serverAll.tsv', line: 12, column: fqdnColumn.index + 1, columnLabel: { ja: fqdnColumn.label } },
    });
    expect(finding!.message.en).toBe('this field contains hidden control characters (U+202E) that can make it read differently; they are shown as ⟨U+202E⟩');
    expect(finding!.message.ja).toContain('隠れた制御文字（U+202E）');
  });

  it('is among the row\'s own findings in the details view', () => {
    const record = makeRecord({ cells: cellsWith('www.\u202etrc.exe') });
    expect(recordFindings(record, { fileName: 'serverAll.tsv', columns }).map((finding) => finding.code)).toContain('hidden-characters');
  });
});

describe('hiddenCertificateFindings', () => {
  it.each([
    { name: 'warns about a bidi override in the subject', input: makeSummary({ subjectDn: 'CN=www.\u202etrc.exe, C=JP' }), want: ["the certificate's subject"] },
    { name: 'warns about a zero-width joiner in a SAN name', input: makeSummary({ dnsNames: ['a\u200d.example.ac.jp'] }), want: ["the certificate's SAN dNSNames"] },
    { name: 'says nothing about plain names', input: makeSummary(), want: [] },
  ])('$name', ({ input, want }) => {
    const findings = hiddenCertificateFindings(input);
    expect(findings.map((finding) => finding.message.en.slice(0, want[0]?.length ?? 0))).toEqual(want);
  });

  it('is part of every certificate diagnosis', () => {
    const summary = makeSummary({ subjectDn: 'CN=www.\u202etrc.exe, C=JP', commonName: 'www.\u202etrc.exe' });
    expect(diagnoseCertificate({ summary, now: summary.notBefore }).map((finding) => finding.code)).toContain('hidden-characters');
  });
});
