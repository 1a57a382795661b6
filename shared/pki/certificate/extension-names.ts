import type { LocalizedText } from '../../model/localized-text';

/**
 * The names Windows' certificate dialog gives extensions and purposes (キー使用法, 拡張キー使用法,
 * 基本制限 …), which is where staff meet them; one table for the desk and the command line. An OID
 * without an entry keeps its RFC 5280 name.
 */
export const EXTENSION_NAMES = {
  subjectKeyIdentifier: { oid: '2.5.29.14', ja: 'サブジェクト キー識別子', en: 'Subject Key Identifier' },
  keyUsage: { oid: '2.5.29.15', ja: 'キー使用法', en: 'Key Usage' },
  subjectAltName: { oid: '2.5.29.17', ja: 'サブジェクト代替名', en: 'Subject Alternative Name' },
  basicConstraints: { oid: '2.5.29.19', ja: '基本制限', en: 'Basic Constraints' },
  crlDistributionPoints: { oid: '2.5.29.31', ja: 'CRL 配布ポイント', en: 'CRL Distribution Points' },
  certificatePolicies: { oid: '2.5.29.32', ja: '証明書ポリシー', en: 'Certificate Policies' },
  authorityKeyIdentifier: { oid: '2.5.29.35', ja: '機関キー識別子', en: 'Authority Key Identifier' },
  extendedKeyUsage: { oid: '2.5.29.37', ja: '拡張キー使用法', en: 'Extended Key Usage' },
  authorityInfoAccess: { oid: '1.3.6.1.5.5.7.1.1', ja: '機関情報アクセス', en: 'Authority Information Access' },
} as const satisfies Readonly<Record<string, LocalizedText & { readonly oid: string }>>;

/** Extended key usage purposes as Windows names them (RFC 5280 §4.2.1.12). */
const PURPOSE_NAMES: Readonly<Record<string, LocalizedText>> = {
  '1.3.6.1.5.5.7.3.1': { ja: 'サーバ認証', en: 'Server Authentication' },
  '1.3.6.1.5.5.7.3.2': { ja: 'クライアント認証', en: 'Client Authentication' },
};

const BY_OID: ReadonlyMap<string, LocalizedText> = new Map(Object.values(EXTENSION_NAMES).map((name) => [name.oid, name]));

/** Windows' name of an extension, or null when it has none here. */
export function extensionName(oid: string): LocalizedText | null {
  return BY_OID.get(oid) ?? null;
}

/** Windows' name of an extended key usage purpose, or null. */
export function purposeName(oid: string): LocalizedText | null {
  return Object.hasOwn(PURPOSE_NAMES, oid) ? PURPOSE_NAMES[oid]! : null;
}
