/**
 * Intermediates known to be retired: NII Open Domain CA - G4 and the generations before it. NII
 * revoked the old server intermediates early, on 2021-04-27 (docs/certificate-authorities.md,
 * "Retired intermediates").
 */
const RETIRED = /CN=NII Open Domain CA(?: - G[1-4])?(?:,|$)/i;

/** True when the DN names a retired NII intermediate. */
export function isRetiredIntermediate(subjectDn: string): boolean {
  return RETIRED.test(subjectDn);
}

/** The date NII revoked the old server intermediates, for messages. */
export const RETIRED_ON = '2021/04/27';
