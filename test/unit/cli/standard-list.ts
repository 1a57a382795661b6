import { writeList, type GeneratedList } from './list-file';

/** Application IDs of the standard list, by what each row is about. */
export const IDS = {
  wwwExpired: 'A001',
  wwwRenewed: 'A002',
  wwwRevoked: 'A003',
  wildcard: 'A004',
  pending: 'A005',
  error: 'A006',
  traversal: 'A007',
  expiring: 'A008',
  revokedOnly: 'A009',
} as const;

/** The access PIN of the renewed www row (masked unless --show-secrets). */
export const SECRET_PIN = 'PIN-SECRET-42';

/**
 * A list covering every case the commands care about, judged at NOW: a renewal chain for
 * www.example.ac.jp (expired → renewed, plus a newer revoked one), a wildcard, a pending and an error
 * row, a row whose FQDN cell is a path traversal, an expiring certificate, and an unknown extra column.
 */
export function writeStandardList(): Promise<GeneratedList> {
  const www = { commonName: 'www.example.ac.jp', dnsNames: ['www.example.ac.jp', 'example.ac.jp'] };
  return writeList(
    [
      {
        cells: { applicationId: IDS.wwwExpired, fqdn: 'www.example.ac.jp', adminMail: 'web@example.ac.jp' },
        certificate: { ...www, serialHex: '0a01', ageDays: 800, lifeDays: 397 },
        extra: ['メモ１'],
      },
      {
        cells: { applicationId: IDS.wwwRenewed, status: '6', applicationType: '2', fqdn: 'www.example.ac.jp', previousSerial: '2561', accessPin: SECRET_PIN, adminName: '山田 太郎' },
        certificate: { ...www, serialHex: '0a02', ageDays: 100, lifeDays: 397 },
      },
      {
        cells: { applicationId: IDS.wwwRevoked, status: '7', fqdn: 'www.example.ac.jp', revocationApplicationId: 'R001', revocationCompletedAt: '2026/05/30 10:00:00', revocationReasonCode: '1' },
        certificate: { ...www, serialHex: '0a03', ageDays: 10, lifeDays: 397 },
      },
      {
        cells: { applicationId: IDS.wildcard, fqdn: '*.lab.example.ac.jp', dnsNames: 'dNSName=*.lab.example.ac.jp,dNSName=lab.example.ac.jp' },
        certificate: { commonName: '*.lab.example.ac.jp', dnsNames: ['*.lab.example.ac.jp', 'lab.example.ac.jp'], serialHex: '0b01', ageDays: 30, lifeDays: 397 },
      },
      { cells: { applicationId: IDS.pending, status: '0', fqdn: 'pending.example.ac.jp', subjectDn: 'CN=pending.example.ac.jp,O=Example University,C=JP' } },
      { cells: { applicationId: IDS.error, status: '-2', fqdn: 'api.example.ac.jp', caApiErrorCode: 'E1234', subjectDn: 'CN=api.example.ac.jp,C=JP' } },
      {
        cells: { applicationId: IDS.traversal, fqdn: '../../../tmp/x', subjectDn: 'CN=../../../tmp/x,O=Example University,C=JP' },
        certificate: { commonName: 'x.example.ac.jp', serialHex: '0c01', ageDays: 10, lifeDays: 397 },
      },
      {
        cells: { applicationId: IDS.expiring, fqdn: 'soon.example.ac.jp' },
        certificate: { commonName: 'soon.example.ac.jp', serialHex: '0d01', ageDays: 387, lifeDays: 397 },
      },
      {
        cells: { applicationId: IDS.revokedOnly, status: '7', fqdn: 'old.example.ac.jp', revocationApplicationId: 'R002', revocationCompletedAt: '2026/01/10 10:00:00', revocationReasonCode: '5' },
        certificate: { commonName: 'old.example.ac.jp', serialHex: '0e01', ageDays: 200, lifeDays: 397 },
      },
    ],
    ['備考'],
  );
}
