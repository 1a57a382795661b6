/**
 * The project's layering, stated once as data (SHARED_DAG and TOP_FOLDERS below) and checked against
 * every import of every source file: static `import`/`export … from` (type-only ones included),
 * dynamic `import()`, `import('…')` types, `require()` and `import x = require()`. Relative specifiers
 * are resolved against the importing file, so `../../electron/main/x` from scripts/start counts as an
 * import of electron/main however many `../` it takes. Each offending import is printed as
 * "file: specifier (from folder A to folder B)".
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * The shared/ DAG: each folder of shared/ and the shared folders it may import besides its own files
 * (model ← encoding, time ← pki ← tsv ← query ← diagnostics, export and request (NII request files); use-cases is the use-case layer
 * over all of them; ipc is the host contract over model). Nothing in shared/ imports outside shared/.
 */
const SHARED_DAG: Readonly<Record<string, readonly string[]>> = {
  model: [],
  encoding: [],
  time: [],
  pki: ['model', 'encoding', 'time'],
  tsv: ['model', 'encoding', 'time', 'pki'],
  query: ['model', 'encoding', 'time', 'pki'],
  export: ['model', 'encoding', 'time', 'pki', 'query'],
  diagnostics: ['model', 'encoding', 'time', 'pki', 'query', 'tsv'],
  request: ['model', 'encoding', 'time', 'pki', 'tsv', 'query', 'export'],
  'use-cases': ['model', 'encoding', 'time', 'pki', 'tsv', 'query', 'export', 'diagnostics', 'request'],
  ipc: ['model'],
};

/** Kinds of package a layer may be barred from. */
type PackageKind = 'node' | 'electron' | 'react';

interface TopFolderRule {
  /**
   * The project places the folder may import besides its own files: top folders ('shared'), a
   * sub-folder ('electron/preload'), a root file ('package.json'), or '*' for anything.
   */
  readonly mayImport: readonly string[];
  /** Packages it may not import (Node built-ins, Electron, React). */
  readonly noPackages: readonly PackageKind[];
}

/**
 * Every top folder holding source, and what it may import. shared/ is checked folder by folder
 * against SHARED_DAG as well. The root's own files (forge, vite, vitest, playwright configs) wire the
 * tools to the folders and may import anything, as may test/.
 */
const TOP_FOLDERS: Readonly<Record<string, TopFolderRule>> = {
  // Runs in the renderer, the worker, the CLI and the tests alike: no Node, DOM (see the tsconfig check), Electron or React.
  shared: { mayImport: [], noPackages: ['node', 'electron', 'react'] },
  // Node file I/O shared by cli/ and electron/.
  node: { mayImport: ['shared'], noPackages: ['electron', 'react'] },
  // The page: talks to its host only through renderer/host and the shared contract.
  renderer: { mayImport: ['shared', 'package.json'], noPackages: ['node', 'electron'] },
  electron: { mayImport: ['shared', 'node'], noPackages: ['react'] },
  cli: { mayImport: ['shared', 'node', 'package.json'], noPackages: ['electron', 'react'] },
  // Developer scripts (npm start, fixtures, bench): may use the product's layers, but never reach into electron/main.
  scripts: { mayImport: ['shared', 'node', 'cli', 'renderer', 'build', 'package.json'], noPackages: [] },
  build: { mayImport: ['shared', 'package.json'], noPackages: [] },
  bin: { mayImport: ['scripts'], noPackages: [] },
  test: { mayImport: ['*'], noPackages: [] },
  '(root)': { mayImport: ['*'], noPackages: [] },
};

/** Folders that hold no source of ours (dependencies, build output, generated reports, test data). */
const NOT_SOURCE = new Set(['node_modules', 'dist', 'out', 'test-output', 'test-results', 'playwright-report', 'bench-output', 'test/fixtures']);
const SOURCE_FILE = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/** Every source file below `dir`, as a path relative to the root with forward slashes. */
function sourceFiles(dir = ''): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = dir === '' ? name : `${dir}/${name}`;
    if (name.startsWith('.') || NOT_SOURCE.has(path)) return [];
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return SOURCE_FILE.test(name) ? [path] : [];
  });
}

