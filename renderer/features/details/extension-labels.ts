import type { MessageKey } from '../../i18n/ja';

/**
 * The names Windows' certificate dialog gives extensions and purposes (キー使用法, 拡張キー使用法,
 * 基本制限 …), which is where staff meet them; an OID without an entry keeps its RFC 5280 name.
 */
export const EXTENSION_LABEL_KEY: Readonly<Record<string, MessageKey>> = {
  '2.5.29.14': 'x509.subjectKeyIdentifier',
  '2.5.29.15': 'x509.keyUsage',
  '2.5.29.17': 'x509.subjectAltName',
  '2.5.29.19': 'x509.basicConstraints',
  '2.5.29.31': 'x509.crlDistributionPoints',
  '2.5.29.32': 'x509.certificatePolicies',
  '2.5.29.35': 'x509.authorityKeyIdentifier',
  '2.5.29.37': 'x509.extendedKeyUsage',
  '1.3.6.1.5.5.7.1.1': 'x509.authorityInfoAccess',
};

/** Extended key usage purposes as Windows names them (RFC 5280 §4.2.1.12). */
export const EXTENDED_KEY_USAGE_LABEL_KEY: Readonly<Record<string, MessageKey>> = {
  '1.3.6.1.5.5.7.3.1': 'x509.eku.serverAuth',
  '1.3.6.1.5.5.7.3.2': 'x509.eku.clientAuth',
};

/** The message key for an OID in one of the tables above, or null. */
export function labelKeyOf(table: Readonly<Record<string, MessageKey>>, oid: string): MessageKey | null {
  return Object.hasOwn(table, oid) ? table[oid]! : null;
}
