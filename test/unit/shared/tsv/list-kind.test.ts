import { describe, expect, it } from 'vitest';
import { commonNameOfDn } from '../../../../shared/pki/certificate/readable-dn';
import { listKindOf } from '../../../../shared/tsv/list-kind';
import { makeRecord } from '../../../support/record-factory';

const server = makeRecord({ profileId: 3, fqdn: 'www.example.ac.jp', subjectDn: 'CN=www.example.ac.jp,O=Example University,C=JP' });
const smime = makeRecord({ profileId: 7, fqdn: '', subjectDn: 'CN=Takahashi Misaki,E=takahashi@example.ac.jp,O=Example University,C=JP', certificate: null });
const personByDn = makeRecord({ profileId: null, fqdn: '', subjectDn: 'CN=髙橋 美咲,O=Example University,C=JP', certificate: null });
const unknown = makeRecord({ profileId: 15, fqdn: '', subjectDn: '', certificate: null });

describe('listKindOf: told by the rows, the header only when no row says', () => {
  it.each([
    { name: 'server rows make a server list', records: [server], header: 'client' as const, want: 'server' },
    { name: 'client profile rows make a client list even under a server header', records: [smime], header: 'server' as const, want: 'client' },
    { name: 'a DN that names a person makes a client row', records: [personByDn], header: 'server' as const, want: 'client' },
    { name: 'both make a mixed list (全証明書)', records: [server, smime], header: 'server' as const, want: 'mixed' },
    { name: 'rows that say nothing leave the header hint', records: [unknown], header: 'client' as const, want: 'client' },
  ])('$name', ({ records, header, want }) => expect(listKindOf(records, header)).toBe(want));
});

describe('commonNameOfDn', () => {
  it.each([
    { dn: 'CN=www.example.ac.jp,O=Example University,C=JP', want: 'www.example.ac.jp' },
    { dn: 'C=JP, O=Example\\, Inc., CN=髙橋 美咲', want: '髙橋 美咲' },
    { dn: 'cn = Yamada Taro + UID=yamada, O=X', want: 'Yamada Taro' },
    { dn: 'O=No Common Name,C=JP', want: null },
  ])('$dn → $want', ({ dn, want }) => expect(commonNameOfDn(dn)).toBe(want));
});
