import { basename } from 'node:path';
import type { CertificateSummary } from '../../shared/model/certificate-summary';
import type { Finding } from '../../shared/model/finding';
import type { Lang } from '../../shared/model/localized-text';
import type { Problem } from '../../shared/model/problem';
import { validityFindings } from '../../shared/diagnostics/validity';
import { formatJst } from '../../shared/query/format';
import { readCertificateFile, type CertificateFileContent } from '../../shared/x509/read-certificate-file';
import { CliError } from '../cli-error';
import { flagOption, type CommandContext, type CommandSpec } from '../command';
import { readInputFile } from '../files';
import { text } from '../lang';
import { findingJson, findingLine } from '../output/findings';
import { renderKeyValues } from '../output/key-values';
import { problemLine } from '../output/problems';
import { summaryJson } from '../output/record-json';
import { printable } from '../output/text-width';

/** One inspected input: what was read, or why the file could not be read at all. */
interface InspectedFile {
  readonly file: string;
  readonly content: CertificateFileContent | null;
  readonly error: string | null;
}

/** The findings about one certificate (validity today; more checks plug in here). */
function certificateFindings(summary: CertificateSummary, now: number): Finding[] {
  return validityFindings(summary, { now });
}

/** File-level findings: every reading problem, and every non-certificate PEM block (named, never shown). */
function fileFindings(content: CertificateFileContent): Finding[] {
  const problems = content.problems.map((problem: Problem): Finding => ({
    code: problem.code,
    severity: problem.severity,
    message: problem.message,
    location: { file: problem.file, line: problem.line, column: problem.column },
  }));
  const others = content.otherBlocks.map(
    (block): Finding => ({
      code: 'other-pem-block',
      severity: 'info',
      message: text(`${block.line} 行目に証明書以外のブロック (${block.label}) があります（内容は表示しません）`, `line ${block.line} holds a ${block.label} block, not a certificate (not shown)`),
      location: { file: content.fileName, line: block.line, column: null },
    }),
  );
  return [...problems, ...others];
}

function fileJson(inspected: InspectedFile, now: number, lang: Lang): Record<string, unknown> {
  const content = inspected.content;
  return {
    file: inspected.file,
    ...(inspected.error !== null ? { error: inspected.error } : {}),
    certificates: (content?.certificates ?? []).map((certificate, index) => ({
      index: index + 1,
      line: certificate.line,
      ...summaryJson(certificate.summary),
      findings: certificateFindings(certificate.summary, now).map((finding) => findingJson(finding, lang)),
    })),
    findings: content ? fileFindings(content).map((finding) => findingJson(finding, lang)) : [],
  };
}

function fileText(inspected: InspectedFile, now: number, lang: Lang): string {
  const ja = lang === 'ja';
  const certificates = inspected.content?.certificates ?? [];
  const out = [ja ? `== ${inspected.file}（証明書 ${certificates.length} 件） ==` : `== ${inspected.file} (${certificates.length} certificate(s)) ==`];
  certificates.forEach((certificate, index) => {
    const summary = certificate.summary;
    const where = certificate.line === null ? '' : ja ? `（${certificate.line} 行目）` : ` (line ${certificate.line})`;
    out.push(`[${index + 1}] ${printable(summary.commonName ?? summary.subjectDn)}${where}`);
    out.push(
      renderKeyValues(
        [
          [ja ? '主体者' : 'Subject', summary.subjectDn],
          ['SAN', [...summary.dnsNames, ...summary.ipAddresses].join(', ')],
          [ja ? 'シリアル番号' : 'Serial number', `${summary.serialNumber} (${summary.serialHex})`],
          [ja ? '有効期間 (JST)' : 'Validity (JST)', `${formatJst(summary.notBefore)} 〜 ${formatJst(summary.notAfter)}`],
          [ja ? '発行者' : 'Issuer', summary.issuerDn],
          ['SHA-256', summary.sha256],
        ],
        '    ',
      ).trimEnd(),
    );
    for (const finding of certificateFindings(summary, now)) out.push(`    ${printable(findingLine(finding, lang))}`);
  });
  for (const finding of inspected.content ? fileFindings(inspected.content) : []) out.push(printable(findingLine(finding, lang)));
  return `${out.join('\n')}\n`;
}

async function inspectFile(file: string, context: CommandContext): Promise<InspectedFile> {
  try {
    const bytes = readInputFile(file, context.io.cwd);
    return { file, content: await readCertificateFile(basename(file), bytes), error: null };
  } catch (error) {
    // One unreadable file does not stop the others; it is reported and makes the exit status 1.
    if (!(error instanceof CliError)) throw error;
    return { file, content: null, error: error.text[context.lang] };
  }
}

async function run(context: CommandContext): Promise<0 | 1> {
  const inspected: InspectedFile[] = [];
  for (const file of context.positionals) inspected.push(await inspectFile(file, context));
  for (const item of inspected) {
    if (item.error !== null) context.io.stderr(`upki-tsv: ${printable(item.error)}\n`);
    for (const problem of item.content?.problems ?? []) context.io.stderr(`${problemLine(problem, item.file, context.lang)}\n`);
  }
  if (flagOption(context.values, 'json')) {
    context.io.stdout(`${JSON.stringify({ files: inspected.map((item) => fileJson(item, context.now, context.lang)) }, null, 2)}\n`);
  } else {
    context.io.stdout(inspected.map((item) => fileText(item, context.now, context.lang)).join('\n'));
  }
  // A file with no readable certificate makes the run fail, after everything readable was printed.
  return inspected.some((item) => (item.content?.certificates.length ?? 0) === 0) ? 1 : 0;
}

/** `upki-tsv inspect`: reads loose PEM/CRT/CER files and reports each certificate with its findings. */
export const inspectCommand: CommandSpec = {
  name: 'inspect',
  summary: text('証明書ファイル (PEM/CRT/CER) を読み、内容と問題点を表示します', 'Reads certificate files (PEM/CRT/CER) and reports each certificate and its findings'),
  usage: 'FILE… [--json]',
  positionals: { name: 'FILE', min: 1, max: null },
  options: {
    json: { type: 'boolean', help: text('JSON で出力', 'print JSON') },
  },
  examples: ['inspect server.crt', 'inspect a.pem b.cer --json'],
  run,
};
