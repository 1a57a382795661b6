import { readableDn } from '../../shared/pki/certificate/readable-dn';
import { CHAIN_LINK_STATUS } from '../../shared/diagnostics/chain-link-status';
import type { ChainLink } from '../../shared/pki/chain/build-chain-path';
import { describeLocation, sourceLocation } from '../../shared/model/location';
import type { Lang } from '../../shared/model/localized-text';
import { formatJst } from '../../shared/time/japan-time';
import { formatMessage, translator, type MessageKey } from '../i18n/i18n';
import type { CertificateReport, FileReport } from '../inspect/inspect-report';
import { findingBlock } from './findings';
import { renderKeyValues } from './key-values';
import { printable } from './text-width';

/** Where each link of a chain came from, as the chain line notes it (the leaf needs no note). */
const SOURCE_LABELS: Readonly<Record<ChainLink['source'], MessageKey | null>> = {
  leaf: null,
  presented: 'chain.sourcePresented',
  user: 'chain.sourceUser',
  bundled: 'chain.sourceBundled',
};

/** A certificate's short name: its CN, else its OU (roots such as Security Communication RootCA2 have none), else its DN. */
function shortName(summary: ChainLink['summary']): string {
  return summary.commonName ?? readableDn(/OU=((?:\\.|[^,])*)/.exec(summary.subjectDn)?.[1] ?? summary.subjectDn);
}

/** "leaf → intermediate (--ca) → root (bundled)": each link by its CN (else its DN) and where it came from. */
function chainText(chain: readonly ChainLink[], lang: Lang): string {
  return chain
    .map((link) => {
      const source = SOURCE_LABELS[link.source];
      const notes = [source === null ? undefined : formatMessage(lang, source), CHAIN_LINK_STATUS[link.status].label?.[lang]].filter((note) => note !== undefined);
      return `${shortName(link.summary)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
    })
    .join(' → ');
}

function certificateText(report: CertificateReport, index: number, file: string, lang: Lang): string[] {
  const t = translator(lang);
  const { summary, line } = report.certificate;
  const place = describeLocation(sourceLocation({ line }))[lang];
  const where = place === '' ? '' : t('inspect.where', { place });
  const entries: [string, string][] = [
    [t('field.serialNumber'), `${summary.serialHex} (${summary.serialNumber})`],
    [t('field.validity'), t('field.period', { from: formatJst(summary.notBefore), to: formatJst(summary.notAfter) })],
  ];
  if (report.chain !== null && report.chain.length > 0) entries.push([t('inspect.chain'), chainText(report.chain, lang)]);
  return [
    printable(`[${index + 1}] ${summary.commonName ?? readableDn(summary.subjectDn)}${where}`),
    renderKeyValues(entries, '    ').trimEnd(),
    ...report.findings.flatMap((finding) => findingBlock(finding, lang, '    ', file)),
  ];
}

/** The readable report of one file: a heading, each certificate (CN, serial, validity, chain, findings with advice), then file-level findings. */
export function inspectText(report: FileReport, lang: Lang): string {
  const t = translator(lang);
  const out = [t('inspect.heading', { file: report.file, count: report.certificates.length })].map(printable);
  if (report.error !== null) out.push(printable(t('inspect.cannotRead', { error: report.error })));
  report.certificates.forEach((certificate, index) => out.push(...certificateText(certificate, index, report.file, lang)));
  if (report.findings.length > 0) {
    out.push(t('inspect.wholeFile'));
    for (const finding of report.findings) out.push(...findingBlock(finding, lang, '  ', report.file));
  }
  return `${out.join('\n')}\n`;
}
