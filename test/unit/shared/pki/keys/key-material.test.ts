import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../../../shared/encoding/base64';
import { findKeyMaterial, keyMaterialNotice, withoutKeyMaterial } from '../../../../../shared/pki/keys/key-material';
import { makePastedKey } from '../../../../support/private-keys';
import { makeCertificateDer } from '../../../cli/test-certificates';

const key = makePastedKey();

describe('findKeyMaterial', () => {
  it.each([
    { name: 'finds a PKCS#8 PEM key', input: key.pkcs8Pem, want: { line: 1, column: 1 } },
    { name: 'finds a PKCS#1 RSA PEM key', input: key.rsaPem, want: { line: 1, column: 1 } },
    { name: 'finds an encrypted PEM key', input: key.encryptedPem, want: { line: 1, column: 1 } },
    { name: 'finds a key flattened into one line of a cell', input: key.pkcs8Pem.replaceAll('\n', ' '), want: { line: 1, column: 1 } },
    { name: 'finds a key after text, at its line and column', input: `see below\n  ${key.pkcs8Pem}`, want: { line: 2, column: 3 } },
    { name: 'finds an OpenSSH key', input: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----', want: { line: 1, column: 1 } },
    { name: 'finds a PuTTY key', input: 'PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none', want: { line: 1, column: 1 } },
    { name: 'finds bare base64 DER of a PKCS#8 key (a certificate cell)', input: key.bareBase64, want: { line: 1, column: 1 } },
    { name: 'finds bare base64 of a key after a label in the same cell', input: `key: ${key.bareBase64}`, want: { line: 1, column: 6 } },
    { name: 'finds wrapped base64 of a key below a line of text', input: `秘密鍵です\n${key.bareBase64.match(/.{1,64}/g)!.join('\n')}\nよろしく`, want: { line: 2, column: 1 } },
    { name: 'finds base64 of a key followed by words', input: `${key.bareBase64} thanks`, want: { line: 1, column: 1 } },
    { name: 'finds nothing in a host name', input: 'www.example.ac.jp', want: null },
    { name: 'finds nothing in "private key" as words', input: '秘密鍵 private key を再発行', want: null },
  ])('$name', ({ input, want }) => expect(findKeyMaterial(input)).toEqual(want));

  it('finds nothing in a certificate cell', async () => {
    const der = await makeCertificateDer({ commonName: 'www.example.ac.jp', serialHex: '01', notBefore: new Date('2026-01-01'), notAfter: new Date('2026-12-31') });
    expect(findKeyMaterial(encodeBase64(der))).toBeNull();
    expect(findKeyMaterial(`certificate: ${encodeBase64(der)}`)).toBeNull();
  });
});

describe('withoutKeyMaterial', () => {
  it('says what it is and where, in each language, never the key', () => {
    expect(withoutKeyMaterial(key.bareBase64, 'en', { line: 12, column: 31 })).toBe('[a private key is here; its content is not shown (line 12, column 31)]');
    expect(withoutKeyMaterial(key.bareBase64, 'ja', { line: 12, column: 31 })).toBe('〔秘密鍵が入っています。内容は表示しません（12行目 31列目）〕');
  });

  it('counts the key\'s own line inside a multi-line cell', () => {
    expect(keyMaterialNotice({ line: 3, column: 1 }, { line: 10, column: null }).en).toBe('[a private key is here; its content is not shown (line 12)]');
  });

  it('leaves other text as it is', () => expect(withoutKeyMaterial('山田 太郎', 'ja')).toBe('山田 太郎'));
});
