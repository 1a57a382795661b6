import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../../cli/output/text-width';
import type { GeneratedList } from '../list-file';
import { NOW_TEXT, writeList } from '../list-file';
import { hasStackTrace, jsonOf, runCli } from '../cli-runner';
import { IDS, SECRET_PIN } from '../standard-list';
import { tempFolder } from '../../../support/temp-folder';

/** Tests of `upki-tsv list` against the standard list. */
export function listSuite(list: () => GeneratedList): void {
  const run = (...args: string[]) => runCli(['list', list().path, '--now', NOW_TEXT, ...args]);
  const ids = (...args: string[]) => (jsonOf(run('--json', ...args)).records as { applicationId: string }[]).map((r) => r.applicationId);

  describe('list --json', () => {
    it('prints file, encoding, every record, and only the unknown-column notice as a problem', () => {
      const result = run('--json');
      expect(result.code).toBe(0);
      const json = jsonOf(result);
      expect(json.file).toBe(list().path);
      expect(json.encoding).toBe('shift_jis');
      expect(json.problems).toEqual([expect.objectContaining({ code: 'header-unknown-columns', line: 1, severity: 'warning' })]);
      expect(json.records.map((r: { applicationId: string; line: number }) => [r.applicationId, r.line])).toEqual(
        Object.values(IDS).map((id, i) => [id, i + 2]),
      );
    });

    it('describes a record with a certificate with every contract field', () => {
      const record = jsonOf(run('--json')).records.find((r: { applicationId: string }) => r.applicationId === IDS.wwwRenewed);
      expect(record).toMatchObject({
        applicationId: IDS.wwwRenewed,
        line: 3,
        status: 6,
        statusLabel: 'Renewed',
        subjectDn: 'CN=www.example.ac.jp,O=Example University,C=JP',
        fqdn: 'www.example.ac.jp',
        hasCertificate: true,
        commonName: 'www.example.ac.jp',
        dnsNames: ['www.example.ac.jp', 'example.ac.jp'],
        serialNumber: '2562',
        serialHex: '0A:02',
        revoked: false,
        state: 'valid',
        currentRole: 'current',
        accessPin: '****',
        predecessor: { applicationId: IDS.wwwExpired },
      });
      expect(record.notBefore).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(record.notAfter).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(record.sha256).toMatch(/^[0-9a-f]{64}$/);
    });

    it('leaves certificate fields out of a record without a certificate', () => {
      const record = jsonOf(run('--json')).records.find((r: { applicationId: string }) => r.applicationId === IDS.pending);
      expect(record).toMatchObject({ hasCertificate: false, status: 0, state: 'pending', revoked: false });
      expect(record).not.toHaveProperty('sha256');
      expect(record).not.toHaveProperty('commonName');
    });

    it('marks a revoked record', () => {
      const record = jsonOf(run('--json')).records.find((r: { applicationId: string }) => r.applicationId === IDS.wwwRevoked);
      expect(record).toMatchObject({ revoked: true, state: 'revoked', currentRole: 'revoked' });
    });

    it('masks the access PIN unless --show-secrets', () => {
      expect(run('--json').stdout).not.toContain(SECRET_PIN);
      expect(run('--json', '--show-secrets').stdout).toContain(SECRET_PIN);
    });

    it('writes labels in the --lang language', () => {
      const record = jsonOf(run('--json', '--lang', 'ja')).records.find((r: { applicationId: string }) => r.applicationId === IDS.wwwRenewed);
      expect(record.statusLabel).toBe('証明書更新処理完了');
    });
  });

  describe('list filters', () => {
    const cases: { name: string; args: string[]; want: string[] }[] = [
      { name: '--filter finds a host covered by a wildcard SAN', args: ['--filter', 'wiki.lab.example.ac.jp'], want: [IDS.wildcard] },
      { name: '--filter matches case-insensitive substrings', args: ['--filter', 'SOON.EXAMPLE'], want: [IDS.expiring] },
      { name: '--filter finds a serial typed as 0x hex', args: ['--filter', '0x0A02'], want: [IDS.wwwRenewed] },
      { name: '--filter finds a serial typed as colon hex', args: ['--filter', '0a:03'], want: [IDS.wwwRevoked] },
      { name: '--status expired keeps expired certificates', args: ['--status', 'expired'], want: [IDS.wwwExpired] },
      { name: '--status expiring keeps certificates close to expiry', args: ['--status', 'expiring'], want: [IDS.expiring] },
      { name: '--status takes a comma-separated list', args: ['--status', 'pending,error'], want: [IDS.pending, IDS.error] },
      { name: '--status may be repeated', args: ['--status', 'revoked', '--status', 'error'], want: [IDS.wwwRevoked, IDS.error, IDS.revokedOnly] },
      {
        name: '--current keeps the current certificate of each FQDN whatever its state (a host whose only certificate is revoked included)',
        args: ['--current'],
        want: [IDS.wwwRenewed, IDS.wildcard, IDS.traversal, IDS.expiring, IDS.revokedOnly],
      },
      { name: 'filters combine', args: ['--current', '--filter', 'www'], want: [IDS.wwwRenewed] },
    ];
    for (const { name, args, want } of cases) it(name, () => expect(ids(...args)).toEqual(want));

    it('--within sets the expiring window (default 30 days)', () => {
      expect(ids('--status', 'expiring')).toEqual([IDS.expiring]);
      expect(ids('--status', 'expiring', '--within', '400')).toEqual([IDS.wwwRenewed, IDS.wildcard, IDS.traversal, IDS.expiring]);
      expect(run('--within', 'soon').code).toBe(2);
    });

    it("README's --status expiring,expired --current lists the servers that are broken now (expired with no successor)", async () => {
      const broken = await writeList([
        { cells: { applicationId: 'X1', fqdn: 'gone.example.ac.jp' }, certificate: { commonName: 'gone.example.ac.jp', serialHex: '2a01', ageDays: 500, lifeDays: 397 } },
        { cells: { applicationId: 'W1', fqdn: 'www.example.ac.jp' }, certificate: { commonName: 'www.example.ac.jp', serialHex: '2b01', ageDays: 500, lifeDays: 397 } },
        { cells: { applicationId: 'W2', fqdn: 'www.example.ac.jp', previousSerial: '11009' }, certificate: { commonName: 'www.example.ac.jp', serialHex: '2b02', ageDays: 100, lifeDays: 397 } },
      ]);
      const result = runCli(['list', broken.path, '--now', NOW_TEXT, '--status', 'expiring,expired', '--current', '--json']);
      expect(jsonOf(result).records.map((record: { applicationId: string }) => record.applicationId)).toEqual(['X1']);
    });

    it('rejects an unknown --status value as wrong usage', () => {
      const result = run('--status', 'bogus');
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('bogus');
      expect(result.stderr).toContain('list --help');
    });
  });

  describe('list table', () => {
    it('prints a table with a header, one line per record and a count', () => {
      const result = run();
      expect(result.code).toBe(0);
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^FQDN \/ name\s+State\s+Status\s+Valid until \(JST\)\s+Serial number\s+Application ID$/);
      expect(lines).toHaveLength(2 + 9 + 1);
      expect(lines.at(-1)).toBe('9 of 9 records');
      expect(result.stdout).toContain('www.example.ac.jp');
    });

    it('aligns columns by display width with Japanese labels', () => {
      const lines = run('--lang', 'ja').stdout.trimEnd().split('\n').slice(2, -1);
      const starts = lines.map((line) => displayWidth(line.slice(0, line.search(/A00\d$/))));
      expect(new Set(starts).size).toBe(1);
      expect(lines.join('\n')).toContain('期限切れ');
    });

    it('says how many days are left', () => {
      expect(run('--filter', 'soon').stdout).toMatch(/soon\.example\.ac\.jp .*\(\d+d left\)/);
    });
  });

  describe('list problems', () => {
    it('reports a cut line on stderr with its line and in problems, reads no invented row from it, and still exits 0', async () => {
      const broken = await writeList([{ cells: { applicationId: 'B1', fqdn: 'a.example.jp' } }]);
      const path = `${broken.dir}/short.tsv`;
      const { readFileSync, writeFileSync } = await import('node:fs');
      const text = readFileSync(broken.path);
      writeFileSync(path, Buffer.concat([text, Buffer.from('B2\t1\t0\r\n')]));
      const result = runCli(['list', path, '--json', '--lang', 'ja']);
      expect(result.code).toBe(0);
      const json = jsonOf(result);
      expect(json.records.map((r: { applicationId: string }) => r.applicationId)).toEqual(['B1']);
      expect(json.problems).toContainEqual(expect.objectContaining({ line: 3, code: 'row-too-few-cells' }));
      const problem = json.problems.find((p: { code: string }) => p.code === 'row-too-few-cells');
      expect(problem).toHaveProperty('column');
      // The place is in its own fields (line, column), never repeated inside the message.
      expect(problem.message).not.toMatch(/行目/);
      expect(result.stderr.trim().split('\n')).toContainEqual(expect.stringMatching(/short\.tsv:3: .*row-too-few-cells/));
      expect(hasStackTrace(result.stderr)).toBe(false);
    });
  });

  describe('list --group-by admin', () => {
    it('prints one heading and table per administrator, then the count', () => {
      const json = jsonOf(run('--json')).records as { adminMail?: string }[];
      const result = run('--group-by', 'admin');
      expect(result.code).toBe(0);
      const headings = result.stdout.split('\n').filter((line) => line.startsWith('== '));
      expect(headings.length).toBeGreaterThan(0);
      expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(`${json.length} of ${json.length} records`);
    });

    it('prints a reminder mail per administrator with --mail-text, never the PIN', () => {
      const result = run('--group-by', 'admin', '--mail-text');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Please apply for their renewal.');
      expect(result.stdout).not.toContain(SECRET_PIN);
    });

    it('refuses another --group-by value as a usage error', () => {
      const result = run('--group-by', 'issuer');
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('unknown --group-by value: issuer (only admin)');
    });
  });

  describe('list --expires-from / --expires-to / --issuer', () => {
    it('refuses a date it cannot read as a usage error that names the option', () => {
      const result = run('--expires-to', 'tomorrow');
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('cannot read the date of --expires-to: tomorrow');
    });

    it('keeps only the certificates expiring in the range and under the issuer given', () => {
      const all = jsonOf(run('--json')).records as { applicationId: string; notAfter: string | null; issuerDn?: string }[];
      const expected = all.filter((r) => r.notAfter !== null && r.notAfter >= '2026-01-01' && r.notAfter < '2028-01-01').map((r) => r.applicationId);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all.length);
      expect(ids('--expires-from', '2026-01-01', '--expires-to', '2027-12-31')).toEqual(expected);
      expect(ids('--issuer', 'no such intermediate')).toEqual([]);
    });
  });

  describe('list --csv', () => {
    it('writes the listed rows as a CSV grouped by administrator with --group-by admin, PIN masked, never overwriting', () => {
      const target = join(tempFolder('csv'), 'plan.csv');
      const result = run('--group-by', 'admin', '--csv', target);
      expect(result.code).toBe(0);
      const text = readFileSync(target, 'utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text).not.toContain(SECRET_PIN);
      const lines = text.slice(1).trimEnd().split('\r\n');
      expect(result.stderr).toContain(`wrote ${lines.length - 1} rows of CSV to ${target}`);
      expect(run('--csv', target).code).toBe(1);
    });
  });

  describe('list --ics', () => {
    it('writes one expiry event per listed certificate, with the alarm --within days ahead, and never overwrites', () => {
      const target = join(tempFolder('ics'), 'renewals.ics');
      const listed = (jsonOf(run('--json', '--current')).records as { hasCertificate: boolean; notAfter: string | null }[]).filter((r) => r.notAfter !== null);
      const result = run('--current', '--within', '45', '--ics', target);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(`wrote ${listed.length} expiry events to ${target}`);
      const events = new ICAL.Component(ICAL.parse(readFileSync(target, 'utf8'))).getAllSubcomponents('vevent');
      expect(events).toHaveLength(listed.length);
      expect(events[0]!.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger')!.toString()).toBe('-P45D');
      expect(readFileSync(target, 'utf8')).not.toContain(SECRET_PIN);
      const again = run('--current', '--ics', target);
      expect(again.code).toBe(1);
      expect(hasStackTrace(again.stderr)).toBe(false);
    });
  });
}
