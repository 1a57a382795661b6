import { describe, expect, it, vi } from 'vitest';
import { fetchLaunchFile, isServedLocally } from '../../../../renderer/host/web-launch-file';

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
