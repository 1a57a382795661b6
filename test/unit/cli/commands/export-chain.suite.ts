import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../../../shared/encoding/base64';
import { hasStackTrace, runCli } from '../cli-runner';
import { certificateById, fixturePath, readManifest } from '../../../support/manifest';
import { tempFolder } from '../../../support/temp-folder';

/** SHA-256 hex of each certificate of a PEM file, in order. */
function pemSha256s(path: string): string[] {
  return [...readFileSync(path, 'utf8').matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)].map((match) => {
    const der = decodeBase64(match[1]!);
    if (!der.ok) throw new Error(`bad PEM in ${path}`);
    return createHash('sha256').update(der.value).digest('hex');
  });
}

/** What `openssl verify` says of a certificate with a root and an untrusted chain file, at an instant (epoch s). */
function opensslVerify(root: string, untrusted: string, certificate: string, at: number): string {
  try {
    return execFileSync('openssl', ['verify', '-attime', String(at), '-CAfile', root, '-untrusted', untrusted, certificate], { encoding: 'utf8', stdio: 'pipe' }).trim();
  } catch (error) {
    return `failed: ${String((error as { stderr?: string }).stderr ?? error)}`;
  }
}

/** `export --chain/--fullchain/--p7b` over the committed fixture list, each test in its own folder. */
export function exportChainSuite(): void {
  describe('export with chain files (committed fixtures)', () => {
    const m = readManifest();
    const list = fixturePath('tsv/serverAll.tsv');
    const at = Math.floor(Date.parse(m.referenceTime) / 1000);
    const pem = (id: string) => fixturePath(certificateById(m, id).pemPath);
    const sha256 = (id: string) => certificateById(m, id).sha256;
    const newFolder = () => tempFolder('chain');
    const rsaCas = ['--ca', pem('ca-g7-rsa'), '--ca', pem('ca-root-rsa')];
    const exportWww = (out: string, ...args: string[]) => runCli(['export', list, '--fqdn', 'www.example.ac.jp', '--now', m.referenceTime, '--out', out, ...args]);
    const name = (out: string, file: string) => join(out, file);

    it('writes the certificate, the chain, the fullchain and the p7b, printing each path, and openssl accepts all of them', () => {
      const out = newFolder();
      const run = exportWww(out, '--chain', '--fullchain', '--p7b', ...rsaCas);
      expect(run.code).toBe(0);
      const files = ['www.example.ac.jp.crt', 'www.example.ac.jp.chain.crt', 'www.example.ac.jp.fullchain.crt', 'www.example.ac.jp.p7b'];
      expect(run.stdout).toBe(files.map((file) => `${name(out, file)}\n`).join(''));
      expect(readdirSync(out).sort()).toEqual([...files].sort());
      const crt = name(out, 'www.example.ac.jp.crt');
      const root = pem('ca-root-rsa');
      expect(opensslVerify(root, name(out, 'www.example.ac.jp.chain.crt'), crt, at)).toBe(`${crt}: OK`);
      expect(opensslVerify(root, name(out, 'www.example.ac.jp.fullchain.crt'), crt, at)).toBe(`${crt}: OK`);
      const fromP7b = name(newFolder(), 'p7b.pem');
      execFileSync('openssl', ['pkcs7', '-inform', 'DER', '-in', name(out, 'www.example.ac.jp.p7b'), '-print_certs', '-out', fromP7b]);
      expect(opensslVerify(root, fromP7b, crt, at)).toBe(`${crt}: OK`);
      expect(pemSha256s(fromP7b)).toEqual([sha256('leaf-www-2025'), sha256('ca-g7-rsa')]);
    });

    it('puts only the intermediate in .chain.crt and the leaf first in .fullchain.crt, never the root', () => {
      const out = newFolder();
      expect(exportWww(out, '--chain', '--fullchain', ...rsaCas).code).toBe(0);
      expect(pemSha256s(name(out, 'www.example.ac.jp.chain.crt'))).toEqual([sha256('ca-g7-rsa')]);
      expect(pemSha256s(name(out, 'www.example.ac.jp.fullchain.crt'))).toEqual([sha256('leaf-www-2025'), sha256('ca-g7-rsa')]);
      expect(pemSha256s(name(out, 'www.example.ac.jp.crt'))).toEqual([sha256('leaf-www-2025')]);
    });

    it('names a wildcard chain file wildcard.<domain> and builds it over ECC CAs', () => {
      const out = newFolder();
      const run = runCli(['export', list, '--fqdn', '*.lab.example.ac.jp', '--now', m.referenceTime, '--out', out, '--fullchain', '--ca', pem('ca-g7-ecc'), '--ca', pem('ca-root-ecc')]);
      expect(run.code).toBe(0);
      expect(readdirSync(out).sort()).toEqual(['wildcard.lab.example.ac.jp.crt', 'wildcard.lab.example.ac.jp.fullchain.crt']);
      expect(pemSha256s(name(out, 'wildcard.lab.example.ac.jp.fullchain.crt'))).toEqual([sha256('leaf-wildcard-lab'), sha256('ca-g7-ecc')]);
    });

    it('writes CRLF chain files with --crlf', () => {
      const out = newFolder();
      expect(exportWww(out, '--fullchain', '--crlf', ...rsaCas).code).toBe(0);
      const text = readFileSync(name(out, 'www.example.ac.jp.fullchain.crt'), 'utf8');
      expect(text.endsWith('-----END CERTIFICATE-----\r\n')).toBe(true);
      expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    });

    const incomplete: { name: string; cas: string[]; missing: string }[] = [
      { name: 'without --ca (the test intermediate is not bundled)', cas: [], missing: 'TEST Open Domain CA - G7 RSA' },
      { name: 'with the intermediate but not its root', cas: ['ca-g7-rsa'], missing: 'TEST Throwaway RootCA2' },
    ];
    for (const { name: why, cas, missing } of incomplete) {
      it(`refuses the chain file ${why}, naming ${missing} and --ca, but writes the .crt (exit 1)`, () => {
        const out = newFolder();
        const run = exportWww(out, '--chain', '--p7b', ...cas.flatMap((id) => ['--ca', pem(id)]));
        expect(run.code).toBe(1);
        expect(readdirSync(out)).toEqual(['www.example.ac.jp.crt']);
        expect(run.stdout).toBe(`${name(out, 'www.example.ac.jp.crt')}\n`);
        expect(run.stderr).toContain(missing);
        expect(run.stderr).toContain('--ca');
        expect(hasStackTrace(run.stderr)).toBe(false);
      });
    }

    it('refuses an existing chain file without --force before writing anything, and replaces it with --force', () => {
      const out = newFolder();
      writeFileSync(name(out, 'www.example.ac.jp.chain.crt'), 'keep me');
      const refused = exportWww(out, '--chain', ...rsaCas);
      expect([refused.code, refused.stdout]).toEqual([1, '']);
      expect(refused.stderr).toContain('--force');
      expect(readdirSync(out)).toEqual(['www.example.ac.jp.chain.crt']);
      expect(readFileSync(name(out, 'www.example.ac.jp.chain.crt'), 'utf8')).toBe('keep me');
      expect(exportWww(out, '--chain', '--force', ...rsaCas).code).toBe(0);
      expect(pemSha256s(name(out, 'www.example.ac.jp.chain.crt'))).toEqual([sha256('ca-g7-rsa')]);
    });

    it('names the chain files after the record for --id and keeps them inside --out', () => {
      const row = m.rows.find((candidate) => candidate.certificateId === 'leaf-mail')!;
      const out = newFolder();
      const run = runCli(['export', list, '--id', row.applicationId, '--now', m.referenceTime, '--out', out, '--format', 'der', '--chain', ...rsaCas]);
      expect(run.code).toBe(0);
      expect(readdirSync(out).sort()).toEqual(['mail.example.ac.jp.cer', 'mail.example.ac.jp.chain.crt']);
    });

    it('treats --ca without a chain option as wrong usage (exit 2) and writes nothing', () => {
      const out = newFolder();
      const run = exportWww(out, ...rsaCas);
      expect(run.code).toBe(2);
      expect(readdirSync(out)).toEqual([]);
    });
  });
}
