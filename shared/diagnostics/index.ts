/** The public API of shared/diagnostics: every check returns Findings with a stable code, ja/en message and advice. */
export { validityFindings, type ValidityOptions } from './validity';
export { strengthFindings, type StrengthDetails } from './strength';
export { tsvMismatchFindings, type FingerprintDetails } from './tsv-consistency';
export { tsvRevocationFindings } from './revocation';
export { matchHostName, dnsNameMatches, type CertificateNames, type HostMatch } from './name-match';
export { toAsciiHost, encodePunycode } from '../encoding/punycode';
export { readCertificatesLeniently, type LenientRead } from './pem-doctor';
export type { FileCertificate } from '../pki/read-certificate-file';
export { readPkcs7Certificates, encodePkcs7 } from '../pki/pkcs7';
export { buildChain, type ChainLink, type ChainResult, type ChainOptions, type ChainRole, type ChainLinkStatus, type ChainSource } from './chain';
export { bundledCaDers } from '../pki/chain/chain-pool';
export { chainFileBytes, chainFileCertificates, chainFileName, verifyChainFile, type ChainFileKind, type ChainFileCheck } from './chain-files';
export { matchKey, type KeyMatchResult } from './key-match';
export { readCrl, checkCrl, type ParsedCrl, type CrlCheck } from './crl';
export { diagnoseCertificate, type DiagnoseInput } from './diagnose';
export { sortFindings } from './make-finding';
export { BUNDLED_CAS, type BundledCa } from '../pki/cas/bundled-cas';
