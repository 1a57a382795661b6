import type { KeyFileFindingCode } from '../../model/finding';
import { decodeBase64 } from '../../encoding/base64';
import { csrInfoFields } from '../csr/read-csr';
import { classifyDer, looksLikeDer, type DerKind } from '../classify-der';
import { decryptPkcs8, type DecryptFailure, type DecryptOutcome } from './encrypted-pkcs8';
import { decryptLegacyPem } from './legacy-encrypted-pem';
import { decodeText, normaliseText } from '../pem/normalise-text';
import { scanPem, type PemBlock } from '../pem/pem-scan';
import { publicKeyOfPrivateKey } from './private-key-der';
import { readPublicKeyParts, type PublicKeyParts } from './spki';

/** Why a key or CSR file gave no public key. */
export type KeyFileFailureCode = KeyFileFindingCode;

/** A failure with a detail that names a scheme, algorithm or file kind — never any content of the key. */
export interface KeyFileFailure {
  readonly code: KeyFileFailureCode;
  readonly detail: string;
}

/** A key-side file read down to its public key: from a private key (any syntax) or a CSR. No private value is kept. */
export type KeyFileRead =
  | { readonly ok: true; readonly source: 'private-key' | 'csr'; readonly format: string; readonly parts: PublicKeyParts }
  | { readonly ok: false; readonly failure: KeyFileFailure };

/** A failed read. */
const failed = (code: KeyFileFailureCode, detail = ''): KeyFileRead => ({ ok: false, failure: { code, detail } });

const KEY_LABELS = new Set(['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'CERTIFICATE REQUEST']);

/** The public key of a CertificationRequest (RFC 2986 §4.1: certificationRequestInfo → subjectPKInfo). */
function csrPublicKey(der: Uint8Array): PublicKeyParts | null {
  const fields = csrInfoFields(der);
  return fields ? readPublicKeyParts(der, fields.spki) : null;
}

/** Turns a plain private key DER into its public parts, then wipes the DER (it is always our own copy). */
async function fromPlainKey(der: Uint8Array, format: string): Promise<KeyFileRead> {
  try {
    const derived = await publicKeyOfPrivateKey(der);
    if (derived.ok) return { ok: true, source: 'private-key', format, parts: derived.parts };
    return derived.failure.reason === 'unsupported' ? failed('key-type-unsupported', derived.failure.algorithm) : failed('key-unreadable', 'private key');
  } finally {
    der.fill(0);
  }
}

function decryptFailure(failure: DecryptFailure): KeyFileRead {
  if (failure.reason === 'wrong-passphrase') return failed('key-passphrase-wrong');
  if (failure.reason === 'unsupported') return failed('key-encryption-unsupported', failure.scheme);
  return failed('key-unreadable', 'encrypted private key');
}

async function afterDecrypt(outcome: DecryptOutcome, format: string): Promise<KeyFileRead> {
  return outcome.ok ? fromPlainKey(outcome.der, format) : decryptFailure(outcome.failure);
}

/** Reads one DER blob of a known kind. `copy` is a private copy of the bytes, wiped by the callee. */
async function readDerKey(copy: Uint8Array, kind: DerKind, passphrase: string | undefined, format: string): Promise<KeyFileRead> {
  if (kind === 'csr') {
    const parts = csrPublicKey(copy);
    return parts ? { ok: true, source: 'csr', format: 'CSR', parts } : failed('key-unreadable', 'CSR');
  }
  if (kind === 'encrypted-private-key') {
    if (passphrase === undefined || passphrase === '') {
      copy.fill(0);
      return failed('key-passphrase-required');
    }
    const outcome = await decryptPkcs8(copy, passphrase);
    copy.fill(0);
    return afterDecrypt(outcome, 'encrypted PKCS#8');
  }
  if (kind === 'private-key') return fromPlainKey(copy, format);
  copy.fill(0);
  return failed(kind === 'certificate' || kind === 'pkcs7' ? 'key-file-is-certificate' : 'key-unreadable', kind);
}

async function readPemKey(block: PemBlock, passphrase: string | undefined): Promise<KeyFileRead> {
  const decoded = decodeBase64(block.base64);
  if (!decoded.ok || decoded.value.length === 0) return failed('key-unreadable', block.label);
  const der = decoded.value; // a fresh buffer owned here
  const procType = block.headers.get('proc-type') ?? '';
  const dekInfo = block.headers.get('dek-info');
  if (/ENCRYPTED/i.test(procType) || dekInfo !== undefined) {
    if (passphrase === undefined || passphrase === '') {
      der.fill(0);
      return failed('key-passphrase-required');
    }
    const outcome = await decryptLegacyPem(der, dekInfo ?? '', passphrase);
    der.fill(0);
    return afterDecrypt(outcome, `${block.label} (legacy encrypted)`);
  }
  const kind = block.label === 'ENCRYPTED PRIVATE KEY' ? 'encrypted-private-key' : block.label === 'CERTIFICATE REQUEST' ? 'csr' : 'private-key';
  const format = block.label === 'RSA PRIVATE KEY' ? 'PKCS#1' : block.label === 'EC PRIVATE KEY' ? 'SEC1' : 'PKCS#8';
  return readDerKey(der, kind, passphrase, format);
}

/**
 * Reads a private key file (PEM PKCS#1 / PKCS#8 / SEC1, DER PKCS#8, encrypted PKCS#8, legacy OpenSSL
 * encrypted PEM) or a CSR, down to its public key. The private key exists only inside this call: every
 * decoded or decrypted copy is wiped before returning, and nothing derived from it but the public key
 * is returned. Never throws.
 */
export async function readKeyFile(file: { readonly name: string; readonly bytes: Uint8Array }, passphrase?: string): Promise<KeyFileRead> {
  try {
    if (looksLikeDer(file.bytes)) {
      const copy = file.bytes.slice();
      const kind = classifyDer(copy);
      return await readDerKey(copy, kind, passphrase, 'PKCS#8 DER');
    }
    const { text } = normaliseText(decodeText(file.bytes).text);
    const blocks = scanPem(text).blocks;
    const block = blocks.find((candidate) => KEY_LABELS.has(candidate.label));
    if (block) return await readPemKey(block, passphrase);
    const other = blocks[0];
    if (other?.label === 'CERTIFICATE' || other?.label === 'PKCS7') return failed('key-file-is-certificate', other.label);
    return failed('key-unreadable', other?.label ?? 'no PEM block');
  } catch {
    return failed('key-unreadable', 'unexpected content');
  }
}
