import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INITIAL_QUERY } from '../../../../renderer/features/filter/filter-state';
import type { ListQuery, ListRow } from '../../../../shared/use-cases/views';
import { DeskSession, type LoadReporter } from '../../../../shared/use-cases/desk-session';
import { collectRows } from '../../../support/collect-rows';
import { matchesAt } from '../../../../shared/use-cases/packed-matches';
import { certificateById, currentRowFor, FIXTURES_DIR, readManifest, rowsMatching } from '../../../support/manifest';

const manifest = readManifest();
const NOW = Date.parse(manifest.referenceTime);
// The main fixture list (the demo used to be a copy of it; now it has its own dated rows).
const demoBytes = () => new Uint8Array(readFileSync(join(FIXTURES_DIR, 'tsv/serverAll.tsv')));
const noReport: LoadReporter = { progress: () => undefined, rows: () => undefined, roles: () => undefined };
const query = (change: Partial<ListQuery>) => ({ query: { ...INITIAL_QUERY, ...change }, now: NOW });

/** A service with the demo file loaded, the rows it reported and the progress calls it made. */
async function loadedDemo(): Promise<{ service: DeskSession; rows: ListRow[]; progress: number[] }> {
  const service = new DeskSession();
  const collected = collectRows();
  const result = await service.handlers.load({ fileName: 'serverAll.tsv', bytes: demoBytes(), now: NOW }, collected.report);
  expect(result.ok).toBe(true);
  return { service, rows: collected.rows(), progress: collected.progress };
}

/** The application IDs of record indices, through the rows. */
const idsOf = (rows: readonly ListRow[], indices: ArrayLike<number>) => Array.from(indices, (i) => rows[i]!.applicationId);

