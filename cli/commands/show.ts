import type { CertificateList } from '../../shared/model/certificate-list';
import type { CertificateRecord } from '../../shared/model/certificate-record';
import type { Lang } from '../../shared/model/localized-text';
import { columnLabel, maskSecret, SECRET_COLUMNS } from '../../shared/model/columns';
import { findCurrentCertificates } from '../../shared/query/current';
import { formatJst } from '../../shared/time/japan-time';
import { classifyRecord, DEFAULT_EXPIRING_DAYS, recordSerial } from '../../shared/query/record-state';
import { reportRecord } from '../../shared/use-cases/record-report';
import { recordStateLabel } from '../../shared/query/state-label';
import type { CertificateDetails } from '../../shared/pki/certificate/certificate-details';
import { parseSerialText } from '../../shared/pki/serial';
import { inputError, usageError } from '../cli-error';
import { flagOption, stringOption, type CommandContext, type CommandSpec } from '../command';
import { text } from '../lang';
import { loadList } from '../load-list';
import { renderKeyValues } from '../output/key-values';
import { findingBlock, findingJson } from '../output/findings';
import { forCommandLine } from '../output/cli-wording';
import { recordJson } from '../output/record-json';
import { withinDaysOption } from '../within-days';

/** Which record to show, from --id or --serial (exactly one; usage error otherwise). */
export function recordSelector(context: CommandContext, command: string): { by: 'id'; id: string } | { by: 'serial'; decimal: string; input: string } {
  const id = stringOption(context.values, 'id');
  const serial = stringOption(context.values, 'serial');
  if ((id === undefined) === (serial === undefined)) {
    throw usageError(text('--id か --serial のどちらか一方を指定してください', 'give exactly one of --id and --serial'), command);
  }
  if (id !== undefined) return { by: 'id', id: id.trim() };
  const parsed = parseSerialText(serial!);
  if (!parsed) throw usageError(text(`シリアル番号として読めません: ${serial}`, `not a serial number: ${serial}`), command);
  return { by: 'serial', decimal: parsed.decimal, input: serial! };
}

/** The records a selector names, in file order. */
export function selectRecords(list: CertificateList, selector: ReturnType<typeof recordSelector>): CertificateRecord[] {
  if (selector.by === 'id') return list.records.filter((record) => record.applicationId === selector.id);
  return list.records.filter((record) => recordSerial(record) === selector.decimal || record.serialNumber === selector.decimal);
}

/** Every cell of the row under its header label, unknown extra columns included; secrets masked. */
function fieldsOf(list: CertificateList, record: CertificateRecord, showSecrets: boolean) {
  return list.columns.map((column) => {
    const raw = record.cells[column.index] ?? '';
    const secret = column.key !== null && SECRET_COLUMNS.has(column.key);
    return {
      column: column.index + 1,
      label: column.label,
      key: column.key,
      labelEn: columnLabel(column).en,
      value: secret ? maskSecret(raw, showSecrets) : raw,
    };
  });
}

function certificateLines(details: CertificateDetails, lang: Lang): string {
  const ja = lang === 'ja';
  const key = [details.publicKey.algorithm, details.publicKey.curve ?? details.publicKey.size ?? ''].join(' ').trim();
  const names = details.subjectAltNames;
  return renderKeyValues([
    [ja ? '主体者' : 'Subject', details.subject.text],
    [ja ? '発行者' : 'Issuer', details.issuer.text],
    [ja ? 'シリアル番号' : 'Serial number', `${details.serialNumber} (${details.serialHex})`],
    [ja ? '有効期間 (JST)' : 'Validity (JST)', `${formatJst(details.notBefore)} 〜 ${formatJst(details.notAfter)}`],
    ['SAN', [...names.dnsNames, ...names.ipAddresses, ...names.emails, ...names.uris].join(', ')],
    [ja ? '公開鍵' : 'Public key', key],
    [ja ? '署名アルゴリズム' : 'Signature algorithm', details.signatureAlgorithm.name],
    ['SHA-256', details.fingerprints.sha256Colon],
    ['SHA-1', details.fingerprints.sha1Colon],
    [ja ? '拡張' : 'Extensions', details.extensions.map((extension) => `${extension.name ?? extension.oid}${extension.critical ? ' (critical)' : ''}`).join('\n')],
  ]);
}

