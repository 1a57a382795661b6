import type { CertificateList } from '../model/certificate-list';
import type { CertificateRecord } from '../model/certificate-record';
import { commonNameOfDn } from '../pki/certificate/readable-dn';

// 証明書プロファイルID (docs/list-format.md): server 3 and 11; client and S/MIME 5, 7, 13, 14.
const SERVER_PROFILES: ReadonlySet<number> = new Set([3, 11]);
const CLIENT_PROFILES: ReadonlySet<number> = new Set([5, 7, 13, 14]);

/** What one row is, from its own cells: its profile ID, else whether it names a host (an FQDN, a CN with a dot) or a person. */
function rowKind(record: CertificateRecord): 'server' | 'client' | null {
  if (record.profileId !== null && SERVER_PROFILES.has(record.profileId)) return 'server';
  if (record.profileId !== null && CLIENT_PROFILES.has(record.profileId)) return 'client';
  if (record.fqdn.includes('.')) return 'server';
  const commonName = commonNameOfDn(record.subjectDn);
  if (commonName === null || commonName === '') return null;
  return commonName.includes('.') && !commonName.includes('@') && !commonName.includes(' ') ? 'server' : 'client';
}

/**
 * Whether a list holds server certificates, client (S/MIME included) certificates or both, told by
 * its rows (docs/list-format.md, "Client lists": the header may be the same); the header's own
 * hint decides only when no row says anything.
 */
export function listKindOf(records: readonly CertificateRecord[], headerKind: 'server' | 'client'): CertificateList['kind'] {
  let servers = 0;
  let clients = 0;
  for (const record of records) {
    const kind = rowKind(record);
    if (kind === 'server') servers++;
    else if (kind === 'client') clients++;
  }
  if (servers > 0 && clients > 0) return 'mixed';
  if (clients > 0) return 'client';
  if (servers > 0) return 'server';
  return headerKind;
}
