import { basename } from 'node:path';
import { readCertificatesLeniently } from '../shared/diagnostics/pem-doctor';
import { MAX_CERTIFICATE_FILE_BYTES } from '../shared/model/limits';
import { inputError } from './cli-error';
import type { CliIo } from './command';
import { readInputFile } from './files-or-exit';
import { bothLanguages } from './i18n/i18n';

/**
 * The DER of every certificate in the --ca files, in order (PEM, DER or PKCS#7; each file may hold
 * several), each read within the certificate-file limit. A file that cannot be read, is over the
 * limit or holds no certificate ends the command with exit 1.
 */
export async function readCaFiles(files: readonly string[], io: CliIo): Promise<Uint8Array[]> {
  const ders: Uint8Array[] = [];
  for (const file of files) {
    const read = await readCertificatesLeniently(basename(file), await readInputFile(file, io.cwd, MAX_CERTIFICATE_FILE_BYTES));
    if (read.certificates.length === 0) {
      const code = read.findings[0]?.code ?? 'no-certificate-found';
      throw inputError(bothLanguages('ca.noCertificate', { file, code }));
    }
    ders.push(...read.certificates.map((certificate) => certificate.der));
  }
  return ders;
}
