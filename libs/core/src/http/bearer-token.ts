import { createHash, timingSafeEqual } from 'node:crypto';

/** The token of an `Authorization: Bearer <token>` header, if that is what it holds. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  return /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
}

/**
 * Compares a presented secret with the expected one in constant time. Both are hashed
 * first so that neither their content nor their length shows in the timing.
 */
export function secretMatches(
  presented: string | undefined,
  expected: string | undefined,
): boolean {
  if (presented === undefined || !expected) return false;
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
