import type { MessageParams } from '../i18n/messages';

/**
 * What kind of failure an error is. The problem-details filter maps each kind to an
 * HTTP status with an exhaustive switch, so adding a kind without a status fails to compile.
 */
export type ErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'unavailable';

export interface FieldViolation {
  /** Dotted path of the offending field (`eligibility.ageRange.min`), or `body`. */
  readonly field: string;
  /** The rule it broke, stable and machine-readable (`isEmail`, `max`, `unknownProperty`). */
  readonly rule: string;
  /** A sentence for people, in the request's language. */
  readonly message: string;
  /** The rule's values (`{ max: 120 }`), the ICU arguments of its sentence in other languages. */
  readonly params?: MessageParams;
}

/** Base of every expected failure. `code` is stable API (`CATALOGUE.OFFER_NOT_FOUND`). */
export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly extra: {
      readonly violations?: readonly FieldViolation[];
      readonly retryAfterSeconds?: number;
      readonly details?: Record<string, unknown>;
      /**
       * ICU arguments of the `problem` catalogue's sentence for this code, besides the
       * details' own strings and numbers; never sent as such.
       */
      readonly params?: MessageParams;
    } = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationFailedError extends AppError {
  constructor(
    violations: readonly FieldViolation[],
    message = 'The request is not valid.',
    params?: MessageParams,
  ) {
    super('validation', 'CORE.VALIDATION_FAILED', message, { violations, params });
  }
}

export class NotFoundError extends AppError {
  constructor(code: string, message: string, params?: MessageParams) {
    super('not_found', code, message, { params });
  }
}

export class ConflictError extends AppError {
  constructor(
    code: string,
    message: string,
    details?: Record<string, unknown>,
    params?: MessageParams,
  ) {
    super('conflict', code, message, { details, params });
  }
}