async function run(context: CommandContext): Promise<0> {
  const file = context.positionals[0]!;
  const selector = recordSelector(context, 'show');
  const list = await loadList(file, context.io, context.lang);
  const matches = selectRecords(list, selector);
  const ja = context.lang === 'ja';
  const wanted = selector.by === 'id' ? `--id ${selector.id}` : `--serial ${selector.input}`;
  const record = matches[0];
  if (!record) throw inputError(text(`該当する行がありません: ${wanted}`, `no record matches ${wanted}`));
  if (matches.length > 1) {
    const lines = matches.map((match) => match.line).join(', ');
    context.io.stderr(ja ? `${matches.length} 行が該当しました（${lines} 行目）。最初の行を表示します。\n` : `${matches.length} records match (lines ${lines}); showing the first.\n`);
  }
  const showSecrets = flagOption(context.values, 'show-secrets');
  const withinDays = withinDaysOption(context, 'show');
  const current = findCurrentCertificates(list.records, context.now);
  const report = await reportRecord(list, current, record, { now: context.now, expiringWithinDays: withinDays });
  const details = report.certificate?.details ?? null;
  const findings = report.findings.map(forCommandLine);
  const fields = fieldsOf(list, record, showSecrets);
  if (flagOption(context.values, 'json')) {
    const output = {
      file,
      record: recordJson(record, { lang: context.lang, now: context.now, expiringWithinDays: withinDays, showSecrets, records: list.records, current }),
      fields,
      certificate: details,
      ...(report.certificate?.detailsProblem ? { certificateError: report.certificate.detailsProblem[context.lang] } : {}),
      findings: findings.map((finding) => findingJson(finding, context.lang)),
    };
    context.io.stdout(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  }
  const { state, daysLeft } = classifyRecord(record, context.now, withinDays);
  const days = daysLeft === null ? '' : daysLeft >= 0 ? (ja ? `（残り ${daysLeft} 日）` : ` (${daysLeft} days left)`) : ja ? `（${-daysLeft} 日前）` : ` (${-daysLeft} days ago)`;
  const out: string[] = [
    ja ? `== ${file} ${record.line} 行目 ==` : `== ${file} line ${record.line} ==`,
    renderKeyValues([
      [ja ? '状況' : 'State', `${recordStateLabel(state)[context.lang]}${days}`],
      [ja ? '状態' : 'Status', `${record.status ?? ''} ${record.statusLabel[context.lang]}`.trim()],
    ]),
    ja ? '== 確認結果 ==' : '== Findings ==',
    findings.length === 0 ? (ja ? '  問題は見つかりませんでした。' : '  No problems found.') : findings.flatMap((finding) => findingBlock(finding, context.lang, '  ', file)).join('\n'),
    ja ? '== TSV の列 ==' : '== TSV columns ==',
    renderKeyValues(fields.map((field) => [`${String(field.column).padStart(2)} ${ja ? field.label : field.labelEn}`, field.value])),
  ];
  if (details) out.push(ja ? '== 証明書 ==' : '== Certificate ==', certificateLines(details, context.lang), details.pem);
  else out.push(ja ? '（この行に読める証明書はありません）\n' : '(this record has no readable certificate)\n');
  context.io.stdout(out.join('\n'));
  return 0;
}

/** `upki-tsv show`: every field of one record and its decoded certificate with PEM. */
export const showCommand: CommandSpec = {
  name: 'show',
  summary: text('1 行の確認結果、全項目と証明書の内容（PEM 付き）を表示します', 'Shows the findings, every field of one record and its certificate, PEM included'),
  usage: 'FILE (--id ID | --serial SERIAL) [--within DAYS] [--json]',
  positionals: { name: 'FILE', min: 1, max: 1 },
  options: {
    id: { type: 'string', valueName: 'ID', help: text('申請ID で行を選ぶ', 'pick the record by application ID') },
    serial: { type: 'string', valueName: 'SERIAL', help: text('シリアル番号で選ぶ（10進、0x16進、コロン区切り16進）', 'pick the record by serial (decimal, 0x hex or colon hex)') },
    within: {
      type: 'string',
      valueName: 'DAYS',
      help: text(`有効期限まで DAYS 日以内を「期限間近」とする（既定 ${DEFAULT_EXPIRING_DAYS}）`, `count a certificate as expiring within DAYS days of its expiry (default ${DEFAULT_EXPIRING_DAYS})`),
    },
    json: { type: 'boolean', help: text('JSON で出力', 'print JSON') },
    'show-secrets': { type: 'boolean', help: text('アクセスPIN を隠さずに出力', 'print the access PIN instead of masking it') },
  },
  examples: ['show serverAll.tsv --id 12345', 'show serverAll.tsv --serial 0x38DA4F… --json'],
  run,
};
