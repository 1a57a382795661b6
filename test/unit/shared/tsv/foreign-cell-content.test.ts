import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCertificateList } from '../../../../shared/tsv/read-certificate-list';

const BAD = 'test/fixtures/bad/';

/** The problems of one bad fixture file, which must still load as a list. */
async function problemsOf(name: string) {
  const result = await readCertificateList(new Uint8Array(readFileSync(BAD + name)), { fileName: name });
  if (!result.ok) throw new Error(`${name} did not load: ${result.error.code}`);
  return result.value.problems.filter((problem) => problem.code === 'certificate-not-a-certificate');
}

describe('a certificate cell holding another PKI object', () => {
  it.each([
    { name: 'says a private key was pasted, in both languages', file: 'private-key-in-cell.tsv', ja: '秘密鍵', en: 'private key' },
    { name: 'says the cell holds a CSR, in both languages', file: 'csr-in-cert-cell.tsv', ja: 'CSR', en: 'CSR' },
  ])('$name', async ({ file, ja, en }) => {
    const [problem, ...rest] = await problemsOf(file);
    expect(rest).toEqual([]);
    expect(problem?.message.ja).toContain(ja);
    expect(problem?.message.en).toContain(en);
    expect(problem?.location.line).toBeGreaterThan(1);
  });

  it('never quotes the pasted key in the message', async () => {
    const text = readFileSync(BAD + 'private-key-in-cell.tsv', 'latin1');
    const keyLines = [...text.matchAll(/[A-Za-z0-9+/]{24,}/g)].map((match) => match[0].slice(0, 24));
    const [problem] = await problemsOf('private-key-in-cell.tsv');
    const shown = JSON.stringify(problem);
    expect(keyLines.length).toBeGreaterThan(0);
    for (const piece of keyLines) expect(shown).not.toContain(piece);
  });
});
