import type { LocalizedText } from '../model/localized-text';

// 証明書プロファイルID. Source: docs/list-format.md, "証明書プロファイルID (certificate profile)": server 3 and 11 (H),
// client 5, 7, 13, 14 and the early SHA-1 profile 1 (M). 15 and 16 are unknown and shown raw.
const PROFILE_LABELS: ReadonlyMap<number, LocalizedText> = new Map([
  [1, { ja: '旧プロファイル (SHA-1 時代)', en: 'Early profile (SHA-1 era)' }],
  [3, { ja: 'RSA 2048 / SHA-256 (サーバ証明書)', en: 'RSA 2048 / SHA-256 (server certificate)' }],
  [5, { ja: 'クライアント証明書', en: 'Client certificate' }],
  [7, { ja: 'S/MIME 証明書', en: 'S/MIME certificate' }],
  [11, { ja: 'ECDSA P-384 / SHA-384 (サーバ証明書)', en: 'ECDSA P-384 / SHA-384 (server certificate)' }],
  [13, { ja: 'クライアント証明書 (13か月)', en: 'Client certificate (13 months)' }],
  [14, { ja: 'クライアント証明書 (25か月)', en: 'Client certificate (25 months)' }],
]);

const NO_PROFILE: LocalizedText = { ja: '不明', en: 'Unknown' };

// Which certificates each profile issues (same source): server 3 and 11; client and S/MIME 5, 7, 13, 14.
const PROFILE_KINDS: ReadonlyMap<number, 'server' | 'client'> = new Map([
  [3, 'server'],
  [11, 'server'],
  [5, 'client'],
  [7, 'client'],
  [13, 'client'],
  [14, 'client'],
]);

/** Whether a 証明書プロファイルID issues server or client (S/MIME included) certificates; null when empty or not known. */
export function profileKind(id: number | null): 'server' | 'client' | null {
  return id === null ? null : (PROFILE_KINDS.get(id) ?? null);
}

/** The label of a 証明書プロファイルID; an unknown ID is shown as its raw number, an empty one as 不明/Unknown. */
export function profileLabel(id: number | null): LocalizedText {
  if (id === null) return NO_PROFILE;
  return PROFILE_LABELS.get(id) ?? { ja: String(id), en: String(id) };
}
