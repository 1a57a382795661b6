import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../../shared/encoding/base64';
import { SERVER_COLUMNS } from '../../../../shared/model/columns';
import { PARSER_LIMITS } from '../../../../shared/model/parser-limits';
import { derOid } from '../../../../shared/pki/der/der-writer';
import { encodePem } from '../../../../shared/pki/pem/encode-pem';
import { hugeArcOidContent, oidElement, spliceElement } from '../../../support/hostile-der';
import { tempFolder } from '../../../support/temp-folder';
import { SHORT_SERVER_ROW } from '../../shared/tsv/tsv-test-data';
import { makeCertificate } from '../../shared/pki/certificate/make-certificates';
import { codesOf, hasStackTrace, jsonOf, runCli } from '../cli-runner';
import { NOW_TEXT } from '../list-file';

const MARKER = '1.2.3.4.5.6.7';

/** The CLI on hostile files: each is answered with the limit it is over, never a hang, crash or stack trace. */
export function hostileInputSuite(): void {
  const dir = tempFolder('hostile');
  const files = { oid: join(dir, 'oid-200k.der'), oidList: join(dir, 'oid-200k.tsv'), bundle: join(dir, 'bundle.pem'), rows: join(dir, 'rows.tsv') };
  const header = SERVER_COLUMNS.map((column) => column.ja).join('\t');

  beforeAll(async () => {
    const marked = (await makeCertificate({ subject: `CN=www.example.ac.jp, ${MARKER}=marker, C=JP` })).der;
    const hostile = spliceElement(marked, derOid(MARKER), oidElement(hugeArcOidContent(200_000)))!;
    writeFileSync(files.oid, hostile);
    const row = SERVER_COLUMNS.map((column) => (column.key === 'applicationId' ? 'A1' : column.key === 'certificate' ? encodeBase64(hostile) : ''));
    writeFileSync(files.oidList, `${header}\n${row.join('\t')}\n`);
    const plain = (await makeCertificate({ dnsNames: ['www.example.ac.jp'] })).der;
    writeFileSync(files.bundle, encodePem(plain).repeat(PARSER_LIMITS.certificatesPerFile + 1));
    writeFileSync(files.rows, `${header}\n${SHORT_SERVER_ROW.repeat(PARSER_LIMITS.listRows + 1)}`);
  });

  describe('hostile input', () => {
    it('inspect refuses a certificate with a 200 KB OID, naming the OID length limit (exit 1)', () => {
      const result = runCli(['inspect', '--now', NOW_TEXT, files.oid, '--json']);
      expect(result.code).toBe(1);
      expect(hasStackTrace(result.stderr)).toBe(false);
      const [file] = jsonOf(result).files;
      expect(file.certificates).toEqual([]);
      expect(codesOf(file)).toEqual(['input-over-limit']);
      expect(file.findings[0].message).toBe('The length of an OID (object identifier) is over its limit (200,001 bytes; the limit is 255 bytes). It is not read further.');
    });

    it('list keeps the row whose certificate cell has a 200 KB OID and says which limit it is over (exit 0)', () => {
      const result = runCli(['list', '--now', NOW_TEXT, files.oidList, '--json']);
      expect(result.code).toBe(0);
      const json = jsonOf(result);
      expect(json.total).toBe(1);
      expect(json.problems).toContainEqual(expect.objectContaining({ code: 'certificate-over-limit', severity: 'error', line: 2 }));
    });

    it(`inspect refuses a file of ${PARSER_LIMITS.certificatesPerFile + 1} certificates, naming the per-file limit (exit 1)`, () => {
      const result = runCli(['inspect', '--now', NOW_TEXT, files.bundle]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`(${PARSER_LIMITS.certificatesPerFile + 1} certificates; the limit is ${PARSER_LIMITS.certificatesPerFile} certificates)`);
    });

    it('list --json refuses a list one row over the row limit with one line naming the limit and the line (exit 1)', () => {
      const result = runCli(['list', '--now', NOW_TEXT, files.rows, '--json']);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim()).toBe(`upki-tsv: ${files.rows}:200002: the list has more rows than the limit of 200,000 (row 200,001 starts on this line); the file is not read [file-too-many-rows]`);
    });
  });
}
