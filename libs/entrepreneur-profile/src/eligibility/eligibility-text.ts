import { countryName, formatDay, formatMessage, type Locale } from '@app/core';
import type { EligibilityReason } from './eligibility';

/** Taxonomy labels in the reader's language (codes when a term is unknown). */
export interface ReasonLabels {
  stage(code: string): string;
  sector(code: string): string;
}

/**
 * "Senegal or Mali": the offer takes any one of the values it lists, so lists are joined as
 * alternatives, the locale's way (commas and the word for "or", Arabic's comma included).
 */
function alternatives(values: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(values);
}

function countries(codes: unknown, locale: Locale): string {
  const list = Array.isArray(codes) ? (codes as string[]) : [String(codes)];
  return alternatives(
    list.map((code) => countryName(code, locale) ?? code),
    locale,
  );
}

/** A calendar date (YYYY-MM-DD) as the locale writes it; the day is the same everywhere. */
function day(iso: unknown, locale: Locale): string {
  return formatDay(String(iso), locale);
}

/**
 * The reason as a sentence for the reader, from the `eligibility` section of the message
 * catalogues (structured data stays in `code` and `params`).
 */
export function reasonText(
  reason: EligibilityReason,
  locale: Locale,
  labels: ReasonLabels,
): string {
  const p = reason.params;
  const t = (params: Record<string, string | number>) =>
    formatMessage(locale, ['eligibility'], `reason.${reason.code}`, {
      status: reason.status,
      ...params,
    });
  switch (reason.code) {
    case 'residence':
      return t({ countries: countries(reason.status === 'met' ? p.yours : p.allowed, locale) });
    case 'target': {
      const shown = (reason.status === 'met' ? p.matching : p.allowed) as string[];
      return t({ countries: countries(shown, locale), count: shown.length });
    }
    case 'diaspora':
      return t({});
    case 'stage':
      return t({ stages: alternatives((p.allowed as string[]).map(labels.stage), locale) });
    case 'sector':
      return t({ sectors: alternatives((p.allowed as string[]).map(labels.sector), locale) });
    case 'age':
      return t({ min: Number(p.min), max: Number(p.max) });
    case 'gender':
      return t({ focus: String(p.focus) });
    case 'deadline':
      return t({ deadline: day(p.deadline, locale) });
    default: {
      const unreachable: never = reason.code;
      return unreachable;
    }
  }
}
