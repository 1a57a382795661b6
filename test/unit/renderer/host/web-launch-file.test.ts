// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fetchLaunchFile, isServedLocally, launchTokenOf } from '../../../../renderer/host/web-launch-file';

const at = (href: string) => {
  const url = new URL(href);
  return { protocol: url.protocol, hostname: url.hostname };
};

describe('isServedLocally', () => {
  it.each([
    { name: 'is true on http://127.0.0.1', input: 'http://127.0.0.1:5173/', want: true },
    { name: 'is true on http://localhost', input: 'http://localhost:8080/index.html', want: true },
    { name: 'is true on http://[::1]', input: 'http://[::1]:8080/', want: true },
    { name: 'is false from file://', input: 'file:///home/staff/index.html', want: false },
    { name: 'is false on another host', input: 'https://example.ac.jp/', want: false },
  ])('$name', ({ input, want }) => {
    expect(isServedLocally(at(input))).toBe(want);
  });
});

describe('fetchLaunchFile', () => {
  it('takes the bytes and the X-File-Name of ./launch-file', async () => {
    const fetcher = vi.fn(async () => new Response(new Uint8Array([1, 2, 3]), { headers: { 'X-File-Name': encodeURIComponent('証明書一覧.tsv') } }));
    const files = await fetchLaunchFile(at('http://127.0.0.1:4000/'), fetcher as unknown as typeof fetch);
    expect(fetcher).toHaveBeenCalledWith('./launch-file', expect.objectContaining({ credentials: 'same-origin' }));
    expect(files).toEqual([{ name: '証明書一覧.tsv', bytes: new Uint8Array([1, 2, 3]) }]);
  });

  it('presents the page\'s launch token in X-Launch-Token', async () => {
    const fetcher = vi.fn(async () => new Response('x', { headers: { 'X-File-Name': 'a.tsv' } }));
    await fetchLaunchFile(at('http://127.0.0.1:4000/'), fetcher as unknown as typeof fetch, 'per-run-secret');
    expect(fetcher).toHaveBeenCalledWith('./launch-file', expect.objectContaining({ headers: { 'X-Launch-Token': 'per-run-secret' } }));
  });

  it('gives no file when the server refuses the token with 403', async () => {
    const fetcher = async () => new Response('Forbidden', { status: 403, headers: { 'X-File-Name': 'a.tsv' } });
    expect(await fetchLaunchFile(at('http://127.0.0.1:4000/'), fetcher as typeof fetch, 'wrong')).toEqual([]);
  });

  it('keeps only the base name when the header carries a path', async () => {
    const fetcher = async () => new Response('x', { headers: { 'X-File-Name': 'C%3A%5Cdata%5CserverAll.tsv' } });
    expect((await fetchLaunchFile(at('http://localhost:1/'), fetcher as typeof fetch))[0]!.name).toBe('serverAll.tsv');
  });

  it.each([
    { name: 'a 404 (started without a file)', input: async () => new Response(null, { status: 404 }) },
    { name: 'a network error', input: async () => Promise.reject(new TypeError('failed')) },
    { name: 'a page without X-File-Name (a dev server answering every path with index.html)', input: async () => new Response('<!doctype html>') },
  ])('gives no file on $name', async ({ input }) => {
    expect(await fetchLaunchFile(at('http://127.0.0.1:1/'), input as unknown as typeof fetch)).toEqual([]);
  });

  it('never fetches when the page is opened from disk', async () => {
    const fetcher = vi.fn();
    expect(await fetchLaunchFile(at('file:///x/index.html'), fetcher as unknown as typeof fetch)).toEqual([]);
    expect(fetcher).not.toHaveBeenCalled();
  });
});

describe('launchTokenOf', () => {
  const page = (head: string) => new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body></body></html>`, 'text/html');
  it.each([
    { name: 'reads the token of the meta element the server embeds', input: '<meta name="upki-launch-token" content="abc_-123">', want: 'abc_-123' },
    { name: 'is null on a page without it (a dev server)', input: '<meta charset="utf-8">', want: null },
    { name: 'is null for an empty token', input: '<meta name="upki-launch-token" content="">', want: null },
  ])('$name', ({ input, want }) => expect(launchTokenOf(page(input))).toBe(want));
});
