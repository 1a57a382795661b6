/**
 * The one loader of the fixture manifest (test/fixtures/manifest.json) for unit and e2e tests, with
 * the lookups tests share. Serials, keys and digests change with every `npm run fixtures`, so tests
 * read them from here and never hard-code them. The types are the generator's own
 * (scripts/fixtures/manifest-types.ts). Paths are resolved from this file, not with the global URL,
 * which happy-dom replaces in renderer tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  FixtureManifest,
  ManifestCertificate,
  ManifestDiagFile,
  ManifestRow,
} from '../../scripts/fixtures/manifest-types';

export type {
  FixtureManifest,
  ManifestBadFile,
  ManifestCertificate,
  ManifestDiagFile,
  ManifestRow,
  ManifestTsvVariant,
} from '../../scripts/fixtures/manifest-types';

/** Absolute path of the committed fixtures folder (test/fixtures). */
export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

/** The absolute path of a fixture named as the manifest names it (relative to test/fixtures). */
export const fixturePath = (relativePath: string): string => join(FIXTURES_DIR, relativePath);

/** The bytes of a fixture file. */
export function readFixture(relativePath: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(fixturePath(relativePath)));
}

let loaded: FixtureManifest | undefined;

/** The fixture manifest (the fixtures are committed, so a missing manifest fails the test that needs it). */
export function readManifest(): FixtureManifest {
  if (loaded) return loaded;
  const path = fixturePath('manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run fixtures`);
  loaded = JSON.parse(readFileSync(path, 'utf8')) as FixtureManifest;
  return loaded;
}

/** The manifest entry of a certificate id (the test fails loudly when it is missing). */
export function certificateById(manifest: FixtureManifest, id: string | null): ManifestCertificate {
  const found = manifest.certificates.find((certificate) => certificate.id === id);
  if (!found) throw new Error(`no certificate ${id} in the manifest`);
  return found;
}

/** The manifest entry of a file under diag/ or certs/ (the test fails loudly when it is missing). */
export function diagFileOf(manifest: FixtureManifest, file: string): ManifestDiagFile {
  const found = manifest.diagFiles.find((entry) => entry.file === file);
  if (!found) throw new Error(`no diag file ${file} in the manifest`);
  return found;
}

/** The DER bytes of a fixture certificate. */
export function fixtureDer(certificate: ManifestCertificate): Uint8Array<ArrayBuffer> {
  return readFixture(certificate.derPath);
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
    .map((row) => ({ row, certificate: certificateById(manifest, row.certificateId) }))
    .filter(({ certificate }) => certificate.validityAtReference === 'valid' || certificate.validityAtReference === 'expiring-soon')
    .sort((a, b) => Date.parse(b.certificate.notBefore) - Date.parse(a.certificate.notBefore));
  if (!candidates[0]) throw new Error(`no current certificate for ${fqdn}`);
  return candidates[0];
}
