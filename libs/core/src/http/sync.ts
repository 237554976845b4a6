import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  registerDecorator,
  ValidateIf,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import { PageQueryDto } from './pagination';

/**
 * Partner sync: a list read in (updated_at, id) order from a position, one page at a time.
 * The position is exact to the microsecond (PostgreSQL's precision), which a JavaScript Date
 * cannot hold, so it travels as a decimal string of microseconds since the Unix epoch.
 */
export interface SyncPosition {
  /** Microseconds since 1970-01-01T00:00:00Z, as decimal digits. */
  readonly micros: string;
  readonly id: string;
}

/** Where a sync starts: strictly after a cursor, or at a time (inclusive). */
export type SyncStart =
  | { readonly after: SyncPosition; readonly since?: undefined }
  | { readonly since: Date; readonly after?: undefined };

/** 9999-12-31T23:59:59.999Z. */
const LAST_MS = 253_402_300_799_999;
const CURSOR = /^v1\.(\d{1,17})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const BASE64URL = /^[A-Za-z0-9_-]{1,200}$/;
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?([Zz]|([+-])(\d{2}):(\d{2}))$/;

/** Opaque to clients: base64url of a versioned position. */
export function encodeSyncCursor(position: SyncPosition): string {
  return Buffer.from(`v1.${position.micros}.${position.id}`, 'utf8').toString('base64url');
}

/** The position in a cursor we issued, or null for anything else (edited, truncated, foreign). */
export function decodeSyncCursor(raw: string): SyncPosition | null {
  if (!BASE64URL.test(raw)) return null;
  const text = Buffer.from(raw, 'base64url').toString('utf8');
  const match = CURSOR.exec(text);
  // Re-encoding must give the same text back: no padding tricks or trailing bytes.
  if (!match || encodeSyncCursor({ micros: match[1], id: match[2] }) !== raw) return null;
  return { micros: BigInt(match[1]).toString(), id: match[2] };
}

/**
 * An RFC 3339 date-time (`2026-01-31T08:00:00Z`, `…T09:00:00.123456+01:00`) as a Date, or
 * null when it is not one or names a day that does not exist (Feb 30). Fractions below the
 * millisecond are dropped: `updatedSince` is inclusive, so that only ever returns more.
 */
export function parseRfc3339(raw: string): Date | null {
  const m = RFC3339.exec(raw);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (year < 1 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60)
    return null;
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const local = new Date(0);
  local.setUTCFullYear(year, month - 1, day);
  if (local.getUTCMonth() !== month - 1 || local.getUTCDate() !== day) return null;
  local.setUTCHours(hour, minute, Math.min(second, 59), ms);
  const offsetMinutes = m[9] ? (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) : 0;
  if (m[9] && (Number(m[10]) > 23 || Number(m[11]) > 59)) return null;
  return new Date(local.getTime() - offsetMinutes * 60_000);
}

function validator(
  name: string,
  message: string,
  test: (value: unknown) => boolean,
  options?: ValidationOptions,
) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name,
      target: object.constructor,
      propertyName,
      options: { message: (a: ValidationArguments) => `${a.property} ${message}`, ...options },
      validator: { validate: test },
    });
}

export const IsRfc3339 = (options?: ValidationOptions) =>
  validator(
    'isRfc3339',
    'must be an RFC 3339 date-time with a time zone, e.g. 2026-01-31T08:00:00Z',
    (v) => typeof v === 'string' && parseRfc3339(v) !== null,
    options,
  );

export const IsSyncCursor = (options?: ValidationOptions) =>
  validator(
    'isSyncCursor',
    'must be a nextCursor returned by this list, unchanged',
    (v) => typeof v === 'string' && decodeSyncCursor(v) !== null,
    options,
  );

/**
 * `?updatedSince=` and `?cursor=` on a public list. With either, the list answers in sync
 * mode: every change since then in (updated_at, id) order, tombstones included, and a
 * `nextCursor` to continue from; `pageSize` is the page length. Without, it stays a page.
 */
export class SyncQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description:
      'Sync mode: changes (and tombstones) since this RFC 3339 date-time, inclusive. ' +
      'Start a full mirror with 1970-01-01T00:00:00Z.',
    example: '2026-01-31T08:00:00Z',
  })
  @ValidateIf((o: SyncQueryDto) => o.updatedSince !== undefined)
  @IsRfc3339()
  updatedSince?: string;

  @ApiPropertyOptional({
    description:
      'Sync mode: continue after this position, exactly as returned in `nextCursor` ' +
      '(takes precedence over updatedSince).',
    example: 'djEuMTc2NDgwMDAwMDAwMDAwMC4wYjFlMmQzYy00ZjVhLTRiNmMtOGQ3ZS05ZjBhMWIyYzNkNGU',
  })
  @ValidateIf((o: SyncQueryDto) => o.cursor !== undefined)
  @IsSyncCursor()
  cursor?: string;
}

/** The start of a sync, or null for a plain page (neither parameter given). */
export function syncStart(query: SyncQueryDto): SyncStart | null {
  if (query.cursor !== undefined) return { after: decodeSyncCursor(query.cursor)! };
  if (query.updatedSince !== undefined) {
    // Before 1970 means everything; PostgreSQL is not asked about years 0 or 10000.
    const since = parseRfc3339(query.updatedSince)!.getTime();
    return { since: new Date(Math.min(Math.max(0, since), LAST_MS)) };
  }
  return null;
}

/**
 * The position of `since` itself: strictly after (since, nil UUID) is everything changed at
 * `since` or later, as no id sorts below the nil UUID. Times before 1970 start at 1970.
 */
export function syncPositionAt(since: Date): SyncPosition {
  return {
    micros: (BigInt(Math.max(0, since.getTime())) * 1000n).toString(),
    id: '00000000-0000-0000-0000-000000000000',
  };
}

/** One page of a sync as a repository reads it: rows with their exact position. */
export interface SyncRows<T> {
  readonly rows: Array<{ readonly row: T; readonly position: SyncPosition }>;
  /** True when rows after the last one are ready now (ask again with nextCursor). */
  readonly hasMore: boolean;
}
