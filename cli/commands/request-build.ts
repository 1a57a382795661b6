import { stringifyJsonEscaped } from '../../shared/encoding/invisible-characters';
import type { CertificateList } from '../../shared/model/certificate-list';
import { MAX_CERTIFICATE_FILE_BYTES } from '../../shared/model/limits';
import { readCsrFile, type CsrFacts } from '../../shared/pki/csr/read-csr';
import { buildIssueRequest, buildRenewRequest, buildRevokeRequests, type AdminFields, type BuiltRequests } from '../../shared/request/build-requests';
import { REQUEST_REASONS } from '../../shared/request/request-format';
import { requestExportFiles } from '../../shared/use-cases/export-files';
import { inputError, usageError, type ExitCode } from '../cli-error';
import { flagOption, listOption, stringOption, type CommandContext } from '../command';
import { ensureOutputFolder, pathInFolder, readInputFile, refuseExisting, writeOutputFile } from '../files-or-exit';
import { bothLanguages, eachLanguage, formatMessage } from '../i18n/i18n';
import { loadList } from '../load-list';
import { buildProblemJson, buildProblemLine } from '../output/request-findings';

/*
 * `upki-tsv request revoke|renew|issue`: request files built from the list and CSRs by the shared
 * builders (shared/request/build-requests.ts), which refuse what the review would reject. Any error
 * means nothing is written (exit 1); warnings are shown and the files written.
 */

/** The value of an option the sub-command cannot do without (usage error when it is missing or empty). */
function requiredOption(context: CommandContext, name: string, command: string): string {
  const value = stringOption(context.values, name);
  if (value === undefined || value.trim() === '') throw usageError(bothLanguages('request.optionRequired', { option: `--${name}` }), command);
  return value;
}

/** The --reason value as a number; anything but a small whole number is a usage error (the builder words a number NII does not take). */
function reasonOption(context: CommandContext): number {
  const value = requiredOption(context, 'reason', 'request revoke');
  if (!/^\s*\d{1,3}\s*$/.test(value)) throw usageError(bothLanguages('request.reasonNotANumber', { value, reasons: REQUEST_REASONS.map((reason) => reason.code).join(', ') }), 'request revoke');
  return Number(value.trim());
}

/** Reads and parses the --csr file; exit 1 naming the file when it is missing or no CSR. */
async function readCsrOption(context: CommandContext, command: string): Promise<CsrFacts> {
  const file = requiredOption(context, 'csr', command);
  const read = await readCsrFile(await readInputFile(file, context.io.cwd, MAX_CERTIFICATE_FILE_BYTES));
  if (read.ok) return read.csr;
  throw inputError(
    eachLanguage((lang) => {
      const found = read.found === undefined ? '' : formatMessage(lang, 'request.csrHolds', { found: read.found });
      return formatMessage(lang, 'request.csrUnreadable', { file, found, code: 'csr-unreadable' });
    }),
  );
}

/** The administrator fields given on the command line; an option not given is left out (the builder keeps the row's or the CSR's). */
function adminFields(context: CommandContext): AdminFields {
  const fields: { -readonly [K in keyof AdminFields]: AdminFields[K] } = {};
  const mail = stringOption(context.values, 'mail');
  const name = stringOption(context.values, 'name');
  const dept = stringOption(context.values, 'dept');
  const software = stringOption(context.values, 'software');
  const san = listOption(context.values, 'san');
  if (mail !== undefined) fields.mail = mail.trim();
  if (name !== undefined) fields.name = name.trim();
  if (dept !== undefined) fields.affiliation = dept.trim();
  if (software !== undefined) fields.software = software.trim();
  if (san.length > 0) fields.dnsNames = san;
  return fields;
}

/** Where the files go and whether an existing one may be replaced: read before anything is. */
interface OutputChoice {
  readonly folder: string;
  readonly force: boolean;
  readonly json: boolean;
}

function outputChoice(context: CommandContext): OutputChoice {
  return { folder: stringOption(context.values, 'out') ?? '.', force: flagOption(context.values, 'force'), json: flagOption(context.values, 'json') };
}

/**
 * Writes what a builder built, or says why not. With an error among the problems nothing is written
 * (not even the output folder) and the exit status is 1. Existing files are refused before any is
 * written. --json prints `{files: [{path, rows}], problems: [{id, code, severity, message}]}`; text
 * prints each path on stdout and each problem on stderr.
 */
async function writeBuilt(built: BuiltRequests, output: OutputChoice, context: CommandContext): Promise<ExitCode> {
  const { lang, io } = context;
  const errors = built.problems.filter((problem) => problem.finding.severity === 'error').length;
  const report = (files: readonly { path: string; rows: number }[]) => {
    if (output.json) {
      io.stdout(`${stringifyJsonEscaped({ files, problems: built.problems.map((problem) => buildProblemJson(problem, lang)) })}\n`);
      return;
    }
    for (const problem of built.problems) io.stderr(`${buildProblemLine(problem, lang)}\n`);
    for (const file of files) io.stdout(`${file.path}\n`);
  };
  if (errors > 0 || built.rows.length === 0) {
    report([]);
    if (!output.json) io.stderr(`${formatMessage(lang, 'request.notWritten', { errors })}\n`);
    return 1;
  }
  const files = requestExportFiles(built.kind, built.rows, lang, context.now);
  const folder = await ensureOutputFolder(output.folder, io.cwd);
  const targets = files.map((file) => ({ ...file, path: pathInFolder(folder, file.name) }));
  // Refuse an existing file before writing any, so that a refusal leaves the folder as it was.
  for (const target of targets) await refuseExisting(target.path, output.force);
  for (const target of targets) await writeOutputFile(target.path, target.bytes, output.force);
  report(targets.map((target) => ({ path: target.path, rows: target.rows })));
  return 0;
}

export async function revoke(context: CommandContext): Promise<ExitCode> {
  const ids = listOption(context.values, 'id');
  if (ids.length === 0) throw usageError(bothLanguages('request.optionRequired', { option: '--id' }), 'request revoke');
  const reason = reasonOption(context);
  const output = outputChoice(context);
  const list = await loadList(context.positionals[0]!, context.io, context.lang);
  const built = await buildRevokeRequests(list, ids, {
    reason,
    comment: stringOption(context.values, 'comment') ?? '',
    confirmKeyCompromise: flagOption(context.values, 'confirm-key-compromise'),
    now: context.now,
  });
  return writeBuilt(built, output, context);
}

export async function renew(context: CommandContext): Promise<ExitCode> {
  const ids = listOption(context.values, 'id');
  if (ids.length === 0) throw usageError(bothLanguages('request.optionRequired', { option: '--id' }), 'request renew');
  if (ids.length > 1) throw usageError(bothLanguages('request.renewOneId', { ids: ids.join(', ') }), 'request renew');
  const fields = adminFields(context);
  const output = outputChoice(context);
  const csr = await readCsrOption(context, 'request renew');
  const list = await loadList(context.positionals[0]!, context.io, context.lang);
  return writeBuilt(await buildRenewRequest(list, ids[0]!, csr, fields, context.now), output, context);
}

export async function issue(context: CommandContext): Promise<ExitCode> {
  for (const option of ['csr', 'mail', 'software']) requiredOption(context, option, 'request issue');
  const fields = adminFields(context);
  const output = outputChoice(context);
  const csr = await readCsrOption(context, 'request issue');
  const listFile = stringOption(context.values, 'list');
  const list: CertificateList | null = listFile === undefined ? null : await loadList(listFile, context.io, context.lang);
  return writeBuilt(await buildIssueRequest(csr, fields, list, context.now), output, context);
}
