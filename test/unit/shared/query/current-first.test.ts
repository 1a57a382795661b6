import { describe, expect, it } from 'vitest';
import type { CertificateRecord } from '../../../../shared/model/certificate-record';
import { findCurrentCertificates } from '../../../../shared/query/current';
import { orderCurrentFirst } from '../../../../shared/query/current-first';
import { indexed, jst, makeRecord, makeSummary } from '../../../support/record-factory';

const now = jst('2025-06-01T12:00');
const DAY = 86_400_000;

function cert(host: string, serial: string, ageDays: number, extra: Partial<CertificateRecord> = {}): CertificateRecord {
  return makeRecord({
    fqdn: host,
    applicationId: serial,
    certificate: makeSummary({ commonName: host, dnsNames: [host], serialNumber: serial, notBefore: now - ageDays * DAY, notAfter: now + (397 - ageDays) * DAY }),
    ...extra,
  });
}

describe('orderCurrentFirst', () => {
  const cases: { name: string; input: CertificateRecord[]; want: string[] }[] = [
    {
      name: "puts a host's current certificate before the older one that the file lists first",
      input: [cert('www.example.ac.jp', 'old', 500), cert('www.example.ac.jp', 'new', 30, { previousSerial: 'old' })],
      want: ['new', 'old'],
    },
    {
      name: 'keeps hosts in the order they first appear and their rows together',
      input: [cert('a.example.ac.jp', 'a1', 500), cert('b.example.ac.jp', 'b1', 20), cert('a.example.ac.jp', 'a2', 10)],
      want: ['a2', 'a1', 'b1'],
    },
    {
      name: 'lists the other certificates newest first and rows without a certificate last',
      input: [
        makeRecord({ fqdn: 'www.example.ac.jp', applicationId: 'pending', certificate: null, status: 0 }),
        cert('www.example.ac.jp', 'oldest', 900),
        cert('www.example.ac.jp', 'middle', 500),
        cert('www.example.ac.jp', 'newest', 10),
      ],
      want: ['newest', 'middle', 'oldest', 'pending'],
    },
    {
      name: 'puts the valid certificate before a newer revoked one (a revoked certificate is never preferred as current)',
      input: [cert('www.example.ac.jp', 'revoked', 10, { isRevoked: true, status: 7 }), cert('www.example.ac.jp', 'valid', 300)],
      want: ['valid', 'revoked'],
    },
  ];
  for (const { name, input, want } of cases) {
    it(name, () => {
      const records = indexed(input);
      const order = orderCurrentFirst(records.map((record) => record.index), records, findCurrentCertificates(records, now));
      expect(order.map((index) => records[index]!.applicationId)).toEqual(want);
    });
  }
});
