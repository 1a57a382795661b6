import { describe, expect, it } from 'vitest';
import { reviewRequestFile } from '../../../../shared/request/check-request-file';
import { DeskSession, type LoadReporter } from '../../../../shared/use-cases/desk-session';
import { DeskError } from '../../../../shared/use-cases/desk-failure';
import type { BuiltRequestFiles } from '../../../../shared/use-cases/request-build';
import { readFixture, readManifest } from '../../../support/manifest';

// The desk's request calls, driven directly on the fixture list (test/fixtures/tsv/serverAll.tsv) with the
// request fixtures (test/fixtures/request/, manifest "request"): rows are named by list position, as the UI names them.
const manifest = readManifest();
const NOW = Date.parse(manifest.referenceTime);
const noReport: LoadReporter = { progress: () => undefined, rows: () => undefined, roles: () => undefined };
const decoder = new TextDecoder('shift_jis');

/** A desk with the fixture list loaded. */
async function loadedDesk(): Promise<DeskSession> {
  const desk = new DeskSession();
  const loaded = await desk.handlers.load({ fileName: 'serverAll.tsv', bytes: readFixture(manifest.request.sourceList), now: NOW }, noReport);
  expect(loaded.ok).toBe(true);
  return desk;
}

/** The list position of an application ID (its line in the fixture list, less the header). */
function indexOf(applicationId: string): number {
  const index = manifest.rows.findIndex((row) => row.applicationId === applicationId);
  expect(index, applicationId).toBeGreaterThanOrEqual(0);
  return index;
}

/** The manifest row of an application ID. */
const rowOf = (applicationId: string) => manifest.rows[indexOf(applicationId)]!;

/** The fixture request file's lines aimed at an application ID (e.g. revoke-ok.tsv's www.eng line). */
function fixtureLine(file: string, applicationId: string): string {
  const entry = manifest.request.files.find((candidate) => candidate.file === file)!;
  const line = entry.lines.find((candidate) => candidate.applicationId === applicationId)!;
  return decoder.decode(readFixture(file)).split('\r\n')[line.line - 1]!;
}

const errorCodes = (built: BuiltRequestFiles) => built.problems.filter((problem) => problem.finding.severity === 'error').map((problem) => problem.finding.code);

// Two current, valid, unrevoked certificates (revoke-ok.tsv's), one already revoked (revoke-revoked-serial.tsv's line 2).
const WWW_ENG = '10230113';
const IDP = '10230079';
const PORTAL_OLD = '10230037';
const revokeArg = { reason: 5, comment: '', confirmKeyCompromise: false, lang: 'ja' as const, now: NOW };

