import type { CertificateList } from '../model/certificate-list';
import type { CertificateRecord } from '../model/certificate-record';
import type { CsrFacts } from '../pki/csr/read-csr';
import { recordHost } from '../query/current';
import { csrKeyLabel, profileForCsr } from './check-csr';
import { recordName, requestListContext, type RequestListContext } from './check-against-list';
import { checkRequestRow } from './check-request-file';
import { requestFinding, type RequestFinding } from './request-finding';
import { emptyRequestRow, KEY_COMPROMISE_REASON, REASON_NEEDING_COMMENT, REQUEST_REASONS, type RequestKind, type RequestRow } from './request-format';
import { dnPartsOfCsr, formatRequestDn, parseRequestDn } from './request-dn';

/**
 * Builds request rows from the list (revoke, renew) or a CSR (issue). Every row built is checked
 * with the same rules as a reviewed file (checkRequestRow): an error refuses the row, so a builder
 * never writes what the review would reject. Warnings and notes go along with the rows.
 */

/** Something a build found: which application ID it concerns (null for the whole request) and the finding. */
export interface BuildProblem {
  readonly id: string | null;
  readonly finding: RequestFinding;
}

export interface BuiltRequests {
  readonly kind: RequestKind;
  /** The rows to write; empty whenever any problem is an error (nothing is written then). */
  readonly rows: readonly RequestRow[];
  readonly problems: readonly BuildProblem[];
}

/** The administrator fields a staff member may change on a renewal or fill in for an issue. */
export interface AdminFields {
  readonly mail?: string;
  readonly name?: string;
  readonly affiliation?: string;
  readonly software?: string;
  /** Host names for column 13; absent keeps the row's (renew) or the CSR's (issue). */
  readonly dnsNames?: readonly string[];
}

const isError = (problem: BuildProblem) => problem.finding.severity === 'error';

/** The build's outcome: problems about the whole request first, then each ID's in the order the IDs were given. */
function result(kind: RequestKind, rows: readonly RequestRow[], problems: readonly BuildProblem[], ids: readonly (string | null)[] = []): BuiltRequests {
  const rank = (problem: BuildProblem) => (problem.id === null ? -1 : ids.indexOf(problem.id));
  const ordered = problems.map((problem, index) => ({ problem, index })).sort((a, b) => rank(a.problem) - rank(b.problem) || a.index - b.index);
  return { kind, rows: problems.some(isError) ? [] : rows, problems: ordered.map((entry) => entry.problem) };
}

/** Column 13 from host names: `dNSName=a,dNSName=b`. */
export function dnsNameColumn(names: readonly string[]): string {
  return names.map((name) => `dNSName=${name.trim()}`).join(',');
}

/** The record with this application ID (the one with a certificate when several rows share it), or a problem. */
function recordForId(list: CertificateList, id: string): CertificateRecord | BuildProblem {
  const matches = list.records.filter((record) => record.applicationId === id);
  const record = matches.find((candidate) => candidate.certificate !== null) ?? matches[0];
  if (!record) return { id, finding: requestFinding('unknown-id', 'error', { ja: `申請ID ${id} の行は一覧にありません。`, en: `The list has no row with application ID ${id}.` }) };
  if (!record.certificate) {
    const name = recordName(record);
    const why = record.certificateUnreadable ? { ja: '証明書を読めません', en: 'its certificate cannot be read' } : { ja: '証明書がまだ発行されていません', en: 'no certificate has been issued yet' };
    return { id, finding: requestFinding('no-certificate', 'error', { ja: `${name.ja}は${why.ja}。申請ファイルに書けるのは発行済みの証明書だけです。`, en: `${name.en}: ${why.en}. Request files can only name issued certificates.` }) };
  }
  return record;
}

/** The DN column 1 writes for a record: the list's 主体者DN, else the certificate's subject CN first. */
function recordRequestDn(record: CertificateRecord): string {
  if (record.subjectDn !== '') return record.subjectDn;
  const parts = parseRequestDn(record.certificate?.subjectDn ?? '') ?? [];
  return formatRequestDn(parts.map((part) => ({ type: part.type, value: part.value.trimStart() })));
}

/** Checks each built row and collects its findings as problems of its ID. */
async function checkBuilt(rows: readonly { id: string | null; row: RequestRow }[], kind: RequestKind, context: RequestListContext | null): Promise<BuildProblem[]> {
  const problems: BuildProblem[] = [];
  for (const { id, row } of rows) {
    for (const finding of await checkRequestRow(row, kind, context)) problems.push({ id, finding });
  }
  return problems;
}

