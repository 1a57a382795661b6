import type { CertificateRecord } from '../model/certificate-record';
import type { CurrentMap } from './current';
import { recordValidity } from './record-state';

/**
 * The record indices with the rows of each FQDN kept together and its current certificate first:
 * hosts stay in the order they first appear; within a host come the current certificate, then the
 * other certificates newest first, then rows without a certificate in file order. So the first row
 * after typing a host name is the certificate to hand out, not an old one a renewal replaced.
 */
export function orderCurrentFirst(indices: readonly number[], records: readonly CertificateRecord[], current: CurrentMap): number[] {
  const groups = new Map<string, number[]>();
  for (const index of indices) {
    // A row with neither FQDN nor CN stands alone.
    const key = current.byRecord[index]?.groupKey || `\u0000${index}`;
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  }
  const rank = (index: number): [number, number] => {
    if (current.byRecord[index]?.isNewest) return [0, 0];
    const validity = records[index] ? recordValidity(records[index]) : null;
    return validity ? [1, -validity.notBefore] : [2, 0];
  };
  const ordered: number[] = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      ordered.push(group[0]!);
      continue;
    }
    const keyed = group.map((index, position) => ({ index, position, rank: rank(index) }));
    keyed.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.position - b.position);
    for (const entry of keyed) ordered.push(entry.index);
  }
  return ordered;
}
