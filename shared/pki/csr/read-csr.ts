import { decodeBase64, encodeBase64 } from '../../encoding/base64';
import { readDnAttributes, readDistinguishedName, type DnAttribute } from '../certificate/distinguished-name';
import { classifyDer } from '../classify-der';
import { readChildren, readElement, type DerElement } from '../der/der-reader';
import { readPublicKeyFacts, readPublicKeyParts, type PublicKeyFacts, type PublicKeyParts } from '../keys/spki';
import { decodeText } from '../pem/normalise-text';
import { scanPem } from '../pem/pem-scan';
import { x509 } from '../x509-library';

/**
 * A PKCS#10 certificate signing request (RFC 2986) read down to what a request file is checked
 * against: its subject, its key, the host names it asks for and whether its self-signature holds.
 */

/** What a CSR says. */
export interface CsrFacts {
  readonly der: Uint8Array;
  /** The DER as one line of base64, the form column 7 of a request file takes. */
  readonly base64: string;
  /** The subject's attributes in encoding order (C first in most CSRs, CN first in some). */
  readonly subject: readonly DnAttribute[];
  /** The subject as text (RFC 4514 escapes, encoding order, ", " between RDNs). */
  readonly subjectText: string;
  readonly key: PublicKeyParts | null;
  readonly keyFacts: PublicKeyFacts;
  /** dNSNames of the subjectAltName in the CSR's extensionRequest. */
  readonly dnsNames: readonly string[];
  /** 'unsupported': an algorithm this app does not verify, so it cannot say either way. */
  readonly signature: 'valid' | 'invalid' | 'unsupported';
}

/** Why no CSR could be read. */
export type CsrFailure = 'empty' | 'not-base64' | 'not-a-csr' | 'malformed';

export type CsrRead = { readonly ok: true; readonly csr: CsrFacts } | { readonly ok: false; readonly failure: CsrFailure; readonly found?: string };

/** The CertificationRequestInfo's subject and subjectPKInfo elements, or null when the shape is wrong. */
export function csrInfoFields(der: Uint8Array): { readonly subject: DerElement; readonly spki: DerElement } | null {
  const top = readElement(der, 0);
  if (typeof top === 'string' || top.end !== der.length) return null;
  const outer = readChildren(der, top);
  if (typeof outer === 'string' || outer.length !== 3) return null;
  const info = readChildren(der, outer[0]!);
  if (typeof info === 'string' || info.length < 3) return null;
  return { subject: info[1]!, spki: info[2]! };
}

/** The self-signature's verdict (the library hashes the info's bytes as they stand). */
async function checkSignature(request: x509.Pkcs10CertificateRequest): Promise<CsrFacts['signature']> {
  try {
    return (await request.verify()) ? 'valid' : 'invalid';
  } catch {
    return 'unsupported';
  }
}

const SUBJECT_ALT_NAME_OID = '2.5.29.17';

function sanDnsNames(request: x509.Pkcs10CertificateRequest): string[] {
  try {
    const extension = request.getExtension(SUBJECT_ALT_NAME_OID);
    if (!extension) return [];
    const san = new x509.SubjectAlternativeNameExtension(extension.rawData);
    return san.names.items.filter((name) => name.type === 'dns').map((name) => name.value);
  } catch {
    return [];
  }
}

/** Reads a CSR from its DER. Never throws. */
export async function readCsrDer(der: Uint8Array): Promise<CsrRead> {
  if (der.length === 0) return { ok: false, failure: 'empty' };
  const kind = classifyDer(der);
  const fields = kind === 'csr' ? csrInfoFields(der) : null;
  if (kind !== 'csr') return { ok: false, failure: 'not-a-csr', ...(kind === 'unknown' ? {} : { found: kind }) };
  if (fields === null) return { ok: false, failure: 'malformed' };
  const subject = readDnAttributes(der, fields.subject);
  const subjectText = readDistinguishedName(der, fields.subject);
  const keyFacts = readPublicKeyFacts(der, fields.spki);
  if (subject === null || subjectText === null || keyFacts === null) return { ok: false, failure: 'malformed' };
  let request: x509.Pkcs10CertificateRequest;
  try {
    request = new x509.Pkcs10CertificateRequest(new Uint8Array(der));
  } catch {
    return { ok: false, failure: 'malformed' };
  }
  return {
    ok: true,
    csr: {
      der,
      base64: encodeBase64(der),
      subject,
      subjectText: subjectText.text,
      key: readPublicKeyParts(der, fields.spki),
      keyFacts,
      dnsNames: sanDnsNames(request),
      signature: await checkSignature(request),
    },
  };
}

/**
 * Reads a CSR from text: a PEM block (`CERTIFICATE REQUEST`, also `NEW CERTIFICATE REQUEST`) or bare
 * base64, on one line as in a request file or wrapped. Never throws.
 */
export async function readCsrText(text: string): Promise<CsrRead> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, failure: 'empty' };
  const block = trimmed.includes('-----BEGIN') ? scanPem(trimmed).blocks[0] : undefined;
  if (trimmed.includes('-----BEGIN') && (block === undefined || !/CERTIFICATE REQUEST$/.test(block.label))) {
    return { ok: false, failure: 'not-a-csr', ...(block ? { found: block.label } : {}) };
  }
  const decoded = decodeBase64(block ? block.base64 : trimmed.replace(/\s+/g, ''));
  if (!decoded.ok) return { ok: false, failure: 'not-base64' };
  return readCsrDer(decoded.value);
}

/** Reads a CSR file: DER, or PEM / base64 text in any encoding the PEM reader takes. Never throws. */
export async function readCsrFile(bytes: Uint8Array): Promise<CsrRead> {
  if (bytes[0] === 0x30) {
    const outcome = await readCsrDer(bytes);
    if (outcome.ok) return outcome;
  }
  return readCsrText(decodeText(bytes).text);
}
