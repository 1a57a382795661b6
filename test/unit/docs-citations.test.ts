import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file of the project's own code. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mjs|cjs)$/.test(name) ? [path] : [];
  });
}

const FOLDERS = ['shared', 'electron', 'renderer', 'cli', 'scripts', 'build'].filter((folder) => existsSync(folder));
const citations = FOLDERS.flatMap(sourceFiles).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/docs\/([\w-]+\.md)(?:, "([^"]+)")?/g)].map((match) => ({ file, doc: match[1]!, heading: match[2] ?? null })),
);

describe('the file-format notes the code cites', () => {
  it('live in the repository, never beside it', () => {
    const outside = FOLDERS.flatMap(sourceFiles).filter((file) => /upki-tsv-format\.md|upki-request-tsv\.md/.test(readFileSync(file, 'utf8')));
    expect(outside).toEqual([]);
  });

  it('are cited by file and heading that exist in docs/', () => {
    expect(citations.length).toBeGreaterThan(10);
    const broken = citations.filter(({ doc, heading }) => {
      const path = join('docs', doc);
      if (!existsSync(path)) return true;
      const headings = readFileSync(path, 'utf8').split('\n').filter((line) => line.startsWith('#')).map((line) => line.replace(/^#+\s*/, ''));
      return heading !== null && !headings.includes(heading);
    });
    expect(broken.map(({ file, doc, heading }) => `${file}: docs/${doc} "${heading}"`)).toEqual([]);
  });
});
