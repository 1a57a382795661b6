import { readCertificatesLeniently, type LenientRead } from '../../shared/diagnostics/pem-doctor';
import { bundledCaDers } from '../../shared/pki/chain/chain-pool';
import type { Finding } from '../../shared/model/finding';
import { MAX_CERTIFICATE_FILE_BYTES } from '../../shared/model/limits';
import { readCaFiles } from '../ca-files';
import { CliError } from '../cli-error';
import { flagOption, listOption, stringOption, type CommandContext, type CommandSpec } from '../command';
import { judgeCrls, readCrlFiles } from '../crl-input';
import { readInputFile } from '../files-or-exit';
import { certificateFindings } from '../inspect/certificate-findings';
import type { FileReport, InspectSetup } from '../inspect/inspect-report';
import { loadKey } from '../key-input';
import { text } from '../lang';
import { forCommandLine } from '../output/cli-wording';
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
  return `upki-tsv: ${printable(context.lang === 'ja' ? `証明書を読めません: ${report.file}${why}` : `no readable certificate: ${report.file}${why}`)}\n`;
}

async function run(context: CommandContext): Promise<0 | 1> {
  // The side files first: a missing or unusable --ca, --crl or --key file stops before any report (exit 1).
  const extraCas = await readCaFiles(listOption(context.values, 'ca'), context.io);
  const crlFiles = await readCrlFiles(listOption(context.values, 'crl'), context.io);
  const key = await loadKey(context);
  const inputs: ReadFile[] = [];
  for (const file of context.positionals) inputs.push(await readFile(file, context));
  const fileCertificates = inputs.flatMap((input) => input.read?.certificates.map((certificate) => certificate.der) ?? []);
  const crlSigners = [...(await bundledCaDers()), ...extraCas, ...fileCertificates];
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

/** `upki-tsv inspect`: reads certificate files (repairing damaged PEM) and reports each certificate with its findings. */
export const inspectCommand: CommandSpec = {
  name: 'inspect',
  summary: text('証明書ファイル (PEM/CER/P7B) を診断します（PEM の修復、期限、強度、ホスト名、チェーン、鍵、CRL）', 'Diagnoses certificate files (PEM/CER/P7B): PEM repair, validity, strength, host name, chain, key, CRL'),
  notes: [
    text(
      '壊れた PEM（BOM、改行の混在、折り返し幅、ダッシュの数、くっついたブロックなど）は修復して読み、何を直したかを pem-repaired として報告します。秘密鍵・CSR・CRL を FILE に指定すると not-a-certificate として断り、鍵の内容は表示しません。',
      'Damaged PEM (BOM, mixed line endings, odd wrapping, dash counts, glued blocks…) is repaired and read, and each repair is reported as pem-repaired. A private key, CSR or CRL given as FILE is refused as not-a-certificate; a key\'s content is never shown.',
    ),
    text(
      '終了コード: 0 = すべてのファイルで証明書を読めた（所見はエラーがあっても終了コードを変えません）、1 = 証明書を読めないファイルがある、または --key/--ca/--crl のファイルを読めない、2 = 使い方の誤り。',
      'Exit status: 0 = every file had a readable certificate (findings, even errors, do not change it), 1 = a file had no readable certificate or a --key/--ca/--crl file cannot be read, 2 = wrong usage.',
    ),
  ],
  usage: 'FILE… [--host NAME] [--key KEYFILE [--passphrase-env VAR]] [--ca CAFILE]… [--crl CRLFILE]… [--json]',
  positionals: { name: 'FILE', min: 1, max: null },
  options: {
    host: { type: 'string', valueName: 'NAME', help: text('このホスト名に証明書が一致するか確かめる（RFC 6125、ワイルドカード対応）', 'check that the certificate covers this host name (RFC 6125, wildcards)') },
    key: { type: 'string', valueName: 'KEYFILE', help: text('この秘密鍵または CSR が証明書と対か確かめる（鍵の内容は表示しません）', 'check that this private key or CSR belongs to the certificate (the key is never shown)') },
    'passphrase-env': {
      type: 'string',
      valueName: 'VAR',
      help: text(
        '暗号化された秘密鍵のパスフレーズを入れた環境変数の名前（パスフレーズをコマンドラインに書かないため。省略時、端末なら入力を求めます）',
        'name of the environment variable holding the passphrase of an encrypted key (never put a passphrase on the command line; without it, a terminal asks)',
      ),
    },
    ca: { type: 'string', multiple: true, valueName: 'CAFILE', help: text('チェーンの組み立てと CRL の検証に使う CA 証明書ファイル（複数可、1 ファイルに複数の証明書も可）', 'CA certificate file for building chains and verifying CRLs (repeatable; a file may hold several)') },
    crl: { type: 'string', multiple: true, valueName: 'CRLFILE', help: text('この CRL で失効を確かめる（署名を検証できない CRL は使いません。複数可）', 'check revocation on this CRL (a CRL whose signature does not verify is refused; repeatable)') },
    json: { type: 'boolean', help: text('JSON で出力', 'print JSON') },
  },
  examples: [
    'inspect server.crt',
    'inspect fullchain.pem --host www.example.ac.jp --key server.key',
    'inspect server.crt --key server.key --passphrase-env KEYPASS',
    'inspect server.crt --ca nii-odca4g7rsa.cer --crl nii-odca4g7rsa.crl --json',
  ],
  run,
};
