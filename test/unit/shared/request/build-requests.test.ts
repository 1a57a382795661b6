import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIssueRequest, buildRenewRequest, buildRevokeRequests, type BuiltRequests } from '../../../../shared/request/build-requests';
import { reviewFindings, reviewRequestFile } from '../../../../shared/request/check-request-file';
import { readRequestFile } from '../../../../shared/request/read-request-file';
import { requestExportFiles } from '../../../../shared/use-cases/export-files';
import { expensiveRuns, propertyTimeout } from '../../../support/fuzz-runs';
import { readManifest } from '../../../support/manifest';
import { FIXTURE_NOW, fixtureCsr, fixtureList, revocableIds } from './request-fixtures';

const problemCodes = (built: BuiltRequests) => built.problems.map((problem) => `${problem.id}:${problem.finding.severity}:${problem.finding.code}`);

/** Application IDs of list rows that match a condition. */
async function idsWhere(test: (record: Awaited<ReturnType<typeof fixtureList>>['records'][number]) => boolean): Promise<string[]> {
  return (await fixtureList()).records.filter(test).map((record) => record.applicationId);
}

/** Writes the built rows as files and reviews each against the list: the errors (and, unless only errors are asked for, the warnings) found. */
async function reviewBuilt(built: BuiltRequests, only: 'errors' | 'errors-and-warnings' = 'errors-and-warnings'): Promise<string[]> {
  const list = await fixtureList();
  const found: string[] = [];
  for (const file of requestExportFiles(built.kind, built.rows, 'ja', FIXTURE_NOW)) {
    const review = await reviewRequestFile(file.bytes, { list, now: FIXTURE_NOW });
    expect(review.kind).toBe(built.kind);
    const shown = only === 'errors' ? ['error'] : ['error', 'warning'];
    for (const entry of reviewFindings(review)) if (shown.includes(entry.finding.severity)) found.push(`${entry.line}:${entry.finding.code}`);
  }
  return found;
}

const wwwEngId = () => readManifest().request.files.find((file) => file.file === 'request/renew-ok.tsv')!.lines[0]!.applicationId!;

