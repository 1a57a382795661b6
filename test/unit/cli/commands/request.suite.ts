import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, readManifest } from '../../../support/manifest';
import { tempFolder } from '../../../support/temp-folder';
import { hasStackTrace, jsonOf, runCli, type CliRun } from '../cli-runner';
import { FINDING_OF_DAMAGE } from '../../../support/request-damage';

/*
 * `upki-tsv request revoke|renew|issue|check` on the committed fixtures (test/fixtures/request and
 * the list they were built from, test/fixtures/tsv/serverAll.tsv; manifest "request"). Every build
 * writes into a new folder; every built file is then reviewed by `request check --list`.
 */

/** A build's JSON problem. */
interface JsonProblem {
  readonly id: string | null;
  readonly code: string;
  readonly severity: string;
  readonly message: string;
}

/** A check's JSON finding of a row. */
interface JsonRowFinding {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly column?: number;
}

/** The request files in a folder (none when the folder was not even made). */
const filesIn = (folder: string): string[] => (existsSync(folder) ? readdirSync(folder) : []);

/** The Shift_JIS text of a written request file, split into its lines (without the CRLF after the last). */
function requestLines(path: string): string[] {
  const text = new TextDecoder('shift_jis').decode(readFileSync(path));
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  return text.slice(0, -2).split('\r\n');
}

/** The base64 of a PEM file's body on one line (the form column 7 takes). */
const pemBody = (path: string): string => readFileSync(path, 'utf8').replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');

