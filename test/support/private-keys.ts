import { generateKeyPairSync } from 'node:crypto';

/** One fresh private key in the forms people paste by mistake, and a stretch of its base64 to look for in outputs. */
export interface PastedKey {
  /** PKCS#8 PEM ("BEGIN PRIVATE KEY"), with line breaks. */
  readonly pkcs8Pem: string;
  /** The same key as one line of bare base64 DER: how the list carries a certificate. */
  readonly bareBase64: string;
  /** PKCS#1 PEM ("BEGIN RSA PRIVATE KEY"). */
  readonly rsaPem: string;
  /** Encrypted PKCS#8 PEM ("BEGIN ENCRYPTED PRIVATE KEY"). */
  readonly encryptedPem: string;
  /** 24 base64 characters from the middle of the key: the secret part, which no output may contain. */
  readonly secretSample: string;
}

/** A new RSA 2048 key (node:crypto) in every pasted form. */
export function makePastedKey(): PastedKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pkcs8Pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const bareBase64 = privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
  const rsaPem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const encryptedPem = privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'test' }).toString();
  return { pkcs8Pem, bareBase64, rsaPem, encryptedPem, secretSample: bareBase64.slice(600, 624) };
}