/** The staff member's choice of reason and comment, refused as a whole when it cannot be written. */
function reasonProblems(reason: number, comment: string, confirmKeyCompromise: boolean): BuildProblem[] {
  if (!REQUEST_REASONS.some((entry) => entry.code === reason)) {
    const allowed = REQUEST_REASONS.map((entry) => `${entry.code} ${entry.label.ja}`).join('、');
    const allowedEn = REQUEST_REASONS.map((entry) => `${entry.code} ${entry.label.en}`).join(', ');
    return [{ id: null, finding: requestFinding('reason-invalid', 'error', { ja: `失効理由 ${reason} は申請できません。${allowed} のどれかです。`, en: `Reason ${reason} cannot be requested; use one of ${allowedEn}.` }, 'reason') }];
  }
  if (reason === KEY_COMPROMISE_REASON && !confirmKeyCompromise) {
    return [{ id: null, finding: requestFinding('key-compromise-unconfirmed', 'error', { ja: '「鍵の危殆化」は秘密鍵が漏れた（おそれがある）ときだけの理由です。確かなら、そのことを確認したうえで、確認の印を付けて指定し直してください（コマンドラインでは --confirm-key-compromise）。', en: 'Key compromise is only for a private key that leaked or may have. If that is so, confirm it explicitly and ask again (on the command line, --confirm-key-compromise).' }, 'reason') }];
  }
  if (reason === REASON_NEEDING_COMMENT && comment.trim() === '') {
    return [{ id: null, finding: requestFinding('comment-required', 'error', { ja: '失効理由「未定義」には、理由を失効理由コメントに書いてください。', en: 'With the reason "unspecified", say the reason in the revocation comment.' }, 'reasonComment') }];
  }
  return [];
}

/** Revocation requests for the rows with these application IDs. */
export async function buildRevokeRequests(
  list: CertificateList,
  ids: readonly string[],
  options: { readonly reason: number; readonly comment: string; readonly confirmKeyCompromise: boolean; readonly now: number },
): Promise<BuiltRequests> {
  const problems = reasonProblems(options.reason, options.comment, options.confirmKeyCompromise);
  const built: { id: string; row: RequestRow }[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) {
      problems.push({ id, finding: requestFinding('duplicate-id', 'warning', { ja: `申請ID ${id} が 2 回指定されています。1 行だけ書きます。`, en: `Application ID ${id} was given twice; it is written once.` }) });
      continue;
    }
    seen.add(id);
    const record = recordForId(list, id);
    if ('finding' in record) {
      problems.push(record);
      continue;
    }
    const row = { ...emptyRequestRow(), subjectDn: recordRequestDn(record), serial: record.certificate!.serialNumber, reason: String(options.reason), reasonComment: options.comment };
    built.push({ id, row });
  }
  const rowProblems = await checkBuilt(built, 'revoke', requestListContext(list, options.now));
  // A refused reason or comment is said once for the batch, not again on every row.
  const reasonRefused = problems.some((problem) => problem.id === null);
  problems.push(...rowProblems.filter((problem) => !reasonRefused || (problem.finding.field !== 'reason' && problem.finding.field !== 'reasonComment')));
  return result('revoke', built.map((entry) => entry.row), problems, ids);
}

/** The admin fields of a request row from a list row, with the staff member's changes. */
function adminColumns(record: CertificateRecord | null, fields: AdminFields, csr: CsrFacts): Pick<RequestRow, 'adminName' | 'adminAffiliation' | 'adminMail' | 'software' | 'dnsNames'> {
  const names = fields.dnsNames ?? record?.dnsNameColumn ?? csr.dnsNames;
  return {
    adminName: fields.name ?? record?.adminName ?? '',
    adminAffiliation: fields.affiliation ?? record?.adminAffiliation ?? '',
    adminMail: fields.mail ?? record?.adminMail ?? '',
    software: fields.software ?? record?.software ?? '',
    dnsNames: dnsNameColumn(names),
  };
}

/** A CSR whose key fits no profile: refused before a row is made, naming the key. */
function keyFitsNoProfile(id: string | null, csr: CsrFacts): BuildProblem {
  return { id, finding: requestFinding('csr-key-profile', 'error', { ja: `CSR の鍵は ${csrKeyLabel(csr)} です。サーバ証明書には RSA 2048（プロファイル 3）か ECDSA P-384（プロファイル 11）の鍵が必要です。`, en: `The CSR's key is ${csrKeyLabel(csr)}; a server certificate needs RSA 2048 (profile 3) or ECDSA P-384 (profile 11).` }, 'csr') };
}

/** A renewal request for the row with this application ID, with the administrator's new CSR. */
export async function buildRenewRequest(list: CertificateList, id: string, csr: CsrFacts, fields: AdminFields, now: number): Promise<BuiltRequests> {
  const record = recordForId(list, id);
  if ('finding' in record) return result('renew', [], [record]);
  const profileId = profileForCsr(csr);
  if (profileId === null) return result('renew', [], [keyFitsNoProfile(id, csr)]);
  const row: RequestRow = {
    ...emptyRequestRow(),
    subjectDn: recordRequestDn(record),
    profileId,
    serial: record.certificate!.serialNumber,
    csr: csr.base64,
    fqdn: recordHost(record),
    ...adminColumns(record, fields, csr),
  };
  return result('renew', [row], await checkBuilt([{ id, row }], 'renew', requestListContext(list, now)));
}

/** An issue request from a CSR and the administrator's fields; checked against the list when one is given. */
export async function buildIssueRequest(csr: CsrFacts, fields: AdminFields, list: CertificateList | null, now: number): Promise<BuiltRequests> {
  const profileId = profileForCsr(csr);
  if (profileId === null) return result('issue', [], [keyFitsNoProfile(null, csr)]);
  const parts = dnPartsOfCsr(csr.subject);
  const row: RequestRow = {
    ...emptyRequestRow(),
    subjectDn: formatRequestDn(parts),
    profileId,
    csr: csr.base64,
    fqdn: parts.find((part) => part.type === 'CN')?.value ?? '',
    ...adminColumns(null, fields, csr),
  };
  return result('issue', [row], await checkBuilt([{ id: null, row }], 'issue', list ? requestListContext(list, now) : null));
}
