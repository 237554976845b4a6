export { EntrepreneurProfileModule } from './entrepreneur-profile.module';
export {
  ProfileService,
  SENSITIVE_CONSENT_VERSION,
  type ProfileInput,
} from './profile/profile.service';
export {
  hasMatchingFacts,
  PROFILE_SHAREABLE_FIELDS,
  type EntrepreneurProfileView,
  type ProfileSetupOutcome,
  type ProfileSetupState,
  type ShareableProfileField,
} from './profile/profile.types';
export {
  checkEligibility,
  type CriterionCode,
  type CriterionStatus,
  type EligibilityReason,
  type EligibilityResult,
  type OfferFacts,
  type ProfileFacts,
  type Verdict,
} from './eligibility/eligibility';
export {
  EligibilityService,
  factsFromContent,
  factsFromDocument,
  factsFromProfile,
  type ExplainedEligibility,
} from './eligibility/eligibility.service';
export {
  RecommendationService,
  type Recommendation,
} from './recommendations/recommendation.service';
export {
  CONTACT_REQUEST_LIMITS,
  ContactRequestService,
  ERASED_SENDER_NAME,
} from './contact-requests/contact-request.service';
export {
  CONTACT_REQUEST_ANSWER_MAX,
  CONTACT_REQUEST_STATUSES,
  CONTACT_REQUEST_TARGETS,
  type ContactRequestStatus,
  type ContactRequestTarget,
} from './contact-requests/contact-request-state';
export type {
  ContactRequestInput,
  ReceivedContactRequestView,
  SentContactRequestView,
  SharedProfileFields,
} from './contact-requests/contact-request.types';
export {
  BookmarksService,
  bookmarkOfferNotFound,
  type BookmarkView,
} from './bookmarks/bookmarks.service';
export {
  DEADLINE_REMINDERS_JOB,
  DeadlineRemindersService,
  type ReminderRunReport,
} from './bookmarks/deadline-reminders.service';
export type { ReminderStop } from './bookmarks/reminder-links';
export {
  EntrepreneurAlertsWorkerModule,
  SavedSearchesModule,
} from './saved-searches/saved-searches.module';
export {
  ALERT_CONFIRMATION_TTL_MS,
  MAX_ALERTS_PER_EMAIL,
  MAX_PENDING_ALERTS_PER_EMAIL,
  MAX_SAVED_SEARCHES_PER_USER,
  SavedSearchesService,
  type AlertRequest,
  type SavedSearchChanges,
  type SavedSearchInput,
} from './saved-searches/saved-searches.service';
export {
  AlertsService,
  ENTREPRENEUR_ALERTS_JOB,
  INDEXING_GRACE_MS,
  MAX_OFFERS_PER_ALERT,
  type AlertRunReport,
} from './saved-searches/alerts.service';
export {
  ALERT_FREQUENCIES,
  ANONYMOUS_ALERT_FREQUENCIES,
  SAVED_SEARCH_NAME_MAX,
  type AlertFrequency,
  type SavedSearchQuery,
  type SavedSearchView,
} from './saved-searches/saved-search.types';
export {
  newRequestMail,
  sharedFieldRows,
  statusChangedMail,
} from './contact-requests/contact-request-mails';
export { alertMail, confirmAlertMail } from './saved-searches/alert-mails';
export { deadlineReminderMail } from './bookmarks/reminder-mails';
