import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { EXIT, runStart, type StartContext } from '../../../../scripts/start/main';
import { START_MESSAGES } from '../../../../scripts/start/messages';
import { tempFolder } from '../../../support/temp-folder';

let root: string;
beforeEach(async () => {
  root = tempFolder('start');
  // A project whose web build is newer than its (empty) sources, so no build runs.
  await mkdir(join(root, 'dist', 'web'), { recursive: true });
  await mkdir(join(root, 'demo'));
  await writeFile(join(root, 'demo', 'serverAll.tsv'), 'demo');
  await utimes(join(root, 'demo', 'serverAll.tsv'), 1000, 1000);
  await writeFile(join(root, 'dist', 'web', 'index.html'), '<!doctype html>');
});

/** A StartContext on the temporary project; stops as soon as the URL is printed. */
function context(args: string[]): StartContext & { out: string[]; errors: string[] } {
  const out: string[] = [];
  const errors: string[] = [];
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  return {
    projectRoot: root,
    cwd: root,
    args,
    env: {},
    out,
    errors,
    print: (line) => {
      out.push(line);
      if (line.includes('http://127.0.0.1:')) stop();
    },
    printError: (line) => errors.push(line),
    untilStopped: () => stopped,
  };
}

describe('runStart', () => {
  it('without Electron prints the one unavailable line, serves the demo and prints the URL', async () => {
    const run = context(['--port', '0']);
    expect(await runStart(run)).toBe(EXIT.ok);
    expect(run.out[0]).toBe(START_MESSAGES.electronUnavailable);
    expect(run.out.some((line) => line.includes('serverAll.tsv'))).toBe(true);
    expect(run.out.some((line) => /Open in Chrome: http:\/\/127\.0\.0\.1:\d+\/$/.test(line))).toBe(true);
    expect(run.errors).toEqual([]);
  });

  it('says --web was asked for instead of claiming Electron is missing', async () => {
    const run = context(['--web', '--port', '0']);
    expect(await runStart(run)).toBe(EXIT.ok);
    expect(run.out[0]).toBe(START_MESSAGES.webRequested);
  });

  it('opens a given file instead of the demo', async () => {
    await writeFile(join(root, 'mine.tsv'), 'x');
    await utimes(join(root, 'mine.tsv'), 1000, 1000);
    const run = context(['mine.tsv', '--port', '0']);
    expect(await runStart(run)).toBe(EXIT.ok);
    expect(run.out).toContain('ファイルを開きます / Opening: mine.tsv');
  });

  const failures = [
    { name: 'a missing file is a usage error with a clear line', input: ['missing.tsv'], want: { code: EXIT.usage, text: 'missing.tsv' } },
    { name: 'a bad option is a usage error', input: ['--nope'], want: { code: EXIT.usage, text: '--nope' } },
  ];
  it.each(failures)('$name', async ({ input, want }) => {
    const run = context(input);
    expect(await runStart(run)).toBe(want.code);
    expect(run.errors.join('\n')).toContain(want.text);
    expect(run.errors.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('prints help and exits 0', async () => {
    const run = context(['--help']);
    expect(await runStart(run)).toBe(EXIT.ok);
    expect(run.out.join('\n')).toContain('npm start -- [--port N]');
  });
});
