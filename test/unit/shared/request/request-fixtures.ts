/** The fixture list and CSRs the request tests share, read once. */
import type { CertificateList } from '../../../../shared/model/certificate-list';
import { readCsrFile, type CsrFacts } from '../../../../shared/pki/csr/read-csr';
import { readCertificateList } from '../../../../shared/tsv/read-certificate-list';
import { readFixture, readManifest } from '../../../support/manifest';

/** The instant the fixtures are dated around (manifest referenceTime). */
export const FIXTURE_NOW = Date.parse(readManifest().referenceTime);

let list: Promise<CertificateList> | undefined;

/** tsv/serverAll.tsv, the list the request fixtures were built from. */
export function fixtureList(): Promise<CertificateList> {
  list ??= readCertificateList(readFixture(readManifest().request.sourceList), { fileName: 'serverAll.tsv' }).then((read) => {
    if (!read.ok) throw new Error('the fixture list does not load');
    return read.value;
  });
  return list;
}

/** A CSR of test/fixtures/request, read. */
export async function fixtureCsr(name: string): Promise<CsrFacts> {
  const read = await readCsrFile(readFixture(`request/${name}`));
  if (!read.ok) throw new Error(`${name} does not read as a CSR: ${read.failure}`);
  return read.csr;
}

/** Application IDs of rows that a revocation may name: a current, valid server certificate. */
export async function revocableIds(): Promise<string[]> {
  const records = (await fixtureList()).records;
  return readManifest()
    .request.files.find((file) => file.file === 'request/revoke-ok.tsv')!
    .lines.map((line) => line.applicationId!)
    .filter((id) => records.some((record) => record.applicationId === id));
}
