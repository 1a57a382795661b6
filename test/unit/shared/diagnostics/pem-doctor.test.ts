import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { x509 } from '../../../../shared/pki/x509-library';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCertificatesLeniently } from '../../../../shared/diagnostics/pem-doctor';
import { bytesOf, exportKey, issue, makeChain, makeCrl, makeCsr, pemOf, type Issued } from './make-pki';
import { tempFolder } from '../../../support/temp-folder';

let leaf: Issued;
let intermediate: Issued;
let pem: string;
let body: string[];

beforeAll(async () => {
  const chain = await makeChain('rsa2048');
  leaf = chain.leaf;
  intermediate = chain.intermediate;
  pem = pemOf(leaf.der);
  body = pem.trim().split('\n').slice(1, -1);
});

/** True when `openssl x509` reads the PEM and prints the expected SHA-256 fingerprint. */
function opensslAccepts(text: string, sha256: string): boolean {
  const out = execFileSync('openssl', ['x509', '-noout', '-fingerprint', '-sha256'], { input: text }).toString();
  return out.replace(/.*=/, '').replace(/:/g, '').trim().toLowerCase() === sha256;
}

const BEGIN = '-----BEGIN CERTIFICATE-----';
const END = '-----END CERTIFICATE-----';
const b64 = () => body.join('');
const wrap = (width: number) => b64().match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n');

const repairCases: { name: string; input: () => string; want: string[] }[] = [
  { name: 'removes a blank line inside the block', input: () => [BEGIN, body[0], '', ...body.slice(1), END, ''].join('\n'), want: ['blank-line'] },
  { name: 'removes trailing spaces and tabs', input: () => [BEGIN + '  ', ...body.map((l) => l + ' \t'), END + ' ', ''].join('\n'), want: ['trailing-whitespace'] },
  { name: 'fixes four dashes', input: () => ['----BEGIN CERTIFICATE----', ...body, '----END CERTIFICATE----', ''].join('\n'), want: ['dash-count'] },
  { name: 'fixes six dashes', input: () => ['------BEGIN CERTIFICATE------', ...body, '------END CERTIFICATE------', ''].join('\n'), want: ['dash-count'] },
  { name: 'adds a missing final newline', input: () => [BEGIN, ...body, END].join('\n'), want: ['missing-final-newline'] },
  { name: 'unifies mixed CRLF and LF', input: () => [BEGIN, ...body, END].join('\r\n').replace(/\r\n(?=[^\r]*$)/, '\n') + '\r\n', want: ['mixed-line-endings'] },
  { name: 'turns lone CR into LF', input: () => [BEGIN, ...body, END, ''].join('\r'), want: ['lone-cr'] },
  { name: 'removes a BOM', input: () => '\ufeff' + pem, want: ['bom'] },
  { name: 'splits blocks glued without newlines', input: () => pem.trimEnd() + pemOf(intermediate.der), want: ['glued'] },
  { name: 're-wraps base64 at 40 characters', input: () => `${BEGIN}\n${wrap(40)}\n${END}\n`, want: ['wrapping'] },
  { name: 're-wraps base64 at 76 characters', input: () => `${BEGIN}\n${wrap(76)}\n${END}\n`, want: ['wrapping'] },
  { name: 're-wraps base64 on one line', input: () => `${BEGIN}\n${b64()}\n${END}\n`, want: ['wrapping'] },
  { name: 'reads a one-line PEM with the body glued to the markers', input: () => `${BEGIN}${b64()}${END}\n`, want: ['glued'] },
  { name: 'upper-cases lower-case labels', input: () => ['-----begin certificate-----', ...body, '-----end certificate-----', ''].join('\n'), want: ['label-case'] },
  { name: 'drops e-mail quoting marks', input: () => pem.split('\n').map((l) => (l ? `> ${l}` : l)).join('\n'), want: ['quote-prefix'] },
  { name: 'drops nested e-mail quoting', input: () => pem.split('\n').map((l) => (l ? `>> ${l}` : l)).join('\n'), want: ['quote-prefix'] },
  { name: 'leaves out text around the block', input: () => `Dear admin,\nhere is the certificate:\n\n${pem}\nRegards,\nRegistration office\n`, want: ['text-around'] },
  { name: 'turns literal \\n escapes into line breaks', input: () => [BEGIN, ...body, END].join('\\n'), want: ['escaped-newlines'] },
  { name: 'removes indentation', input: () => pem.split('\n').map((l) => (l ? `    ${l}` : l)).join('\n'), want: ['indentation'] },
  { name: 'removes full-width spaces inside the body', input: () => [BEGIN, body[0] + '\u3000', ...body.slice(1), END, ''].join('\n'), want: ['invisible-characters'] },
  { name: 'replaces the old X509 CERTIFICATE label', input: () => pem.replace(/CERTIFICATE/g, 'X509 CERTIFICATE'), want: ['label-alias'] },
  { name: 'adds armour around bare base64', input: () => b64() + '\n', want: ['armour-added'] },
  { name: 'adds a missing END line when the body is complete', input: () => [BEGIN, ...body, ''].join('\n'), want: ['missing-end'] },
  { name: 'repairs many faults at once', input: () => ['\ufeff> ----begin certificate------', ...body.map((l) => `> ${l}  `), '> ', '> -----END CERTIFICATE----'].join('\r\n'), want: ['bom', 'quote-prefix', 'dash-count', 'label-case', 'trailing-whitespace', 'missing-final-newline'] },
];

