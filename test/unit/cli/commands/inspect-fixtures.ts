import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { FixtureManifest } from '../../../../scripts/fixtures/manifest-types';
import { hasStackTrace, jsonOf, runCli } from '../cli-runner';
import { certificateById, fixturePath } from '../../../support/manifest';
import { tempFolder } from '../../../support/temp-folder';

/** Helpers for running `inspect` on the committed fixtures at the manifest's reference time. */
export function inspectFixtures(m: FixtureManifest) {
  const inspect = (...args: string[]) => runCli(['inspect', '--now', m.referenceTime, ...args]);
  const pem = (id: string) => fixturePath(certificateById(m, id).pemPath);
  return {
    inspect,
    /** A `--json` run (no stack trace allowed) and its `files`. */
    json: (...args: string[]) => {
      const run = inspect(...args, '--json');
      expect(hasStackTrace(run.stderr)).toBe(false);
      return { run, files: jsonOf(run).files };
    },
    pem,
    sha256: (id: string) => certificateById(m, id).sha256,
    newFolder: () => tempFolder('diag'),
    /** A temporary PEM file holding the given fixture certificates in order. */
    bundle: (...ids: string[]) => {
      const path = join(tempFolder('diag'), 'bundle.pem');
      writeFileSync(path, ids.map((id) => readFileSync(pem(id), 'utf8')).join(''));
      return path;
    },
  };
}