describe('DeskSession', () => {
  it('loads the demo file into one display row per record, reporting progress', async () => {
    const { rows, progress } = await loadedDemo();
    expect(rows.map((row) => row.applicationId)).toEqual(manifest.rows.map((row) => row.applicationId));
    expect(rows.every((row, i) => row.index === i)).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
  });

  it('marks the current www certificate 現行 and its predecessors replaced', async () => {
    const { rows } = await loadedDemo();
    const { row: current } = currentRowFor(manifest, 'www.example.ac.jp');
    const www = rows.filter((row) => row.fqdn === 'www.example.ac.jp');
    expect(www.filter((row) => row.role === 'current').map((row) => row.applicationId)).toEqual([current.applicationId]);
    expect(www.filter((row) => row.role === 'replaced')).toHaveLength(www.length - 1);
  });

  it('answers a query with the matching rows, the current certificate first, and their highlight ranges', async () => {
    const { service, rows } = await loadedDemo();
    const result = await service.handlers.query(query({ text: 'www.example.ac.jp' }), noReport);
    const ids = idsOf(rows, result.indices);
    expect([...ids].sort()).toEqual(rowsMatching(manifest, 'www.example.ac.jp').map((row) => row.applicationId).sort());
    expect(ids[0]).toBe(currentRowFor(manifest, 'www.example.ac.jp').row.applicationId);
    const first = matchesAt(result.matches, 0);
    expect(first?.some((range) => range.field === 'fqdn' && range.start === 0 && range.end === 'www.example.ac.jp'.length)).toBe(true);
  });

  it('sorts by application ID descending when asked', async () => {
    const { service, rows } = await loadedDemo();
    const result = await service.handlers.query(query({ sort: { key: 'applicationId', direction: 'desc' } }), noReport);
    const ids = idsOf(rows, result.indices);
    expect(ids).toEqual([...ids].sort((a, b) => b.localeCompare(a, 'en', { numeric: true })));
  });

  it('applies the quick toggles (hide expired)', async () => {
    const { service, rows } = await loadedDemo();
    const result = await service.handlers.query(query({ hideExpired: true }), noReport);
    expect(Array.from(result.indices, (i) => rows[i]!.state)).not.toContain('expired');
    expect(result.indices.length).toBeLessThan(rows.length);
  });

  it('gives the full view of a record: decoded certificate, findings and renewal links', async () => {
    const { service, rows } = await loadedDemo();
    const { row, certificate } = currentRowFor(manifest, 'www.example.ac.jp');
    const index = rows.findIndex((r) => r.applicationId === row.applicationId);
    const view = await service.handlers.record({ index, now: NOW }, noReport);
    expect(view?.certificate?.details?.fingerprints.sha256).toBe(certificate.sha256);
    expect(view?.certificate?.pem).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
    expect(view?.certificate?.findings.length).toBeGreaterThan(0);
    const previous = manifest.rows.find((r) => r.certificateId && certificateById(manifest, r.certificateId).serialDecimal === row.previousSerial);
    expect(view?.predecessor?.applicationId).toBe(previous?.applicationId);
    expect(view?.record.cells.length).toBeGreaterThanOrEqual(46);
  });

  it('gives a row without a certificate no certificate view', async () => {
    const { service, rows } = await loadedDemo();
    const pending = rows.findIndex((row) => !row.hasCertificate);
    expect((await service.handlers.record({ index: pending, now: NOW }, noReport))?.certificate).toBeNull();
  });

  it('names bulk exports after their FQDN and keeps two certificates of one FQDN apart', async () => {
    const { service, rows } = await loadedDemo();
    const www = rows.filter((row) => row.fqdn === 'www.example.ac.jp').map((row) => row.index);
    const files = await service.handlers.certificateFiles({ indices: www, format: 'pem' }, noReport);
    expect(files.map((file) => file.name)).toEqual(['www.example.ac.jp.crt', 'www.example.ac.jp_2.crt', 'www.example.ac.jp_3.crt']);
    expect(new TextDecoder().decode(files[0]!.bytes)).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
  });

  it('writes the inventory of the rows shown as UTF-8 CSV with BOM', async () => {
    const { service } = await loadedDemo();
    const file = await service.handlers.inventory({ indices: [0, 1, 2], lang: 'ja', now: NOW }, noReport);
    expect(file.name).toBe('証明書一覧_20261101.csv');
    expect(Array.from(file.bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(file.bytes).trim().split('\r\n')).toHaveLength(4);
  });

  it('reads loose certificate files into certificates with their reports', async () => {
    const certificate = certificateById(manifest, 'diag-sha1');
    const bytes = new Uint8Array(readFileSync(join(FIXTURES_DIR, certificate.pemPath)));
    const result = await new DeskSession().handlers.loose({ files: [{ name: 'diag.pem', bytes }], now: NOW }, noReport);
    expect(result.certificates.map((c) => c.summary.sha256)).toEqual([certificate.sha256]);
    expect(result.certificates[0]!.report.findings.some((f) => f.severity !== 'ok')).toBe(true);
  });

  it('builds the whole chain once the user adds the CA files, and offers the chain files', async () => {
    const service = new DeskSession();
    const leaf = certificateById(manifest, 'leaf-wildcard-lab');
    const read = (path: string) => ({ name: path, bytes: new Uint8Array(readFileSync(join(FIXTURES_DIR, path))) });
    const before = await service.handlers.loose({ files: [read(leaf.pemPath)], now: NOW }, noReport);
    expect(before.certificates[0]!.report.chainFiles).toEqual([]);
    const after = await service.handlers.addCas({ files: [read('ca/ca-g7-ecc.pem'), read('ca/ca-root-ecc.pem')], now: NOW }, noReport);
    expect(after.added).toBe(2);
    const view = after.loose.certificates[0]!.report;
    expect(view.chain?.map((link) => link.role)).toEqual(['leaf', 'intermediate', 'root']);
    expect(view.chainFiles.map((file) => file.name)).toEqual([
      'wildcard.lab.example.ac.jp.chain.crt',
      'wildcard.lab.example.ac.jp.fullchain.crt',
      'wildcard.lab.example.ac.jp.p7b',
    ]);
    expect((await service.handlers.addCas({ files: [read('ca/ca-g7-ecc.pem')], now: NOW }, noReport)).added).toBe(0);
  });

  it('reads a file handed over unread (a browser File) itself, with the same rows as its bytes', async () => {
    const service = new DeskSession();
    const collected = collectRows();
    const result = await service.handlers.load({ fileName: 'serverAll.tsv', bytes: new Blob([demoBytes()]), now: NOW }, collected.report);
    expect(result.ok).toBe(true);
    expect(collected.rows()).toEqual((await loadedDemo()).rows);
  });

  it('says a file that can no longer be read is unreadable, naming it', async () => {
    const { service } = await loadedDemo();
    const gone = { size: 10, arrayBuffer: () => Promise.reject(new DOMException('the file changed', 'NotReadableError')) };
    const result = await service.handlers.load({ fileName: 'moved.tsv', bytes: gone, now: NOW }, noReport);
    expect(result.ok ? null : { code: result.problem.code, file: result.problem.location.file, en: result.problem.message.en }).toEqual({
      code: 'file-unreadable',
      file: 'moved.tsv',
      en: expect.stringContaining('could not be read'),
    });
  });

  it('reports an empty file as a problem instead of loading it', async () => {
    const result = await new DeskSession().handlers.load({ fileName: 'empty.tsv', bytes: new Uint8Array(), now: NOW }, noReport);
    expect(result.ok ? null : result.problem.code).toBe('file-empty');
  });

  it('refuses a query before any list is loaded', async () => {
    await expect(new DeskSession().handlers.query(query({}), noReport)).rejects.toMatchObject({ failure: { code: 'no-list-loaded', message: { ja: expect.any(String), en: 'No list is open. Open the file again.' } } });
  });
});
