export {
  DECLARED_COMPLETE,
  DEFAULT_LOCALE,
  declaredComplete,
  directionOf,
  isLocale,
  LOCALES,
  type Locale,
} from './locale';
export {
  formatMessage,
  localesOf,
  localeKeys,
  LOCALES_DIR,
  messageKeys,
  messageSections,
  messageText,
  type MessageParams,
} from './messages';
export {
  argumentsOf,
  catalogueProblems,
  coverage,
  type CatalogueProblem,
  type SectionCoverage,
} from './catalogue-check';
