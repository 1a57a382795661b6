import type { CertificateList } from '../model/certificate-list';
import type { CertificateRecord } from '../model/certificate-record';
import { commonNameOfDn } from '../pki/certificate/readable-dn';
import { profileKind } from './profile-label';

/** What one row is, from its own cells: its profile ID, else whether it names a host (an FQDN, a CN with a dot) or a person. */
function rowKind(record: CertificateRecord): 'server' | 'client' | null {
  const byProfile = profileKind(record.profileId);
  if (byProfile !== null) return byProfile;
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
