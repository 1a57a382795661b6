import type { CertificateList } from '../model/certificate-list';
import type { CertificateRecord } from '../model/certificate-record';
import type { Lang } from '../model/localized-text';
import type { NamedBytes } from '../model/named-bytes';
import { readCsrFile } from '../pki/csr/read-csr';
import { recordHost } from '../query/current';
import { buildRenewRequest, buildRevokeRequests, type AdminFields, type BuiltRequests } from '../request/build-requests';
import { csrUnreadableFinding } from '../request/check-csr';
import { requestFinding, type RequestFinding } from '../request/request-finding';
import type { RequestKind } from '../request/request-format';
import { oversizeFinding } from './certificate-file-limit';
import { requestExportFiles, type RequestExportFile } from './export-files';

/**
 * The app's request calls over shared/request's builders: the UI names rows by their list position,
 * the builders by application ID. Each answer is plain data for the worker to send back: the files
 * to save (none when any problem is an error) and every problem with the row it concerns.
 */

/** One problem of a build, with the row it concerns as the UI shows it (all null/empty for the request as a whole). */
export interface RequestProblemView {
  readonly id: string | null;
  /** The list position of the row, when the problem names one of the rows asked for. */
  readonly index: number | null;
  readonly fqdn: string;
  readonly finding: RequestFinding;
}

/** What a build came to: the files to save (empty whenever a problem is an error) and every problem. */
export interface BuiltRequestFiles {
  readonly kind: RequestKind;
  readonly files: readonly RequestExportFile[];
  readonly problems: readonly RequestProblemView[];
}

/** What a revocation request is built from: the rows, the reason and comment, the key-compromise confirmation. */
export interface RevokeRequestArg {
  readonly indices: readonly number[];
  readonly reason: number;
  readonly comment: string;
  readonly confirmKeyCompromise: boolean;
  readonly lang: Lang;
  readonly now: number;
}

/** What a renewal request is built from: one row, the administrator's new CSR and the fields staff changed. */
export interface RenewRequestArg {
  readonly index: number;
  readonly csr: NamedBytes;
  readonly fields: AdminFields;
  readonly lang: Lang;
  readonly now: number;
}

/** The administrator fields of a row, for a renewal form to start from. */
export interface RenewDefaults {
  readonly applicationId: string;
  readonly fqdn: string;
  readonly fields: { readonly mail: string; readonly name: string; readonly affiliation: string; readonly software: string; readonly dnsNames: readonly string[] };
}

const hostOf = (record: CertificateRecord | undefined): string => (record ? recordHost(record) : '');

/** The rows at the given positions (positions past the list are skipped). */
function recordsAt(list: CertificateList, indices: readonly number[]): { index: number; record: CertificateRecord }[] {
  return indices.flatMap((index) => {
    const record = list.records[index];
    return record ? [{ index, record }] : [];
  });
}

/** The built rows as files, and the builder's problems with each ID's row (the first asked-for row with that ID). */
function viewOf(built: BuiltRequests, asked: readonly { index: number; record: CertificateRecord }[], lang: Lang, now: number): BuiltRequestFiles {
  const problems = built.problems.map(({ id, finding }) => {
    const row = id === null ? undefined : asked.find((entry) => entry.record.applicationId === id);
    return { id, index: row?.index ?? null, fqdn: hostOf(row?.record), finding };
  });
  return { kind: built.kind, files: built.rows.length > 0 ? requestExportFiles(built.kind, built.rows, lang, now) : [], problems };
}

/** The revocation request file(s) of the rows at `indices`. */
export async function revokeRequestFiles(list: CertificateList, arg: RevokeRequestArg): Promise<BuiltRequestFiles> {
  const asked = recordsAt(list, arg.indices);
  const built = await buildRevokeRequests(
    list,
    asked.map((entry) => entry.record.applicationId),
    { reason: arg.reason, comment: arg.comment, confirmKeyCompromise: arg.confirmKeyCompromise, now: arg.now },
  );
  return viewOf(built, asked, arg.lang, arg.now);
}

/** A CSR file over the certificate-file limit (oversizeFinding), refused before it is parsed. */
function oversizeCsr(csr: NamedBytes): RequestFinding | null {
  const oversize = oversizeFinding(csr);
  return oversize === null ? null : requestFinding('csr-unreadable', 'error', oversize.message, 'csr');
}

/** The renewal request file of the row at `index` with the administrator's new CSR; an unreadable CSR is a problem of that row. */
export async function renewRequestFiles(list: CertificateList, arg: RenewRequestArg): Promise<BuiltRequestFiles> {
  const asked = recordsAt(list, [arg.index]);
  const row = asked[0];
  const refuse = (finding: RequestFinding): BuiltRequestFiles => ({
    kind: 'renew',
    files: [],
    problems: [{ id: row?.record.applicationId ?? null, index: row?.index ?? null, fqdn: hostOf(row?.record), finding }],
  });
  if (!row) return refuse(requestFinding('unknown-id', 'error', { ja: `一覧に ${arg.index + 1} 番目の行はありません。`, en: `The list has no row ${arg.index + 1}.` }));
  const oversize = oversizeCsr(arg.csr);
  if (oversize) return refuse(oversize);
  const read = await readCsrFile(arg.csr.bytes);
  if (!read.ok) return refuse(csrUnreadableFinding(read, arg.csr.name));
  const built = await buildRenewRequest(list, row.record.applicationId, read.csr, arg.fields, arg.now);
  return viewOf(built, asked, arg.lang, arg.now);
}

/** The administrator fields of the row at `index` as the list has them, or null past the list. */
export function renewDefaults(list: CertificateList, index: number): RenewDefaults | null {
  const record = list.records[index];
  if (!record) return null;
  return {
    applicationId: record.applicationId,
    fqdn: hostOf(record),
    fields: { mail: record.adminMail, name: record.adminName, affiliation: record.adminAffiliation, software: record.software, dnsNames: record.dnsNameColumn },
  };
}
