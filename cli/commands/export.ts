import type { CertificateList } from '../../shared/model/certificate-list';
import type { CertificateRecord } from '../../shared/model/certificate-record';
import type { Lang } from '../../shared/model/localized-text';
import type { CertificateFileFormat } from '../../shared/export/certificate-file';
import { findCurrentCertificates, pickCurrentForFqdn, recordNamesHost } from '../../shared/query/current';
import { checkCurrent, isRefusedWithoutForce, notCurrentReasonText } from '../../shared/query/not-current';
import { formatJst } from '../../shared/time/japan-time';
import { classifyRecord } from '../../shared/query/record-state';
import { recordStateLabel } from '../../shared/query/state-label';
import { recordCertificateDer } from '../../shared/tsv/read-certificate-list';
import { certificateExportFile } from '../../shared/use-cases/export-files';
import { inputError, usageError } from '../cli-error';
import { readCaFiles } from '../ca-files';
import { flagOption, listOption, stringOption, type CommandContext } from '../command';
import { ensureOutputFolder, pathInFolder, refuseExisting, writeOutputFile } from '../files-or-exit';
import { bothLanguages, eachLanguage, formatMessage } from '../i18n/i18n';
import { loadList } from '../load-list';
import { printable } from '../output/text-width';
import { chainKinds, chainTargets, chainWarnings, exportChain, incompleteChainError, writeChainFile } from './export-chain';

/** The --format value, checked. */
function formatOption(context: CommandContext): CertificateFileFormat {
  const format = stringOption(context.values, 'format') ?? 'pem';
  if (format !== 'pem' && format !== 'der') throw usageError(bothLanguages('export.formatInvalid', { format }), 'export');
  return format;
}

/** What to export: --fqdn or --id, exactly one (usage error otherwise). */
type ExportSelector = { readonly by: 'fqdn'; readonly fqdn: string } | { readonly by: 'id'; readonly id: string };

function exportSelector(context: CommandContext): ExportSelector {
  const fqdn = stringOption(context.values, 'fqdn');
  const id = stringOption(context.values, 'id');
  if ((fqdn === undefined) === (id === undefined)) throw usageError(bothLanguages('export.selectorNeeded'), 'export');
  return fqdn !== undefined ? { by: 'fqdn', fqdn } : { by: 'id', id: id!.trim() };
}

/**
 * The record to export: for --fqdn the certificate to hand out (pickCurrentForFqdn), or with --force
 * and nothing else left, the newest revoked one (checked and warned about below); for --id that row.
 * Exit 1 with why when there is none.
 */
function chooseRecord(list: CertificateList, selector: ExportSelector, now: number, force: boolean): CertificateRecord {
  if (selector.by === 'id') {
    const { id } = selector;
    const record = list.records.find((candidate) => candidate.applicationId === id);
    if (!record) throw inputError(bothLanguages('export.noRecordWithId', { id }));
    if (!record.certificate) throw inputError(bothLanguages('export.recordWithoutCertificate', { id }));
    return record;
  }
  const { fqdn } = selector;
  const picked = pickCurrentForFqdn(list.records, fqdn, now);
  if (picked) return picked;
  const named = candidatesFor(list, fqdn);
  const newest = named.reduce<CertificateRecord | null>((best, record) => (best === null || record.certificate!.notBefore >= best.certificate!.notBefore ? record : best), null);
  if (newest && force) return newest;
  if (named.length > 0) {
    throw inputError(bothLanguages('export.onlyRevoked', { fqdn, count: named.length }));
  }
  throw inputError(bothLanguages('export.notFound', { fqdn }));
}

/**
 * Says on stderr why the chosen certificate is not the current one and names the current one; a
 * revoked certificate or one being revoked is refused (exit 1) unless --force.
 */
