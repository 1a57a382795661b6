/**
 * Throw-away measurement of readCertificateList on a synthetic ~50,000-row serverAll.tsv (Shift_JIS):
 * prints time and memory. Not a test. The file is generated once into the OS temp folder, then read in a
 * fresh process so that generation garbage does not blur the memory figures.
 * Run: npx tsx --expose-gc scripts/measure-tsv.ts [rows]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import iconv from 'iconv-lite';
import { encodeBase64 } from '../shared/encoding/base64';
import { SERVER_COLUMNS } from '../shared/model/columns';
import { readCertificateList } from '../shared/tsv/read-certificate-list';

x509.cryptoProvider.set(globalThis.crypto);

const rows = Number(process.argv[2] ?? 50_000);

async function makeCertificates(count: number): Promise<string[]> {
  const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 };
  const keys = await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const cert = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: (0x1000 + i).toString(16),
      name: `CN=host${i}.example.ac.jp, O=Example University, L=Academe, C=JP`,
      notBefore: new Date('2025-01-01T00:00:00Z'),
      notAfter: new Date('2026-01-31T00:00:00Z'),
      keys,
      signingAlgorithm: algorithm,
      extensions: [
        new x509.SubjectAlternativeNameExtension([
          { type: 'dns', value: `host${i}.example.ac.jp` },
          { type: 'dns', value: `alias${i}.example.ac.jp` },
        ]),
      ],
    });
    out.push(encodeBase64(new Uint8Array(cert.rawData)));
  }
  return out;
}

const path = join(tmpdir(), `measure-serverAll-${rows}.tsv`);
if (process.argv[3] !== 'measure') {
  if (!existsSync(path)) writeFileSync(path, await generate());
  execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, String(rows), 'measure'], { stdio: 'inherit' });
  process.exit(0);
}

async function generate(): Promise<Uint8Array> {
const certificates = await makeCertificates(16);
const csr = encodeBase64(crypto.getRandomValues(new Uint8Array(1000)));
const lines: string[] = [SERVER_COLUMNS.map((c) => c.ja).join('\t')];
for (let i = 0; i < rows; i++) {
  const values: Record<string, string> = {
    applicationId: String(100000 + i),
    operationId: String(500000 + i),
    subjectDn: `CN=host${i}.example.ac.jp,O=国立情報学研究所,L=Academe,C=JP`,
    submittedAt: '2025/01/01 10:00:00',
    completedAt: '2025/01/01 10:05:00',
    applicationType: '1',
    profileId: '3',
    status: String(i % 11),
    adminName: '山田 太郎',
    adminAffiliation: '学術情報基盤センター ネットワーク係',
    adminMail: `admin${i}@example.ac.jp`,
    fqdn: `host${i}.example.ac.jp`,
    software: 'Apache 2.4',
    csr,
    dnsNames: `dNSName=host${i}.example.ac.jp,dNSName=alias${i}.example.ac.jp`,
    certificate: certificates[i % certificates.length]!,
    serialNumber: String(4097000000000000000n + BigInt(i)),
    fingerprint: 'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01',
    notBefore: '2025/01/01 09:00:00',
    notAfter: '2026/01/31 09:00:00',
    urlExpiresAt: '2025/01/31 10:05:00',
    accessPin: 'abcd1234',
    previousSerial: i % 3 === 0 ? String(4096000000000000000n + BigInt(i)) : '',
    lastUpdatedAt: '2025/01/02 00:00:00',
  };
  lines.push(SERVER_COLUMNS.map((c) => values[c.key] ?? '').join('\t'));
}
return new Uint8Array(iconv.encode(lines.join('\r\n') + '\r\n', 'cp932'));
}

const bytes = new Uint8Array(readFileSync(path));
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const base = process.memoryUsage();
let peakHeap = 0;
let peakRss = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed + m.external - base.heapUsed - base.external);
  peakRss = Math.max(peakRss, m.rss);
};
const started = performance.now();
const cpuBefore = process.cpuUsage();
const result = await readCertificateList(bytes, { fileName: 'serverAll.tsv', onProgress: sample });
const elapsed = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
sample();
const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
if (!result.ok) throw new Error(result.error.message.en);
gc?.();
const retained = process.memoryUsage();
console.log(
  JSON.stringify(
    {
      rows,
      fileSize: mb(bytes.length),
      readMs: Math.round(elapsed),
      cpuUserMs: Math.round(cpu.user / 1000),
      cpuSystemMs: Math.round(cpu.system / 1000),
      records: result.value.records.length,
      withCertificate: result.value.records.filter((r) => r.certificate !== null).length,
      problems: result.value.problems.length,
      peakHeapAboveBaseline: mb(peakHeap),
      peakHeapPerFileSize: (peakHeap / bytes.length).toFixed(2),
      retainedHeapAboveBaseline: mb(retained.heapUsed + retained.external - base.heapUsed - base.external),
      baselineRss: mb(base.rss),
      peakRss: mb(peakRss),
    },
    null,
    1,
  ),
);
