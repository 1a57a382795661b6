import type { OpenedFile } from '../../../shared/ipc/contract';
import { otherFileTypeOf } from '../../../shared/pki/file-signature';

const CERTIFICATE_EXTENSIONS = /\.(crt|cer|pem|der|p7b|p7c|cert|key|csr)$/i;
const LIST_EXTENSIONS = /\.(tsv|txt|csv)$/i;
const PEM_ARMOUR = '-----BEGIN';

/** True when the bytes start (after whitespace) with a PEM armour line or a DER SEQUENCE with a long length. */
function looksLikeCertificate(bytes: Uint8Array): boolean {
  let start = 0;
  while (start < bytes.length && start < 64 && (bytes[start] === 0x20 || bytes[start] === 0x0a || bytes[start] === 0x0d || bytes[start] === 0x09)) start++;
  if (bytes[start] === 0x30 && (bytes[start + 1] === 0x82 || bytes[start + 1] === 0x83)) return true;
  let head = '';
  for (let i = start; i < Math.min(bytes.length, start + PEM_ARMOUR.length); i++) head += String.fromCharCode(bytes[i]!);
  return head === PEM_ARMOUR;
}

/**
 * Whether an opened file is a certificate list (TSV) or loose certificates, by its name and then its
 * first bytes. A file chosen with 証明書ファイルを開く (`chosenAs`) is a certificate file unless its name
 * says list; an image, PDF or Office file goes to the certificate reader, which says what it is.
 */
export function classifyOpenedFile(file: OpenedFile, chosenAs: 'certificates' | null = null): 'list' | 'certificates' {
  if (CERTIFICATE_EXTENSIONS.test(file.name)) return 'certificates';
  if (LIST_EXTENSIONS.test(file.name)) return 'list';
  if (chosenAs === 'certificates' || otherFileTypeOf(file.bytes) !== null) return 'certificates';
  return looksLikeCertificate(file.bytes) ? 'certificates' : 'list';
}
