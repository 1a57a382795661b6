import { beforeAll, describe, expect, it } from 'vitest';
import { countOperations } from '../../../../../shared/model/operation-count';
import { PARSER_LIMITS } from '../../../../../shared/model/parser-limits';
import { describeCertificate } from '../../../../../shared/pki/certificate/certificate-details';
import { readCertificateSummary } from '../../../../../shared/pki/certificate/summarize-certificate';
import { derOid } from '../../../../../shared/pki/der/der-writer';
import { hugeArcOidContent, manyArcsOidContent, oidElement, spliceElement } from '../../../../support/hostile-der';
import { makeCertificate } from './make-certificates';

/** An OID no real certificate uses, put in the subject so that a hostile OID can be spliced in its place. */
const MARKER = '1.2.3.4.5.6.7';

const sanNames = (count: number): string[] => Array.from({ length: count }, (_, i) => `host${i}.example.ac.jp`);

let marked: Uint8Array;

beforeAll(async () => {
  marked = (await makeCertificate({ subject: `CN=www.example.ac.jp, ${MARKER}=marker, C=JP`, dnsNames: ['www.example.ac.jp'] })).der;
});

/** The marked certificate with its marker OID's content replaced. */
function withOid(content: Uint8Array): Uint8Array {
  const der = spliceElement(marked, derOid(MARKER), oidElement(content));
  if (!der) throw new Error('the marker OID is not in the certificate');
  return der;
}

describe('certificate parser limits', () => {
  const table = [
    { name: 'refuses a certificate with a 200 KB OID, naming the OID length limit', der: () => withOid(hugeArcOidContent(200_000)), limit: 'oidOctets' },
    { name: 'refuses a certificate with a 40-octet OID arc, naming the arc limit', der: () => withOid(hugeArcOidContent(40)), limit: 'oidArcOctets' },
    { name: 'refuses a certificate with 100,000 one-octet arcs, naming the OID length limit', der: () => withOid(manyArcsOidContent(100_000)), limit: 'oidOctets' },
  ];
  it.each(table)('$name', async ({ der, limit }) => {
    const bytes = der();
    expect(readCertificateSummary(bytes)).toMatchObject({ ok: false, error: { limit } });
    expect(await describeCertificate(bytes)).toMatchObject({ ok: false, error: { limit } });
  });

  it('reads a certificate whose odd OID is within the limits', async () => {
    const bytes = withOid(manyArcsOidContent(100));
    expect(readCertificateSummary(bytes).ok).toBe(true);
    expect((await describeCertificate(bytes)).ok).toBe(true);
  });

  it(`reads a certificate with ${PARSER_LIMITS.subjectAltNames} SAN names`, async () => {
    const { der } = await makeCertificate({ dnsNames: sanNames(PARSER_LIMITS.subjectAltNames) });
    const summary = readCertificateSummary(der);
    expect(summary.ok && summary.value.dnsNames.length).toBe(PARSER_LIMITS.subjectAltNames);
  });

  it(`refuses a certificate with ${PARSER_LIMITS.subjectAltNames + 1} SAN names, saying how many it holds`, async () => {
    const { der } = await makeCertificate({ dnsNames: sanNames(PARSER_LIMITS.subjectAltNames + 1) });
    expect(readCertificateSummary(der)).toEqual({ ok: false, error: { limit: 'subjectAltNames', max: 1_000, found: 1_001, atLeast: false } });
  });

  it('reads SAN names in linear time: twice the names is twice the work', async () => {
    const work = async (count: number) => {
      const { der } = await makeCertificate({ dnsNames: sanNames(count) });
      return (await countOperations(() => readCertificateSummary(der))).counts.get('subject-alt-names')!;
    };
    expect((await work(400)) / (await work(200))).toBe(2);
  });
});
