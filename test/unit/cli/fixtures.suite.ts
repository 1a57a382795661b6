import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../../shared/encoding/base64';
import { fixturePath, readManifest } from '../../support/manifest';
import { jsonOf, runCli } from './cli-runner';
import { tempFolder } from '../../support/temp-folder';

const FILE_CODES = new Set(['file-empty', 'file-binary', 'file-too-large', 'file-no-header', 'file-encoding', 'file-not-certificate']);
// The manifest's validity words → the CLI's record states.
const STATE_OF: Record<string, string> = { valid: 'valid', 'expiring-soon': 'expiring', expired: 'expired', 'not-yet-valid': 'not-yet-valid' };

/** SHA-256 hex of the certificate in a PEM file. */
function pemSha256(path: string): string {
  const body = readFileSync(path, 'utf8').replace(/-----[^-]+-----/g, '');
  const der = decodeBase64(body);
  if (!der.ok) throw new Error(`not PEM: ${path}`);
  return createHash('sha256').update(der.value).digest('hex');
}

/** Tests against the committed fixtures (test/fixtures/manifest.json). */
export function fixturesSuite(): void {
  describe('committed fixtures', () => {
    const m = readManifest();
    // The main fixture list, whose rows the manifest describes (the demo has its own dated rows).
    const mainList = () => fixturePath('tsv/serverAll.tsv');
    const certificate = (id: string | null) => m.certificates.find((c) => c.id === id);

    it('lists the main fixture list with every row at its line, and the state the manifest gives at its reference time', () => {
      const result = runCli(['list', mainList(), '--json', '--now', m.referenceTime]);
      expect(result.code).toBe(0);
      const json = jsonOf(result);
      expect(json.encoding).toBe('shift_jis');
      expect(json.problems).toEqual([]);
      expect(json.records.map((r: { applicationId: string; line: number }) => [r.applicationId, r.line])).toEqual(m.rows.map((r) => [r.applicationId, r.line]));
      for (const row of m.rows) {
        const record = json.records.find((r: { applicationId: string }) => r.applicationId === row.applicationId);
        const cert = certificate(row.certificateId);
        expect(record.status, row.applicationId).toBe(row.status);
        expect(record.hasCertificate, row.applicationId).toBe(cert !== undefined);
        if (!cert) continue;
        expect(record.sha256, row.applicationId).toBe(cert.sha256);
        expect(record.serialNumber, row.applicationId).toBe(cert.serialDecimal);
        expect(record.state, row.applicationId).toBe(row.revoked ? 'revoked' : STATE_OF[cert.validityAtReference]);
      }
    });

    it('--filter 髙橋 finds the rows whose administrator is registered as 高橋 (the search folds name variants)', () => {
      const result = runCli(['list', mainList(), '--json', '--filter', '髙橋', '--now', m.referenceTime]);
      expect(result.code).toBe(0);
      const found = jsonOf(result).records.map((r: { applicationId: string }) => r.applicationId);
      const expected = m.rows.filter((row) => (row.cells as Record<string, string>).adminName!.includes('高橋')).map((row) => row.applicationId);
      expect(expected.length).toBeGreaterThan(0);
      expect(found).toEqual(expected);
    });

    it('--replaced-not-revoked lists the old certificates waiting for their revocation (状態 8 in the fixture list)', () => {
      const result = runCli(['list', mainList(), '--json', '--replaced-not-revoked', '--now', m.referenceTime]);
      expect(result.code).toBe(0);
      const found = jsonOf(result).records.map((r: { applicationId: string }) => r.applicationId);
      const awaiting = m.rows.filter((row) => row.status === 8).map((row) => row.applicationId);
      expect(awaiting.length).toBeGreaterThan(0);
      expect(found).toEqual(awaiting);
    });

    it('exports the current www.example.ac.jp certificate of the main fixture list (the newest of its renewal chain)', () => {
      const out = tempFolder('fixture');
      const result = runCli(['export', mainList(), '--fqdn', 'www.example.ac.jp', '--out', out, '--now', m.referenceTime]);
      expect(result.code).toBe(0);
      const wwwRows = m.rows.filter((r) => r.fqdn === 'www.example.ac.jp' && r.certificateId !== null && !r.revoked);
      const newest = wwwRows.map((r) => certificate(r.certificateId)!).find((c) => c.validityAtReference === 'valid');
      expect(pemSha256(join(out, 'www.example.ac.jp.crt'))).toBe(newest?.sha256);
    });

    it('never exports a revoked certificate from the main fixture list', () => {
      const revoked = m.rows.find((r) => r.revoked && r.certificateId !== null)!;
      const others = m.rows.filter((r) => r.fqdn === revoked.fqdn && !r.revoked && r.certificateId !== null);
      const out = tempFolder('fixture');
      const result = runCli(['export', mainList(), '--fqdn', revoked.fqdn, '--out', out, '--now', m.referenceTime]);
      expect(result.code).toBe(others.length > 0 ? 0 : 1);
      const written = readdirSync(out);
      if (others.length === 0) expect(written).toEqual([]);
      else expect(pemSha256(join(out, written[0]!))).not.toBe(certificate(revoked.certificateId)!.sha256);
    });

    it('lists the bundled demo without a problem, its rows in order, at the day it was made', () => {
      const result = runCli(['list', fixturePath(m.demoFile), '--json', '--now', m.demoGeneratedAt]);
      expect(result.code).toBe(0);
      const json = jsonOf(result);
      expect(json.problems).toEqual([]);
      expect(json.records.map((r: { applicationId: string }) => r.applicationId)).toEqual(m.demoRows.map((r) => r.applicationId));
      for (const row of m.demoRows.filter((r) => r.healthy)) {
        expect(json.records.find((r: { applicationId: string }) => r.applicationId === row.applicationId).state, row.key).toBe('valid');
      }
    });

    for (const bad of m.badFiles) {
      it(`handles ${bad.file} (${bad.expectedCode ?? 'loads'})`, () => {
        const result = runCli(['list', fixturePath(bad.file), '--json']);
        if (bad.expectedCode !== null && FILE_CODES.has(bad.expectedCode)) {
          expect(result.code).toBe(1);
          expect(result.stderr.trim().split('\n')).toHaveLength(1);
          expect(result.stderr).toContain(bad.expectedCode);
          return;
        }
        expect(result.code).toBe(0);
        const json = jsonOf(result);
        if (bad.goodRecordCount !== null) expect(json.records.length).toBeGreaterThanOrEqual(bad.goodRecordCount);
        if (bad.expectedCode !== null) {
          expect(json.problems).toContainEqual(expect.objectContaining({ code: bad.expectedCode, line: bad.expectedLine }));
          expect(result.stderr).toContain(bad.expectedCode);
        }
      });
    }

    it('exports the path-traversal fixture row inside --out', () => {
      const out = tempFolder('fixture');
      const list = jsonOf(runCli(['list', fixturePath('bad/traversal-fqdn.tsv'), '--json']));
      const hostile = list.records.find((r: { fqdn: string }) => r.fqdn.includes('..'));
      const result = runCli(['export', fixturePath('bad/traversal-fqdn.tsv'), '--id', hostile.applicationId, '--out', out]);
      expect(result.code).toBe(0);
      expect(dirname(result.stdout.trim())).toBe(resolve(out));
      expect(readdirSync(out)).toHaveLength(1);
    });

    for (const variant of m.tsvVariants) {
      it(`reads every record of ${variant.file}`, () => {
        const result = runCli(['list', fixturePath(variant.file), '--json']);
        expect(result.code).toBe(0);
        expect(jsonOf(result).records.map((r: { applicationId: string }) => r.applicationId)).toEqual(variant.records.map((r) => r.applicationId));
      });
    }
  });
}
