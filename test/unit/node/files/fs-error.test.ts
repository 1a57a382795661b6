import { describe, expect, it } from 'vitest';
import { errnoOf, fileErrorCause, readErrorOf, writeErrorOf } from '../../../../node/files/fs-error';

/** A system error as Node raises it. */
const systemError = (code: string): Error => Object.assign(new Error(code), { code });

describe('fs-error', () => {
  const causes = [
    { name: 'EACCES is permission', input: 'EACCES', want: 'permission' },
    { name: 'EPERM is permission', input: 'EPERM', want: 'permission' },
    { name: 'EROFS is read-only', input: 'EROFS', want: 'read-only' },
    { name: 'ENOSPC is no-space', input: 'ENOSPC', want: 'no-space' },
    { name: 'EDQUOT is no-space', input: 'EDQUOT', want: 'no-space' },
    { name: 'ENOTDIR is not-a-folder', input: 'ENOTDIR', want: 'not-a-folder' },
    { name: 'EISDIR is is-a-folder', input: 'EISDIR', want: 'is-a-folder' },
    { name: 'EBUSY is busy', input: 'EBUSY', want: 'busy' },
    { name: 'ENOENT is missing', input: 'ENOENT', want: 'missing' },
    { name: 'an errno the messages do not name is other', input: 'EIO', want: 'other' },
  ];
  it.each(causes)('fileErrorCause: $name', ({ input, want }) => {
    expect(fileErrorCause(systemError(input))).toBe(want);
  });

  const errnos = [
    { name: 'a system error gives its code', input: systemError('EMFILE') as unknown, want: 'EMFILE' },
    { name: 'a plain Error gives null', input: new Error('x'), want: null },
    { name: 'a non-string code gives null', input: { code: 5 }, want: null },
    { name: 'null gives null', input: null, want: null },
  ];
  it.each(errnos)('errnoOf: $name', ({ input, want }) => {
    expect(errnoOf(input)).toBe(want);
  });

  const reads = [
    { name: 'ENOENT is not-found', input: 'ENOENT', want: { code: 'not-found', file: 'a.tsv' } },
    { name: 'EACCES is permission-denied', input: 'EACCES', want: { code: 'permission-denied', file: 'a.tsv' } },
    { name: 'EISDIR is is-a-folder', input: 'EISDIR', want: { code: 'is-a-folder', file: 'a.tsv' } },
    { name: 'ENOTDIR is read-failed, not-a-folder', input: 'ENOTDIR', want: { code: 'read-failed', file: 'a.tsv', cause: 'not-a-folder', errno: 'ENOTDIR' } },
    { name: 'EMFILE is read-failed, other', input: 'EMFILE', want: { code: 'read-failed', file: 'a.tsv', cause: 'other', errno: 'EMFILE' } },
  ];
  it.each(reads)('readErrorOf: $name', ({ input, want }) => {
    expect(readErrorOf(systemError(input), 'a.tsv')).toEqual(want);
  });

  it('writeErrorOf keeps the cause and the errno', () => {
    expect(writeErrorOf(systemError('ENOSPC'), 'a.crt')).toEqual({ code: 'write-failed', file: 'a.crt', cause: 'no-space', errno: 'ENOSPC' });
    expect(writeErrorOf(new Error('odd'), 'a.crt')).toEqual({ code: 'write-failed', file: 'a.crt', cause: 'other', errno: null });
  });
});
