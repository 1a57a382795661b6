/** Builders for in-test list files: rows by column key, TSV text, encodings and a real certificate. */
import { x509 } from '../../../../shared/pki/x509-library';
import iconv from 'iconv-lite';
import { SERVER_COLUMNS, type ColumnKey } from '../../../../shared/model/columns';
import { encodeBase64 } from '../../../../shared/encoding/base64';

/** The serverAll.tsv header labels in file order. */
export const SERVER_HEADER: string[] = SERVER_COLUMNS.map((column) => column.ja);

/**
 * One row that reaches its application ID, 状態 and FQDN and stops there: short of the later columns,
 * so it is read (padded) with a problem; ends with a newline. (A line cut before those is a problem and no row at all.)
 */
export const SHORT_SERVER_ROW = (() => {
  const cells = SERVER_COLUMNS.slice(0, Math.max(...(['applicationId', 'status', 'fqdn'] as const).map((key) => SERVER_COLUMNS.findIndex((column) => column.key === key))) + 1).map(() => '');
  cells[0] = 'A1';
  cells[SERVER_COLUMNS.findIndex((column) => column.key === 'fqdn')] = 'x';
  return `${cells.join('\t')}\n`;
})();

/** A self-signed certificate made for a test, with its DER and PEM forms. */
export interface TestCertificate {
  readonly der: Uint8Array;
  readonly base64: string;
  readonly pem: string;
  readonly serialDecimal: string;
}

let cached: Promise<TestCertificate> | null = null;

/** One real ECDSA P-256 certificate (www.example.ac.jp), generated once per test file. */
export function testCertificate(): Promise<TestCertificate> {
  cached ??= (async () => {
    const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
    const keys = await globalThis.crypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
    const cert = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: '3a8f09',
      name: 'CN=www.example.ac.jp, O=Example University, C=JP',
      notBefore: new Date('2025-01-01T00:00:00Z'),
      notAfter: new Date('2026-01-31T00:00:00Z'),
      keys,
      signingAlgorithm: algorithm,
      extensions: [new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: 'www.example.ac.jp' }])],
    });
    const der = new Uint8Array(cert.rawData);
    const base64 = encodeBase64(der);
    return { der, base64, pem: cert.toString('pem'), serialDecimal: BigInt('0x3a8f09').toString() };
  })();
  return cached;
}

/** Typical values for one issued certificate's row. */
export const BASE_ROW: Partial<Record<ColumnKey, string>> = {
  applicationId: '100001',
  operationId: '200001',
  subjectDn: 'CN=www.example.ac.jp,O=Example University,L=Academe,ST=Tokyo,C=JP',
  submittedAt: '2025/01/01 10:00:00',
  completedAt: '2025/01/01 10:05:00',
  applicationType: '1',
  profileId: '3',
  status: '5',
  adminName: '山田 太郎',
  adminAffiliation: '情報基盤センター',
  adminMail: 'admin@example.ac.jp',
  fqdn: 'www.example.ac.jp',
  dnsNames: 'dNSName=www.example.ac.jp,dNSName=example.ac.jp',
  serialNumber: '3837705',
  fingerprint: 'AB:CD:EF',
  notBefore: '2025/01/01 09:00:00',
  notAfter: '2026/01/31 09:00:00',
  urlExpiresAt: '2025-01-31 10:05',
  accessPin: '1234abcd',
  lastUpdatedAt: '2025/01/02',
};

/** The cells of a serverAll.tsv row in header order, from values by column key ("" where absent). */
export function serverRow(values: Partial<Record<ColumnKey, string>>): string[] {
  return SERVER_COLUMNS.map((column) => values[column.key] ?? '');
}

/** TSV text from rows of cells. */
export function toTsv(rows: readonly (readonly string[])[], newline = '\r\n', finalNewline = true): string {
  const text = rows.map((cells) => cells.join('\t')).join(newline);
  return finalNewline ? text + newline : text;
}

/** The bytes of a text in one of the encodings a list file arrives in. */
export function encodeText(text: string, encoding: 'shift_jis' | 'utf-8' | 'utf-8-bom'): Uint8Array {
  if (encoding === 'shift_jis') return new Uint8Array(iconv.encode(text, 'cp932'));
  const bytes = new TextEncoder().encode(text);
  if (encoding === 'utf-8') return bytes;
  const withBom = new Uint8Array(bytes.length + 3);
  withBom.set([0xef, 0xbb, 0xbf]);
  withBom.set(bytes, 3);
  return withBom;
}
