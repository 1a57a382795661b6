import { describe, expect, it } from 'vitest';
import { findCurrentCertificates } from '../../../../shared/query/current';
import { readCertificateList } from '../../../../shared/tsv/read-certificate-list';
import { reportRecord } from '../../../../shared/use-cases/record-report';
import { currentRowFor, readFixture, readManifest } from '../../../support/manifest';

const manifest = readManifest();
const NOW = Date.parse(manifest.referenceTime);

/** The report of the record on `line` of a fixture list. */
async function reportOfLine(file: string, line: number) {
  const read = await readCertificateList(readFixture(file), { fileName: file.split('/').at(-1)! });
  if (!read.ok) throw new Error(`${file} did not load`);
  const list = read.value;
  const record = list.records.find((candidate) => candidate.line === line);
  if (!record) throw new Error(`no record on line ${line}`);
  return reportRecord(list, findCurrentCertificates(list.records, NOW), record, { now: NOW });
}

describe('reportRecord', () => {
  const broken: { name: string; file: string; code: string }[] = [
    { name: 'a corrupt certificate cell', file: 'bad/corrupt-cert.tsv', code: 'certificate-invalid-base64' },
    { name: 'a certificate cut in half', file: 'bad/truncated-pem.tsv', code: 'certificate-truncated' },
    { name: 'a private key in the certificate cell', file: 'bad/private-key-in-cell.tsv', code: 'certificate-not-a-certificate' },
  ];
  for (const { name, file, code } of broken) {
    it(`reports ${name} with its line and column, never "no problems"`, async () => {
      const badFile = manifest.badFiles.find((entry) => entry.file === file)!;
      expect(badFile.expectedCode).toBe(code);
      const report = await reportOfLine(file, badFile.expectedLine!);
      const reading = report.findings.filter((finding) => finding.code === 'row-unreadable');
      expect(reading.length).toBeGreaterThan(0);
      expect(reading[0]!.location).toMatchObject({ line: badFile.expectedLine, column: 23 });
      expect(reading[0]!.severity).toBe('error');
    });
  }

  it('advises sending the renewal already in the file instead of applying for one (fixture www.example.ac.jp)', async () => {
    const { row: current } = currentRowFor(manifest, 'www.example.ac.jp');
    const oldest = manifest.rows.find((row) => row.fqdn === 'www.example.ac.jp' && row.certificateId && row.applicationId !== current.applicationId && row.previousSerial === '')!;
    const report = await reportOfLine('tsv/serverAll.tsv', oldest.line);
    const expired = report.findings.find((finding) => finding.code === 'expired')!;
    expect(expired.advice!.ja).toContain('更新申請は不要です');
    expect(expired.advice!.ja).not.toContain('更新申請を行い');
  });

  it('explains an error row (状態 −2) with its CA API error code', async () => {
    const row = manifest.rows.find((candidate) => candidate.status === -2)!;
    const report = await reportOfLine('tsv/serverAll.tsv', row.line);
    const finding = report.findings.find((candidate) => candidate.code === 'status-error')!;
    expect(finding.message.ja).toContain('認証局連携API処理エラー');
    if (row.caApiErrorCode) expect(finding.message.ja).toContain(row.caApiErrorCode);
  });
});