/** The module specifiers a file imports, in every form TypeScript and Node know. */
function importsOf(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      found.push(node.moduleReference.expression.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    } else if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The layer a project path belongs to: 'shared/pki', 'electron/main', 'cli', or a root file's own name. */
function placeOf(path: string): string {
  const parts = path.split('/');
  if (parts.length === 1) return parts[0]!;
  if ((parts[0] === 'shared' || parts[0] === 'electron') && parts.length > 2) return `${parts[0]}/${parts[1]}`;
  return parts[0]!;
}

/** The top folder a project path is in, '(root)' for the root's own files. */
const topOf = (path: string): string => (path.includes('/') ? path.split('/')[0]! : '(root)');

const isNodeBuiltin = (specifier: string): boolean => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);
const PACKAGE_KINDS: Record<PackageKind, { name: string; test: (specifier: string) => boolean }> = {
  node: { name: 'Node built-ins', test: isNodeBuiltin },
  electron: { name: 'Electron', test: (specifier) => /^electron(?:\/|$)/.test(specifier) },
  react: { name: 'React', test: (specifier) => /^(?:react|react-dom)(?:\/|$)|^@tanstack\/react-|^@testing-library\/react(?:\/|$)/.test(specifier) },
};

/** What an import of `specifier` from `file` reaches: a project path (resolved) or a package. */
function targetOf(file: string, specifier: string): { path: string } | { package: string } {
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return { package: specifier };
  const absolute = resolve(ROOT, dirname(file), specifier);
  return { path: relative(ROOT, absolute).split(sep).join('/') };
}

/** May `fromFile` import the project path `toPath` (same place, the shared/ DAG, the top-folder rules)? */
function allowed(fromFile: string, toPath: string): boolean {
  const fromPlace = placeOf(fromFile);
  const toPlace = placeOf(toPath);
  const fromTop = topOf(fromFile);
  const toTop = topOf(toPath);
  if (fromPlace === toPlace) return true;
  if (fromTop === 'shared') {
    if (toTop !== 'shared') return false;
    const fromFolder = fromPlace.split('/')[1]!;
    const toFolder = toPlace.split('/')[1]!;
    return SHARED_DAG[fromFolder]?.includes(toFolder) ?? false;
  }
  if (fromTop === toTop) return true;
  const rule = TOP_FOLDERS[fromTop]!;
  return rule.mayImport.some((place) => place === '*' || place === toTop || place === toPlace || place === toPath);
}

/** Every import that breaks a rule, as "file: specifier (from A to B)". */
function offendingImports(files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const rule = TOP_FOLDERS[topOf(file)];
    if (rule?.mayImport.includes('*') && rule.noPackages.length === 0) return [];
    const fromPlace = topOf(file) === 'shared' || topOf(file) === 'electron' ? placeOf(file) : topOf(file);
    return importsOf(file).flatMap((specifier) => {
      const target = targetOf(file, specifier);
      if ('package' in target) {
        const barred = (rule?.noPackages ?? []).find((kind) => PACKAGE_KINDS[kind].test(target.package));
        return barred ? [`${file}: ${specifier} (from ${fromPlace} to ${PACKAGE_KINDS[barred].name})`] : [];
      }
      if (target.path.startsWith('..')) return [`${file}: ${specifier} (from ${fromPlace} to outside the project)`];
      return allowed(file, target.path) ? [] : [`${file}: ${specifier} (from ${fromPlace} to ${placeOf(target.path)})`];
    });
  });
}

const FILES = sourceFiles();

