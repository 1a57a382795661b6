import { resolve } from 'node:path';
import { stringifyJsonEscaped } from '../../shared/encoding/invisible-characters';
import type { CertificateList } from '../../shared/model/certificate-list';
import type { CertificateRecord } from '../../shared/model/certificate-record';
import type { Lang } from '../../shared/model/localized-text';
import type { Problem } from '../../shared/model/problem';
import { findCurrentCertificates, type CurrentMap } from '../../shared/query/current';
import { filterRecords, STATUS_FILTERS, type FilterOptions, type StatusFilter } from '../../shared/query/filter';
import { withoutKeyMaterial } from '../../shared/pki/keys/key-material';
import { commonNameOfDn } from '../../shared/pki/certificate/readable-dn';
import { formatJst, parseJstRangeBound } from '../../shared/time/japan-time';
import { classifyRecord, recordSerial, recordValidity } from '../../shared/query/record-state';
import { expiryCalendar } from '../../shared/export/expiry-calendar';
import { inventoryCsv } from '../../shared/export/inventory-csv';
import { adminPlanMailText, groupByAdmin } from '../../shared/export/admin-plan';
import { searchRecords, type SearchHit } from '../../shared/query/search';
import { buildSearchIndex } from '../../shared/query/search-index';
import { recordStateLabel } from '../../shared/query/state-label';
import { usageError } from '../cli-error';
import { withinDaysOption } from '../within-days';
import { flagOption, listOption, stringOption, type CommandContext } from '../command';
import { bothLanguages, formatMessage, translator } from '../i18n/i18n';
import { loadList } from '../load-list';
import { writeOutputFile } from '../files-or-exit';
import { writeJsonObject } from '../output/json-stream';
import { problemJson } from '../output/problems';
import { recordJson } from '../output/record-json';
import { renderTable } from '../output/table';

/** The --status values, checked (usage error for an unknown one). */
function statusFilters(values: readonly string[]): StatusFilter[] {
  for (const value of values) {
    if (!(STATUS_FILTERS as readonly string[]).includes(value)) {
      throw usageError(bothLanguages('list.unknownStatus', { value, filters: STATUS_FILTERS.join(', ') }), 'list');
    }
  }
  return values as StatusFilter[];
}

/**
 * The name a row is listed under: the TSV FQDN, else the certificate CN, else the CN of the subject
 * DN cell (a pending client row: the person), else the whole DN; a name holding private-key material
 * is replaced by the notice saying what it is and where (issue 14).
 */
function displayName(record: CertificateRecord, list: CertificateList, lang: Lang): string {
  const fqdnColumn = list.columns.find((column) => column.key === 'fqdn');
  const subjectColumn = list.columns.find((column) => column.key === 'subjectDn');
  const [name, column] = record.fqdn
    ? [record.fqdn, fqdnColumn]
    : record.certificate?.commonName
      ? [record.certificate.commonName, undefined]
      : [commonNameOfDn(record.subjectDn) || record.subjectDn, subjectColumn];
  return withoutKeyMaterial(name, lang, { line: record.line, column: column === undefined ? null : column.index + 1 });
}

/** "2026/01/31 23:59 (244d)" / "2026/01/31 23:59（残り 244 日）". */
function validUntil(record: CertificateRecord, daysLeft: number | null, lang: Lang): string {
  const notAfter = formatJst(record.certificate?.notAfter ?? record.tsvNotAfter);
  if (notAfter === '' || daysLeft === null) return notAfter;
  if (daysLeft < 0) return formatMessage(lang, 'list.daysAgo', { date: notAfter, days: -daysLeft });
  return formatMessage(lang, 'list.daysLeft', { date: notAfter, days: daysLeft });
}

function table(list: CertificateList, records: readonly CertificateRecord[], context: CommandContext, withinDays: number): string {
  const t = translator(context.lang);
  const rows = records.map((record) => {
    const { state, daysLeft } = classifyRecord(record, context.now, withinDays);
    return [
      displayName(record, list, context.lang),
      recordStateLabel(state)[context.lang],
      record.statusLabel[context.lang],
      validUntil(record, daysLeft, context.lang),
      recordSerial(record),
      record.applicationId,
    ];
  });
  // Client lists are listed by person (the certificate's CN), so the column is not only FQDNs.
  const headers = [t('list.name'), t('field.state'), t('field.status'), t('list.validUntil'), t('field.serialNumber'), t('field.applicationId')];
  return renderTable(headers.map((header) => ({ header })), rows);
}

/** The filter options the command line gives, read (and checked) before the file is: everything but the list's current map. */
function filterOptionsFrom(context: CommandContext, withinDays: number): Omit<FilterOptions, 'current'> {
  const expiresBetween = expiryRange(context);
  const issuer = stringOption(context.values, 'issuer');
  return {
    statuses: statusFilters(listOption(context.values, 'status')),
    currentOnly: flagOption(context.values, 'current'),
    replacedNotRevoked: flagOption(context.values, 'replaced-not-revoked'),
    now: context.now,
    expiringWithinDays: withinDays,
    ...(expiresBetween ? { expiresBetween } : {}),
    ...(issuer !== undefined ? { issuer } : {}),
  };
}

