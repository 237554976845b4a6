import ical from 'ical-generator';
import { xmlText } from './xml-text';

/** The iCalendar media type calendars are served with. */
export const ICALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

export interface DeadlineEvent {
  /** Stable across downloads (`deadline-<offer id>@<host>`), so a calendar updates in place. */
  readonly uid: string;
  /** The last day to apply, `YYYY-MM-DD`. */
  readonly date: string;
  readonly summary: string;
  readonly description?: string;
  /** The offer's page (absolute). */
  readonly url: string;
  /** When the offer last changed: the event's DTSTAMP and LAST-MODIFIED. */
  readonly updated?: Date;
}

export interface DeadlineCalendarInput {
  readonly name: string;
  readonly description?: string;
  /** Where the calendar comes from (the search page). */
  readonly url?: string;
  /** How often a calendar app should fetch it again. */
  readonly refreshSeconds: number;
  readonly events: readonly DeadlineEvent[];
}

const DAY_MS = 24 * 3600 * 1000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An iCalendar document (RFC 5545) with one all-day event per deadline: the day itself,
 * ending the next day (DTEND is exclusive), with the offer's address as URL.
 */
export function buildDeadlineCalendar(input: DeadlineCalendarInput): string {
  const calendar = ical({
    name: xmlText(input.name),
    description: input.description === undefined ? undefined : xmlText(input.description),
    url: input.url,
    prodId: { company: 'Passerelle', product: 'deadlines', language: 'FR' },
    ttl: input.refreshSeconds,
  });
  for (const event of input.events) {
    if (!ISO_DATE.test(event.date)) continue;
    const start = new Date(`${event.date}T00:00:00Z`);
    if (Number.isNaN(start.getTime())) continue;
    calendar.createEvent({
      id: event.uid,
      allDay: true,
      start,
      end: new Date(start.getTime() + DAY_MS),
      summary: xmlText(event.summary),
      description: event.description === undefined ? undefined : xmlText(event.description),
      url: event.url,
      stamp: event.updated ?? new Date(),
      lastModified: event.updated,
    });
  }
  return calendar.toString();
}
