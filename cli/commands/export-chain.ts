import { checkChain, type ChainCheck } from '../../shared/diagnostics/chain-findings';
import { verifyChainFile } from '../../shared/diagnostics/verify-chain-file';
import type { ChainFileKind } from '../../shared/pki/chain/chain-file-certificates';
import { chainExportFile, chainExportName, type ExportSubject } from '../../shared/use-cases/export-files';
import type { Lang } from '../../shared/model/localized-text';
import { inputError, usageError } from '../cli-error';
import { flagOption, type OptionValues } from '../command';
import { pathInFolder, writeCheckedOutputFile } from '../files-or-exit';
import { bothLanguages, eachLanguage, formatMessage } from '../i18n/i18n';
import { printable } from '../output/text-width';

/** The chain-file options, in the order their files are written. */
const KINDS: readonly ChainFileKind[] = ['chain', 'fullchain', 'p7b'];

/** The chain files asked for (--chain, --fullchain, --p7b; several may be given); --ca without one is a usage error. */
export function chainKinds(values: OptionValues, caFiles: readonly string[]): ChainFileKind[] {
  const kinds = KINDS.filter((kind) => flagOption(values, kind));
  if (kinds.length === 0 && caFiles.length > 0) {
    throw usageError(bothLanguages('export.caWithoutChain'), 'export');
  }
  return kinds;
}

/** The targets of the chain files (named by shared/use-cases' chainExportName), each proven to stay inside `folder`. */
export function chainTargets(folder: string, subject: ExportSubject, kinds: readonly ChainFileKind[]): { kind: ChainFileKind; target: string }[] {
  return kinds.map((kind) => ({ kind, target: pathInFolder(folder, chainExportName(subject, kind)) }));
}

/** The chain of the exported certificate, built offline over the bundled NII/SECOM CAs and the --ca certificates. */
export function exportChain(der: Uint8Array, extraCas: readonly Uint8Array[], now: number): Promise<ChainCheck> {
  return checkChain(der, { extraCas, now });
}

/** Why no chain file can be written (exit 1), naming the missing issuer and --ca, or null when the chain is complete. */
export function incompleteChainError(chain: ChainCheck): ReturnType<typeof inputError> | null {
  if (chain.complete) return null;
  if (chain.missingIssuer !== null) {
    return inputError(bothLanguages('export.missingIssuer', { issuer: chain.missingIssuer }));
  }
  return inputError(bothLanguages('export.chainDoesNotVerify'));
}

/** Warnings worth saying before writing a complete chain (an expired or retired intermediate), one line each. */
export function chainWarnings(chain: ChainCheck, lang: Lang): string[] {
  return chain.findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning').map((finding) => printable(`upki-tsv: ${finding.message[lang]} [${finding.code}]`));
}

/**
 * Writes one chain file atomically: the bytes go to a temporary file, are read back from disk and
 * checked with verifyChainFile (the right certificates, leaf first where it belongs, in issuing
 * order, no root), and only then take the file's name. A failed check leaves nothing behind (exit 1).
 */
export async function writeChainFile(target: string, kind: ChainFileKind, chain: ChainCheck, leafSha256: string, options: { crlf: boolean; force: boolean }): Promise<void> {
  if (kind === 'chain' && !chain.links.some((link) => link.role === 'intermediate')) {
    throw inputError(bothLanguages('export.noIntermediate', { file: target }));
  }
  const { bytes } = chainExportFile(chain, {}, kind, options.crlf ? '\r\n' : '\n');
  await writeCheckedOutputFile(target, bytes, options.force, async (written) => {
    const check = await verifyChainFile(written, kind, leafSha256, chain);
    if (check.ok) return null;
    const { message } = check.finding;
    return eachLanguage((lang) => formatMessage(lang, 'export.chainFileCheckFailed', { file: target, message: message[lang] }));
  });
}
