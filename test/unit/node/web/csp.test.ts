import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, inlineScriptHashes } from '../../../../node/web/csp';

/** The directives of a policy as a map from name to sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => {
    const [name = '', ...sources] = part.trim().split(/\s+/);
    return [name, sources] as const;
  }));
}

describe('buildContentSecurityPolicy', () => {
  const policy = directives(buildContentSecurityPolicy({ scriptHashes: ['sha256-abc='], connect: 'none' }));
  const table = [
    { name: 'starts from nothing allowed', input: 'default-src', want: ["'none'"] },
    { name: 'runs only own scripts and the hashed inline one, no unsafe-inline or eval', input: 'script-src', want: ["'self'", "'sha256-abc='"] },
    { name: 'allows own and inline styles', input: 'style-src', want: ["'self'", "'unsafe-inline'"] },
    { name: 'allows own, data: and blob: images only', input: 'img-src', want: ["'self'", 'data:', 'blob:'] },
    { name: 'allows own and data: fonts only', input: 'font-src', want: ["'self'", 'data:'] },
    { name: 'allows the parser worker from the app or a blob', input: 'worker-src', want: ["'self'", 'blob:'] },
    { name: 'allows no network connection at all', input: 'connect-src', want: ["'none'"] },
    { name: 'forbids plugins', input: 'object-src', want: ["'none'"] },
    { name: 'forbids <base>', input: 'base-uri', want: ["'none'"] },
    { name: 'forbids form submission', input: 'form-action', want: ["'none'"] },
    { name: 'forbids being framed', input: 'frame-ancestors', want: ["'none'"] },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(policy.get(input)).toEqual(want);
  });

  it('never contains unsafe-eval or a wildcard', () => {
    const text = buildContentSecurityPolicy({ scriptHashes: [], connect: 'self' });
    expect(text).not.toContain('unsafe-eval');
    expect(text).not.toMatch(/\s\*(\s|;|$)/);
    expect(text).not.toContain('http:');
    expect(text).not.toContain('https:');
  });

  it("lets the Chrome fallback page connect to its own server only", () => {
    expect(directives(buildContentSecurityPolicy({ scriptHashes: [], connect: 'self' })).get('connect-src')).toEqual(["'self'"]);
  });

  it('opens inline scripts and the HMR socket only for the dev server', () => {
    const dev = directives(buildContentSecurityPolicy({ scriptHashes: [], connect: 'none', devServerOrigin: 'http://localhost:5173' }));
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
  });
});

describe('inlineScriptHashes', () => {
  const hash = (text: string): string => `sha256-${createHash('sha256').update(text).digest('base64')}`;
  const table = [
    { name: 'hashes an inline module script exactly as written', input: '<script type="module" crossorigin>console.log(1)\n</script>', want: [hash('console.log(1)\n')] },
    { name: 'skips scripts loaded by src', input: '<script type="module" src="./assets/a.js"></script>', want: [] },
    { name: 'hashes several inline scripts in document order', input: '<script>a()</script><p></p><SCRIPT>b()</SCRIPT>', want: [hash('a()'), hash('b()')] },
    { name: 'hashes non-ASCII text as UTF-8', input: '<script>"証明書"</script>', want: [hash('"証明書"')] },
    { name: 'finds nothing in a page without scripts', input: '<html><body>x</body></html>', want: [] },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(inlineScriptHashes(input)).toEqual(want);
  });
});
