export { OpenDataModule } from './open-data.module';
export { FeedsModule } from './feeds/feeds.module';
export {
  ATOM_CONTENT_TYPE,
  buildAtomFeed,
  type AtomEntry,
  type AtomFeedInput,
} from './feeds/atom-feed';
export {
  buildDeadlineCalendar,
  ICALENDAR_CONTENT_TYPE,
  type DeadlineCalendarInput,
  type DeadlineEvent,
} from './feeds/deadline-calendar';
export {
  jsonLdScriptContent,
  offerJsonLd,
  organisationJsonLd,
  type JsonLd,
  type JsonLdOffer,
  type JsonLdOrganisation,
} from './feeds/structured-data';
export {
  BookmarkCalendarService,
  calendarNotFound,
  MAX_CALENDAR_BOOKMARKS,
  type BookmarkCalendarStatus,
} from './feeds/bookmark-calendar.service';
