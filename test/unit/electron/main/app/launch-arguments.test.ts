import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filePathsFromArgv } from '../../../../../electron/main/app/launch-arguments';

describe('filePathsFromArgv', () => {
  const table = [
    { name: 'takes the files after the packaged executable', input: { argv: ['/Applications/UPKI.app/Contents/MacOS/upki', 'serverAll.tsv'], isDefaultApp: false }, want: [resolve('/work', 'serverAll.tsv')] },
    { name: 'skips the app path under `electron .`', input: { argv: ['electron', '.', 'a.tsv', 'b.crt'], isDefaultApp: true }, want: [resolve('/work', 'a.tsv'), resolve('/work', 'b.crt')] },
    { name: 'skips Chromium and Node flags wherever they are', input: { argv: ['electron', '--inspect=0', '--remote-debugging-port=0', 'main.cjs', '--allow-file-access-from-files', 'x.tsv'], isDefaultApp: true }, want: [resolve('/work', 'x.tsv')] },
    { name: 'skips the macOS process serial number', input: { argv: ['/x/upki', '-psn_0_12345'], isDefaultApp: false }, want: [] },
    { name: 'keeps absolute paths', input: { argv: ['upki.exe', '/data/serverAll.tsv'], isDefaultApp: false }, want: ['/data/serverAll.tsv'] },
    { name: 'gives nothing without files', input: { argv: ['electron', '.'], isDefaultApp: true }, want: [] },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(filePathsFromArgv(input.argv, { isDefaultApp: input.isDefaultApp, cwd: '/work' })).toEqual(want);
  });
});
