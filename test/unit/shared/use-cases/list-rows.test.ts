import { describe, expect, it } from 'vitest';
import type { CertificateRecord } from '../../../../shared/model/certificate-record';
import { findCurrentCertificates } from '../../../../shared/query/current';
import { searchRecords } from '../../../../shared/query/search';
import { buildSearchIndex } from '../../../../shared/query/search-index';
import { toListRow } from '../../../../shared/use-cases/list-rows';
import { makePastedKey } from '../../../support/private-keys';
import { indexed, jst, makeRecord, makeSummary } from '../../../support/record-factory';

const now = jst('2025-06-01T12:00');
const key = makePastedKey();

/** The list row of each record, serialised as it crosses from the worker to the UI. */
function rowsOf(records: CertificateRecord[]) {
  const current = findCurrentCertificates(records, now);
  return records.map((record) => toListRow(record, current, now));
}

describe('toListRow and a private key pasted into a name cell (issue 14)', () => {
  const cases: { name: string; input: Partial<CertificateRecord>; want: { fqdn: string; commonName: string } }[] = [
    { name: 'a bare base64 key in the FQDN cell', input: { fqdn: key.bareBase64, line: 7 }, want: { fqdn: '', commonName: 'www.example.ac.jp' } },
    { name: 'a PEM key (one line) in the FQDN cell', input: { fqdn: key.pkcs8Pem.replaceAll('\n', ' '), line: 7 }, want: { fqdn: '', commonName: 'www.example.ac.jp' } },
    {
      name: 'a key in the subject DN (CN) cell of a row without a certificate',
      input: { fqdn: '', subjectDn: key.bareBase64, certificate: null, line: 7 },
      want: { fqdn: '', commonName: '' },
    },
    {
      name: 'a key in the certificate CN',
      input: { fqdn: '', certificate: makeSummary({ commonName: key.rsaPem.replaceAll('\n', ' ') }), line: 7 },
      want: { fqdn: '', commonName: '' },
    },
  ];
  for (const { name, input, want } of cases) {
    it(`shows no key bytes for ${name}, and says what and where instead`, () => {
      const [row] = rowsOf(indexed([makeRecord(input)]));
      expect(row).toMatchObject(want);
      expect(JSON.stringify(row)).not.toContain(key.secretSample);
      expect(row!.keyMaterialNotice).toEqual({
        ja: expect.stringContaining('秘密鍵が入っています。内容は表示しません（7行目）'),
        en: expect.stringContaining('a private key is here; its content is not shown (line 7)'),
      });
    });
  }

  it('leaves a clean row as it is, with no notice', () => {
    const [row] = rowsOf(indexed([makeRecord()]));
    expect(row).toMatchObject({ fqdn: 'www.example.ac.jp', commonName: 'www.example.ac.jp', keyMaterialNotice: null });
  });

  it('never finds a row by the bytes of a key pasted into its FQDN or subject DN', () => {
    const records = indexed([makeRecord({ fqdn: key.bareBase64 }), makeRecord({ fqdn: '', subjectDn: key.bareBase64, certificate: null })]);
    expect(searchRecords(buildSearchIndex(records), key.secretSample)).toEqual([]);
    expect(searchRecords(buildSearchIndex(records), key.bareBase64.slice(0, 30))).toEqual([]);
  });
});
