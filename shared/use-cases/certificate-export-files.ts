import type { CertificateRecord } from '../model/certificate-record';
import type { CertificateSummary } from '../model/certificate-summary';
import type { NamedBytes } from '../model/named-bytes';
import { certificateFileBytes, certificateFileExtension, type CertificateFileFormat } from '../export/certificate-file';
import { certificateFileName, hostFileName } from '../export/certificate-file-name';
import { chainFileBytes } from '../export/chain-files';
import { safeFileName } from '../export/safe-file-name';
import { isExportablePath, type ChainLink, type ChainPath } from '../pki/chain/build-chain-path';
import type { ChainFileKind } from '../pki/chain/chain-file-certificates';

/**
 * One certificate's files, named and encoded in one place for the desktop app, the web page and the
 * CLI alike: the certificate (.crt PEM with LF or CRLF, .cer DER) and its chain files (.chain.crt,
 * .fullchain.crt, .p7b). Apart from the list exports (export-files.ts, which re-exports all of this)
 * so that a certificate report (inspect) does not load the TSV, CSV and calendar code (issue 13).
 */

/** A file to save: a safe name (one path segment; see safeFileName) and its bytes. */
export type ExportFile = NamedBytes;

/** A chain file to save, with its kind. */
export interface ChainExportFile extends ExportFile {
  readonly kind: ChainFileKind;
}

/** The certificate file variants: PEM with LF, PEM with CRLF (old Windows tools), or DER. */
export type CertificateVariant = 'pem' | 'pem-crlf' | 'der';

/**
 * What a certificate's files are named after: `host` when one was asked for (the CLI's --fqdn),
 * else the TSV row's FQDN, else the certificate's CN or first SAN (see certificateFileName).
 */
export interface ExportSubject {
  readonly record?: CertificateRecord | null;
  readonly summary?: CertificateSummary | null;
  readonly host?: string | null;
}

/** The file name of a certificate file: `www.example.ac.jp.crt`, `wildcard.lab.example.ac.jp.cer`. */
export function certificateExportName(subject: ExportSubject, format: CertificateFileFormat): string {
  const extension = certificateFileExtension(format);
  if (subject.host) return hostFileName(subject.host, extension);
  const source = subject.record ?? subject.summary;
  return source ? certificateFileName(source, extension) : safeFileName('certificate', extension);
}

/** One certificate file of the given variant. */
export function certificateExportFile(der: Uint8Array, subject: ExportSubject, variant: CertificateVariant): ExportFile {
  const format: CertificateFileFormat = variant === 'der' ? 'der' : 'pem';
  return { name: certificateExportName(subject, format), bytes: certificateFileBytes(der, { format, lineEnding: variant === 'pem-crlf' ? 'crlf' : 'lf' }) };
}

/** The name of a chain file beside the certificate file: `www.example.ac.jp.chain.crt`, `.fullchain.crt`, `.p7b`. */
export function chainExportName(subject: ExportSubject, kind: ChainFileKind): string {
  const stem = certificateExportName(subject, 'pem').replace(/\.crt$/, '');
  return kind === 'p7b' ? safeFileName(stem, 'p7b') : safeFileName(`${stem}.${kind}`, 'crt');
}

/** One chain file: PEM (LF or CRLF) for `chain` and `fullchain`, DER PKCS#7 for `p7b`. */
export function chainExportFile(chain: ChainPath | readonly ChainLink[], subject: ExportSubject, kind: ChainFileKind, lineEnding: '\n' | '\r\n' = '\n'): ChainExportFile {
  return { kind, name: chainExportName(subject, kind), bytes: chainFileBytes(chain, kind, lineEnding) };
}

const CHAIN_KINDS: readonly ChainFileKind[] = ['chain', 'fullchain', 'p7b'];

/**
 * Every chain file of a chain that has an intermediate to put in them and, for a built path, that
 * validates (isExportablePath); none otherwise (a root-issued, unbuilt or failing chain).
 */
export function chainExportFiles(chain: ChainPath | readonly ChainLink[], subject: ExportSubject): ChainExportFile[] {
  const links = 'links' in chain ? chain.links : chain;
  if ('links' in chain && !isExportablePath(chain)) return [];
  if (!links.some((link) => link.role === 'intermediate')) return [];
  return CHAIN_KINDS.map((kind) => chainExportFile(chain, subject, kind));
}
