import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasInvisibleCharacters } from '../../../../shared/encoding/invisible-characters';
import { encodePem } from '../../../../shared/pki/pem/encode-pem';
import { INVISIBLE_CLASSES } from '../../../support/invisible-characters';
import { jsonOf, runCli } from '../cli-runner';
import { NOW_TEXT, writeList, type GeneratedList } from '../list-file';
import { makeCertificateDer } from '../test-certificates';
import { makePastedKey } from '../../../support/private-keys';

// A TSV cell cannot hold TAB, LF or CR (they split it) nor NUL (a NUL byte makes the file binary).
const CELL_CLASSES = INVISIBLE_CLASSES.filter(({ char }) => !['\t', '\n', '\r', '\u0000'].includes(char));

/** Output with the LFs that end lines removed: whatever invisible character is left came from the data. */
const withoutLineEnds = (text: string): string => text.replaceAll('\n', '');

/**
 * Hostile text through every output of the CLI (issue 14): each class of control, bidi and zero-width
 * character in a list's cells and in a certificate's subject is masked in text and escaped in --json.
 */
export function hostileOutputSuite(): void {
  describe('hostile characters in the output', () => {
    let list: GeneratedList;
    let pemPath: string;
    let keyPath: string;
    const key = makePastedKey();
    beforeAll(async () => {
      const every = CELL_CLASSES.map(({ char }) => char).join('');
      list = await writeList(
        [
          ...CELL_CLASSES.map(({ char }, index) => ({
            cells: { applicationId: `H${String(index).padStart(3, '0')}`, fqdn: `www.${char}gpj.exe`, adminName: `山田${char}太郎` },
            certificate: { commonName: `cn${index}.${char}example.ac.jp`, dnsNames: [`cn${index}.example.ac.jp`], serialHex: (0x7000 + index).toString(16), ageDays: 10, lifeDays: 300 },
          })),
          {
            // A private key pasted into the certificate cell (bare base64, as certificates are) and, as PEM, into a free-text cell.
            cells: { applicationId: 'HKEY', fqdn: 'key.example.ac.jp', certificate: key.bareBase64, adminName: key.pkcs8Pem.replaceAll('\n', ' '), status: '5' },
          },
          {
            // A private key pasted into the FQDN cell of a row with a certificate, and into the subject DN (CN) cell of a row without FQDN.
            cells: { applicationId: 'HKFQ', fqdn: key.bareBase64, status: '5' },
            certificate: { commonName: 'kfq.example.ac.jp', dnsNames: ['kfq.example.ac.jp'], serialHex: '7200', ageDays: 10, lifeDays: 300 },
          },
          {
            cells: { applicationId: 'HKDN', fqdn: '', subjectDn: key.bareBase64, status: '0' },
          },
          {
            cells: { applicationId: 'HALL', fqdn: `www.${every}gpj.exe`, adminName: `山田${every}太郎`, subjectDn: `CN=www.${every}.example.ac.jp` },
            certificate: { commonName: `all.${every}example.ac.jp`, dnsNames: ['all.example.ac.jp'], serialHex: '7100', ageDays: 10, lifeDays: 300 },
          },
        ],
        [],
        'utf-8',
      );
      const der = await makeCertificateDer({ commonName: 'www.\u202etrc.exe\u2028\u009b31m', dnsNames: ['www.example.ac.jp'], serialHex: '7f01', notBefore: new Date('2026-01-01'), notAfter: new Date('2026-12-31') });
      pemPath = join(list.dir, 'spoofed.pem');
      writeFileSync(pemPath, encodePem(der));
      keyPath = join(list.dir, 'server.crt');
      writeFileSync(keyPath, key.rsaPem);
    });

    it('show says a private key is in the certificate and name cells, and where, but never prints it (text and --json)', () => {
      const text = runCli(['show', list.path, '--id', 'HKEY', '--now', NOW_TEXT]);
      expect(text.stdout + text.stderr).not.toContain(key.secretSample);
      expect(text.stdout).toMatch(/\[a private key is here; its content is not shown \(line \d+, column \d+\)\]/);
      const json = runCli(['show', list.path, '--id', 'HKEY', '--now', NOW_TEXT, '--json']);
      expect(json.stdout + json.stderr).not.toContain(key.secretSample);
      const withheld = jsonOf(json).fields.filter((field: { keyMaterial?: boolean }) => field.keyMaterial);
      expect(withheld.map((field: { labelEn: string }) => field.labelEn)).toHaveLength(2);
    });

    it('list (text and --json) never prints a pasted private key', () => {
      for (const args of [[], ['--json']]) {
        const run = runCli(['list', list.path, '--now', NOW_TEXT, ...args]);
        expect(run.stdout + run.stderr).not.toContain(key.secretSample);
      }
    });

    it('list names a row whose FQDN or subject DN cell holds a private key by a notice with its line and column, never the key (text and --json)', () => {
      const text = runCli(['list', list.path, '--now', NOW_TEXT, '--filter', 'HK']);
      expect(text.code).toBe(0);
      expect(text.stdout + text.stderr).not.toContain(key.secretSample);
      expect(text.stdout + text.stderr).not.toContain(key.bareBase64.slice(0, 24));
      const notices = text.stdout.split('\n').filter((line) => line.includes('[a private key is here; its content is not shown'));
      expect(notices.map((line) => line.match(/column (\d+)\)\]/)?.[1])).toEqual(['16', '4']);
      const json = runCli(['list', list.path, '--now', NOW_TEXT, '--filter', 'HK', '--json']);
      expect(json.stdout + json.stderr).not.toContain(key.secretSample);
      const records = jsonOf(json).records as { applicationId: string; fqdn: string; subjectDn: string }[];
      expect(records.find((record) => record.applicationId === 'HKFQ')!.fqdn).toMatch(/^\[a private key is here/);
      expect(records.find((record) => record.applicationId === 'HKDN')!.subjectDn).toMatch(/^\[a private key is here/);
    });

    it('list --filter never finds a row by the bytes of a key pasted into it', () => {
      const run = runCli(['list', list.path, '--now', NOW_TEXT, '--filter', key.secretSample, '--json']);
      expect(run.code).toBe(0);
      expect(jsonOf(run).records).toEqual([]);
    });

    it('export of the row whose certificate cell holds a key writes nothing and never prints the key', () => {
      const out = join(list.dir, 'export-key');
      const run = runCli(['export', list.path, '--id', 'HKEY', '--out', out, '--now', NOW_TEXT]);
      expect(run.code).not.toBe(0);
      expect(run.stdout + run.stderr).not.toContain(key.secretSample);
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    });

    it('inspect of a key file named like a certificate says what it is, never its content', () => {
      for (const args of [[], ['--json']]) {
        const run = runCli(['inspect', keyPath, '--now', NOW_TEXT, ...args]);
        expect(run.stdout + run.stderr).toContain('private key');
        expect(run.stdout + run.stderr).not.toContain(key.rsaPem.split('\n')[5]);
      }
    });

    it('list prints no raw control, bidi or zero-width character in its table', () => {
      const run = runCli(['list', list.path, '--now', NOW_TEXT]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('www.?gpj.exe');
      expect(hasInvisibleCharacters(withoutLineEnds(run.stdout + run.stderr))).toBe(false);
    });

    it('list --json writes every class as a \\u escape and parses back to the exact cell', () => {
      const run = runCli(['list', list.path, '--now', NOW_TEXT, '--json']);
      expect(hasInvisibleCharacters(withoutLineEnds(run.stdout))).toBe(false);
      const fqdns = JSON.stringify(jsonOf(run));
      for (const { char } of CELL_CLASSES) expect(fqdns).toContain(JSON.stringify(`www.${char}gpj.exe`));
      for (const { char } of CELL_CLASSES.filter(({ char }) => char > '\u007e')) {
        expect(run.stdout).toContain(`www.\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}gpj.exe`);
      }
    });

    it('show masks every class in the TSV fields and the certificate in text, and escapes them in --json', () => {
      const text = runCli(['show', list.path, '--id', 'HALL', '--now', NOW_TEXT]);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain(`www.${'?'.repeat(CELL_CLASSES.length)}gpj.exe`);
      expect(hasInvisibleCharacters(withoutLineEnds(text.stdout + text.stderr))).toBe(false);
      const json = runCli(['show', list.path, '--id', 'HALL', '--now', NOW_TEXT, '--json']);
      expect(hasInvisibleCharacters(withoutLineEnds(json.stdout))).toBe(false);
      expect(jsonOf(json).record.fqdn).toBe(`www.${CELL_CLASSES.map(({ char }) => char).join('')}gpj.exe`);
    });

    it('inspect masks a right-to-left override, a line separator and an 8-bit CSI in a subject', () => {
      const text = runCli(['inspect', pemPath, '--now', NOW_TEXT]);
      expect(hasInvisibleCharacters(withoutLineEnds(text.stdout + text.stderr))).toBe(false);
      expect(text.stdout).toContain('www.?trc.exe??31m');
      const json = runCli(['inspect', pemPath, '--now', NOW_TEXT, '--json']);
      expect(hasInvisibleCharacters(withoutLineEnds(json.stdout))).toBe(false);
      expect(json.stdout).toContain('www.\\u202etrc.exe\\u2028\\u009b31m');
    });
  });
}
