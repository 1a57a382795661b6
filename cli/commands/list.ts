import type { CertificateList } from '../../shared/model/certificate-list';
import type { CertificateRecord } from '../../shared/model/certificate-record';
import type { Lang } from '../../shared/model/localized-text';
import { findCurrentCertificates } from '../../shared/query/current';
import { filterRecords, STATUS_FILTERS, type StatusFilter } from '../../shared/query/filter';
import { formatJst } from '../../shared/time/japan-time';
import { classifyRecord, DEFAULT_EXPIRING_DAYS, recordSerial } from '../../shared/query/record-state';
import { searchRecords } from '../../shared/query/search';
import { buildSearchIndex } from '../../shared/query/search-index';
import { recordStateLabel } from '../../shared/query/state-label';
import { usageError } from '../cli-error';
import { withinDaysOption } from '../within-days';
import { flagOption, listOption, stringOption, type CommandContext, type CommandSpec } from '../command';
import { text } from '../lang';
import { loadList } from '../load-list';
import { problemJson } from '../output/problems';
import { recordJson } from '../output/record-json';
import { renderTable } from '../output/table';

/** The --status values, checked (usage error for an unknown one). */
function statusFilters(values: readonly string[]): StatusFilter[] {
  for (const value of values) {
    if (!(STATUS_FILTERS as readonly string[]).includes(value)) {
      throw usageError(text(`--status に使えない値です: ${value}（${STATUS_FILTERS.join(', ')}）`, `unknown --status value: ${value} (${STATUS_FILTERS.join(', ')})`), 'list');
    }
  }
  return values as StatusFilter[];
}

/** The name a row is listed under: the TSV FQDN, else the certificate CN, else the subject DN. */
function displayName(record: CertificateRecord): string {
  return record.fqdn || record.certificate?.commonName || record.subjectDn;
}

/** "2026/01/31 23:59 (244d)" / "2026/01/31 23:59（残り 244 日）". */
function validUntil(record: CertificateRecord, daysLeft: number | null, lang: Lang): string {
  const notAfter = formatJst(record.certificate?.notAfter ?? record.tsvNotAfter);
  if (notAfter === '' || daysLeft === null) return notAfter;
  if (daysLeft < 0) return lang === 'ja' ? `${notAfter}（${-daysLeft} 日前）` : `${notAfter} (${-daysLeft}d ago)`;
  return lang === 'ja' ? `${notAfter}（残り ${daysLeft} 日）` : `${notAfter} (${daysLeft}d left)`;
}

function table(records: readonly CertificateRecord[], context: CommandContext, withinDays: number): string {
  const ja = context.lang === 'ja';
  const rows = records.map((record) => {
    const { state, daysLeft } = classifyRecord(record, context.now, withinDays);
    return [
      displayName(record),
      recordStateLabel(state)[context.lang],
      record.statusLabel[context.lang],
      validUntil(record, daysLeft, context.lang),
      recordSerial(record),
      record.applicationId,
    ];
  });
  const headers = ja ? ['FQDN', '状況', '状態', '有効期限 (JST)', 'シリアル番号', '申請ID'] : ['FQDN', 'State', 'Status', 'Valid until (JST)', 'Serial number', 'Application ID'];
  return renderTable(headers.map((header) => ({ header })), rows);
}

/** The records the options select, in file order. */
function selectRecords(list: CertificateList, context: CommandContext, withinDays: number): CertificateRecord[] {
  const statuses = statusFilters(listOption(context.values, 'status'));
  const records = list.records;
  const hits = searchRecords(buildSearchIndex(records), stringOption(context.values, 'filter') ?? '');
  const currentOnly = flagOption(context.values, 'current');
  const current = currentOnly ? findCurrentCertificates(records, context.now) : undefined;
  return filterRecords(records, hits, { statuses, currentOnly, now: context.now, expiringWithinDays: withinDays, ...(current ? { current } : {}) }).map(
    (hit) => records[hit.index]!,
  );
}

async function run(context: CommandContext): Promise<0> {
  const file = context.positionals[0]!;
  // Validate options before reading a possibly large file.
  statusFilters(listOption(context.values, 'status'));
  const withinDays = withinDaysOption(context, 'list');
  const list = await loadList(file, context.io, context.lang);
  const selected = selectRecords(list, context, withinDays);
  if (flagOption(context.values, 'json')) {
    const jsonContext = {
      lang: context.lang,
      now: context.now,
      expiringWithinDays: withinDays,
      showSecrets: flagOption(context.values, 'show-secrets'),
      records: list.records,
      current: findCurrentCertificates(list.records, context.now),
    };
    const output = {
      file,
      encoding: list.encoding,
      kind: list.kind,
      total: list.records.length,
      records: selected.map((record) => recordJson(record, jsonContext)),
      problems: list.problems.map((problem) => problemJson(problem, context.lang)),
    };
    context.io.stdout(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  }
  context.io.stdout(table(selected, context, withinDays));
  context.io.stdout(context.lang === 'ja' ? `${selected.length} 件（全 ${list.records.length} 件）\n` : `${selected.length} of ${list.records.length} records\n`);
  return 0;
}

/** `upki-tsv list`: the records of a list, filtered, as a table or JSON. */
export const listCommand: CommandSpec = {
  name: 'list',
  summary: text('証明書一覧の行を表示します（絞り込み・状態指定可）', 'Lists the records of a certificate list, filtered'),
  usage: 'FILE [--filter TEXT] [--status S] [--within DAYS] [--current] [--json]',
  positionals: { name: 'FILE', min: 1, max: 1 },
  options: {
    filter: { type: 'string', valueName: 'TEXT', help: text('FQDN・CN・SAN・DN・申請ID・シリアル番号・メールで絞り込む（部分一致）', 'keep rows whose FQDN, CN, SAN, DN, application ID, serial or mail contains TEXT') },
    status: {
      type: 'string',
      multiple: true,
      valueName: 'S',
      help: text(
        `状況で絞り込む: ${STATUS_FILTERS.join('|')}（カンマ区切り可。valid は期限間近を含む）`,
        `keep rows in these states: ${STATUS_FILTERS.join('|')} (comma-separated; valid includes expiring)`,
      ),
    },
    within: {
      type: 'string',
      valueName: 'DAYS',
      help: text(`有効期限まで DAYS 日以内を「期限間近」とする（既定 ${DEFAULT_EXPIRING_DAYS}）`, `count a certificate as expiring within DAYS days of its expiry (default ${DEFAULT_EXPIRING_DAYS})`),
    },
    current: {
      type: 'boolean',
      help: text('FQDN ごとの現行証明書（状態にかかわらず最新の証明書）だけを表示', 'keep only the current certificate of each FQDN (the newest, whatever its state)'),
    },
    json: { type: 'boolean', help: text('JSON で出力', 'print JSON') },
    'show-secrets': { type: 'boolean', help: text('アクセスPIN を隠さずに出力', 'print the access PIN instead of masking it') },
  },
  examples: [
    'list serverAll.tsv',
    'list serverAll.tsv --filter www.example.ac.jp',
    'list serverAll.tsv --status expiring,expired --current',
    'list serverAll.tsv --status expiring --within 60 --json',
  ],
  run,
};
