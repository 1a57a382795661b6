import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ManifestCertificate, ManifestRow } from '../../../scripts/fixtures/manifest-types';
import { FIXTURES_DIR } from './paths';

/** The parts of test/fixtures/manifest.json the renderer tests read. */
export interface FixtureManifest {
  readonly referenceTime: string;
  readonly certificates: readonly ManifestCertificate[];
  readonly rows: readonly ManifestRow[];
}

/** The fixture manifest (serials and keys change with every `npm run fixtures`, so tests read them from here). */
export function readManifest(): FixtureManifest {
  const path = join(FIXTURES_DIR, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run fixtures`);
  return JSON.parse(readFileSync(path, 'utf8')) as FixtureManifest;
}

/** The manifest certificate with this id. */
export function certificateById(manifest: FixtureManifest, id: string): ManifestCertificate {
  const found = manifest.certificates.find((c) => c.id === id);
  if (!found) throw new Error(`no certificate ${id} in the manifest`);
  return found;
}

/** The DER bytes of a fixture certificate. */
export function fixtureDer(certificate: ManifestCertificate): Buffer {
  return readFileSync(join(FIXTURES_DIR, certificate.derPath));
}

/**
 * The demo rows a search for `text` finds, in file order: those naming it in the FQDN, the subject DN,
 * the dNSName column or the certificate's CN/SANs (what the filter box searches, per shared/query).
 */
export function rowsMatching(manifest: FixtureManifest, text: string): ManifestRow[] {
  const needle = text.toLowerCase();
  return manifest.rows.filter((row) => {
    const certificate = row.certificateId ? manifest.certificates.find((c) => c.id === row.certificateId) : undefined;
    const values = [row.fqdn, row.subjectDnCell, ...row.dnsNameColumn, certificate?.commonName ?? '', ...(certificate?.dnsNames ?? [])];
    return values.some((value) => value.toLowerCase().includes(needle));
  });
}

/** The current certificate's row for an FQDN at the reference time: valid, newest notBefore. */
export function currentRowFor(manifest: FixtureManifest, fqdn: string): { row: ManifestRow; certificate: ManifestCertificate } {
  const candidates = manifest.rows
    .filter((row) => row.fqdn === fqdn && row.certificateId && !row.revoked)
    .map((row) => ({ row, certificate: certificateById(manifest, row.certificateId!) }))
    .filter(({ certificate }) => certificate.validityAtReference === 'valid' || certificate.validityAtReference === 'expiring-soon')
    .sort((a, b) => Date.parse(b.certificate.notBefore) - Date.parse(a.certificate.notBefore));
  if (!candidates[0]) throw new Error(`no current certificate for ${fqdn}`);
  return candidates[0];
}