export function requestSuite(): void {
  describe('request', () => {
    const m = readManifest();
    const now = m.referenceTime;
    const list = fixturePath(m.request.sourceList);
    const csr = (name: string) => fixturePath(`request/${name}`);
    const requestFile = (name: string) => m.request.files.find((file) => file.file === `request/${name}`)!;
    // Two current, valid certificates: the rows revoke-ok.tsv revokes.
    const revocable = requestFile('revoke-ok.tsv').lines.map((line) => line.applicationId!);
    // www.eng.example.ac.jp, the row renew-ok.tsv renews with renew-www.csr.pem.
    const wwwEng = requestFile('renew-ok.tsv').lines[0]!;
    const rowOf = (id: string) => m.rows.find((row) => row.applicationId === id)!;
    const serialOf = (id: string) => m.certificates.find((certificate) => certificate.id === rowOf(id).certificateId)!.serialDecimal;
    const revokedId = m.rows.find((row) => row.revoked && row.certificateId !== null)!.applicationId;
    const beingRevokedId = m.rows.find((row) => row.status === 2 && row.certificateId !== null)!.applicationId;
    const withoutCertificateId = m.rows.find((row) => row.certificateId === null)!.applicationId;

    const check = (file: string, ...args: string[]) => runCli(['request', 'check', file, '--now', now, ...args]);
    const checkedClean = (file: string) => {
      const result = check(file, '--list', list, '--json');
      expect(result.code, result.stdout).toBe(0);
      const review = jsonOf(result);
      expect(review.checkedAgainstList).toBe(true);
      expect(review.file).toEqual([]);
      expect(review.rows.flatMap((row: { findings: JsonRowFinding[] }) => row.findings)).toEqual([]);
      return review;
    };
    /** A build that must be refused: exit 1, nothing written (not even the folder), the JSON's problems. */
    const refused = (run: (out: string) => CliRun): JsonProblem[] => {
      const out = join(tempFolder('request'), 'out');
      const result = run(out);
      expect(result.code, result.stdout + result.stderr).toBe(1);
      expect(hasStackTrace(result.stderr)).toBe(false);
      expect(filesIn(out)).toEqual([]);
      const json = jsonOf(result);
      expect(json.files).toEqual([]);
      return json.problems;
    };
    const codesById = (problems: readonly JsonProblem[]) => problems.filter((problem) => problem.severity === 'error').map((problem) => [problem.id, problem.code]);

    describe('revoke', () => {
      const revoke = (out: string, ...args: string[]) => runCli(['request', 'revoke', list, '--out', out, '--now', now, ...args]);

      it('writes one revocation request for two current certificates that request check --list finds clean', () => {
        const out = tempFolder('request');
        const result = revoke(out, '--id', revocable[0]!, '--id', revocable[1]!, '--reason', '5');
        expect(result.code, result.stderr).toBe(0);
        const path = join(out, 'revocation-request_20261101.tsv');
        expect(result.stdout).toBe(`${path}\n`);
        expect(result.stderr).toBe('');
        const lines = requestLines(path).map((line) => line.split('\t'));
        expect(lines.map((columns) => columns.length)).toEqual([13, 13]);
        expect(lines.map((columns) => [columns[0], columns[3], columns[4]])).toEqual(revocable.map((id) => [rowOf(id).subjectDnCell, serialOf(id), '5']));
        const review = checkedClean(path);
        expect(review.kind).toBe('revoke');
        expect(review.encoding).toBe('shift_jis');
        expect(review.rows.map((row: { line: number; kind: string }) => [row.line, row.kind])).toEqual([
          [1, 'revoke'],
          [2, 'revoke'],
        ]);
      });

      it('takes comma-separated IDs, names the file in Japanese with --lang ja, and writes the comment of reason 0', () => {
        const out = tempFolder('request');
        const result = revoke(out, '--id', revocable.join(','), '--reason', '0', '--comment', 'サーバ廃止のため', '--lang', 'ja', '--json');
        expect(result.code, result.stderr).toBe(0);
        const path = join(out, '失効申請_20261101.tsv');
        expect(jsonOf(result)).toEqual({ files: [{ path, rows: 2 }], problems: [] });
        expect(requestLines(path).map((line) => line.split('\t').slice(4, 6))).toEqual([
          ['0', 'サーバ廃止のため'],
          ['0', 'サーバ廃止のため'],
        ]);
        checkedClean(path);
      });

      it('takes several IDs after one --id, before or after the list', () => {
        for (const order of ['after', 'before'] as const) {
          const out = tempFolder('request');
          const args = ['request', 'revoke', ...(order === 'before' ? ['--id', ...revocable, list] : [list, '--id', ...revocable]), '--reason', '5', '--out', out, '--now', now, '--json'];
          const result = runCli(args);
          expect(result.code, result.stderr).toBe(0);
          expect(jsonOf(result).files[0].rows).toBe(2);
        }
      });

      const refusals: { name: string; ids: () => string[]; args: string[]; want: () => (string | null)[][] }[] = [
        { name: 'an already revoked certificate', ids: () => [revocable[0]!, revokedId], args: ['--reason', '5'], want: () => [[revokedId, 'already-revoked']] },
        { name: 'a certificate being revoked (状態 2)', ids: () => [beingRevokedId], args: ['--reason', '5'], want: () => [[beingRevokedId, 'revocation-in-progress']] },
        { name: 'an unknown application ID', ids: () => ['99999999', revocable[0]!], args: ['--reason', '5'], want: () => [['99999999', 'unknown-id']] },
        { name: 'a row without a certificate', ids: () => [withoutCertificateId], args: ['--reason', '5'], want: () => [[withoutCertificateId, 'no-certificate']] },
        { name: 'key compromise without --confirm-key-compromise', ids: () => [revocable[0]!], args: ['--reason', '1'], want: () => [[null, 'key-compromise-unconfirmed']] },
        { name: 'reason 0 without a comment', ids: () => [revocable[0]!], args: ['--reason', '0'], want: () => [[null, 'comment-required']] },
        { name: 'a reason NII does not take (2)', ids: () => [revocable[0]!], args: ['--reason', '2'], want: () => [[null, 'reason-invalid']] },
      ];
      for (const { name, ids, args, want } of refusals) {
        it(`refuses ${name}: exit 1, nothing written, the JSON names the ID and the code`, () => {
          const problems = refused((out) => revoke(out, '--id', ids().join(','), ...args, '--json'));
          expect(codesById(problems)).toEqual(want());
          for (const problem of problems) expect(problem.message).not.toBe('');
        });
      }

      it('names every refused ID in one run, and says so on stderr without --json', () => {
        const out = join(tempFolder('request'), 'out');
        const result = revoke(out, '--id', `${revokedId},99999999,${withoutCertificateId},${revocable[0]}`, '--reason', '5');
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('');
        expect(filesIn(out)).toEqual([]);
        const lines = result.stderr.trimEnd().split('\n');
        expect(lines).toEqual([
          expect.stringMatching(new RegExp(`^application ID ${revokedId}: error: .* \\[already-revoked\\]$`)),
          expect.stringMatching(/^application ID 99999999: error: .* \[unknown-id\]$/),
          expect.stringMatching(new RegExp(`^application ID ${withoutCertificateId}: error: .* \\[no-certificate\\]$`)),
          'no request file written: 3 error(s).',
        ]);
      });

      it('writes a key-compromise revocation once it is confirmed, with the warning on stderr', () => {
        const out = tempFolder('request');
        const result = revoke(out, '--id', revocable[0]!, '--reason', '1', '--confirm-key-compromise', '--lang', 'ja');
        expect(result.code, result.stderr).toBe(0);
        expect(result.stderr).toMatch(new RegExp(`^申請ID ${revocable[0]}: 警告: .*\\[key-compromise\\]$`, 'm'));
        expect(filesIn(out)).toEqual(['失効申請_20261101.tsv']);
      });

      it('writes an ID given twice once, with a warning', () => {
        const out = tempFolder('request');
        const result = revoke(out, '--id', revocable[0]!, '--id', revocable[0]!, '--reason', '5', '--json');
        expect(result.code).toBe(0);
        const json = jsonOf(result);
        expect(json.files).toEqual([{ path: join(out, 'revocation-request_20261101.tsv'), rows: 1 }]);
        expect(json.problems.map((problem: JsonProblem) => [problem.id, problem.code, problem.severity])).toEqual([[revocable[0], 'duplicate-id', 'warning']]);
      });

      it('never replaces an existing file without --force, and does with it', () => {
        const out = tempFolder('request');
        const path = join(out, 'revocation-request_20261101.tsv');
        writeFileSync(path, 'already here\n');
        const result = revoke(out, '--id', revocable[0]!, '--reason', '5');
        expect(result.code).toBe(1);
        expect(result.stderr).toContain('file already exists (add --force to overwrite)');
        expect(readFileSync(path, 'utf8')).toBe('already here\n');
        expect(revoke(out, '--id', revocable[0]!, '--reason', '5', '--force').code).toBe(0);
        expect(requestLines(path)).toHaveLength(1);
      });

      const usage: { name: string; args: string[]; says: string }[] = [
        { name: 'a reason that is not a number', args: ['--id', '1', '--reason', 'five'], says: '--reason takes a revocation reason code (0, 1, 3, 4, 5): five' },
        { name: 'no --reason', args: ['--id', '1'], says: '--reason is required' },
        { name: 'no --id', args: ['--reason', '5'], says: '--id is required' },
      ];
      for (const { name, args, says } of usage) {
        it(`exits 2 for ${name}`, () => {
          const result = runCli(['request', 'revoke', 'no-such-list.tsv', ...args]);
          expect(result.code).toBe(2);
          expect(result.stderr).toBe(`upki-tsv: ${says}\nRun 'upki-tsv request revoke --help' for usage.\n`);
        });
      }
    });

    describe('renew', () => {
      const renew = (out: string, csrFile: string, ...args: string[]) => runCli(['request', 'renew', list, '--id', wwwEng.applicationId!, '--csr', csrFile, '--out', out, '--now', now, ...args]);

      it(`renews ${wwwEng.fqdn} with renew-www.csr.pem: the row's DN and serial, profile 3, the CSR on one line; clean in request check --list`, () => {
        const out = tempFolder('request');
        const result = renew(out, csr('renew-www.csr.pem'));
        expect(result.code, result.stderr).toBe(0);
        const path = join(out, 'renewal-request_20261101.tsv');
        expect(result.stdout).toBe(`${path}\n`);
        const [columns] = requestLines(path).map((line) => line.split('\t'));
        const row = rowOf(wwwEng.applicationId!);
        expect(columns).toEqual([
          row.subjectDnCell,
          '3',
          '',
          wwwEng.serial,
          '',
          '',
          pemBody(csr('renew-www.csr.pem')),
          row.cells.adminName,
          row.cells.adminAffiliation,
          row.cells.adminMail,
          wwwEng.fqdn,
          row.cells.software,
          expect.any(String),
        ]);
        expect(checkedClean(path).kind).toBe('renew');
      });

      it('writes the administrator fields and host names given on the command line', () => {
        const out = tempFolder('request');
        const result = renew(out, csr('renew-www.csr.pem'), '--mail', 'new-admin@example.ac.jp', '--name', '山田 花子', '--dept', '工学部', '--software', 'nginx1.26', '--san', `${wwwEng.fqdn},eng.example.ac.jp`, '--json');
        expect(result.code, result.stderr).toBe(0);
        const [columns] = requestLines(jsonOf(result).files[0].path).map((line) => line.split('\t'));
        expect(columns!.slice(7)).toEqual(['山田 花子', '工学部', 'new-admin@example.ac.jp', wwwEng.fqdn, 'nginx1.26', `dNSName=${wwwEng.fqdn},dNSName=eng.example.ac.jp`]);
      });

      const refusals: { csr: string; code: string }[] = [
        { csr: 'renew-www-reused-key.csr.pem', code: 'csr-key-reused' },
        { csr: 'renew-www-p256.csr.pem', code: 'csr-key-profile' },
        { csr: 'renew-www-wrong-dn.csr.pem', code: 'csr-dn-mismatch' },
      ];
      for (const { csr: name, code } of refusals) {
        it(`refuses ${name} with ${code}: exit 1, nothing written`, () => {
          const problems = refused((out) => renew(out, csr(name), '--json'));
          expect(codesById(problems)).toEqual([[wwwEng.applicationId, code]]);
        });
      }

      it('builds a profile-11 renewal from a P-384 CSR for a profile-3 row, warning that the profile changes', () => {
        const out = tempFolder('request');
        const result = renew(out, csr('renew-www-p384.csr.pem'), '--json');
        expect(result.code, result.stderr).toBe(0);
        const built = jsonOf(result);
        expect(built.problems.map((problem: JsonProblem) => `${problem.severity}:${problem.code}`)).toEqual(['warning:profile-changed']);
        const path = built.files[0].path;
        expect(requestLines(path)[0]!.split('\t')[1]).toBe('11');
        const review = jsonOf(check(path, '--list', list, '--json'));
        expect(review.rows.flatMap((row: { findings: JsonRowFinding[] }) => row.findings.map((finding) => `${finding.severity}:${finding.code}`))).toEqual(['warning:profile-changed']);
      });

      it('refuses a row that is not current any more (already-replaced)', () => {
        const replaced = m.rows.find((row) => row.fqdn === 'www.example.ac.jp' && row.certificateId !== null && !row.revoked && m.rows.some((other) => other.previousSerial === serialOf(row.applicationId)))!;
        const problems = refused((out) => runCli(['request', 'renew', list, '--id', replaced.applicationId, '--csr', csr('renew-www.csr.pem'), '--out', out, '--now', now, '--json']));
        expect(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.code)).toContain('already-replaced');
      });

      const unreadable: { name: string; file: () => string; says: RegExp }[] = [
        { name: 'a list', file: () => list, says: /^upki-tsv: not a readable CSR \(PKCS#10\): .*serverAll\.tsv\. .* \[csr-unreadable\]\n$/ },
        { name: 'a private key', file: () => fixturePath('keys/leaf-www-2025.key.pem'), says: /^upki-tsv: not a readable CSR \(PKCS#10\) \(it holds a PRIVATE KEY\): .*leaf-www-2025\.key\.pem\. .* \[csr-unreadable\]\n$/ },
        { name: 'a missing file', file: () => 'no-such.csr', says: /^upki-tsv: file not found: no-such\.csr\n$/ },
      ];
      for (const { name, file, says } of unreadable) {
        it(`exits 1 naming the --csr file when it is ${name}`, () => {
          const out = join(tempFolder('request'), 'out');
          const result = renew(out, file());
          expect(result.code).toBe(1);
          expect(result.stderr).toMatch(says);
          expect(filesIn(out)).toEqual([]);
        });
      }

      it('exits 2 for two IDs or no --csr', () => {
        expect(runCli(['request', 'renew', list, '--id', '1,2', '--csr', 'x.csr']).stderr).toMatch(/^upki-tsv: a renewal takes exactly one application ID: 1, 2\n/);
        const noCsr = runCli(['request', 'renew', list, '--id', '1']);
        expect(noCsr.code).toBe(2);
        expect(noCsr.stderr).toMatch(/^upki-tsv: --csr is required\n/);
      });
    });

    describe('issue', () => {
      const issue = (out: string, ...args: string[]) => runCli(['request', 'issue', '--out', out, '--now', now, ...args]);

      it("writes an issue request from issue-newhost.csr.pem: the CSR's DN and host names, the administrator given; clean in request check --list", () => {
        const out = tempFolder('request');
        const result = issue(out, '--csr', csr('issue-newhost.csr.pem'), '--mail', 'admin@example.ac.jp', '--software', 'nginx1.24', '--list', list);
        expect(result.code, result.stderr).toBe(0);
        const path = join(out, 'issue-request_20261101.tsv');
        expect(result.stdout).toBe(`${path}\n`);
        const description = m.request.csrs.find((entry) => entry.file === 'request/issue-newhost.csr.pem')!;
        expect(requestLines(path).map((line) => line.split('\t'))).toEqual([
          [
            description.subjectDn,
            '3',
            '',
            '',
            '',
            '',
            pemBody(csr('issue-newhost.csr.pem')),
            '',
            '',
            'admin@example.ac.jp',
            'newhost.example.ac.jp',
            'nginx1.24',
            description.dnsNames.map((name) => `dNSName=${name}`).join(','),
          ],
        ]);
        expect(checkedClean(path).kind).toBe('issue');
      });

      it('refuses a CSR whose signature does not verify', () => {
        const problems = refused((out) => issue(out, '--csr', csr('bad-signature.csr.pem'), '--mail', 'admin@example.ac.jp', '--software', 'nginx1.24', '--json'));
        expect(codesById(problems)).toEqual([[null, 'csr-signature-invalid']]);
      });

      for (const missing of ['--csr', '--mail', '--software']) {
        it(`exits 2 without ${missing}`, () => {
          const args = ['--csr', csr('issue-newhost.csr.pem'), '--mail', 'admin@example.ac.jp', '--software', 'nginx1.24'];
          const index = args.indexOf(missing);
          const result = runCli(['request', 'issue', ...args.slice(0, index), ...args.slice(index + 2)]);
          expect(result.code).toBe(2);
          expect(result.stderr).toMatch(new RegExp(`^upki-tsv: ${missing} is required\\n`));
        });
      }
    });

    describe('check', () => {

      for (const file of m.request.files) {
        const name = file.file.replace('request/', '');
        if (file.damage === null) {
          it(`finds nothing wrong in ${name} against the list (exit 0)`, () => {
            expect(checkedClean(fixturePath(file.file)).kind).toBe(file.kind);
          });
          continue;
        }
        const expected = FINDING_OF_DAMAGE[file.damage]!;
        it(`reports ${expected.code} (${expected.severity}) on line ${file.damagedLine} of ${name}, exit ${expected.severity === 'error' ? 1 : 0}`, () => {
          const result = check(fixturePath(file.file), '--list', list, '--json');
          expect(result.code).toBe(expected.severity === 'error' ? 1 : 0);
          const review = jsonOf(result);
          expect(review.kind).toBe(file.kind);
          expect(review.encoding).toBe(file.encoding);
          expect(review.rows).toHaveLength(file.lineCount);
          const onLine = [
            ...review.rows.filter((row: { line: number }) => row.line === file.damagedLine).flatMap((row: { findings: JsonRowFinding[] }) => row.findings),
            ...review.file.filter((entry: { line: number | null }) => entry.line === file.damagedLine),
          ];
          expect(onLine.map((finding: JsonRowFinding) => [finding.code, finding.severity])).toContainEqual([expected.code, expected.severity]);
          // The other lines are clean (too-many-rows repeats serials: those lines name their first line).
          const elsewhere = review.rows.filter((row: { line: number; findings: JsonRowFinding[] }) => row.line !== file.damagedLine && row.findings.some((finding) => finding.code !== 'duplicate-serial'));
          expect(elsewhere).toEqual([]);
        });
      }

      it('gives the column of a finding from its field', () => {
        const review = jsonOf(check(fixturePath('request/revoke-bad-reason.tsv'), '--json'));
        expect(review.checkedAgainstList).toBe(false);
        expect(review.rows[1].findings).toEqual([{ code: 'reason-invalid', severity: 'error', message: expect.stringContaining('column 5'), column: 5 }]);
      });

      it('reports each finding on its line in text, then the count', () => {
        const result = check(fixturePath('request/revoke-dn-order.tsv'), '--list', list);
        expect(result.code).toBe(1);
        expect(result.stdout.split('\n')).toEqual([
          `${fixturePath('request/revoke-dn-order.tsv')}: revocation request, 3 line(s) (Shift_JIS)`,
          `Checked against the list ${list}.`,
          expect.stringMatching(/^line 2, column 1: error: column 1 \(subject DN\) starts with C=.* \[dn-order\]$/),
          '1 error(s), 0 warning(s), 0 note(s)',
          '',
        ]);
      });

      it('says so in Japanese when nothing is wrong', () => {
        const result = check(fixturePath('request/revoke-ok.tsv'), '--lang', 'ja');
        expect(result.code).toBe(0);
        expect(result.stdout).toBe(`${fixturePath('request/revoke-ok.tsv')}: 失効申請、2 行（Shift_JIS）\n一覧とは照合していません（--list で照合できます）。\n問題は見つかりませんでした。\n`);
      });

      it('reports an empty file as a finding of the file (line null), exit 1', () => {
        const path = join(tempFolder('request'), 'empty.tsv');
        writeFileSync(path, '');
        const result = check(path, '--json');
        expect(result.code).toBe(1);
        expect(jsonOf(result)).toEqual({ kind: null, encoding: null, checkedAgainstList: false, rows: [], file: [{ line: null, code: 'file-empty', severity: 'error', message: expect.any(String) }] });
      });

      it('exits 1 for a missing request file', () => {
        const result = check('no-such-request.tsv');
        expect(result.code).toBe(1);
        expect(result.stderr).toBe('upki-tsv: file not found: no-such-request.tsv\n');
      });
    });

    describe('help and usage', () => {
      it('prints the help of request, listing the four subcommands with their usage', () => {
        const result = runCli(['request', '--help']);
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^Usage: upki-tsv request revoke\|renew\|issue\|check /);
        for (const word of ['revoke', 'renew', 'issue', 'check']) expect(result.stdout).toContain(`  upki-tsv request ${word} `);
      });

      for (const word of ['revoke', 'renew', 'issue', 'check']) {
        it(`prints the help of request ${word} in English and Japanese`, () => {
          const en = runCli(['request', word, '--help']);
          expect(en.code).toBe(0);
          expect(en.stdout).toMatch(new RegExp(`^Usage: upki-tsv request ${word} `));
          const ja = runCli(['request', '--lang', 'ja', word, '-h']);
          expect(ja.code).toBe(0);
          expect(ja.stdout).toMatch(new RegExp(`^使い方: upki-tsv request ${word} `));
        });
      }

      it('finds the subcommand after common options and their values', () => {
        const result = runCli(['request', '--now', now, '--lang', 'en', 'check', fixturePath('request/revoke-ok.tsv')]);
        expect(result.code).toBe(0);
      });

      const usage: { name: string; args: string[]; says: string; help: string }[] = [
        { name: 'no subcommand', args: ['request'], says: 'request needs a subcommand (revoke, renew, issue, check)', help: 'request' },
        { name: 'an unknown subcommand', args: ['request', 'cancel'], says: 'unknown request subcommand: cancel (revoke, renew, issue, check)', help: 'request' },
        { name: 'an option of another subcommand', args: ['request', 'check', 'x.tsv', '--reason', '5'], says: 'unknown option: --reason', help: 'request check' },
        { name: 'an argument issue does not take', args: ['request', 'issue', 'x.csr'], says: 'unexpected argument: x.csr', help: 'request issue' },
      ];
      for (const { name, args, says, help } of usage) {
        it(`exits 2 for ${name}, pointing at the right help`, () => {
          const result = runCli(args);
          expect(result.code).toBe(2);
          expect(result.stderr).toBe(`upki-tsv: ${says}\nRun 'upki-tsv ${help} --help' for usage.\n`);
        });
      }
    });
  });
}
