// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pickFiles, pickListFile } from '../../../../renderer/host/web-file-picker';
import { MAX_INPUT_FILE_BYTES } from '../../../../shared/model/limits';
import type { ChosenFile } from '../../../../renderer/host/host';

/** Chooses `files` in the input pickFiles put in the page, as the browser's chooser would. */
function choose(files: File[]): void {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: Object.assign([...files], { item: (i: number) => files[i] ?? null }) });
  input.dispatchEvent(new Event('change'));
}

describe('pickFiles', () => {
  it('tells of the chosen file (name, size) before reading it, then answers with its bytes', async () => {
    const heard: ChosenFile[] = [];
    const picked = pickFiles(document, 'list', (file) => heard.push(file));
    choose([new File([new Uint8Array([1, 2, 3])], 'serverAll.tsv')]);
    // Heard at once, before the bytes are read.
    expect(heard).toEqual([{ name: 'serverAll.tsv', size: 3 }]);
    const result = await picked;
    expect(result.ok && result.value?.map((file) => [file.name, [...file.bytes]])).toEqual([['serverAll.tsv', [1, 2, 3]]]);
  });

  it('tells nothing when the chooser is cancelled', async () => {
    const heard: ChosenFile[] = [];
    const picked = pickFiles(document, 'list', (file) => heard.push(file));
    document.querySelector<HTMLInputElement>('input[type="file"]')!.dispatchEvent(new Event('cancel'));
    expect(await picked).toEqual({ ok: true, value: null });
    expect(heard).toEqual([]);
  });
});

describe('pickListFile', () => {
  it('answers with the chosen File itself, unread, for the list worker to read', async () => {
    const heard: ChosenFile[] = [];
    const picked = pickListFile(document, (file) => heard.push(file));
    const chosen = new File([new Uint8Array([1, 2, 3])], 'serverAll.tsv');
    choose([chosen]);
    expect(heard).toEqual([{ name: 'serverAll.tsv', size: 3 }]);
    expect(await picked).toEqual({ ok: true, value: { name: 'serverAll.tsv', bytes: chosen } });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const picked = pickListFile(document);
    const huge = new File([], 'huge.tsv');
    Object.defineProperty(huge, 'size', { value: MAX_INPUT_FILE_BYTES + 1 });
    Object.defineProperty(huge, 'arrayBuffer', { value: () => Promise.reject(new Error('must not be read')) });
    choose([huge]);
    const result = await picked;
    expect(result.ok ? null : result.error.code).toBe('file-too-large');
  });
});