describe('readCertificatesLeniently repairs', () => {
  for (const { name, input, want } of repairCases) {
    it(name, async () => {
      const text = input();
      const read = await readCertificatesLeniently('cert.txt', bytesOf(text));
      for (const kind of want) expect(read.repairs.map((r) => r.kind)).toContain(kind);
      // The repaired PEM is accepted by both strict parsers.
      expect(new x509.X509Certificate(read.text.split(END)[0] + END).subject).toBe(leaf.cert.subject);
      const sha256 = Buffer.from(await crypto.subtle.digest('SHA-256', leaf.der)).toString('hex');
      expect(opensslAccepts(read.text, sha256)).toBe(true);
      expect(read.certificates[0]?.summary.sha256).toBe(sha256);
      const repairedFindings = read.findings.filter((f) => f.code === 'pem-repaired');
      expect(repairedFindings.length).toBeGreaterThanOrEqual(want.length);
      expect(repairedFindings.every((f) => f.severity === 'warning' && f.location?.line !== undefined)).toBe(true);
      expect(read.findings.filter((f) => f.severity === 'error')).toEqual([]);
    });
  }

  it('reports nothing for a clean PEM', async () => {
    const read = await readCertificatesLeniently('cert.pem', bytesOf(pem));
    expect(read.findings).toEqual([]);
    expect(read.text).toBe(pem);
  });

  it('reads a clean CRLF PEM without calling it a repair', async () => {
    const read = await readCertificatesLeniently('cert.pem', bytesOf(pem.replace(/\n/g, '\r\n')));
    expect(read.findings).toEqual([]);
    expect(read.certificates).toHaveLength(1);
  });

  it('names the line of a blank line inside the block', async () => {
    const read = await readCertificatesLeniently('c.pem', bytesOf(['intro', BEGIN, body[0], body[1], '', ...body.slice(2), END, ''].join('\n')));
    const blank = read.repairs.find((r) => r.kind === 'blank-line');
    expect(blank?.line).toBe(5);
    expect(read.findings.some((f) => f.code === 'pem-repaired' && f.location?.line === 5)).toBe(true);
  });

  it('reads UTF-16 text saved by Notepad', async () => {
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(pem, 'utf16le')]));
    const read = await readCertificatesLeniently('cert.txt', utf16);
    expect(read.certificates).toHaveLength(1);
    expect(read.repairs.map((r) => r.kind)).toContain('utf-16');
  });

  it.each([
    { name: 'little-endian', bom: [0xff, 0xfe, 0x00, 0x00], order: 'le' as const },
    { name: 'big-endian', bom: [0x00, 0x00, 0xfe, 0xff], order: 'be' as const },
  ])('reads $name UTF-32 text and names it UTF-32, not UTF-16', async ({ bom, order }) => {
    const units = Array.from(pem, (char) => char.codePointAt(0)!);
    const body = new Uint8Array(units.length * 4);
    const view = new DataView(body.buffer);
    units.forEach((code, index) => view.setUint32(index * 4, code, order === 'le'));
    const read = await readCertificatesLeniently('cert.txt', Uint8Array.from([...bom, ...body]));
    expect(read.certificates).toHaveLength(1);
    expect(read.repairs.map((r) => r.kind)).toContain('utf-32');
    expect(read.repairs.map((r) => r.kind)).not.toContain('utf-16');
  });

  it('reads every certificate of a chain file in order, with their lines', async () => {
    const read = await readCertificatesLeniently('chain.pem', bytesOf(pem + pemOf(intermediate.der)));
    expect(read.certificates.map((c) => c.summary.subjectDn)).toEqual([leaf.cert.subject, intermediate.cert.subject]);
    expect(read.certificates.map((c) => c.line)).toEqual([1, body.length + 3]);
  });

  it('reads a DER certificate', async () => {
    const read = await readCertificatesLeniently('cert.cer', leaf.der);
    expect(read.certificates).toHaveLength(1);
    expect(read.findings).toEqual([]);
  });

  it('reads PKCS#7 bundles as DER and as PEM', async () => {
    const bundle = new Uint8Array(new x509.X509Certificates([leaf.cert, intermediate.cert]).export('raw'));
    for (const bytes of [bundle, bytesOf(pemOf(bundle, 'PKCS7')), bytesOf(pemOf(bundle, 'PKCS #7 SIGNED DATA'))]) {
      const read = await readCertificatesLeniently('chain.p7b', bytes);
      expect(read.certificates.map((c) => c.summary.subjectDn)).toEqual([leaf.cert.subject, intermediate.cert.subject]);
      expect(read.findings.map((f) => f.code)).toContain('pkcs7-read');
    }
  });

  it('reads a PKCS#7 written by openssl crl2pkcs7', async () => {
    const file = join(tempFolder('p7'), 'chain.pem');
    execFileSync('sh', ['-c', `cat > ${file}`], { input: pem + pemOf(intermediate.der) });
    const p7 = execFileSync('openssl', ['crl2pkcs7', '-nocrl', '-certfile', file, '-outform', 'DER']);
    const read = await readCertificatesLeniently('chain.p7b', new Uint8Array(p7));
    expect(read.certificates).toHaveLength(2);
    expect(readFileSync(file, 'utf8')).toContain(BEGIN);
  });
});

