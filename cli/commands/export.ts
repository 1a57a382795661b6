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
import { flagOption, listOption, stringOption, type CommandContext, type CommandSpec } from '../command';
import { ensureOutputFolder, pathInFolder, refuseExisting, writeOutputFile } from '../files-or-exit';
import { text } from '../lang';
import { loadList } from '../load-list';
import { printable } from '../output/text-width';
import { chainKinds, chainTargets, chainWarnings, exportChain, incompleteChainError, writeChainFile } from './export-chain';

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

/**
 * The record to export: for --fqdn the certificate to hand out (pickCurrentForFqdn), or with --force
 * and nothing else left, the newest revoked one (checked and warned about below); for --id that row.
 * Exit 1 with why when there is none.
 */
function chooseRecord(list: CertificateList, selector: ExportSelector, now: number, force: boolean): CertificateRecord {
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
  const newest = named.reduce<CertificateRecord | null>((best, record) => (best === null || record.certificate!.notBefore >= best.certificate!.notBefore ? record : best), null);
  if (newest && force) return newest;
  if (named.length > 0) {
    throw inputError(
      text(
        `${fqdn} の証明書は失効済みか失効申請中のものしかありません（${named.length} 件）。それでも書き出すには --force を付けてください`,
        `every certificate for ${fqdn} is revoked or being revoked (${named.length}); add --force to export one anyway`,
      ),
    );
  }
  throw inputError(text(`${fqdn} の証明書が見つかりません（FQDN・CN・SAN の完全一致）`, `no certificate found for ${fqdn} (exact FQDN, CN or SAN)`));
}

/**
 * Says on stderr why the chosen certificate is not the current one and names the current one; a
 * revoked certificate or one being revoked is refused (exit 1) unless --force.
 */
function warnIfNotCurrent(list: CertificateList, record: CertificateRecord, context: CommandContext, force: boolean): void {
  const check = checkCurrent(list.records, findCurrentCertificates(list.records, context.now), record.index, context.now);
  if (check.reasons.length === 0) return;
  const lang = context.lang;
  const reasons = check.reasons.map((reason) => notCurrentReasonText(reason)[lang]).join(' ');
  const offered = check.current && list.records[check.current.index];
  const instead = offered
    ? text(
        `現行の証明書は申請ID ${offered.applicationId}（シリアル番号 ${check.current!.serialNumber}、${offered.line} 行目）です: --id ${offered.applicationId} で書き出せます。`,
        `The current certificate is application ID ${offered.applicationId} (serial ${check.current!.serialNumber}, line ${offered.line}): export it with --id ${offered.applicationId}.`,
      )[lang]
    : '';
  if (isRefusedWithoutForce(check.reasons) && !force) {
    throw inputError(text(`${reasons} ${instead}それでも書き出すには --force を付けてください`, `${reasons} ${instead} Add --force to export it anyway.`));
  }
  context.io.stderr(`${printable(`${text('警告: ', 'warning: ')[lang]}${reasons}${instead === '' ? '' : ` ${instead}`}`)}\n`);
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

async function run(context: CommandContext): Promise<0 | 1> {
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
  if (!der) throw inputError(text(`${record.line} 行目の証明書を読み出せません`, `cannot read the certificate on line ${record.line}`));
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

/** `upki-tsv export`: writes one certificate file (the current one for an FQDN, or one record's), and on request its chain files. */
export const exportCommand: CommandSpec = {
  name: 'export',
  summary: text('証明書をファイルに書き出します（FQDN 指定なら現行の証明書）。中間証明書のファイルも書き出せます', "Writes a certificate file (for --fqdn, the FQDN's current certificate), and on request its chain files"),
  usage: 'FILE (--fqdn NAME | --id ID) [--chain] [--fullchain] [--p7b] [--ca CAFILE]… [--out DIR] [--format pem|der] [--crlf] [--force]',
  positionals: { name: 'FILE', min: 1, max: 1 },
  options: {
    fqdn: { type: 'string', valueName: 'NAME', help: text('この FQDN の現行証明書（失効・失効申請中を除く最新）を書き出す', 'export the current certificate for this FQDN (the newest not revoked or being revoked)') },
    id: { type: 'string', valueName: 'ID', help: text('この申請ID の行の証明書を書き出す', 'export the certificate of this application ID') },
    out: { type: 'string', valueName: 'DIR', help: text('書き出し先フォルダー（既定: 現在のフォルダー）', 'folder to write into (default: the current folder)') },
    format: { type: 'string', valueName: 'pem|der', help: text('pem（.crt、既定）か der（.cer）', 'pem (.crt, default) or der (.cer)') },
    chain: { type: 'boolean', help: text('中間証明書だけのファイル <FQDN>.chain.crt も書き出す（Apache の SSLCertificateChainFile 用）', "also write <FQDN>.chain.crt, the intermediates only (Apache's SSLCertificateChainFile)") },
    fullchain: { type: 'boolean', help: text('証明書→中間証明書の順につないだ <FQDN>.fullchain.crt も書き出す（nginx、Apache 2.4.8 以降用）', 'also write <FQDN>.fullchain.crt, the certificate then its intermediates (nginx, Apache 2.4.8+)') },
    p7b: { type: 'boolean', help: text('証明書と中間証明書の PKCS#7 ファイル <FQDN>.p7b も書き出す（IIS・Windows 用）', 'also write <FQDN>.p7b, certificate and intermediates as PKCS#7 (IIS, Windows)') },
    ca: { type: 'string', multiple: true, valueName: 'CAFILE', help: text('同梱の NII/SECOM の CA に加えてチェーンに使う CA 証明書ファイル（複数可）', 'CA certificate file to build the chain with, besides the bundled NII/SECOM CAs (repeatable)') },
    crlf: { type: 'boolean', help: text('PEM の改行を CRLF にする', 'end PEM lines with CRLF') },
    force: { type: 'boolean', help: text('同名のファイルがあれば上書きする。失効済み・失効申請中の証明書も書き出す', 'overwrite an existing file; export a revoked certificate or one being revoked') },
  },
  notes: [
    text(
      '現行でない証明書（期限切れ・有効期間前・失効済み・失効申請中・同じファイルの新しい証明書に置き換え済み）を書き出すときは、理由と現行の証明書を標準エラーに表示します。失効済みと失効申請中の証明書は --force を付けたときだけ書き出します。',
      'Exporting a certificate that is not current (expired, not yet valid, revoked, being revoked, or replaced by a newer one in the same file) prints why on stderr and names the current one; a revoked certificate or one being revoked is written only with --force.',
    ),
    text(
      'チェーンはネットワークを使わずに組み立て、書き出したファイルは読み戻して中身と順番を確かめてからパスを表示します。発行元の証明書が見つからない場合はチェーンのファイルを書き出さず、どの証明書が足りないかを表示して終了コード 1 で終わります（証明書ファイル自体は書き出します）。足りない CA 証明書は --ca で指定してください。',
      'The chain is built offline; each chain file is read back and its certificates and order checked before its path is printed. When an issuer is missing, no chain file is written: the command names the missing issuer and exits 1 (the certificate file itself is still written). Pass the missing CA certificate with --ca.',
    ),
  ],
  examples: [
    'export serverAll.tsv --fqdn www.example.ac.jp',
    'export serverAll.tsv --fqdn www.example.ac.jp --fullchain --chain',
    'export serverAll.tsv --id 12345 --out ./certs --p7b --ca nii-odca4g7rsa.cer',
  ],
  run,
};
