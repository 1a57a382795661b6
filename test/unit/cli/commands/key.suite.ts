import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../cli-runner';
import { fixturePath, readManifest } from '../../../support/manifest';
import { keyRuns } from './key-cases';
import { tempFolder } from '../../../support/temp-folder';

const KEY_LABEL = /-----BEGIN ((?:RSA |EC |ENCRYPTED )?PRIVATE KEY)-----([\s\S]*?)-----END \1-----/g;

/** Pieces of every private key file's base64 body (24 characters each, so a re-wrapped copy is caught too). */
function keyMaterial(files: readonly string[]): string[] {
  const pieces = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(KEY_LABEL)) {
      const body = match[2]!.replace(/^[A-Za-z-]+:.*$/gm, '').replace(/[^A-Za-z0-9+/=]/g, '');
      for (let i = 0; i + 24 <= body.length; i += 24) pieces.add(body.slice(i, i + 24));
    }
  }
  return [...pieces];
}

/** Every file under `folder` as text (written files must not hold key material either). */
function writtenText(folder: string | null): string {
  if (folder === null) return '';
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => readFileSync(join(folder, name)).toString('latin1'))
    .join('\n');
}

/** `inspect --key` with every key form and CSR of the fixtures, and the proof that no key material is ever printed or written. */
export function keySuite(): void {
  const newFolder = () => tempFolder('key');

  describe('inspect --key and private keys', () => {
    const m = readManifest();
    const runs = keyRuns(m, m.referenceTime, newFolder);
    const keyFiles = m.diagFiles.filter((file) => file.kind === 'private-key' || file.kind === 'encrypted-private-key').map((file) => fixturePath(file.file));
    const material = keyMaterial(keyFiles);
    const passphrases = m.diagFiles.flatMap((file) => (file.passphrase === null ? [] : [file.passphrase]));

    it('has the key material and passphrases of every fixture key to look for', () => {
      expect(material.length).toBeGreaterThan(keyFiles.length * 10);
    });

    // Every run is also the proof that no key material or passphrase is ever printed or written: its
    // output and every file it wrote are searched for all of them (one run of the CLI per case).
    for (const run of runs) {
      it(run.name, () => {
        const result = runCli(run.args, run.env ? { env: { ...run.env } } : {});
        run.check(result);
        expect(hasStackTrace(result.stderr)).toBe(false);
        const seen = `${result.stdout}\n${result.stderr}\n${writtenText(run.out)}`;
        const leaked = [...material, ...passphrases].filter((secret) => seen.includes(secret));
        expect(leaked, 'key material or a passphrase printed or written').toEqual([]);
      });
    }
  });
}
