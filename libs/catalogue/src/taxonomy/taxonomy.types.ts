/** The vocabularies offers are classified with. */
export const TAXONOMY_VOCABULARIES = ['category', 'sector', 'stage'] as const;
export type TaxonomyVocabulary = (typeof TAXONOMY_VOCABULARIES)[number];

/** Term codes: lower-case snake_case, stable for ever (offers store them). */
export const TERM_CODE_PATTERN = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
export const TERM_CODE_MAX_LENGTH = 64;
export const TERM_LABEL_MAX_LENGTH = 200;

/** A term's name per language: French and English always, Portuguese and Arabic when known. */
export interface TermLabels {
  readonly fr: string;
  readonly en: string;
  readonly pt?: string;
  readonly ar?: string;
}

export interface TaxonomyTermView {
  readonly vocabulary: TaxonomyVocabulary;
  readonly code: string;
  /** Financing sub-types have `financing`; top-level terms null. One level only. */
  readonly parentCode: string | null;
  readonly labels: TermLabels;
  /** Order among siblings (ascending). */
  readonly position: number;
  readonly retiredAt: Date | null;
  /** Can be put on an offer now: neither the term nor its parent is retired. */
  readonly selectable: boolean;
  readonly updatedAt: Date;
}

/** What `labelsFor` gives the search documents, retired terms included. */
export interface TermLabelsEntry {
  readonly code: string;
  readonly parentCode: string | null;
  readonly labels: TermLabels;
}

export interface CreateTermInput {
  readonly vocabulary: TaxonomyVocabulary;
  readonly code: string;
  readonly parentCode?: string | null;
  readonly labels: TermLabels;
  /** Defaults to after the last sibling. */
  readonly position?: number;
}

export interface ChangeTermInput {
  /** Merged into the current labels; `pt: null` or `ar: null` removes that language. */
  readonly labels?: {
    readonly fr?: string;
    readonly en?: string;
    readonly pt?: string | null;
    readonly ar?: string | null;
  };
  readonly position?: number;
}

export function isTaxonomyVocabulary(value: unknown): value is TaxonomyVocabulary {
  return typeof value === 'string' && (TAXONOMY_VOCABULARIES as readonly string[]).includes(value);
}

export function isTermCode(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= TERM_CODE_MAX_LENGTH &&
    TERM_CODE_PATTERN.test(value)
  );
}
