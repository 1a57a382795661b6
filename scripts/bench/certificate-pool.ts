/**
 * A pool of real certificates and CSRs for the benchmark: a few keys, many names, so that making
 * ~200 certificates takes a second (signing is cheap; RSA key generation is not).
 */
import { createAuthorities } from '../fixtures/authorities';
import { createCsr, issueCertificate } from '../fixtures/issue';
import { generateKey, type FixtureKey } from '../fixtures/keys';
import { serverSubject, toTsvDn } from '../fixtures/names';
import { serialHexToDecimal, sha256Hex } from '../fixtures/digest';
import { addDays, jst } from '../fixtures/time';

/** One pooled certificate with everything a TSV row needs. */
export interface PoolEntry {
  readonly fqdn: string;
  readonly subjectDn: string;
  readonly profileId: 3 | 11;
  readonly certificateBase64: string;
  readonly csrBase64: string;
  readonly serialDecimal: string;
  readonly sha256: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
}

const HOSTS = ['www', 'mail', 'wiki', 'lms', 'idp', 'vpn', 'portal', 'repo', 'gitlab', 'jupyter', 'stats', 'kyomu', 'opac', 'cms', 'proxy', 'radius', 'ftp', 'ocw', 'event', 'webmail'];
const DEPARTMENTS = ['', 'lab.', 'med.', 'eng.', 'sci.', 'lib.', 'econ.', 'law.', 'agr.', 'edu.'];

/** Makes `size` certificates (60 % RSA 2048 / profile 3, 40 % ECDSA P-384 / profile 11) with CSRs. */
export async function createCertificatePool(size: number): Promise<PoolEntry[]> {
  const authorities = await createAuthorities();
  const rsaKeys: FixtureKey[] = [];
  const ecKeys: FixtureKey[] = [];
  for (let i = 0; i < 2; i++) {
    rsaKeys.push(await generateKey('rsa2048'));
    ecKeys.push(await generateKey('p384'));
  }
  const pool: PoolEntry[] = [];
  for (let i = 0; i < size; i++) {
    const isEc = i % 5 >= 3;
    const key = isEc ? ecKeys[i % ecKeys.length]! : rsaKeys[i % rsaKeys.length]!;
    const fqdn = `${HOSTS[i % HOSTS.length]}.${DEPARTMENTS[Math.floor(i / HOSTS.length) % DEPARTMENTS.length]}example.ac.jp`;
    const subject = serverSubject({ cn: fqdn, o: '国立大学法人 サンプル大学', l: '千代田区' });
    const notBefore = addDays(jst('2025-01-06 10:00:00'), (i * 3) % 600);
    const notAfter = addDays(notBefore, i % 7 === 0 ? 397 : 2400);
    const dnsNames = i % 4 === 0 ? [fqdn, `alt${i}.example.ac.jp`] : [fqdn];
    const cert = await issueCertificate(
      { id: `pool-${i}`, role: 'server', subject, keyKind: key.kind, notBefore, notAfter, usage: 'server', dnsNames, key },
      isEc ? authorities.ecc : authorities.rsa,
    );
    pool.push({
      fqdn,
      subjectDn: toTsvDn(subject),
      profileId: isEc ? 11 : 3,
      certificateBase64: Buffer.from(cert.der).toString('base64'),
      csrBase64: Buffer.from(await createCsr(subject, key, dnsNames)).toString('base64'),
      serialDecimal: serialHexToDecimal(cert.serialHex),
      sha256: sha256Hex(cert.der),
      notBefore,
      notAfter,
    });
  }
  return pool;
}
