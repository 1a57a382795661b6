import type { CurrentMap, CurrentRole } from '../query/current';

/**
 * A list's current/replaced roles packed one byte a row, for the UI: a list shown while it loads has
 * no roles yet (they need every row), and this one array brings them all once the list is in.
 */
const ROLE_BY_CODE: readonly CurrentRole[] = [null, 'current', 'replaced', 'revoked', 'expired'];
const CODE_BY_ROLE: ReadonlyMap<CurrentRole, number> = new Map(ROLE_BY_CODE.map((role, code) => [role, code]));

/** The role of each of the first `size` records as one byte (0 for none). */
export function packRoles(current: CurrentMap, size: number): Uint8Array<ArrayBuffer> {
  const codes = new Uint8Array(size);
  for (let i = 0; i < size; i++) codes[i] = CODE_BY_ROLE.get(current.byRecord[i]?.role ?? null) ?? 0;
  return codes;
}

/** The role a byte of packRoles stands for (null for 0 and for a byte no role has). */
export function roleOfCode(code: number): CurrentRole {
  return ROLE_BY_CODE[code] ?? null;
}

