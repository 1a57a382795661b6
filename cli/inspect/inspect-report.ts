import type { ChainLink } from '../../shared/pki/chain/build-chain-path';
import type { FileCertificate } from '../../shared/pki/read-certificate-file';
import type { Finding } from '../../shared/model/finding';
import type { CrlInput } from '../crl-input';
import type { KeyInput } from '../key-input';

/** Everything the per-certificate checks of `inspect` use besides the certificate itself. */
export interface InspectSetup {
  /** --host, or null. */
  readonly host: string | null;
  readonly key: KeyInput | null;
  /** Every certificate of the --ca files (DER). */
  readonly extraCas: readonly Uint8Array[];
  readonly crls: readonly CrlInput[];
  /** Certificates a CRL may be signed by: bundled CAs, --ca, and the inspected files' certificates. */
  readonly crlSigners: readonly Uint8Array[];
  /** The instant validity is judged at, epoch ms. */
  readonly now: number;
}

/** One certificate of an inspected file with its findings (errors first) and, when one was built, its chain. */
export interface CertificateReport {
  readonly certificate: FileCertificate;
  readonly findings: Finding[];
  readonly chain: readonly ChainLink[] | null;
}

/** One inspected file: its certificates, its file-level findings, or why it could not be read at all. */
export interface FileReport {
  readonly file: string;
  readonly certificates: CertificateReport[];
  readonly findings: Finding[];
  /** Set when the file itself could not be read (missing, a folder, too large). */
  readonly error: string | null;
}
