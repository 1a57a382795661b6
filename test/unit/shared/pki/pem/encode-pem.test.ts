import { beforeAll, describe, expect, it } from 'vitest';
import { encodePem } from '../../../../../shared/pki/pem/encode-pem';
import { makeCertificate, toPemText } from '../certificate/make-certificates';

let der: Uint8Array;
let pem: string;
beforeAll(async () => {
  der = (await makeCertificate()).der;
  pem = toPemText(der);
});

describe('encodePem', () => {
  it('writes 64-character lines, the label and a final newline', () => {
    expect(encodePem(der)).toBe(pem);
  });

  it('writes CRLF when asked and another label', () => {
    const text = encodePem(Uint8Array.of(1, 2, 3), 'X509 CRL', '\r\n');
    expect(text).toBe('-----BEGIN X509 CRL-----\r\nAQID\r\n-----END X509 CRL-----\r\n');
  });
});
