import {
  decodeSyncCursor,
  encodeSyncCursor,
  parseRfc3339,
  syncPositionAt,
  type SyncPosition,
} from './sync';

describe('sync cursor', () => {
  const position: SyncPosition = {
    micros: '1764800000123456',
    id: '0b1e2d3c-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  };

  it('round-trips a position to the microsecond', () => {
    expect(decodeSyncCursor(encodeSyncCursor(position))).toEqual(position);
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'a+b/c='],
    ['another version', Buffer.from(`v2.1.${position.id}`).toString('base64url')],
    ['a negative time', Buffer.from(`v1.-1.${position.id}`).toString('base64url')],
    ['not a uuid', Buffer.from('v1.1.not-a-uuid').toString('base64url')],
    ['trailing bytes', Buffer.from(`v1.1.${position.id}x`).toString('base64url')],
    ['padding added', `${encodeSyncCursor(position)}=`],
    ['too long', 'A'.repeat(500)],
  ])('refuses %s', (_, raw) => {
    expect(decodeSyncCursor(raw)).toBeNull();
  });

  it('starts at a time itself: the nil UUID sorts before every id at that microsecond', () => {
    expect(syncPositionAt(new Date('2026-01-31T08:00:00.123Z'))).toEqual({
      micros: '1769846400123000',
      id: '00000000-0000-0000-0000-000000000000',
    });
    expect(syncPositionAt(new Date('1900-01-01T00:00:00Z')).micros).toBe('0');
  });
});

describe('parseRfc3339', () => {
  it.each([
    ['2026-01-31T08:00:00Z', '2026-01-31T08:00:00.000Z'],
    ['2026-01-31t08:00:00z', '2026-01-31T08:00:00.000Z'],
    ['2026-01-31T09:00:00.123456+01:00', '2026-01-31T08:00:00.123Z'],
    ['2026-01-31T03:30:00-04:30', '2026-01-31T08:00:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['1970-01-01T00:00:00Z', '1970-01-01T00:00:00.000Z'],
  ])('reads %s', (raw, iso) => {
    expect(parseRfc3339(raw)?.toISOString()).toBe(iso);
  });

  it.each([
    'yesterday',
    '2026-01-31',
    '2026-01-31T08:00:00',
    '2026-01-31 08:00:00Z',
    '2026-02-30T00:00:00Z',
    '2025-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-01-31T24:00:00Z',
    '2026-01-31T08:00:00+25:00',
    '0000-01-01T00:00:00Z',
    '2026-01-31T08:00:00.Z',
  ])('refuses %s', (raw) => {
    expect(parseRfc3339(raw)).toBeNull();
  });
});
