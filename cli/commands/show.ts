import { stringifyJsonEscaped } from '../../shared/encoding/invisible-characters';
import type { CertificateList } from '../../shared/model/certificate-list';
import type { CertificateRecord } from '../../shared/model/certificate-record';
import type { Lang } from '../../shared/model/localized-text';
import { columnLabel, maskSecret, SECRET_COLUMNS } from '../../shared/model/columns';
import { findCurrentCertificates } from '../../shared/query/current';
import { formatJst } from '../../shared/time/japan-time';
import { classifyRecord, recordSerial } from '../../shared/query/record-state';
import { recordStateLabel } from '../../shared/query/state-label';
import type { CertificateDetails } from '../../shared/pki/certificate/certificate-details';
import { parseSerialText } from '../../shared/pki/serial';
import { extensionName } from '../../shared/pki/certificate/extension-names';
import { readableDn } from '../../shared/pki/certificate/readable-dn';
import { inputError, usageError } from '../cli-error';
import { flagOption, stringOption, type CommandContext } from '../command';
import { bothLanguages, translator } from '../i18n/i18n';
import { loadList } from '../load-list';
import { renderKeyValues } from '../output/key-values';
import { recordJson } from '../output/record-json';
import { forCommandLine } from '../output/command-line-advice';
import { findingBlock, findingJson } from '../output/findings';
import { reportRecord } from '../../shared/use-cases/record-report';
import { withinDaysOption } from '../within-days';
import { findKeyMaterial, keyMaterialNotice } from '../../shared/pki/keys/key-material';

/** Which record to show, from --id or --serial (exactly one; usage error otherwise). */
export function recordSelector(context: CommandContext, command: string): { by: 'id'; id: string } | { by: 'serial'; decimal: string; input: string } {
  const id = stringOption(context.values, 'id');
  const serial = stringOption(context.values, 'serial');
  if ((id === undefined) === (serial === undefined)) {
    throw usageError(bothLanguages('show.selectorNeeded'), command);
  }
  if (id !== undefined) return { by: 'id', id: id.trim() };
  const parsed = parseSerialText(serial!);
  if (!parsed) throw usageError(bothLanguages('show.notASerial', { serial: serial! }), command);
  return { by: 'serial', decimal: parsed.decimal, input: serial! };
}

/** The records a selector names, in file order. */
export function selectRecords(list: CertificateList, selector: ReturnType<typeof recordSelector>): CertificateRecord[] {
  if (selector.by === 'id') return list.records.filter((record) => record.applicationId === selector.id);
  return list.records.filter((record) => recordSerial(record) === selector.decimal || record.serialNumber === selector.decimal);
}

/**
 * Every cell of the row under its header label, unknown extra columns included; secrets masked, and a
 * cell holding a private key replaced by a notice saying so and where (`keyMaterial: true`), never its bytes.
 */
function fieldsOf(list: CertificateList, record: CertificateRecord, showSecrets: boolean, lang: Lang) {
  return list.columns.map((column) => {
    const raw = record.cells[column.index] ?? '';
    const secret = column.key !== null && SECRET_COLUMNS.has(column.key);
    const key = findKeyMaterial(raw);
    const value = key !== null ? keyMaterialNotice(key, { line: record.line, column: column.index + 1 })[lang] : secret ? maskSecret(raw, showSecrets) : raw;
    return {
      column: column.index + 1,
      label: column.label,
      key: column.key,
      labelEn: columnLabel(column).en,
      value,
      ...(key !== null ? { keyMaterial: true } : {}),
    };
  });
}

function certificateLines(details: CertificateDetails, lang: Lang): string {
  const t = translator(lang);
  const key = [details.publicKey.algorithm, details.publicKey.curve ?? details.publicKey.size ?? ''].join(' ').trim();
  const names = details.subjectAltNames;
  return renderKeyValues([
    [t('show.subject'), readableDn(details.subject.text)],
    [t('show.issuer'), readableDn(details.issuer.text)],
    [t('field.serialNumber'), `${details.serialNumber} (${details.serialHex})`],
    [t('field.validity'), t('field.period', { from: formatJst(details.notBefore), to: formatJst(details.notAfter) })],
    ['SAN', [...names.dnsNames, ...names.ipAddresses, ...names.emails, ...names.uris].join(', ')],
    [t('show.publicKey'), key],
    [t('show.signatureAlgorithm'), details.signatureAlgorithm.name],
    ['SHA-256', details.fingerprints.sha256Colon],
    ['SHA-1', details.fingerprints.sha1Colon],
    [t('show.extensions'), details.extensions.map((extension) => `${extensionName(extension.oid)?.[lang] ?? extension.name ?? extension.oid}${extension.critical ? t('show.critical') : ''}`).join('\n')],
  ]);
}

export async function run(context: CommandContext): Promise<0> {
  const file = context.positionals[0]!;
  const selector = recordSelector(context, 'show');
  const list = await loadList(file, context.io, context.lang);
  const matches = selectRecords(list, selector);
  const t = translator(context.lang);
  const wanted = selector.by === 'id' ? `--id ${selector.id}` : `--serial ${selector.input}`;
  const record = matches[0];
  if (!record) throw inputError(bothLanguages('show.noMatch', { wanted }));
  if (matches.length > 1) {
    const lines = matches.map((match) => match.line).join(', ');
    context.io.stderr(`${t('show.severalMatches', { count: matches.length, lines })}\n`);
  }
  const showSecrets = flagOption(context.values, 'show-secrets');
  const withinDays = withinDaysOption(context, 'show');
  const current = findCurrentCertificates(list.records, context.now);
  const report = await reportRecord(list, current, record, { now: context.now, expiringWithinDays: withinDays });
  const details = report.certificate?.details ?? null;
  const findings = report.findings.map(forCommandLine);
  const fields = fieldsOf(list, record, showSecrets, context.lang);
  if (flagOption(context.values, 'json')) {
    const output = {
      file,
      record: recordJson(record, { lang: context.lang, now: context.now, expiringWithinDays: withinDays, showSecrets, records: list.records, current }),
      fields,
      certificate: details,
      ...(report.certificate?.detailsProblem ? { certificateError: report.certificate.detailsProblem[context.lang] } : {}),
      findings: findings.map((finding) => findingJson(finding, context.lang)),
    };
    context.io.stdout(`${stringifyJsonEscaped(output)}\n`);
    return 0;
  }
  const { state, daysLeft } = classifyRecord(record, context.now, withinDays);
  const days = daysLeft === null ? '' : daysLeft >= 0 ? t('show.daysLeft', { days: daysLeft }) : t('show.daysAgo', { days: -daysLeft });
  const out: string[] = [
    t('show.heading', { file, line: record.line }),
    renderKeyValues([
      [t('field.state'), `${recordStateLabel(state)[context.lang]}${days}`],
      [t('field.status'), `${record.status ?? ''} ${record.statusLabel[context.lang]}`.trim()],
    ]),
    t('show.findingsHeading'),
    findings.length === 0 ? `  ${t('show.noProblems')}` : findings.flatMap((finding) => findingBlock(finding, context.lang, '  ', file)).join('\n'),
    t('show.columnsHeading'),
    renderKeyValues(fields.map((field) => [`${String(field.column).padStart(2)} ${columnLabel(field)[context.lang]}`, field.value])),
  ];
  if (details) out.push(t('show.certificateHeading'), certificateLines(details, context.lang), details.pem);
  else out.push(`${t('show.noCertificate')}\n`);
  context.io.stdout(out.join('\n'));
  return 0;
}
