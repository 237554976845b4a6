export { TaxonomyModule } from './taxonomy/taxonomy.module';
export { TaxonomyService, TAXONOMY_CACHE_TTL_MS } from './taxonomy/taxonomy.service';
export { taxonomyEntities } from './taxonomy/taxonomy-term.entity';
export {
  isTaxonomyVocabulary,
  isTermCode,
  TAXONOMY_VOCABULARIES,
  TERM_CODE_MAX_LENGTH,
  TERM_CODE_PATTERN,
  TERM_LABEL_MAX_LENGTH,
  type ChangeTermInput,
  type CreateTermInput,
  type TaxonomyTermView,
  type TaxonomyVocabulary,
  type TermLabels,
  type TermLabelsEntry,
} from './taxonomy/taxonomy.types';
export { CatalogueModule, CatalogueWorkerModule } from './catalogue.module';
export {
  COST_TYPES,
  CONTENT_LANGUAGES,
  FINANCING_CATEGORIES,
  FORMATS,
  GENDER_FOCUS,
  COMPLETENESS_CHECKS,
  completeLanguages,
  completeness,
  completenessChecks,
  contentViolations,
  titleIn,
  type CompletenessCheck,
  type ContentLanguage,
  type OfferContent,
  type OfferTranslation,
} from './offers/offer-content';
export {
  checkTransition,
  OFFER_STATES,
  PUBLIC_STATES,
  type OfferAction,
  type OfferState,
} from './offers/offer-state';
export { derivedColumns } from './offers/offer.repository';
export { OFFER_CHANGED_JOB, OfferService } from './offers/offer.service';
export { OfferSlugService, offerSlugBase } from './offers/offer-slugs.service';
export {
  ApplyDto,
  ContactDto,
  CostDto,
  DatesDto,
  EligibilityDto,
  FundingDto,
  LocalisedTextDto,
  LocationDto,
  OfferContentDto,
  TranslationDto,
  TranslationsDto,
  validateOfferContentShape,
} from './offers/offer-content.dto';
export {
  OfferImportService,
  sameContent,
  type DuplicateCandidate,
  type ImportActor,
  type ImportedOfferInput,
  type ImportOutcome,
} from './offers/offer-import.service';
export type { OfferView, PublicOfferView, RevisionView } from './offers/offer-views';
export {
  ModerationService,
  type Decision,
  type ReviewQueueItem,
} from './moderation/moderation.service';
export {
  PublicOffersService,
  type OfferCardView,
  type OfferTombstone,
  type PublicOfferSyncPage,
} from './public/public-offers.service';
export {
  qualityBreakdown,
  qualityScore,
  type QualityCriterion,
  type QualityInputs,
  type QualityLine,
} from './quality/quality-score';
export {
  CatalogueJobsService,
  EXPIRE_OFFERS_JOB,
  FRESHNESS_REMINDERS_JOB,
  RECOMPUTE_QUALITY_JOB,
  STALE_AFTER_MONTHS,
} from './jobs/catalogue-jobs.service';
export {
  CatalogueStatsService,
  type CategoryOfferCount,
  type CountryOfferCount,
  type DecisionTimeStats,
  type OfferDecisionTimes,
  type OffersByCountry,
} from './stats/catalogue-stats.service';
export { decisionMail } from './moderation/moderation-mails';
