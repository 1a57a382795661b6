import { sameBytes } from '../encoding/bytes';
import type { LocalizedText } from '../model/localized-text';
import type { CsrFacts, CsrRead } from '../pki/csr/read-csr';
import { encodeSpki, type PublicKeyParts } from '../pki/keys/spki';
import { requestFinding, type RequestFinding } from './request-finding';
import { columnName, PROFILE_KEYS, type RequestRow } from './request-format';
import { dnPartsOfCsr, formatRequestDn, parseRequestDn, sameDnParts } from './request-dn';

/**
 * The CSR of an issue or renewal request (column 7) against the rest of its row: readable, signed
 * by its own key, the same DN as column 1, a key that fits the profile, and a key never used before.
 */

/** A key the CSR must not reuse, and how to name its certificate in the message. */
export interface UsedKey {
  readonly key: PublicKeyParts;
  readonly certificate: LocalizedText;
}

const where = columnName('csr');

/** True when two public keys are the same key (compared by their canonical SubjectPublicKeyInfo). */
export function samePublicKey(a: PublicKeyParts, b: PublicKeyParts): boolean {
  return sameBytes(encodeSpki(a), encodeSpki(b));
}

/** "RSA 2048", "ECDSA P-256", …: the CSR's key in the words the profiles use. */
export function csrKeyLabel(csr: CsrFacts): string {
  const { keyAlgorithm, keySize, curve } = csr.keyFacts;
  if (keyAlgorithm === 'RSA') return `RSA ${keySize ?? '?'}`;
  if (keyAlgorithm === 'EC') return `ECDSA ${curve ?? '?'}`;
  return keyAlgorithm;
}

/** The profile ID ('3' or '11') a CSR's key fits, or null when it fits neither. */
export function profileForCsr(csr: CsrFacts): string | null {
  const { keyAlgorithm, keySize, curve } = csr.keyFacts;
  if (keyAlgorithm === 'RSA' && keySize === 2048) return '3';
  if (keyAlgorithm === 'EC' && curve === 'P-384') return '11';
  return null;
}

/** Why a CSR could not be read, as a finding: of column 7 of a request file, or of the CSR file named `fileName`. */
export function csrUnreadableFinding(read: Extract<CsrRead, { ok: false }>, fileName?: string): RequestFinding {
  const found = read.found ? { ja: `（${read.found} が入っています）`, en: ` (it holds a ${read.found})` } : { ja: '', en: '' };
  if (fileName !== undefined) {
    return requestFinding('csr-unreadable', 'error', { ja: `${fileName} を CSR（PKCS#10）として読めません${found.ja}。-----BEGIN CERTIFICATE REQUEST----- で始まる PEM か、DER の CSR ファイルを選んでください。`, en: `${fileName} does not read as a CSR (PKCS#10)${found.en}. Choose a PEM file starting -----BEGIN CERTIFICATE REQUEST-----, or a DER CSR.` }, 'csr');
  }
  return requestFinding('csr-unreadable', 'error', { ja: `${where.ja}を CSR（PKCS#10）として読めません${found.ja}。-----BEGIN/END----- の行と改行を除いた Base64 を 1 行で書きます。`, en: `${where.en} does not read as a CSR (PKCS#10)${found.en}. It is the base64 without the -----BEGIN/END----- lines and line breaks, on one line.` }, 'csr');
}

/** The CSR rules for one row (whose column 7 was read into `read`); `usedKeys` are keys already certified, which a new request may not reuse. */
export function checkRequestCsr(row: RequestRow, read: CsrRead, usedKeys: readonly UsedKey[] = []): RequestFinding[] {
  if (!read.ok) return [csrUnreadableFinding(read)];
  const { csr } = read;
  const found: RequestFinding[] = [];
  if (csr.signature === 'invalid') {
    found.push(requestFinding('csr-signature-invalid', 'error', { ja: 'CSR の署名が検証できません。CSR が壊れているか、書き換えられています。利用管理者に CSR を作り直してもらってください。', en: "The CSR's signature does not verify: the CSR is damaged or was altered. Ask the administrator to make it again." }, 'csr'));
  } else if (csr.signature === 'unsupported') {
    found.push(requestFinding('csr-signature-unchecked', 'warning', { ja: 'CSR の署名アルゴリズムをこのアプリは検証できません。', en: "This app cannot verify the CSR's signature algorithm." }, 'csr'));
  }
  const rowDn = parseRequestDn(row.subjectDn);
  const csrDn = dnPartsOfCsr(csr.subject);
  if (rowDn !== null && !sameDnParts(rowDn, csrDn)) {
    found.push(requestFinding('csr-dn-mismatch', 'error', { ja: `CSR の DN（${formatRequestDn(csrDn)}）が 1 列目の主体者DN（${row.subjectDn}）と違います。`, en: `The CSR's DN (${formatRequestDn(csrDn)}) differs from the subject DN in column 1 (${row.subjectDn}).` }, 'csr'));
  }
  const profile = PROFILE_KEYS[row.profileId];
  if (profile !== undefined && profileForCsr(csr) !== row.profileId) {
    const fits = profileForCsr(csr);
    const hint = fits ? { ja: `この鍵ならプロファイル ${fits} です。`, en: `This key fits profile ${fits}.` } : { ja: 'どちらのプロファイル（3: RSA 2048、11: ECDSA P-384）にも合いません。', en: 'It fits neither profile (3: RSA 2048, 11: ECDSA P-384).' };
    found.push(requestFinding('csr-key-profile', 'error', { ja: `CSR の鍵は ${csrKeyLabel(csr)} です。プロファイル ${row.profileId} には ${profile.label} の鍵が必要です。${hint.ja}`, en: `The CSR's key is ${csrKeyLabel(csr)}; profile ${row.profileId} needs ${profile.label}. ${hint.en}` }, 'csr'));
  }
  const reused = csr.key === null ? undefined : usedKeys.find((used) => samePublicKey(used.key, csr.key!));
  if (reused) {
    found.push(requestFinding('csr-key-reused', 'error', { ja: `CSR の鍵は ${reused.certificate.ja}と同じ鍵です。更新・発行には新しく作った鍵ペアが必要です。`, en: `The CSR's key is the key of ${reused.certificate.en}. A renewal or issue needs a newly made key pair.` }, 'csr'));
  }
  const requested = row.dnsNames === '' ? [] : row.dnsNames.split(',').map((entry) => entry.replace(/^dNSName=/, '').toLowerCase());
  const asked = csr.dnsNames.map((name) => name.toLowerCase()).filter((name) => name !== row.fqdn.toLowerCase() && !requested.includes(name));
  if (asked.length > 0) {
    found.push(requestFinding('csr-san-differs', 'info', { ja: `CSR の subjectAltName にある ${asked.join(', ')} は 13 列目にありません。NII は 13 列目の名前で発行します。必要なら 13 列目に加えてください。`, en: `The CSR's subjectAltName asks for ${asked.join(', ')}, which column 13 does not list. NII issues for the names in column 13; add them there if they are wanted.` }, 'dnsNames'));
  }
  return found;
}
