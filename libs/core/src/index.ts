export { configSchema, type ConfigKey, type VariableSpec } from './config/config.schema';
export {
  ConfigValidationError,
  loadConfig,
  loadConfigOrExit,
  parseConfig,
  type AppConfig,
  type ConfigProblem,
} from './config/app-config';
export { APP_CONFIG, ConfigModule } from './config/config.module';
export {
  AppError,
  ConflictError,
  NotFoundError,
  ValidationFailedError,
  type ErrorKind,
  type FieldViolation,
} from './errors/app-error';
export {
  catalogued,
  DEFAULT_PROBLEM_LANGUAGE,
  localisedViolations,
  negotiateLanguage,
  problemFromAppError,
  statusOf,
  titleFor,
  ruleSentence,
  uncatalogued,
  violationMessage,
  type Language,
  type ProblemDetails,
} from './errors/problem-details';
export { isDependencyUnavailable } from './errors/dependency-unavailable';
export { exitOnUnexpectedRejection } from './errors/unhandled-rejections';
export {
  logProblem,
  ProblemDetailsFilter,
  ROOT_LOGGER,
  sendProblem,
} from './http/problem-details.filter';
export { requestLanguage, toProblem, UNAVAILABLE_RETRY_AFTER_SECONDS } from './http/to-problem';
export { answerClientError, clientErrorResponse } from './http/client-error';
export { InvalidJsonError, MAX_JSON_DEPTH, parseJsonBody } from './http/json-body';
export { assertWellFormedText, illFormedTextViolations } from './http/well-formed-text';
export { createValidationPipe, toViolations, VALIDATOR_OPTIONS } from './http/validation';
export { createLogger, PinoNestLogger } from './logging/logger';
export {
  currentRequestContext,
  runWithRequestContext,
  type RequestContext,
} from './logging/request-context';
export { MailModule } from './mail/mail.module';
export { Mailer, type MailMessage, type SentMail } from './mail/mailer';
export {
  MailWords,
  plainText,
  type Inline,
  type MailBlock,
  type MailContent,
  type MailField,
  type MailItem,
} from './mail/mail-content';
export { mailMessage, renderMail, withLanguage, type RenderedMail } from './mail/mail-renderer';
export { MAX_PAGE_SIZE, PageQueryDto, pageWindow, type Page } from './http/pagination';
export { UuidParam } from './http/uuid-param';
export {
  decodeSyncCursor,
  encodeSyncCursor,
  IsRfc3339,
  IsSyncCursor,
  parseRfc3339,
  SyncQueryDto,
  syncPositionAt,
  syncStart,
  type SyncPosition,
  type SyncRows,
  type SyncStart,
} from './http/sync';
export { withLocalSecrets } from './config/local-secrets';
export {
  isLabelLanguage,
  LABEL_LANGUAGES,
  type LabelLanguage,
  type LocalizedNames,
} from './reference/label-language';
export {
  allCountryNames,
  COUNTRY_CODES,
  countryCodeFromName,
  countryList,
  countryName,
  countryNames,
  isCountryCode,
} from './reference/countries';
export {
  isLanguageCode,
  LANGUAGE_CODES,
  languageList,
  languageName,
  languageNames,
} from './reference/languages';
export { CURRENCY_CODES, currencyName, isCurrencyCode, minorUnits } from './reference/currencies';
export { IsCountryCode, IsCurrencyCode, IsLanguageCode } from './reference/code-validators';
export { escapeHtml } from './http/escape-html';
export { bearerToken, secretMatches } from './http/bearer-token';
export {
  COLLECT_TIMEOUT_MS,
  enableDefaultMetrics,
  metricsRegistry,
} from './metrics/metrics-registry';
export { CollectTimeoutError, LiveSources, withTimeout } from './metrics/live-sources';
export {
  acquireMetricsServer,
  type MetricsServerLease,
  type MetricsServerOptions,
} from './metrics/metrics-server';
export { MetricsEndpoint, MetricsModule } from './metrics/metrics.module';
export * from './i18n';
export { hasNonLatinLetters, slugify } from './text/slug';
export {
  ExchangeRates,
  ExchangeRatesFileError,
  parseExchangeRates,
  readExchangeRates,
  roundEuros,
  type ExchangeRateTable,
} from './money/exchange-rates';
export { ExchangeRatesModule } from './money/exchange-rates.module';
export { formatDateTime, formatDay, intlLocale } from './text/dates';
