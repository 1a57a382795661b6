import type { CertificateList } from '../../shared/model/certificate-list';
import type { CertificateRecord } from '../../shared/model/certificate-record';
import type { Lang } from '../../shared/model/localized-text';
import { certificateFileBytes, certificateFileExtension, type CertificateFileFormat } from '../../shared/export/certificate-file';
import { certificateFileName, hostFileName } from '../../shared/export/certificate-file-name';
import { pickCurrentForFqdn, recordNamesHost } from '../../shared/query/current';
import { formatJst } from '../../shared/query/format';
import { classifyRecord } from '../../shared/query/record-state';
import { recordStateLabel } from '../../shared/query/state-label';
import { recordCertificateDer } from '../../shared/tsv/read-certificate-list';
import { inputError, usageError } from '../cli-error';
import { flagOption, stringOption, type CommandContext, type CommandSpec } from '../command';
import { existingFolder, pathInsideFolder, writeFileAtomic } from '../files';
import { text } from '../lang';
import { loadList } from '../load-list';
import { printable } from '../output/text-width';

/** The --format value, checked. */
function formatOption(context: CommandContext): CertificateFileFormat {
  const format = stringOption(context.values, 'format') ?? 'pem';
  if (format !== 'pem' && format !== 'der') throw usageError(text(`--format は pem か der です: ${format}`, `--format must be pem or der: ${format}`), 'export');
  return format;
}

/** What to export: --fqdn or --id, exactly one (usage error otherwise). */
type ExportSelector = { readonly by: 'fqdn'; readonly fqdn: string } | { readonly by: 'id'; readonly id: string };

function exportSelector(context: CommandContext): ExportSelector {
  const fqdn = stringOption(context.values, 'fqdn');
  const id = stringOption(context.values, 'id');
  if ((fqdn === undefined) === (id === undefined)) throw usageError(text('--fqdn か --id のどちらか一方を指定してください', 'give exactly one of --fqdn and --id'), 'export');
  return fqdn !== undefined ? { by: 'fqdn', fqdn } : { by: 'id', id: id!.trim() };
}

/** The record to export: the current certificate for --fqdn, or the row of --id; exit 1 with why when there is none. */
function chooseRecord(list: CertificateList, selector: ExportSelector, now: number): CertificateRecord {
  if (selector.by === 'id') {
    const { id } = selector;
    const record = list.records.find((candidate) => candidate.applicationId === id);
    if (!record) throw inputError(text(`申請ID ${id} の行がありません`, `no record with application ID ${id}`));
    if (!record.certificate) throw inputError(text(`申請ID ${id} の行には証明書がありません`, `the record with application ID ${id} has no certificate`));
    return record;
  }
  const { fqdn } = selector;
  const picked = pickCurrentForFqdn(list.records, fqdn, now);
  if (picked) return picked;
  const named = candidatesFor(list, fqdn);
  if (named.length > 0) {
    throw inputError(text(`${fqdn} の証明書は失効済みのものしかありません（${named.length} 件）`, `every certificate for ${fqdn} is revoked (${named.length})`));
  }
  throw inputError(text(`${fqdn} の証明書が見つかりません（FQDN・CN・SAN の完全一致）`, `no certificate found for ${fqdn} (exact FQDN, CN or SAN)`));
}

/** The records with a certificate that name `fqdn` exactly. */
function candidatesFor(list: CertificateList, fqdn: string): CertificateRecord[] {
  return list.records.filter((record) => record.certificate && recordNamesHost(record, fqdn));
}

/** "Chose application ID …, serial …, valid … – … (state)" for stderr. */
function choiceMessage(record: CertificateRecord, candidates: number, now: number, lang: Lang): string {
  const certificate = record.certificate!;
  const state = recordStateLabel(classifyRecord(record, now).state)[lang];
  const validity = `${formatJst(certificate.notBefore)} 〜 ${formatJst(certificate.notAfter)} (JST)`;
  return lang === 'ja'
    ? `選んだ証明書: 申請ID ${record.applicationId}、シリアル番号 ${certificate.serialNumber}、有効期間 ${validity}、${state}（候補 ${candidates} 件、${record.line} 行目）`
    : `Chose application ID ${record.applicationId}, serial ${certificate.serialNumber}, valid ${validity}, ${state} (${candidates} candidate(s), line ${record.line})`;
}

async function run(context: CommandContext): Promise<0> {
  const file = context.positionals[0]!;
  // Check everything that needs no file first, so usage errors come before a long read.
  const format = formatOption(context);
  const selector = exportSelector(context);
  const folder = existingFolder(stringOption(context.values, 'out') ?? '.', context.io.cwd);
  const list = await loadList(file, context.io, context.lang);
  const record = chooseRecord(list, selector, context.now);
  const candidates = selector.by === 'fqdn' ? candidatesFor(list, selector.fqdn).length : 1;
  context.io.stderr(`${printable(choiceMessage(record, candidates, context.now, context.lang))}\n`);
  const der = recordCertificateDer(list, record);
  if (!der) throw inputError(text(`${record.line} 行目の証明書を読み出せません`, `cannot read the certificate on line ${record.line}`));
  const bytes = certificateFileBytes(der, { format, lineEnding: flagOption(context.values, 'crlf') ? 'crlf' : 'lf' });
  // Named after the FQDN asked for (NII's procedure: save it as www.xxx.ac.jp.crt), else the record's.
  // safeFileName keeps the name one harmless segment; pathInsideFolder proves it stays in --out.
  const extension = certificateFileExtension(format);
  const name = selector.by === 'fqdn' ? hostFileName(selector.fqdn, extension) : certificateFileName(record, extension);
  const target = pathInsideFolder(folder, name);
  writeFileAtomic(target, bytes, flagOption(context.values, 'force'));
  context.io.stdout(`${target}\n`);
  return 0;
}

/** `upki-tsv export`: writes one certificate file (the current one for an FQDN, or one record's). */
export const exportCommand: CommandSpec = {
  name: 'export',
  summary: text('証明書をファイルに書き出します（FQDN 指定なら現行の証明書）', "Writes a certificate file (for --fqdn, the FQDN's current certificate)"),
  usage: 'FILE (--fqdn NAME | --id ID) [--out DIR] [--format pem|der] [--crlf] [--force]',
  positionals: { name: 'FILE', min: 1, max: 1 },
  options: {
    fqdn: { type: 'string', valueName: 'NAME', help: text('この FQDN の現行証明書（失効を除く最新）を書き出す', 'export the current (newest, not revoked) certificate for this FQDN') },
    id: { type: 'string', valueName: 'ID', help: text('この申請ID の行の証明書を書き出す', 'export the certificate of this application ID') },
    out: { type: 'string', valueName: 'DIR', help: text('書き出し先フォルダー（既定: 現在のフォルダー）', 'folder to write into (default: the current folder)') },
    format: { type: 'string', valueName: 'pem|der', help: text('pem（.crt、既定）か der（.cer）', 'pem (.crt, default) or der (.cer)') },
    crlf: { type: 'boolean', help: text('PEM の改行を CRLF にする', 'end PEM lines with CRLF') },
    force: { type: 'boolean', help: text('同名のファイルがあれば上書きする', 'overwrite an existing file') },
  },
  examples: ['export serverAll.tsv --fqdn www.example.ac.jp', 'export serverAll.tsv --id 12345 --out ./certs --format der'],
  run,
};
