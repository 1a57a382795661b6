import { describe, expect, it } from 'vitest';
import { hostErrorOf } from '../../../../node/files/host-error';
import type { FileError } from '../../../../node/files/file-error';

const MiB = 1024 * 1024;
const file = '/home/staff/a.crt';

describe('hostErrorOf', () => {
  const table: { name: string; input: FileError; want: { code: string; ja: string; en: string } }[] = [
    { name: 'not-found names the file', input: { code: 'not-found', file }, want: { code: 'not-found', ja: '「a.crt」が見つかりません', en: '"a.crt" was not found' } },
    {
      name: 'too-large gives both sizes, the size rounded up so it never reads as the limit',
      input: { code: 'too-large', file, size: 16 * MiB + 1, limit: 16 * MiB },
      want: { code: 'file-too-large', ja: '（16.1 MB、上限 16 MB）', en: '(16.1 MB; the limit is 16 MB)' },
    },
    { name: 'permission-denied is read-failed, permission', input: { code: 'permission-denied', file }, want: { code: 'read-failed', ja: 'アクセス権限がありません', en: 'Could not read "a.crt": permission denied' } },
    { name: 'is-a-folder is read-failed, folder', input: { code: 'is-a-folder', file }, want: { code: 'read-failed', ja: 'フォルダーです', en: 'it is a folder, not a file' } },
    { name: 'not-a-regular-file is read-failed, not a regular file', input: { code: 'not-a-regular-file', file }, want: { code: 'read-failed', ja: '通常のファイルではありません', en: 'it is not a regular file' } },
    { name: 'read-failed keeps its cause', input: { code: 'read-failed', file, cause: 'busy', errno: 'EBUSY' }, want: { code: 'read-failed', ja: '使用中', en: 'another program is using it' } },
    {
      name: 'write-failed says why and that nothing half-written was left',
      input: { code: 'write-failed', file, cause: 'permission', errno: 'EACCES' },
      want: { code: 'write-failed', ja: '「a.crt」を保存できませんでした: アクセス権限がありません', en: 'Could not save "a.crt": permission denied' },
    },
    { name: 'not-a-folder is write-failed, not a folder', input: { code: 'not-a-folder', file }, want: { code: 'write-failed', ja: 'フォルダーではありません', en: 'it is not a folder' } },
  ];
  it.each(table)('$name', ({ input, want }) => {
    const error = hostErrorOf(input, 'a.crt');
    expect(error.code).toBe(want.code);
    expect(error.message.ja).toContain(want.ja);
    expect(error.message.en).toContain(want.en);
    expect(`${error.message.ja}${error.message.en}`).not.toContain('/home/staff');
  });
});