describe('buildRevokeRequests', () => {
  it('writes one line per chosen row with the list’s DN, the certificate’s serial and the reason, which the review reads back clean', async () => {
    const ids = await revocableIds();
    const built = await buildRevokeRequests(await fixtureList(), ids, { reason: 5, comment: '', confirmKeyCompromise: false, now: FIXTURE_NOW });
    expect(problemCodes(built)).toEqual([]);
    const list = await fixtureList();
    expect(built.rows.map((row) => [row.subjectDn, row.serial, row.reason])).toEqual(
      ids.map((id) => {
        const record = list.records.find((candidate) => candidate.applicationId === id)!;
        return [record.subjectDn, record.certificate!.serialNumber, '5'];
      }),
    );
    expect(await reviewBuilt(built)).toEqual([]);
  });

  it('refuses rows that are revoked, being revoked, without a certificate, client certificates or unknown — each by its ID — and writes nothing', async () => {
    const list = await fixtureList();
    const revoked = list.records.find((record) => record.isRevoked && record.certificate)!.applicationId;
    const pending = list.records.find((record) => record.certificate === null && !record.certificateUnreadable)!.applicationId;
    const revoking = list.records.find((record) => record.status === 2 && !record.isRevoked)!.applicationId;
    const good = (await revocableIds())[0]!;
    const built = await buildRevokeRequests(list, [good, revoked, pending, revoking, 'no-such-id'], { reason: 5, comment: '', confirmKeyCompromise: false, now: FIXTURE_NOW });
    expect(built.rows).toEqual([]);
    // In the order the IDs were given.
    expect(problemCodes(built)).toEqual([`${revoked}:error:already-revoked`, `${pending}:error:no-certificate`, `${revoking}:error:revocation-in-progress`, 'no-such-id:error:unknown-id']);
  });

  it('refuses a client certificate in a mixed list', async () => {
    const list = await fixtureList();
    const client = list.records.find((record) => record.profileId === 5 || record.profileId === 7);
    if (!client) return; // the server fixture list has no client row
    const built = await buildRevokeRequests(list, [client.applicationId], { reason: 5, comment: '', confirmKeyCompromise: false, now: FIXTURE_NOW });
    expect(problemCodes(built)).toContain(`${client.applicationId}:error:not-server-certificate`);
  });

  it('asks for a confirmation of key compromise and a comment with reason 0, and takes no reason NII does not', async () => {
    const list = await fixtureList();
    const ids = (await revocableIds()).slice(0, 1);
    const build = (reason: number, comment: string, confirmKeyCompromise: boolean) => buildRevokeRequests(list, ids, { reason, comment, confirmKeyCompromise, now: FIXTURE_NOW });
    expect(problemCodes(await build(1, '', false))).toEqual(['null:error:key-compromise-unconfirmed']);
    const confirmed = await build(1, '', true);
    expect(confirmed.rows).toHaveLength(1);
    expect(problemCodes(confirmed)).toEqual([`${ids[0]}:warning:key-compromise`]);
    expect(problemCodes(await build(0, '', false))).toEqual(['null:error:comment-required']);
    expect((await build(0, 'サーバ廃止のため', false)).rows[0]!.reasonComment).toBe('サーバ廃止のため');
    expect(problemCodes(await build(2, '', false))).toEqual(['null:error:reason-invalid']);
    expect(problemCodes(await build(0, '𠮷', false))).toEqual([`${ids[0]}:error:not-shift-jis`]);
  });

  it('writes an ID given twice once', async () => {
    const ids = (await revocableIds()).slice(0, 1);
    const built = await buildRevokeRequests(await fixtureList(), [ids[0]!, ids[0]!], { reason: 5, comment: '', confirmKeyCompromise: false, now: FIXTURE_NOW });
    expect(built.rows).toHaveLength(1);
    expect(problemCodes(built)).toEqual([`${ids[0]}:warning:duplicate-id`]);
  });

  it('never writes a line the review rejects, for any choice of rows, reason and comment (property)', async () => {
    const list = await fixtureList();
    const ids = list.records.map((record) => record.applicationId);
    await fc.assert(
      fc.asyncProperty(fc.subarray(ids, { minLength: 1, maxLength: 6 }), fc.constantFrom(0, 1, 2, 3, 4, 5, 6), fc.string({ maxLength: 140, unit: 'grapheme' }), fc.boolean(), async (chosen, reason, comment, confirm) => {
        const built = await buildRevokeRequests(list, chosen, { reason, comment, confirmKeyCompromise: confirm, now: FIXTURE_NOW });
        if (built.rows.length === 0) {
          expect(built.problems.some((problem) => problem.finding.severity === 'error')).toBe(true);
          return;
        }
        expect(await reviewBuilt(built, 'errors')).toEqual([]);
      }),
      { numRuns: expensiveRuns() },
    );
  }, propertyTimeout(expensiveRuns(), 60));
});

