import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .ts/.tsx file below a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The module specifiers a file imports. */
function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
}

/** What node/ may not import: the electron package (or React), and the Electron, CLI, renderer and scripts folders. */
const REFUSED_IN_NODE = /^(electron|react)|\.\.\/(\.\.\/)*(electron|renderer|cli|scripts)\//;

describe('layering', () => {
  it('keeps shared/ free of Node, Electron, React and the other layers (node/ included)', () => {
    const offenders = sourceFiles('shared').flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^(node:|fs$|path$|os$|electron|react)|\.\.\/(\.\.\/)*(electron|renderer|cli|node)\//.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps renderer/ away from Node and Electron (it talks to its host only through renderer/host)', () => {
    const offenders = sourceFiles('renderer').flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^(node:|fs$|path$|electron)|\.\.\/(\.\.\/)*(electron|cli)\//.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps node/ (the Node file layer) to Node and shared/: no Electron, CLI, renderer or scripts', () => {
    const offenders = sourceFiles('node').flatMap((file) =>
      importsOf(file)
        .filter((spec) => REFUSED_IN_NODE.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the node/ check tells refused imports from allowed ones', () => {
    const refused = ['electron', '../../electron/main/files/host-error', '../../cli/lang', '../../renderer/host/host', '../../scripts/build-cli.mjs'];
    const allowed = ['node:fs/promises', 'node:path', '../../shared/model/result', './fs-error'];
    expect(refused.filter((spec) => !REFUSED_IN_NODE.test(spec))).toEqual([]);
    expect(allowed.filter((spec) => REFUSED_IN_NODE.test(spec))).toEqual([]);
  });
});
