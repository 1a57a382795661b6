import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathInsideFolder } from '../../../../node/files/path-inside-folder';

// Pure path arithmetic: nothing is created, so no temporary folder is needed.
const folder = resolve(tmpdir(), 'export');

describe('pathInsideFolder', () => {
  const table = [
    { name: 'accepts a plain name', input: 'www.example.ac.jp.crt', want: join(folder, 'www.example.ac.jp.crt') },
    { name: 'accepts a name that merely starts with dots', input: '..a.crt', want: join(folder, '..a.crt') },
    { name: 'accepts a name that merely contains dots', input: '_._._tmp_x.crt', want: join(folder, '_._._tmp_x.crt') },
    { name: 'refuses an empty name', input: '', want: null },
    { name: 'refuses the folder itself', input: '.', want: null },
    { name: 'refuses a parent reference', input: '..', want: null },
    { name: 'refuses a climbing relative path', input: '../a.crt', want: null },
    { name: 'refuses a path that climbs out and back in', input: '../export/a.crt', want: null },
    { name: 'refuses a subfolder', input: 'x/a.crt', want: null },
    { name: 'refuses a name with a trailing separator', input: 'a.crt/', want: null },
    { name: 'refuses a name spelled through ./', input: './a.crt', want: null },
    { name: 'refuses a name that goes down and back up', input: 'x/../a.crt', want: null },
    { name: 'refuses an absolute path', input: '/etc/passwd', want: null },
    { name: 'refuses an absolute path inside the folder', input: join(folder, 'a.crt'), want: null },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(pathInsideFolder(folder, input)).toBe(want);
  });

  it('resolves a relative folder before comparing', () => {
    expect(pathInsideFolder('export', 'a.crt')).toBe(resolve('export', 'a.crt'));
  });
});