/** The records the options select, in file order. */
function selectRecords(list: CertificateList, context: CommandContext, options: FilterOptions): CertificateRecord[] {
  const records = list.records;
  const text = stringOption(context.values, 'filter') ?? '';
  // Without --filter every record is a hit (as searchRecords answers an empty query): the search index,
  // every record's searchable text, is built only when there is something to search (issue 13, cold start).
  const hits: SearchHit[] = text === '' ? records.map((_, index) => ({ index, matches: [] })) : searchRecords(buildSearchIndex(records), text);
  return filterRecords(records, hits, options).map((hit) => records[hit.index]!);
}

/** A --expires-from / --expires-to date read as Japan time; a date without a time means the whole day (from its start, to its end). */
function dateOption(context: CommandContext, name: 'expires-from' | 'expires-to'): number | null {
  const value = stringOption(context.values, name);
  if (value === undefined) return null;
  const parsed = parseJstRangeBound(value, name === 'expires-to' ? 'end' : 'start');
  if (parsed === null) throw usageError(bothLanguages('list.dateInvalid', { option: `--${name}`, value }), 'list');
  return parsed;
}

/** The expiry range of --expires-from / --expires-to, or null when neither is given. */
function expiryRange(context: CommandContext): { from: number | null; to: number | null } | null {
  const from = dateOption(context, 'expires-from');
  const to = dateOption(context, 'expires-to');
  return from === null && to === null ? null : { from, to };
}

/** The --group-by value: 'admin' or none; anything else is a usage error. */
function groupBy(context: CommandContext): 'admin' | null {
  const value = stringOption(context.values, 'group-by');
  if (value === undefined) return null;
  if (value === 'admin') return 'admin';
  throw usageError(bothLanguages('list.unknownGroupBy', { value }), 'list');
}

/** The selected rows per administrator (soonest expiry first): a heading and a table each, or with --mail-text the reminder mail each. */
function writeByAdmin(list: CertificateList, selected: readonly CertificateRecord[], context: CommandContext, withinDays: number): void {
  const mailText = flagOption(context.values, 'mail-text');
  for (const group of groupByAdmin(selected)) {
    const who = group.mail === '' ? formatMessage(context.lang, 'list.noAdmin', {}) : `${withoutKeyMaterial(group.name, context.lang)} <${group.mail}>`;
    context.io.stdout(`== ${who} (${group.records.length}) ==\n`);
    context.io.stdout(mailText ? `${adminPlanMailText(group, { lang: context.lang, now: context.now })}\n` : `${table(list, group.records, context, withinDays)}\n`);
  }
  context.io.stdout(`${formatMessage(context.lang, 'list.count', { shown: selected.length, total: list.records.length })}\n`);
}

export async function run(context: CommandContext): Promise<0> {
  const file = context.positionals[0]!;
  // Read and check every option before reading a possibly large file.
  const withinDays = withinDaysOption(context, 'list');
  const filter = filterOptionsFrom(context, withinDays);
  const grouping = groupBy(context);
  const list = await loadList(file, context.io, context.lang);
  // The current certificates of the whole list, worked out once and only when something needs them.
  let current: CurrentMap | null = null;
  const currentMap = (): CurrentMap => (current ??= findCurrentCertificates(list.records, context.now));
  const selected = selectRecords(list, context, filter.currentOnly || filter.replacedNotRevoked ? { ...filter, current: currentMap() } : filter);
  const csv = stringOption(context.values, 'csv');
  if (csv !== undefined) {
    // Grouped by administrator (soonest expiry first) with --group-by admin, else in list order.
    const ordered = grouping === 'admin' ? groupByAdmin(selected).flatMap((group) => group.records) : selected;
    await writeOutputFile(resolve(context.io.cwd, csv), inventoryCsv(ordered, { lang: context.lang, now: context.now, current: currentMap() }), false);
    context.io.stderr(`${formatMessage(context.lang, 'list.csvWritten', { file: csv, count: ordered.length })}\n`);
  }
  const ics = stringOption(context.values, 'ics');
  if (ics !== undefined) {
    const target = resolve(context.io.cwd, ics);
    await writeOutputFile(target, new TextEncoder().encode(expiryCalendar(selected, { lang: context.lang, now: context.now, alarmDaysBefore: withinDays })), false);
    context.io.stderr(`${formatMessage(context.lang, 'list.icsWritten', { file: ics, count: selected.filter((record) => recordValidity(record) !== null).length })}\n`);
  }
  if (flagOption(context.values, 'json')) {
    const jsonContext = {
      lang: context.lang,
      now: context.now,
      expiringWithinDays: withinDays,
      showSecrets: flagOption(context.values, 'show-secrets'),
      records: list.records,
      current: currentMap(),
    };
    // Streamed: the records' JSON is made and written a few hundred at a time, never held whole.
    writeJsonObject(context.io.stdout, {
      file,
      encoding: list.encoding,
      kind: list.kind,
      total: list.records.length,
      records: { items: selected, toJson: (record: CertificateRecord) => recordJson(record, jsonContext) },
      problems: { items: list.problems, toJson: (problem: Problem) => problemJson(problem, context.lang) },
    }, stringifyJsonEscaped);
    return 0;
  }
  if (grouping === 'admin') {
    writeByAdmin(list, selected, context, withinDays);
    return 0;
  }
  context.io.stdout(table(list, selected, context, withinDays));
  context.io.stdout(`${formatMessage(context.lang, 'list.count', { shown: selected.length, total: list.records.length })}\n`);
  return 0;
}