describe('readCertificatesLeniently refusals', () => {
  const refusals: { name: string; input: () => Promise<Uint8Array>; want: { code: string; text?: RegExp } }[] = [
    { name: 'says a pasted PKCS#8 private key is a private key', input: () => exportKey(leaf.keys, 'pkcs8-pem'), want: { code: 'not-a-certificate', text: /private key/ } },
    { name: 'says a pasted RSA private key is a private key', input: () => exportKey(leaf.keys, 'pkcs1-pem'), want: { code: 'not-a-certificate', text: /private key/ } },
    { name: 'says an encrypted private key is a private key', input: () => exportKey(leaf.keys, 'encrypted-pkcs8-aes256'), want: { code: 'not-a-certificate', text: /encrypted private key/ } },
    { name: 'says a DER private key is a private key', input: () => exportKey(leaf.keys, 'pkcs8-der'), want: { code: 'not-a-certificate', text: /private key/ } },
    { name: 'says a CSR is a CSR', input: async () => bytesOf(await makeCsr(leaf.keys, 'rsa2048')), want: { code: 'not-a-certificate', text: /CSR/ } },
    { name: 'says a CRL is a CRL', input: async () => bytesOf((await makeCrl(intermediate, [])).toString('pem')), want: { code: 'not-a-certificate', text: /CRL/ } },
    { name: 'says a DER CRL is a CRL', input: async () => new Uint8Array((await makeCrl(intermediate, [])).rawData), want: { code: 'not-a-certificate', text: /CRL/ } },
    { name: 'reports a block cut off in the middle', input: async () => bytesOf([BEGIN, ...body.slice(0, 5), ''].join('\n')), want: { code: 'truncated' } },
    { name: 'reports a block whose start is missing', input: async () => bytesOf([...body.slice(5), END, ''].join('\n')), want: { code: 'truncated' } },
    { name: 'reports a DER file cut short', input: async () => leaf.der.slice(0, 300), want: { code: 'truncated' } },
    { name: 'reports a body with lines missing', input: async () => bytesOf([BEGIN, ...body.slice(0, 3), ...body.slice(6), END, ''].join('\n')), want: { code: 'pem-corrupt' } },
    { name: 'reports an empty file', input: async () => new Uint8Array(0), want: { code: 'no-certificate-found' } },
    { name: 'reports plain prose', input: async () => bytesOf('Hello, this is not a certificate.\n'), want: { code: 'no-certificate-found' } },
  ];
  for (const { name, input, want } of refusals) {
    it(name, async () => {
      const read = await readCertificatesLeniently('paste.txt', await input());
      expect(read.certificates).toEqual([]);
      expect(read.findings.map((f) => f.code)).toContain(want.code);
      const finding = read.findings.find((f) => f.code === want.code)!;
      expect(finding.severity).toBe('error');
      if (want.text) expect(finding.message.en).toMatch(want.text);
      expect(read.text).toBe('');
    });
  }

  it('never shows, keeps or repairs a pasted private key, even next to a certificate', async () => {
    const key = Buffer.from(await exportKey(leaf.keys, 'pkcs8-pem')).toString('utf8');
    const keyBody = key.split('\n').filter((l) => l && !l.startsWith('-----'));
    const input = `${pem}\n${key}`;
    const read = await readCertificatesLeniently('paste.txt', bytesOf(input));
    expect(read.certificates).toHaveLength(1);
    const json = JSON.stringify({ ...read, certificates: read.certificates.map((c) => c.summary) });
    for (const line of keyBody) expect(json).not.toContain(line);
    expect(read.findings.find((f) => f.code === 'not-a-certificate')?.advice?.en).toMatch(/private key/);
  });

  it('keeps the certificate and reports only the broken block in a mixed file', async () => {
    const read = await readCertificatesLeniently('mixed.pem', bytesOf(pem + [BEGIN, ...body.slice(0, 4), ''].join('\n')));
    expect(read.certificates).toHaveLength(1);
    expect(read.findings.map((f) => f.code)).toContain('truncated');
  });
});

describe('issued test certificates', () => {
  it('includes an ECDSA certificate the doctor reads', async () => {
    const ec = await issue({ subject: 'CN=ec.example.ac.jp', kind: 'ec-p384', dnsNames: ['ec.example.ac.jp'] });
    const read = await readCertificatesLeniently('ec.pem', bytesOf(ec.pem.replace(/\n/g, '\n\n')));
    expect(read.certificates[0]?.summary.keyAlgorithm).toBe('EC');
  });
});