function warnIfNotCurrent(list: CertificateList, record: CertificateRecord, context: CommandContext, force: boolean): void {
  const check = checkCurrent(list.records, findCurrentCertificates(list.records, context.now), record.index, context.now);
  if (check.reasons.length === 0) return;
  const offered = check.current ? list.records[check.current.index] : undefined;
  // Why, and which certificate to send instead, in one language.
  const explain = (lang: Lang) => ({
    reasons: check.reasons.map((reason) => notCurrentReasonText(reason)[lang]).join(' '),
    instead: offered && check.current ? formatMessage(lang, 'export.currentIs', { id: offered.applicationId, serial: check.current.serialNumber, line: offered.line }) : '',
  });
  if (isRefusedWithoutForce(check.reasons) && !force) throw inputError(eachLanguage((lang) => formatMessage(lang, 'export.notCurrentRefused', explain(lang))));
  const { reasons, instead } = explain(context.lang);
  context.io.stderr(`${printable(formatMessage(context.lang, 'export.notCurrentWarning', { reasons, instead: instead === '' ? '' : ` ${instead}` }))}\n`);
}

/** The records with a certificate that name `fqdn` exactly. */
function candidatesFor(list: CertificateList, fqdn: string): CertificateRecord[] {
  return list.records.filter((record) => record.certificate && recordNamesHost(record, fqdn));
}

/** "Chose application ID …, serial …, valid … – … (state)" for stderr. */
function choiceMessage(record: CertificateRecord, candidates: number, now: number, lang: Lang): string {
  const certificate = record.certificate!;
  const state = recordStateLabel(classifyRecord(record, now).state)[lang];
  const validity = `${formatMessage(lang, 'field.period', { from: formatJst(certificate.notBefore), to: formatJst(certificate.notAfter) })} (JST)`;
  return formatMessage(lang, 'export.choice', { id: record.applicationId, serial: certificate.serialNumber, validity, state, candidates, line: record.line });
}

export async function run(context: CommandContext): Promise<0 | 1> {
  const file = context.positionals[0]!;
  // Check everything that needs no file first, so usage errors come before a long read.
  const format = formatOption(context);
  const selector = exportSelector(context);
  const caFiles = listOption(context.values, 'ca');
  const kinds = chainKinds(context.values, caFiles);
  const force = flagOption(context.values, 'force');
  const crlf = flagOption(context.values, 'crlf');
  const folder = await ensureOutputFolder(stringOption(context.values, 'out') ?? '.', context.io.cwd);
  const extraCas = await readCaFiles(caFiles, context.io);
  const list = await loadList(file, context.io, context.lang);
  const record = chooseRecord(list, selector, context.now, force);
  const candidates = selector.by === 'fqdn' ? candidatesFor(list, selector.fqdn).length : 1;
  context.io.stderr(`${printable(choiceMessage(record, candidates, context.now, context.lang))}\n`);
  warnIfNotCurrent(list, record, context, force);
  const der = recordCertificateDer(list, record);
  if (!der) throw inputError(bothLanguages('export.certificateUnreadable', { line: record.line }));
  // Named after the FQDN asked for (NII's procedure: save it as www.xxx.ac.jp.crt), else the record's.
  // The name is one harmless segment (safeFileName); pathInFolder proves it stays in --out.
  const subject = { record, host: selector.by === 'fqdn' ? selector.fqdn : null };
  const { name, bytes } = certificateExportFile(der, subject, format === 'der' ? 'der' : crlf ? 'pem-crlf' : 'pem');
  const target = pathInFolder(folder, name);
  const chainFiles = chainTargets(folder, subject, kinds);
  // Refuse an existing file before writing any, so that a refusal leaves the folder as it was.
  for (const path of [target, ...chainFiles.map((entry) => entry.target)]) await refuseExisting(path, force);
  const chain = kinds.length > 0 ? await exportChain(der, extraCas, context.now) : null;
  await writeOutputFile(target, bytes, force);
  context.io.stdout(`${target}\n`);
  if (chain === null) return 0;
  // An incomplete chain refuses the chain files, not the certificate file written above.
  const incomplete = incompleteChainError(chain);
  if (incomplete) throw incomplete;
  for (const line of chainWarnings(chain, context.lang)) context.io.stderr(`${line}\n`);
  const leafSha256 = chain.links[0]!.summary.sha256;
  for (const { kind, target: chainTarget } of chainFiles) {
    await writeChainFile(chainTarget, kind, chain, leafSha256, { crlf, force });
    context.io.stdout(`${chainTarget}\n`);
  }
  return 0;
}
