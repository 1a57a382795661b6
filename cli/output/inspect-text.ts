import { CHAIN_LINK_STATUS } from '../../shared/diagnostics/chain-link-status';
import type { ChainLink } from '../../shared/pki/chain/build-chain-path';
import { describeLocation, sourceLocation } from '../../shared/model/location';
import type { Lang } from '../../shared/model/localized-text';
import { formatJst } from '../../shared/time/japan-time';
import type { CertificateReport, FileReport } from '../inspect/inspect-report';
import { findingBlock } from './findings';
import { renderKeyValues } from './key-values';
import { printable } from './text-width';

const SOURCE_LABELS: Readonly<Record<ChainLink['source'], { ja: string; en: string } | null>> = {
  leaf: null,
  presented: { ja: 'ファイル内', en: 'in the file' },
  user: { ja: '--ca', en: '--ca' },
  bundled: { ja: '同梱', en: 'bundled' },
};

/** A certificate's short name: its CN, else its OU (roots such as Security Communication RootCA2 have none), else its DN. */
function shortName(summary: ChainLink['summary']): string {
  return summary.commonName ?? /OU=((?:\\.|[^,])*)/.exec(summary.subjectDn)?.[1] ?? summary.subjectDn;
}

/** "leaf → intermediate (--ca) → root (bundled)": each link by its CN (else its DN) and where it came from. */
function chainText(chain: readonly ChainLink[], lang: Lang): string {
  return chain
    .map((link) => {
      const notes = [SOURCE_LABELS[link.source]?.[lang], CHAIN_LINK_STATUS[link.status].label?.[lang]].filter((note) => note !== undefined);
      return `${shortName(link.summary)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
    })
    .join(' → ');
}

function certificateText(report: CertificateReport, index: number, file: string, lang: Lang): string[] {
  const ja = lang === 'ja';
  const { summary, line } = report.certificate;
  const place = describeLocation(sourceLocation({ line }))[lang];
  const where = place === '' ? '' : ja ? `（${place}）` : ` (${place})`;
  const entries: [string, string][] = [
    [ja ? 'シリアル番号' : 'Serial number', `${summary.serialHex} (${summary.serialNumber})`],
    [ja ? '有効期間 (JST)' : 'Validity (JST)', `${formatJst(summary.notBefore)} 〜 ${formatJst(summary.notAfter)}`],
  ];
  if (report.chain !== null && report.chain.length > 0) entries.push([ja ? 'チェーン' : 'Chain', chainText(report.chain, lang)]);
  return [
    printable(`[${index + 1}] ${summary.commonName ?? summary.subjectDn}${where}`),
    renderKeyValues(entries, '    ').trimEnd(),
    ...report.findings.flatMap((finding) => findingBlock(finding, lang, '    ', file)),
  ];
}

/** The readable report of one file: a heading, each certificate (CN, serial, validity, chain, findings with advice), then file-level findings. */
export function inspectText(report: FileReport, lang: Lang): string {
  const ja = lang === 'ja';
  const count = report.certificates.length;
  const out = [ja ? `== ${report.file}（証明書 ${count} 件） ==` : `== ${report.file} (${count} certificate(s)) ==`].map(printable);
  if (report.error !== null) out.push(printable(ja ? `読めません: ${report.error}` : `cannot read: ${report.error}`));
  report.certificates.forEach((certificate, index) => out.push(...certificateText(certificate, index, report.file, lang)));
  if (report.findings.length > 0) {
    out.push(ja ? 'ファイル全体:' : 'The file as a whole:');
    for (const finding of report.findings) out.push(...findingBlock(finding, lang, '  ', report.file));
  }
  return `${out.join('\n')}\n`;
}
