import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../../package.json';
import { hasStackTrace, runCli } from './cli-runner';
import { tempFolder } from '../../support/temp-folder';

const COMMANDS = ['list', 'show', 'export', 'inspect', 'request'];

/** Tests of the program as a whole: help, version, language, exit codes, hostile input. */
export function programSuite(): void {
  describe('the stack-trace detector the other tests rely on', () => {
    it('recognises a real stack trace and accepts a one-line message', () => {
      expect(hasStackTrace(new Error('boom').stack ?? '')).toBe(true);
      expect(hasStackTrace('upki-tsv: file not found: x.tsv\n')).toBe(false);
    });
  });

  describe('help and version', () => {
    it('prints the program help with every command for --help and -h', () => {
      for (const flag of ['--help', '-h']) {
        const result = runCli([flag]);
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^Usage: upki-tsv/);
        for (const command of COMMANDS) expect(result.stdout).toContain(`  ${command}`);
      }
    });

    for (const command of COMMANDS) {
      it(`prints the help of ${command} in English and Japanese`, () => {
        const en = runCli([command, '--help']);
        expect(en.code).toBe(0);
        expect(en.stdout).toMatch(new RegExp(`^Usage: upki-tsv ${command} `));
        expect(en.stdout).toContain('--lang');
        const ja = runCli([command, '-h', '--lang', 'ja']);
        expect(ja.code).toBe(0);
        expect(ja.stdout).toMatch(new RegExp(`^使い方: upki-tsv ${command} `));
      });
    }

    it('prints the version', () => {
      const result = runCli(['--version']);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`upki-tsv ${packageJson.version}\n`);
    });
  });

  describe('language', () => {
    const cases: { name: string; env: Record<string, string>; args: string[]; want: RegExp }[] = [
      { name: 'a ja_JP locale in LANG gives Japanese', env: { LANG: 'ja_JP.UTF-8' }, args: ['--help'], want: /^使い方/ },
      { name: 'LC_ALL wins over LANG', env: { LANG: 'ja_JP.UTF-8', LC_ALL: 'en_US.UTF-8' }, args: ['--help'], want: /^Usage/ },
      { name: 'LC_MESSAGES wins over LANG', env: { LANG: 'C', LC_MESSAGES: 'ja_JP.UTF-8' }, args: ['--help'], want: /^使い方/ },
      { name: '--lang wins over the locale', env: { LANG: 'ja_JP.UTF-8' }, args: ['--help', '--lang', 'en'], want: /^Usage/ },
      { name: '--lang=ja works before the command', env: {}, args: ['--lang=ja', 'list', '--help'], want: /^使い方/ },
    ];
    for (const { name, env, args, want } of cases) it(name, () => expect(runCli(args, { env }).stdout).toMatch(want));
  });

  describe('wrong usage exits 2 with a hint', () => {
    const cases: { name: string; args: string[] }[] = [
      { name: 'no arguments', args: [] },
      { name: 'an unknown command', args: ['frobnicate'] },
      { name: 'an unknown option', args: ['list', 'x.tsv', '--bogus'] },
      { name: 'an unknown option before the command', args: ['--bogus'] },
      { name: 'a missing FILE', args: ['list'] },
      { name: 'a missing FILE for inspect', args: ['inspect'] },
      { name: 'two FILEs for list', args: ['list', 'a.tsv', 'b.tsv'] },
      { name: 'a missing option value', args: ['list', 'x.tsv', '--filter'] },
      { name: 'a value for a flag', args: ['list', 'x.tsv', '--json=yes'] },
      { name: 'an unknown --lang', args: ['list', 'x.tsv', '--lang', 'fr'] },
      { name: 'an unreadable --now', args: ['list', 'x.tsv', '--now', 'tomorrow'] },
    ];
    for (const { name, args } of cases) {
      it(`for ${name}`, () => {
        const result = runCli(args);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/--help/);
        expect(hasStackTrace(result.stderr)).toBe(false);
      });
    }

    it('makes control characters in echoed arguments harmless', () => {
      expect(runCli(['list', 'x.tsv', '--bogus\u001b[2J']).stderr).not.toContain('\u001b');
    });

    it('says it in Japanese with --lang ja', () => {
      expect(runCli(['list', 'x.tsv', '--bogus', '--lang', 'ja']).stderr).toMatch(/不明なオプションです: --bogus/);
    });
  });

  describe('unusable input exits 1 with one line and no stack trace', () => {
    const dir = tempFolder('input');
    const binary = join(dir, 'binary.tsv');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const notList = join(dir, 'notes.tsv');
    writeFileSync(notList, 'just\tsome\ttext\nnothing\tlike\ta list\n');
    const huge = join(dir, 'huge.tsv');
    // A sparse file: 513 MB long without using the disk; it must be refused before it is read.
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 513 * 1024 * 1024);
    closeSync(fd);

    const cases: { name: string; args: string[]; want: RegExp }[] = [
      { name: 'a missing file', args: ['list', join(dir, 'nope.tsv')], want: /file not found/ },
      { name: 'a folder', args: ['show', dir, '--id', '1'], want: /folder/ },
      { name: 'a binary file', args: ['list', binary], want: /binary/ },
      { name: 'a text file that is not a list', args: ['export', notList, '--fqdn', 'a', '--out', dir], want: /header/ },
      { name: 'a file over 512 MB', args: ['list', huge], want: /too large/ },
    ];
    for (const { name, args, want } of cases) {
      it(`for ${name}`, () => {
        const result = runCli(args);
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('');
        const lines = result.stderr.trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^upki-tsv: /);
        expect(lines[0]).toMatch(want);
        expect(hasStackTrace(result.stderr)).toBe(false);
      });
    }
  });
}
