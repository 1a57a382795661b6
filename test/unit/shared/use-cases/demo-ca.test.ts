import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeskSession, type LoadReporter } from '../../../../shared/use-cases/desk-session';
import { ROOT } from '../../../e2e/support/paths';
import { readFixture, readManifest } from '../../../support/manifest';

const manifest = readManifest();
const NOW = Date.parse(manifest.referenceTime);
const noReport: LoadReporter = { progress: () => undefined, rows: () => undefined, roles: () => undefined };
// The main fixture list: the same throw-away CAs issued it and the demo, and the manifest names its rows.
const list = () => ({ fileName: 'serverAll.tsv', bytes: readFixture('tsv/serverAll.tsv'), now: NOW });
const demoCa = () => ({ name: 'demo-ca.pem', bytes: new Uint8Array(readFileSync(join(ROOT, 'demo/demo-ca.pem'))) });

/** The record index of a manifest row of the main fixture list. */
const indexOf = (certificateId: string) => manifest.rows.findIndex((row) => row.certificateId === certificateId);

/** The finding codes of a row's details, the list loaded with or without the demo's CA file. */
async function findingCodes(certificateId: string, withCa: boolean): Promise<string[]> {
  const desk = new DeskSession();
  const loaded = await desk.handlers.load({ ...list(), ...(withCa ? { cas: [demoCa()] } : {}) }, noReport);
  expect(loaded.ok).toBe(true);
  const view = await desk.handlers.record({ index: indexOf(certificateId), now: NOW }, noReport);
  return view!.certificate!.findings.map((finding) => finding.code);
}

describe('the demo carries its own CA', () => {
  it.each(['leaf-mail', 'leaf-wiki-lab', 'leaf-idp'])('completes the chain of the healthy certificate %s of the throw-away CAs, no chain error', async (certificateId) => {
    const codes = await findingCodes(certificateId, true);
    expect(codes).toContain('chain-complete');
    expect(codes).not.toContain('incomplete-chain');
  });

  it('would show a broken chain without it (the throw-away CA is known to no one else)', async () => {
    expect(await findingCodes('leaf-mail', false)).toContain('incomplete-chain');
  });

  it('holds exactly the throw-away CAs of the demo\'s server rows, every one marked TEST', () => {
    const pem = new TextDecoder().decode(demoCa().bytes);
    const names = ['ca-g7-rsa', 'ca-root-rsa', 'ca-g7-ecc', 'ca-root-ecc'];
    const fixturePems = names.map((name) => readFileSync(join(ROOT, 'test/fixtures/ca', `${name}.pem`), 'utf8'));
    expect(pem).toBe(fixturePems.join(''));
    expect(manifest.certificates.filter((certificate) => names.includes(certificate.id)).every((certificate) => /TEST/.test(certificate.subjectDn))).toBe(true);
  });
});
