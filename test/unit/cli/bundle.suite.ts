import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cli-runner';

const ENTRY = join(ROOT, 'dist/cli/upki-tsv.mjs');

/** The output files a file imports statically (`import … from "./x.mjs"`, `import "./x.mjs"`), as absolute paths. */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/^(?:import|export)\s[^;]*?from\s*"(\.[^"]+)"|^import\s*"(\.[^"]+)"/gms)].map((match) => resolve(dirname(file), match[1] ?? match[2]!));
}

/** The output files `import()`ed by a file. */
function dynamicImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/\bimport\("(\.[^"]+)"\)/g)].map((match) => resolve(dirname(file), match[1]!));
}

/** Every output file evaluated when `file` is: itself and what it imports statically, transitively. */
function evaluatedWith(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of staticImports(file)) evaluatedWith(imported, seen);
  return seen;
}

/** The source files (repository-relative, from the source maps) bundled into these output files. */
function sourcesOf(files: Iterable<string>): string[] {
  return [...files].flatMap((file) => {
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
    return map.sources.map((source) => resolve(dirname(file), source).slice(ROOT.length).replace(/^\/+/, ''));
  });
}

/** The sources evaluated when the command whose implementation is `source` (e.g. cli/commands/list.ts) runs. */
function sourcesOfCommand(source: string): string[] {
  const chunk = dynamicImports(ENTRY).find((file) => sourcesOf([file]).includes(source));
  if (!chunk) throw new Error(`no chunk of the entry holds ${source}`);
  return sourcesOf(new Set([...evaluatedWith(ENTRY), ...evaluatedWith(chunk)]));
}

const X509 = /^node_modules\/(@peculiar\/|asn1js\/|tsyringe\/|reflect-metadata\/)/;

/**
 * Issue 13 (CLI cold start): the built CLI is split so that a command evaluates only what it needs.
 * Structure only: how long a start takes is measured by `npm run bench`, never asserted.
 */
export function bundleSuite(): void {
  describe('the bundle (dist/cli): what a start evaluates', () => {
    it('the entry holds the program, the help and the command specs, not the command implementations nor the x509 library', () => {
      const sources = sourcesOf(evaluatedWith(ENTRY));
      expect(sources).toContain('cli/run.ts');
      expect(sources).toContain('cli/commands/inspect-command.ts');
      expect(sources.filter((source) => /^cli\/commands\/(list|show|export|inspect|request-build|request-check)\.ts$/.test(source))).toEqual([]);
      expect(sources.filter((source) => X509.test(source))).toEqual([]);
    });

    it('no output file, nor the bin, imports node:fs or node:util as an ES module (Node would read every export of it, loading the stream classes and more)', () => {
      const outputs = [ENTRY, ...readdirSync(join(ROOT, 'dist/cli/chunks')).filter((name) => name.endsWith('.mjs')).map((name) => join(ROOT, 'dist/cli/chunks', name)), join(ROOT, 'bin/upki-tsv.mjs')];
      const importing = outputs.filter((file) => /^import\s[^;]*?from\s*["']node:(fs|util)["']/m.test(readFileSync(file, 'utf8')));
      expect(importing).toEqual([]);
    });

    it('list evaluates no @peculiar/x509 nor its asn1 packages', () => {
      const sources = sourcesOfCommand('cli/commands/list.ts');
      expect(sources).toContain('shared/tsv/read-certificate-list.ts');
      expect(sources.filter((source) => X509.test(source))).toEqual([]);
    });

    it('inspect evaluates the x509 library but not the other commands', () => {
      const sources = sourcesOfCommand('cli/commands/inspect.ts');
      expect(sources.some((source) => source.startsWith('node_modules/@peculiar/x509/'))).toBe(true);
      expect(sources.filter((source) => /^cli\/commands\/(list|show|export|request-build|request-check)\.ts$/.test(source))).toEqual([]);
    });

    it('inspect evaluates none of the list code: no TSV reader, no papaparse, no list exports (CSV, calendar, plan)', () => {
      const sources = sourcesOfCommand('cli/commands/inspect.ts');
      expect(sources).toContain('shared/use-cases/certificate-export-files.ts');
      expect(sources.filter((source) => /^(shared\/tsv\/|node_modules\/papaparse\/|shared\/use-cases\/export-files\.ts$|shared\/export\/(inventory-csv|expiry-calendar|admin-plan)\.ts$)/.test(source))).toEqual([]);
    });
  });
}
