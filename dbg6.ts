import { readFileSync } from 'node:fs';
import { readCertificatesLeniently } from './shared/diagnostics/pem-doctor';
import { buildChainPath } from './shared/pki/chain/build-chain-path';
const dir = '/tmp/osrc/openssl-3.0.20/test/certs/';
const certs = async (n: string) => (await readCertificatesLeniently(n, new Uint8Array(readFileSync(dir + n + '.pem')))).certificates.map((c) => c.der);
const [leafName, trusted, untrusted, profile] = process.argv.slice(2);
const [leaf] = await certs(leafName!);
const r = await buildChainPath(leaf!, { now: Date.now(), extraCas: (await Promise.all((trusted || '').split(',').filter(Boolean).map(certs))).flat(), presented: [leaf!, ...(await Promise.all((untrusted || '').split(',').filter(Boolean).map(certs))).flat()], profile: (profile as any) ?? 'server' });
console.log(r.valid, r.links.map((l) => l.summary.subjectDn), r.failures.map((f) => [f.code, f.index, f.detail]));
