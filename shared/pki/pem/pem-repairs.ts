import type { TextRepair } from './normalise-text';
import type { PemIssue } from './pem-scan';

/** What kind of change a repair made (layout issues of the scan, text-level repairs, and the reader's own). */
export type RepairKind = Exclude<PemIssue['kind'], 'invalid-characters'> | TextRepair['kind'] | 'text-around' | 'armour-added' | 'missing-end' | 'trailing-data';

/**
 * One change the certificate-file reader made so that strict parsers accept the text: its kind, the
 * first line it concerns, how many places, and a detail for the wording (a wrap width, a label as written).
 */
export interface Repair {
  readonly kind: RepairKind;
  readonly line: number;
  readonly count: number;
  readonly detail: string;
}

/** A repair record. */
export function makeRepair(kind: RepairKind, line: number, detail = '', count = 1): Repair {
  return { kind, line, count, detail };
}

/** Groups issues of one kind into one repair (first line, number of lines). `invalid-characters` is damage, not a repair, and is left out. */
export function repairsFromIssues(issues: readonly PemIssue[]): Repair[] {
  const byKind = new Map<RepairKind, PemIssue[]>();
  for (const issue of issues) {
    if (issue.kind === 'invalid-characters') continue;
    byKind.set(issue.kind, [...(byKind.get(issue.kind) ?? []), issue]);
  }
  return [...byKind.entries()].map(([kind, list]) => makeRepair(kind, list[0]!.line, list[0]!.detail ?? '', list.length));
}
