import { decodeBase64 } from '../encoding/base64';
import type { Finding } from '../model/finding';
import type { ChainPath } from '../pki/chain/build-chain-path';
import { isSelfIssued, makeEntry, verifiesWith } from '../pki/chain/chain-pool';
import { chainFileCertificates, type ChainFileKind } from '../pki/chain/chain-file-certificates';
import { sha256Hex } from '../pki/digest';
import { scanPem } from '../pki/pem/pem-scan';
import { readPkcs7Certificates } from '../pki/pkcs7';
import { makeFinding } from './make-finding';

/** What verifyChainFile found: the SHA-256s read back in order, and one finding (`chain-file-verified` or `chain-file-invalid`). */
export interface ChainFileCheck {
  readonly ok: boolean;
  readonly sha256s: string[];
  readonly finding: Finding;
}

function readBack(bytes: Uint8Array, kind: ChainFileKind): Uint8Array[] | null {
  if (kind === 'p7b') {
    const read = readPkcs7Certificates(bytes);
    return read.ok ? read.certificates : null;
  }
  const ders: Uint8Array[] = [];
  for (const block of scanPem(new TextDecoder().decode(bytes).replace(/\r\n/g, '\n')).blocks) {
    const decoded = decodeBase64(block.base64);
    if (block.label !== 'CERTIFICATE' || !decoded.ok || block.issues.length > 0) return null;
    ders.push(decoded.value);
  }
  return ders;
}

const invalid = (sha256s: string[], why: { ja: string; en: string }): ChainFileCheck => ({
  ok: false,
  sha256s,
  finding: makeFinding('chain-file-invalid', 'error', { ja: `書き出したファイルの確認に失敗しました: ${why.ja}`, en: `The written file failed its check: ${why.en}` }, { ja: 'もう一度書き出してください。', en: 'Export it again.' }),
});

/**
 * Reads a written chain file back and checks it holds exactly the expected certificates in order:
 * with `chain` given, exactly chainFileCertificates(chain, kind); always, that `fullchain`/`p7b` start
 * with the leaf (`leafSha256`), that `chain` does not hold it, that each certificate is signed by the
 * next, and that no self-signed root is included. Never throws.
 */
export async function verifyChainFile(bytes: Uint8Array, kind: ChainFileKind, leafSha256: string, chain?: ChainPath): Promise<ChainFileCheck> {
  const ders = readBack(bytes, kind);
  if (!ders || ders.length === 0) return invalid([], { ja: '証明書を読み戻せません', en: 'no certificate could be read back' });
  const sha256s = await Promise.all(ders.map((der) => sha256Hex(der)));
  if (chain) {
    const expected = await Promise.all(chainFileCertificates(chain, kind).map((der) => sha256Hex(der)));
    if (expected.join() !== sha256s.join()) return invalid(sha256s, { ja: '中身または順番が期待と違います', en: 'its certificates or their order differ from what was expected' });
  }
  if (kind === 'chain' ? sha256s.includes(leafSha256) : sha256s[0] !== leafSha256) {
    return invalid(sha256s, kind === 'chain' ? { ja: 'サーバ証明書が含まれています', en: 'it holds the server certificate' } : { ja: '先頭がサーバ証明書ではありません', en: 'it does not start with the server certificate' });
  }
  const entries = await Promise.all(ders.map((der) => makeEntry(der, 'presented')));
  if (entries.some((entry) => entry === null)) return invalid(sha256s, { ja: '読めない証明書があります', en: 'a certificate in it cannot be read' });
  for (let i = 0; i < entries.length; i++) {
    if (isSelfIssued(entries[i]!)) return invalid(sha256s, { ja: 'ルート証明書が含まれています', en: 'it holds a root certificate' });
    if (i > 0 && !(await verifiesWith(entries[i - 1]!, entries[i]!))) return invalid(sha256s, { ja: '順番が発行の順になっていません', en: 'the certificates are not in issuing order' });
  }
  return {
    ok: true,
    sha256s,
    finding: makeFinding('chain-file-verified', 'ok', { ja: `書き出したファイルを読み戻し、${ders.length} 枚の証明書が正しい順に入っていることを確認しました。`, en: `Read the written file back: it holds the ${ders.length} expected certificate(s) in the right order.` }),
  };
}