describe('layering', () => {
  it('states a DAG for shared/ over exactly the folders shared/ has', () => {
    const folders = readdirSync(join(ROOT, 'shared')).filter((name) => statSync(join(ROOT, 'shared', name)).isDirectory());
    // A new shared/ folder needs its place in the DAG.
    expect(folders.filter((folder) => !(folder in SHARED_DAG))).toEqual([]);
    for (const [folder, deps] of Object.entries(SHARED_DAG)) {
      expect(deps.filter((dep) => !(dep in SHARED_DAG) || dep === folder), `unknown or self entries of ${folder}`).toEqual([]);
    }
    // Acyclic: repeatedly remove folders whose dependencies are all removed; nothing may be left.
    const left = new Map(Object.entries(SHARED_DAG));
    for (let removed = true; removed; ) {
      removed = false;
      for (const [folder, deps] of left) {
        if (deps.every((dep) => !left.has(dep))) {
          left.delete(folder);
          removed = true;
        }
      }
    }
    expect([...left.keys()], 'folders on a cycle').toEqual([]);
  });

  it('has a rule for every top folder that holds source', () => {
    expect([...new Set(FILES.map(topOf))].filter((top) => !(top in TOP_FOLDERS))).toEqual([]);
  });

  it('keeps shared/ files inside the folders of the DAG (no loose files besides the platform declarations)', () => {
    const loose = FILES.filter((file) => topOf(file) === 'shared' && file.split('/').length === 2 && file !== 'shared/platform.d.ts');
    expect(loose).toEqual([]);
    expect(importsOf('shared/platform.d.ts')).toEqual([]);
  });

  it('keeps DOM and Node types out of shared/: tsconfig.shared.json checks all of shared/ with neither', () => {
    const config = ts.readConfigFile(join(ROOT, 'tsconfig.shared.json'), ts.sys.readFile).config as {
      include: string[];
      compilerOptions: { lib: string[]; types: string[] };
    };
    expect(config.include).toEqual(['shared/**/*.ts']);
    expect(config.compilerOptions.lib.filter((lib) => /dom|webworker/i.test(lib))).toEqual([]);
    expect(config.compilerOptions.types).toEqual([]);
    // That config reads only .ts: a .tsx file in shared/ would escape it (and would be React).
    expect(FILES.filter((file) => topOf(file) === 'shared' && !file.endsWith('.ts'))).toEqual([]);
  });

  it('finds imports in every form (the scanner itself)', () => {
    // A check of the checker on the files it must see: a type-only import, an `export … from`, a dynamic import.
    expect(importsOf('shared/ipc/channels.ts')).toContain('./contract');
    expect(importsOf('shared/ipc/limits.ts')).toContain('../model/limits');
    expect(importsOf('scripts/bench/typing.ts')).toContain('../../shared/query/search-index');
  });

  it.each([
    { from: 'shared/model/columns.ts', to: 'shared/tsv/read-list.ts', want: false },
    { from: 'shared/tsv/read-list.ts', to: 'shared/diagnostics/diagnose.ts', want: false },
    { from: 'shared/diagnostics/diagnose.ts', to: 'shared/tsv/read-list.ts', want: true },
    { from: 'shared/export/csv.ts', to: 'shared/diagnostics/diagnose.ts', want: false },
    { from: 'shared/ipc/contract.ts', to: 'shared/pki/serial.ts', want: false },
    { from: 'shared/use-cases/any.ts', to: 'shared/ipc/contract.ts', want: false },
    { from: 'shared/pki/serial.ts', to: 'shared/pki/der/der-reader.ts', want: true },
    { from: 'shared/pki/serial.ts', to: 'renderer/app/App.tsx', want: false },
    { from: 'scripts/start/main.ts', to: 'electron/main/files/read-chosen-file.ts', want: false },
    { from: 'scripts/start/main.ts', to: 'electron/preload/preload.ts', want: false },
    { from: 'node/read-file.ts', to: 'cli/run.ts', want: false },
    { from: 'cli/run.ts', to: 'node/read-file.ts', want: true },
    { from: 'renderer/app/App.tsx', to: 'node/read-file.ts', want: false },
    { from: 'electron/main/main.ts', to: 'electron/preload/preload.ts', want: true },
    { from: 'electron/main/main.ts', to: 'renderer/app/App.tsx', want: false },
    { from: 'test/unit/any.test.ts', to: 'electron/main/main.ts', want: true },
  ])('judges $from → $to as allowed: $want (the checker itself)', ({ from, to, want }) => {
    expect(allowed(from, to)).toBe(want);
  });

  it('every import follows the shared/ DAG and the top-folder rules', () => {
    expect(offendingImports(FILES), 'imports that break the layering').toEqual([]);
  });
});
