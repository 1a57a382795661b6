import { readCertificatesLeniently, type LenientRead } from '../../shared/diagnostics/pem-doctor';
import { bundledCaDers } from '../../shared/pki/chain/chain-pool';
import type { Finding } from '../../shared/model/finding';
import { MAX_CERTIFICATE_FILE_BYTES } from '../../shared/model/limits';
import { readCaFiles } from '../ca-files';
import { CliError } from '../cli-error';
import { flagOption, listOption, stringOption, type CommandContext } from '../command';
import { judgeCrls, readCrlFiles } from '../crl-input';
import { readInputFile } from '../files-or-exit';
import { certificateFindings } from '../inspect/certificate-findings';
import type { FileReport, InspectSetup } from '../inspect/inspect-report';
import { loadKey } from '../key-input';
import { formatMessage } from '../i18n/i18n';
import { forCommandLine } from '../output/command-line-advice';
import { inspectJson } from '../output/inspect-json';
import { inspectText } from '../output/inspect-text';
import { printable } from '../output/text-width';

/** One input file as the PEM doctor read it, or why it could not be opened. */
type ReadFile = { readonly file: string; readonly read: LenientRead; readonly error: null } | { readonly file: string; readonly read: null; readonly error: string };

async function readFile(file: string, context: CommandContext): Promise<ReadFile> {
  try {
    // The doctor repairs damaged PEM, reads DER and PKCS#7, and refuses keys, CSRs and CRLs without keeping their content.
    return { file, read: await readCertificatesLeniently(file, await readInputFile(file, context.io.cwd, MAX_CERTIFICATE_FILE_BYTES)), error: null };
  } catch (error) {
    // One unreadable file does not stop the others; it is reported and makes the exit status 1.
    if (!(error instanceof CliError)) throw error;
    return { file, read: null, error: error.text[context.lang] };
  }
}

async function reportFile(input: ReadFile, setup: InspectSetup, crlFindings: readonly Finding[]): Promise<FileReport> {
  if (input.read === null) return { file: input.file, certificates: [], findings: [], error: input.error };
  const certificates = input.read.certificates;
  const reports = [];
  for (const certificate of certificates) {
    const report = await certificateFindings(certificate, certificates, setup);
    reports.push({ ...report, findings: report.findings.map(forCommandLine) });
  }
  return { file: input.file, certificates: reports, findings: [...input.read.findings, ...crlFindings].map(forCommandLine), error: null };
}

/** One stderr line for a file without a readable certificate: why it could not be opened, or its first error finding. */
function unreadableLine(report: FileReport, context: CommandContext): string {
  if (report.error !== null) return `upki-tsv: ${printable(report.error)}\n`;
  const finding = report.findings.find((candidate) => candidate.severity === 'error') ?? report.findings[0];
  const why = finding ? `: ${finding.message[context.lang]} [${finding.code}]` : '';
  return `upki-tsv: ${printable(formatMessage(context.lang, 'inspect.noReadableCertificate', { file: report.file, why }))}\n`;
}

export async function run(context: CommandContext): Promise<0 | 1> {
  // The side files first: a missing or unusable --ca, --crl or --key file stops before any report (exit 1).
  const extraCas = await readCaFiles(listOption(context.values, 'ca'), context.io);
  const crlFiles = await readCrlFiles(listOption(context.values, 'crl'), context.io);
  const key = await loadKey(context);
  const inputs: ReadFile[] = [];
  for (const file of context.positionals) inputs.push(await readFile(file, context));
  const fileCertificates = inputs.flatMap((input) => input.read?.certificates.map((certificate) => certificate.der) ?? []);
  // The signers matter only to a --crl file: without one the bundled CAs are not parsed for it.
  const crlSigners = crlFiles.length === 0 ? [] : [...(await bundledCaDers()), ...extraCas, ...fileCertificates];
  const crls = await judgeCrls(crlFiles, crlSigners, context.now);
  const host = stringOption(context.values, 'host')?.trim() || null;
  const setup: InspectSetup = { host, key, extraCas, crls, crlSigners, now: context.now };
  const crlFindings = crls.flatMap((crl) => crl.findings);
  const reports: FileReport[] = [];
  for (const input of inputs) reports.push(await reportFile(input, setup, crlFindings));
  for (const report of reports) if (report.certificates.length === 0) context.io.stderr(unreadableLine(report, context));
  context.io.stdout(flagOption(context.values, 'json') ? inspectJson(reports, context.lang) : reports.map((report) => inspectText(report, context.lang)).join('\n'));
  // Findings, even errors, never change the status: only a file without a readable certificate does.
  return reports.some((report) => report.certificates.length === 0) ? 1 : 0;
}
