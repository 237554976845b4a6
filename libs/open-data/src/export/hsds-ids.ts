import { createHash } from 'node:crypto';

/**
 * HSDS wants a UUID for every object, and our sub-objects (a service area, a language, a cost
 * option…) have no row of their own. Each gets a name-based UUID (RFC 9562 version 5) from the
 * offer's id and what it is, so the same offer gives the same ids in every export and a
 * partner can mirror by id.
 */
const NAMESPACE = Buffer.from('6f1d3c2a9b8e4f7a8c5d2e1f0a9b8c7d', 'hex');

export function derivedId(...parts: readonly string[]): string {
  const hash = createHash('sha1').update(NAMESPACE).update(parts.join('\u001f')).digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
