import { formatDateTime, formatDay, intlLocale } from './dates';

describe('formatDay', () => {
  it('writes a calendar day the way each interface language reads it', () => {
    expect(formatDay('2026-12-17', 'fr')).toBe('17 décembre 2026');
    expect(formatDay('2026-12-17', 'en')).toBe('17 December 2026');
    expect(formatDay('2026-12-17', 'pt')).toBe('17 de dezembro de 2026');
    expect(formatDay('2026-12-17', 'ar')).toBe(
      new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2026, 11, 17)),
      ),
    );
  });

  it('takes the UTC day of an instant, and nothing for nothing', () => {
    expect(formatDay(new Date('2026-12-17T23:30:00Z'), 'fr')).toBe('17 décembre 2026');
    expect(formatDay('2026-12-17T08:00:00.000Z', 'en')).toBe('17 December 2026');
    expect(formatDay(null, 'fr')).toBe('');
    expect(formatDay('', 'fr')).toBe('');
    expect(formatDay('not a date', 'fr')).toBe('not a date');
  });

  it('uses one regional variant per language', () => {
    expect(intlLocale('pt')).toBe('pt-PT');
    expect(intlLocale('en')).toBe('en-GB');
    expect(intlLocale('de')).toBe('de');
  });
});

describe('formatDateTime', () => {
  it('writes an instant in UTC and names the zone, whatever the server’s zone', () => {
    const at = '2026-12-08T23:30:00Z';
    expect(formatDateTime(at, 'fr')).toBe('8 déc. 2026, 23:30 UTC');
    expect(formatDateTime(new Date(at), 'en')).toBe('8 Dec 2026, 23:30 UTC');
    expect(formatDateTime(at, 'ar')).toContain('UTC');
    expect(formatDateTime(null, 'fr')).toBe('');
    expect(formatDateTime('hier', 'fr')).toBe('hier');
  });
});