describe('the desk call buildRevokeRequest', () => {
  it('writes one Shift_JIS file of the rows asked for, named by the JST date, with no problem', async () => {
    const desk = await loadedDesk();
    const built = await desk.handlers.buildRevokeRequest({ ...revokeArg, indices: [indexOf(WWW_ENG), indexOf(IDP)] }, noReport);
    expect(built.kind).toBe('revoke');
    expect(built.problems).toEqual([]);
    expect(built.files.map((file) => [file.name, file.rows])).toEqual([['失効申請_20261101.tsv', 2]]);
    const lines = decoder.decode(built.files[0]!.bytes).split('\r\n');
    // revoke-ok.tsv's first line is the www.eng revocation with reason 5 and no comment, as NII's tools write it.
    expect(lines).toEqual([fixtureLine('request/revoke-ok.tsv', WWW_ENG), expect.stringContaining(rowOf(IDP).subjectDnCell), '']);
  });

  it('names the file in English when the UI is in English', async () => {
    const desk = await loadedDesk();
    const built = await desk.handlers.buildRevokeRequest({ ...revokeArg, lang: 'en', indices: [indexOf(WWW_ENG)] }, noReport);
    expect(built.files.map((file) => file.name)).toEqual(['revocation-request_20261101.tsv']);
  });

  it('refuses a revoked row by its application ID, list position and FQDN, and writes nothing', async () => {
    const desk = await loadedDesk();
    const built = await desk.handlers.buildRevokeRequest({ ...revokeArg, indices: [indexOf(WWW_ENG), indexOf(PORTAL_OLD)] }, noReport);
    expect(built.files).toEqual([]);
    const refused = built.problems.filter((problem) => problem.finding.severity === 'error');
    expect(refused.map(({ id, index, fqdn, finding }) => ({ id, index, fqdn, code: finding.code }))).toEqual([
      { id: PORTAL_OLD, index: indexOf(PORTAL_OLD), fqdn: rowOf(PORTAL_OLD).fqdn, code: 'already-revoked' },
    ]);
    expect(refused[0]!.finding.message.ja).not.toBe(refused[0]!.finding.message.en);
  });

  it('refuses a row without a certificate (pending) as no-certificate', async () => {
    const desk = await loadedDesk();
    const pending = manifest.rows.find((row) => row.certificateId === null)!;
    const built = await desk.handlers.buildRevokeRequest({ ...revokeArg, indices: [indexOf(pending.applicationId)] }, noReport);
    expect(built.files).toEqual([]);
    expect(built.problems.map((problem) => [problem.id, problem.finding.code])).toEqual([[pending.applicationId, 'no-certificate']]);
  });

  it('asks for a comment with reason 0 (未定義), for the request as a whole, and accepts one', async () => {
    const desk = await loadedDesk();
    const indices = [indexOf(WWW_ENG)];
    const bare = await desk.handlers.buildRevokeRequest({ ...revokeArg, reason: 0, indices }, noReport);
    expect(bare.files).toEqual([]);
    expect(bare.problems.map(({ id, index, finding }) => [id, index, finding.code, finding.field])).toEqual([[null, null, 'comment-required', 'reasonComment']]);
    const explained = await desk.handlers.buildRevokeRequest({ ...revokeArg, reason: 0, comment: 'サーバ廃止のため', indices }, noReport);
    expect(errorCodes(explained)).toEqual([]);
    expect(decoder.decode(explained.files[0]!.bytes)).toContain('\t0\tサーバ廃止のため\t');
  });

  it('writes key compromise (1) only when it is confirmed', async () => {
    const desk = await loadedDesk();
    const indices = [indexOf(WWW_ENG)];
    const unconfirmed = await desk.handlers.buildRevokeRequest({ ...revokeArg, reason: 1, indices }, noReport);
    expect(unconfirmed.files).toEqual([]);
    expect(errorCodes(unconfirmed)).toEqual(['key-compromise-unconfirmed']);
    const confirmed = await desk.handlers.buildRevokeRequest({ ...revokeArg, reason: 1, confirmKeyCompromise: true, indices }, noReport);
    expect(confirmed.files).toHaveLength(1);
  });

  it('writes a row ticked twice once, with a warning, and skips positions past the list', async () => {
    const desk = await loadedDesk();
    const built = await desk.handlers.buildRevokeRequest({ ...revokeArg, indices: [indexOf(WWW_ENG), indexOf(WWW_ENG), manifest.rows.length + 5] }, noReport);
    expect(built.files.map((file) => file.rows)).toEqual([1]);
    expect(built.problems.map((problem) => [problem.id, problem.finding.severity, problem.finding.code])).toEqual([[WWW_ENG, 'warning', 'duplicate-id']]);
  });

  it('makes a file that its own review passes against the list', async () => {
    const desk = await loadedDesk();
    const built = await desk.handlers.buildRevokeRequest({ ...revokeArg, indices: [indexOf(WWW_ENG), indexOf(IDP)] }, noReport);
    const reviewed = await desk.handlers.reviewRequest({ file: built.files[0]!, now: NOW, againstList: true }, noReport);
    expect(reviewed.ok && reviewed.review.rows.flatMap((row) => row.findings)).toEqual([]);
  });

  it('needs an open list', async () => {
    await expect(new DeskSession().handlers.buildRevokeRequest({ ...revokeArg, indices: [0] }, noReport)).rejects.toBeInstanceOf(DeskError);
  });
});