describe('buildRenewRequest', () => {
  it('renews a current certificate with a new key, carrying the row’s admin fields and letting the staff change them', async () => {
    const list = await fixtureList();
    const id = wwwEngId();
    const record = list.records.find((candidate) => candidate.applicationId === id)!;
    const built = await buildRenewRequest(list, id, await fixtureCsr('renew-www.csr.pem'), { software: 'nginx1.26' }, FIXTURE_NOW);
    expect(problemCodes(built)).toEqual([]);
    const row = built.rows[0]!;
    expect([row.subjectDn, row.profileId, row.serial, row.fqdn, row.adminMail, row.software]).toEqual([record.subjectDn, '3', record.certificate!.serialNumber, record.fqdn, record.adminMail, 'nginx1.26']);
    expect(await reviewBuilt(built)).toEqual([]);
  });

  it.each([
    ['renew-www-reused-key.csr.pem', 'csr-key-reused'],
    ['renew-www-wrong-dn.csr.pem', 'csr-dn-mismatch'],
    ['renew-www-p256.csr.pem', 'csr-key-profile'],
  ])('refuses %s (%s)', async (csr, code) => {
    const built = await buildRenewRequest(await fixtureList(), wwwEngId(), await fixtureCsr(csr), {}, FIXTURE_NOW);
    expect(built.rows).toEqual([]);
    expect(problemCodes(built)).toContain(`${wwwEngId()}:error:${code}`);
  });

  it('takes a P-384 key as profile 11, and warns that the renewal changes the profile', async () => {
    const built = await buildRenewRequest(await fixtureList(), wwwEngId(), await fixtureCsr('renew-www-p384.csr.pem'), {}, FIXTURE_NOW);
    expect(problemCodes(built)).toEqual([`${wwwEngId()}:warning:profile-changed`]);
    expect(built.rows[0]!.profileId).toBe('11');
  });

  it('refuses a certificate already replaced by a newer one, and a revoked one', async () => {
    const list = await fixtureList();
    const replaced = list.records.find((record) => record.certificate && !record.isRevoked && list.records.some((other) => other.previousSerial === record.serialNumber && other.certificate))!;
    const built = await buildRenewRequest(list, replaced.applicationId, await fixtureCsr('renew-www.csr.pem'), {}, FIXTURE_NOW);
    expect(problemCodes(built)).toContain(`${replaced.applicationId}:error:already-replaced`);
  });
});

describe('buildIssueRequest', () => {
  it('writes the CSR’s DN CN first, the profile its key fits and the CSR’s names', async () => {
    const built = await buildIssueRequest(await fixtureCsr('issue-newhost.csr.pem'), { mail: 'admin@example.ac.jp', software: 'apache2.4', name: '高橋 一郎' }, await fixtureList(), FIXTURE_NOW);
    expect(problemCodes(built)).toEqual([]);
    const row = built.rows[0]!;
    expect([row.subjectDn, row.profileId, row.fqdn, row.dnsNames]).toEqual(['CN=newhost.example.ac.jp,O=Sample University,L=Chiyoda-ku,ST=Tokyo,C=JP', '3', 'newhost.example.ac.jp', 'dNSName=newhost.example.ac.jp,dNSName=alias.example.ac.jp']);
    expect(await reviewBuilt(built)).toEqual([]);
  });

  it('refuses a damaged CSR, a missing mail address and a key for no profile', async () => {
    const csr = await fixtureCsr('bad-signature.csr.pem');
    expect(problemCodes(await buildIssueRequest(csr, { mail: 'a@example.ac.jp', software: 'x' }, null, FIXTURE_NOW))).toEqual(['null:error:csr-signature-invalid']);
    expect(problemCodes(await buildIssueRequest(await fixtureCsr('issue-newhost.csr.pem'), { software: 'x' }, null, FIXTURE_NOW))).toEqual(['null:error:required-missing']);
    expect(problemCodes(await buildIssueRequest(await fixtureCsr('renew-www-p256.csr.pem'), { mail: 'a@example.ac.jp', software: 'x' }, null, FIXTURE_NOW))).toEqual(['null:error:csr-key-profile']);
  });

  it('never writes a line the review rejects, whatever the staff member types (property)', async () => {
    const csr = await fixtureCsr('issue-newhost-ecc.csr.pem');
    const text = fc.string({ maxLength: 80, unit: 'grapheme' });
    await fc.assert(
      fc.asyncProperty(text, text, text, text, fc.array(fc.string({ maxLength: 30 }), { maxLength: 10 }), async (mail, name, affiliation, software, dnsNames) => {
        const built = await buildIssueRequest(csr, { mail, name, affiliation, software, dnsNames }, null, FIXTURE_NOW);
        if (built.rows.length === 0) return;
        for (const file of requestExportFiles('issue', built.rows, 'en', FIXTURE_NOW)) {
          const read = readRequestFile(file.bytes);
          expect(read.fileFindings).toEqual([]);
          const review = await reviewRequestFile(file.bytes, { now: FIXTURE_NOW });
          expect(reviewFindings(review).filter((entry) => entry.finding.severity === 'error')).toEqual([]);
        }
      }),
      { numRuns: expensiveRuns() },
    );
  }, propertyTimeout(expensiveRuns(), 60));
});
