import { describe, expect, it } from 'vitest';
import type { HostError } from '../../../../shared/ipc/contract';
import {
  describeCause,
  fileTooLarge,
  forbiddenSender,
  invalidArgument,
  notFound,
  readFailed,
  unavailable,
  writeFailed,
  type FileErrorCause,
} from '../../../../shared/ipc/errors';

const CAUSES: readonly FileErrorCause[] = ['permission', 'read-only', 'no-space', 'not-a-folder', 'is-a-folder', 'busy', 'missing', 'other'];

describe('host errors', () => {
  const table: readonly { name: string; input: HostError; want: { code: HostError['code']; ja: string; en: string } }[] = [
    { name: 'invalid-argument names the method and the problem', input: invalidArgument('saveFile', 'arg.bytes must be a Uint8Array'), want: { code: 'invalid-argument', ja: 'saveFile', en: 'arg.bytes must be a Uint8Array' } },
    { name: 'forbidden-sender names the method', input: forbiddenSender('openFiles'), want: { code: 'forbidden-sender', ja: 'openFiles', en: 'openFiles' } },
    { name: 'file-too-large gives size and limit in MB', input: fileTooLarge('big.tsv', 600 * 1024 * 1024, 512 * 1024 * 1024), want: { code: 'file-too-large', ja: '上限 512 MB', en: 'limit is 512 MB' } },
    { name: 'read-failed gives the reason', input: readFailed('a.tsv', 'permission'), want: { code: 'read-failed', ja: 'アクセス権限がありません', en: 'permission denied' } },
    { name: 'write-failed says nothing half-written was left', input: writeFailed('a.crt', 'read-only'), want: { code: 'write-failed', ja: '書きかけのファイルは残していません', en: 'No half-written file' } },
    { name: 'not-found names the file', input: notFound('serverAll.tsv'), want: { code: 'not-found', ja: 'serverAll.tsv', en: 'serverAll.tsv' } },
    { name: 'unavailable names what', input: unavailable({ ja: 'ダイアログ', en: 'The dialog' }), want: { code: 'unavailable', ja: 'ダイアログ', en: 'The dialog' } },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(input.code).toBe(want.code);
    expect(input.message.ja).toContain(want.ja);
    expect(input.message.en).toContain(want.en);
  });

  it.each(CAUSES)('describes the cause %s in both languages', (cause) => {
    const text = describeCause(cause);
    expect(text.ja.length).toBeGreaterThan(0);
    expect(text.en.length).toBeGreaterThan(0);
  });
});
