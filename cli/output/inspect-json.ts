import { stringifyJsonEscaped } from '../../shared/encoding/invisible-characters';
import type { ChainLink } from '../../shared/pki/chain/build-chain-path';
import type { Lang } from '../../shared/model/localized-text';
import { formatIso } from '../../shared/time/japan-time';
import type { CertificateReport, FileReport } from '../inspect/inspect-report';
import { findingJson } from './findings';
import { summaryJson } from './record-json';

/** One link of a built chain as JSON: who it is, who issued it, its role, where it came from, and whether its signature verified. */
export function chainLinkJson(link: ChainLink): Record<string, unknown> {
  return {
    subject: link.summary.subjectDn,
    issuer: link.summary.issuerDn,
    role: link.role,
    source: link.source,
    signatureValid: link.signatureValid,
    status: link.status,
    sha256: link.summary.sha256,
    notAfter: formatIso(link.summary.notAfter),
    ...(link.bundledId !== null ? { bundledId: link.bundledId } : {}),
  };
}

function certificateJson(report: CertificateReport, index: number, lang: Lang): Record<string, unknown> {
  return {
    index: index + 1,
    line: report.certificate.line,
    ...summaryJson(report.certificate.summary),
    findings: report.findings.map((finding) => findingJson(finding, lang)),
    ...(report.chain !== null ? { chain: report.chain.map(chainLinkJson) } : {}),
  };
}

/** The `inspect --json` document: `{files: [{file, certificates: [...], findings: [...]}]}`, texts in `lang`. */
export function inspectJson(files: readonly FileReport[], lang: Lang): string {
  const document = {
    files: files.map((file) => ({
      file: file.file,
      ...(file.error !== null ? { error: file.error } : {}),
      certificates: file.certificates.map((report, index) => certificateJson(report, index, lang)),
      findings: file.findings.map((finding) => findingJson(finding, lang)),
    })),
  };
  return `${stringifyJsonEscaped(document)}\n`;
}
