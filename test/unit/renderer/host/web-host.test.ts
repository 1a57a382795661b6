// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createWebHost } from '../../../../renderer/host/web-host';
import { LANGUAGE_KEY } from '../../../../renderer/host/web-language';

describe('web host', () => {
  it('opens the bundled demo file from its base64', async () => {
    const host = createWebHost({ demoFile: { name: 'serverAll.tsv', base64: btoa('a\tb\r\n') }, store: null });
    const result = await host.openDemoFile();
    expect(result).toEqual({ ok: true, value: { name: 'serverAll.tsv', bytes: new TextEncoder().encode('a\tb\r\n') } });
  });

  it('says not-found when the build has no demo file', async () => {
    const result = await createWebHost({ demoFile: null, store: null }).openDemoFile();
    expect(result.ok ? null : result.error.code).toBe('not-found');
  });

  it('saves a file as a download named as suggested', async () => {
    const clicks: { download: string; href: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ download: this.download, href: this.href });
    });
    const result = await createWebHost({ store: null }).saveFile('www.example.ac.jp.crt', 'certificate-pem', new Uint8Array([45]));
    click.mockRestore();
    expect(result).toEqual({ ok: true, value: { savedTo: 'www.example.ac.jp.crt' } });
    expect(clicks).toEqual([{ download: 'www.example.ac.jp.crt', href: expect.stringMatching(/^blob:/) }]);
  });

  it('downloads a request file as tab-separated values, its Shift_JIS bytes as they are', async () => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:request'));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const bytes = new Uint8Array([0x8e, 0xb8, 0x8c, 0xf8, 0x0d, 0x0a]);
    const result = await createWebHost({ store: null }).saveFile('失効申請_20261101.tsv', 'request', bytes);
    click.mockRestore();
    create.mockRestore();
    expect(result).toEqual({ ok: true, value: { savedTo: '失効申請_20261101.tsv' } });
    expect(blobs[0]?.type).toBe('text/tab-separated-values');
    expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(bytes);
  });

  it('downloads the files of a folder export one by one', async () => {
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const files = [
      { name: 'a.crt', bytes: new Uint8Array([1]) },
      { name: 'b.crt', bytes: new Uint8Array([2]) },
    ];
    const result = await createWebHost({ store: null }).saveFilesToFolder(files, 'certificates');
    click.mockRestore();
    expect(names).toEqual(['a.crt', 'b.crt']);
    expect(result.ok && result.value?.written).toEqual(['a.crt', 'b.crt']);
  });

  it('takes the launch file only once', async () => {
    const fetcher = vi.fn(async () => new Response('x', { headers: { 'X-File-Name': 'serverAll.tsv' } }));
    const host = createWebHost({ store: null, location: { protocol: 'http:', hostname: '127.0.0.1' }, fetcher: fetcher as unknown as typeof fetch });
    const first = await host.takeLaunchFiles();
    const second = await host.takeLaunchFiles();
    expect(first.ok && first.value.map((file) => file.name)).toEqual(['serverAll.tsv']);
    expect(second).toEqual({ ok: true, value: [] });
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('reports the browser language as its preference', async () => {
    expect(await createWebHost({ store: null, language: 'en-GB' }).getPreferredLanguage()).toEqual({ ok: true, value: 'en' });
    expect(await createWebHost({ store: null, language: 'ja' }).getPreferredLanguage()).toEqual({ ok: true, value: 'ja' });
  });

  it('prefers the language the user chose on an earlier visit over the browser language', async () => {
    const data: Record<string, string> = {};
    const store = { getItem: (key: string) => data[key] ?? null, setItem: (key: string, value: string) => void (data[key] = value) };
    expect(await createWebHost({ store, language: 'ja-JP' }).setLanguage('en')).toEqual({ ok: true, value: null });
    expect(data).toEqual({ [LANGUAGE_KEY]: 'en' });
    expect(await createWebHost({ store, language: 'ja-JP' }).getPreferredLanguage()).toEqual({ ok: true, value: 'en' });
  });
});
