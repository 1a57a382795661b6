import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FixtureManifest, ManifestCertificate } from '../../../scripts/fixtures/manifest-types';
import { ROOT } from './cli-runner';

/** The committed fixtures folder (test/fixtures). */
export const FIXTURES = join(ROOT, 'test/fixtures');

/** The absolute path of a fixture given relative to test/fixtures, as the manifest names them. */
export const fixture = (path: string): string => join(FIXTURES, path);

/** The fixture manifest, or null while the fixtures are absent (suites then skip). */
export function loadManifest(): FixtureManifest | null {
  const path = fixture('manifest.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as FixtureManifest) : null;
}

/** The manifest entry of a certificate id (the test fails loudly when it is missing). */
export function certificateOf(manifest: FixtureManifest, id: string | null): ManifestCertificate {
  const found = manifest.certificates.find((certificate) => certificate.id === id);
  if (!found) throw new Error(`no certificate ${id} in the manifest`);
  return found;
}

/** A finding as the CLI's JSON gives it. */
export interface JsonFinding {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly advice?: string;
  readonly location?: { file: string | null; line: number | null };
}

/** The finding codes of a JSON certificate or file entry. */
export const codesOf = (entry: { findings: readonly JsonFinding[] }): string[] => entry.findings.map((finding) => finding.code);
