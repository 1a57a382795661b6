import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeskSession, type LoadReporter } from '../../../../shared/use-cases/desk-session';
import { collectRows } from '../../../support/collect-rows';
import type { ListRow, RecordView } from '../../../../shared/use-cases/views';
import { ROOT } from '../../../e2e/support/paths';
import { readFixture, readManifest } from '../../../support/manifest';

// The bundled demo (demo/serverAll.tsv) has its own rows, dated around the day `npm run fixtures` made it
// (manifest.demoGeneratedAt). It is judged here at that day, so the test holds whenever it runs.
const manifest = readManifest();
const GENERATED = Date.parse(manifest.demoGeneratedAt);
const DAY_MS = 24 * 60 * 60 * 1000;
const noReport: LoadReporter = { progress: () => undefined, rows: () => undefined, roles: () => undefined };
const read = (path: string) => new Uint8Array(readFileSync(join(ROOT, path)));

/** The demo loaded the way the app loads it (with its CA file), its rows and every row's details. */
async function loadDemo(): Promise<{ rows: ListRow[]; views: RecordView[] }> {
  const desk = new DeskSession();
  const collected = collectRows();
  const loaded = await desk.handlers.load(
    { fileName: 'serverAll.tsv', bytes: read('demo/serverAll.tsv'), now: GENERATED, cas: [{ name: 'demo-ca.pem', bytes: read('demo/demo-ca.pem') }] },
    collected.report,
  );
  expect(loaded.ok).toBe(true);
  const rows = collected.rows();
  const views: RecordView[] = [];
  for (const row of rows) views.push((await desk.handlers.record({ index: row.index, now: GENERATED }, noReport))!);
  return { rows, views };
}

/** notBefore and notAfter of a certificate, epoch ms. */
function validity(der: Uint8Array): { notBefore: number; notAfter: number } {
  const certificate = new X509Certificate(der);
  return { notBefore: Date.parse(certificate.validFrom), notAfter: Date.parse(certificate.validTo) };
}

describe('the bundled demo list', () => {
  it('is its own list, not the test fixture, with the rows the manifest describes in file order', async () => {
    expect(Buffer.from(read('demo/serverAll.tsv')).equals(Buffer.from(readFixture('tsv/serverAll.tsv')))).toBe(false);
    const { rows } = await loadDemo();
    expect(rows.map((row) => row.applicationId)).toEqual(manifest.demoRows.map((row) => row.applicationId));
    expect(rows.every((row) => /^[a-z0-9.-]+\.example\.ac\.jp$/.test(row.fqdn))).toBe(true);
  });

  it('shows its healthy certificates with a complete chain and no error or warning', async () => {
    const { views } = await loadDemo();
    const healthy = manifest.demoRows.filter((row) => row.healthy);
    expect(healthy.length).toBeGreaterThanOrEqual(6);
    for (const row of healthy) {
      const view = views.find((candidate) => candidate.record.applicationId === row.applicationId)!;
      const problems = view.findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
      expect(problems.map((finding) => finding.code), `${row.key} (${row.fqdn})`).toEqual([]);
      expect(view.certificate!.findings.map((finding) => finding.code)).toContain('chain-complete');
      expect(view.row.state, row.key).toBe('valid');
    }
  });

  it('has certificates that last 13 months (395 days), a few ACME ones 89 days, all around the day it was made', async () => {
    const { views } = await loadDemo();
    const spans = views.filter((view) => view.certificate).map((view) => validity(view.certificate!.der));
    const days = spans.map((span) => Math.round((span.notAfter - span.notBefore) / DAY_MS));
    expect(days.every((value) => value === 395 || value === 89)).toBe(true);
    expect(days.filter((value) => value === 89).length).toBeGreaterThanOrEqual(2);
    expect(days.filter((value) => value === 395).length).toBeGreaterThan(days.length / 2);
    // Issued within the last 14 months and ending within the next 13: nothing from or to another decade.
    for (const span of spans) {
      expect(span.notBefore).toBeGreaterThan(GENERATED - 425 * DAY_MS);
      expect(span.notBefore).toBeLessThanOrEqual(GENERATED);
      expect(span.notAfter).toBeLessThan(GENERATED + 396 * DAY_MS);
    }
    expect(manifest.demoRows.filter((row) => row.validityDays !== null).map((row) => row.validityDays)).toEqual(days);
  });

  it('shows what a registration desk meets: a renewal pair, one to renew within 30 days, an expired one replaced, a revoked, a pending and an error row', async () => {
    const { rows, views } = await loadDemo();
    const states = rows.map((row) => row.state);
    for (const state of ['valid', 'expiring', 'expired', 'revoked', 'pending', 'error'] as const) expect(states).toContain(state);

    const expired = views.filter((view) => view.row.state === 'expired');
    expect(expired.length).toBeGreaterThan(0);
    expect(expired.every((view) => view.successor !== null && view.successor.state === 'valid')).toBe(true);

    const expiring = views.filter((view) => view.row.state === 'expiring');
    expect(expiring.every((view) => view.row.daysLeft !== null && view.row.daysLeft >= 0 && view.row.daysLeft < 30)).toBe(true);
    // One of them has no renewal yet (the one to act on), one is already replaced by a current renewal.
    expect(expiring.some((view) => view.successor === null)).toBe(true);
    expect(expiring.some((view) => view.successor?.state === 'valid')).toBe(true);
  });
});