describe('the desk call buildRenewRequest', () => {
  const csr = (file: string) => ({ name: file.split('/').pop()!, bytes: readFixture(file) });

  it("renews a row with the administrator's new CSR and the row's administrator, as renew-ok.tsv does but for the software", async () => {
    const desk = await loadedDesk();
    const built = await desk.handlers.buildRenewRequest({ index: indexOf(WWW_ENG), csr: csr('request/renew-www.csr.pem'), fields: { software: 'nginx1.24' }, lang: 'ja', now: NOW }, noReport);
    expect(errorCodes(built)).toEqual([]);
    expect(built.files.map((file) => [file.name, file.rows])).toEqual([['更新申請_20261101.tsv', 1]]);
    expect(decoder.decode(built.files[0]!.bytes)).toBe(`${fixtureLine('request/renew-ok.tsv', WWW_ENG)}\r\n`);
  });

  it('keeps the fields staff changed, and leaves the rest as the list has them', async () => {
    const desk = await loadedDesk();
    const fields = { mail: 'new.admin@example.ac.jp', name: '新井　一郎', dnsNames: ['www.eng.example.ac.jp'] };
    const built = await desk.handlers.buildRenewRequest({ index: indexOf(WWW_ENG), csr: csr('request/renew-www.csr.pem'), fields, lang: 'en', now: NOW }, noReport);
    const columns = decoder.decode(built.files[0]!.bytes).replace(/\r\n$/, '').split('\t');
    expect(columns[7]).toBe('新井　一郎');
    expect(columns[8]).toBe(rowOf(WWW_ENG).cells.adminAffiliation);
    expect(columns[9]).toBe('new.admin@example.ac.jp');
    expect(columns[11]).toBe(rowOf(WWW_ENG).cells.software);
    expect(built.files[0]!.name).toBe('renewal-request_20261101.tsv');
  });

  it('refuses a CSR that reuses the key of the certificate it replaces', async () => {
    const desk = await loadedDesk();
    const built = await desk.handlers.buildRenewRequest({ index: indexOf(WWW_ENG), csr: csr('request/renew-www-reused-key.csr.pem'), fields: {}, lang: 'ja', now: NOW }, noReport);
    expect(built.files).toEqual([]);
    expect(errorCodes(built)).toContain('csr-key-reused');
    expect(built.problems.every((problem) => problem.id === WWW_ENG && problem.index === indexOf(WWW_ENG) && problem.fqdn === 'www.eng.example.ac.jp')).toBe(true);
  });

  it('says a file that is no CSR is unreadable, on the row it was chosen for', async () => {
    const desk = await loadedDesk();
    const certificate = manifest.certificates.find((entry) => entry.id === 'leaf-www-eng')!;
    for (const file of [{ name: 'notes.txt', bytes: new TextEncoder().encode('hello') }, { name: 'www.crt', bytes: readFixture(certificate.pemPath) }]) {
      const built = await desk.handlers.buildRenewRequest({ index: indexOf(WWW_ENG), csr: file, fields: {}, lang: 'ja', now: NOW }, noReport);
      expect(built.files).toEqual([]);
      expect(built.problems.map(({ id, index, finding }) => [id, index, finding.code, finding.severity])).toEqual([[WWW_ENG, indexOf(WWW_ENG), 'csr-unreadable', 'error']]);
    }
  });

  it('refuses a CSR file over the certificate-file limit before reading it', async () => {
    const desk = await loadedDesk();
    const built = await desk.handlers.buildRenewRequest({ index: indexOf(WWW_ENG), csr: { name: 'huge.csr', bytes: new Uint8Array(16 * 1024 * 1024 + 1) }, fields: {}, lang: 'ja', now: NOW }, noReport);
    expect(built.problems.map((problem) => problem.finding.code)).toEqual(['csr-unreadable']);
    expect(built.problems[0]!.finding.message.ja).toContain('huge.csr');
  });

  it('refuses a position past the list', async () => {
    const desk = await loadedDesk();
    const built = await desk.handlers.buildRenewRequest({ index: manifest.rows.length, csr: csr('request/renew-www.csr.pem'), fields: {}, lang: 'ja', now: NOW }, noReport);
    expect(built.files).toEqual([]);
    expect(built.problems.map(({ id, index, finding }) => [id, index, finding.code])).toEqual([[null, null, 'unknown-id']]);
  });
});

describe('the desk call renewDefaults', () => {
  it("gives the row's application ID, FQDN and administrator fields for the form", async () => {
    const desk = await loadedDesk();
    const { cells, dnsNameColumn } = rowOf(WWW_ENG);
    expect(await desk.handlers.renewDefaults({ index: indexOf(WWW_ENG) }, noReport)).toEqual({
      applicationId: WWW_ENG,
      fqdn: 'www.eng.example.ac.jp',
      fields: { mail: cells.adminMail, name: cells.adminName, affiliation: cells.adminAffiliation, software: cells.software, dnsNames: dnsNameColumn },
    });
    expect(await desk.handlers.renewDefaults({ index: manifest.rows.length }, noReport)).toBeNull();
  });
});

describe('the desk call reviewRequest', () => {
  const file = (path: string) => ({ name: path.split('/').pop()!, bytes: readFixture(path) });

  it('reviews a clean revocation file against the open list: kind, encoding, no finding', async () => {
    const desk = await loadedDesk();
    const result = await desk.handlers.reviewRequest({ file: file('request/revoke-ok.tsv'), now: NOW, againstList: true }, noReport);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fileName).toBe('revoke-ok.tsv');
    expect(result.review).toMatchObject({ kind: 'revoke', encoding: 'shift_jis', checkedAgainstList: true, fileFindings: [] });
    expect(result.review.rows.map((row) => [row.line, row.findings])).toEqual([
      [1, []],
      [2, []],
    ]);
  });

  it('finds the revoked serial on its line against the list, and not without it', async () => {
    const desk = await loadedDesk();
    const against = await desk.handlers.reviewRequest({ file: file('request/revoke-revoked-serial.tsv'), now: NOW, againstList: true }, noReport);
    const alone = await desk.handlers.reviewRequest({ file: file('request/revoke-revoked-serial.tsv'), now: NOW, againstList: false }, noReport);
    const codesOnLine = (result: typeof against, line: number) => (result.ok ? result.review.rows.find((row) => row.line === line)!.findings.map((finding) => finding.code) : null);
    expect(codesOnLine(against, 2)).toContain('already-revoked');
    expect(alone.ok && alone.review.checkedAgainstList).toBe(false);
    expect(codesOnLine(alone, 2)).not.toContain('already-revoked');
  });

  it('answers as the shared review does, without a list when none was ever loaded', async () => {
    const bytes = readFixture('request/revoke-bad-reason.tsv');
    const result = await new DeskSession().handlers.reviewRequest({ file: { name: 'x.tsv', bytes }, now: NOW, againstList: true }, noReport);
    expect(result).toEqual({ ok: true, fileName: 'x.tsv', review: await reviewRequestFile(bytes, { list: null, now: NOW }) });
    expect(result.ok && result.review.checkedAgainstList).toBe(false);
  });

  it('refuses a file over the certificate-file limit, naming it', async () => {
    const result = await new DeskSession().handlers.reviewRequest({ file: { name: 'huge.tsv', bytes: new Uint8Array(16 * 1024 * 1024 + 1) }, now: NOW, againstList: false }, noReport);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.refused.ja).toContain('huge.tsv');
  });
});
