import { intlLocale, minorUnits } from '@app/core';
import {
  CONTENT_LANGUAGES,
  type ContentLanguage,
  type OfferContent,
  type TaxonomyTermView,
  type TaxonomyVocabulary,
  type TermLabels,
} from '@app/catalogue';
import type { Translate } from '../web/i18n';
import type { AdminFormat } from './admin-view';
import { wordDiff, type DiffSegment } from './word-diff';

/** One field of an offer as a reviewer reads it. */
export interface OfferField {
  /** Stable across versions (`translations.fr.title`), to pair the live and proposed values. */
  readonly key: string;
  readonly label: string;
  readonly value: string;
  /** Written in this content language (for `lang`/`dir` on the value). */
  readonly lang?: ContentLanguage;
  /** Prose (summary, description…): shown with its line breaks, compared word by word. */
  readonly long: boolean;
}

export interface FieldComparison {
  readonly key: string;
  readonly label: string;
  readonly lang?: ContentLanguage;
  readonly long: boolean;
  readonly changed: boolean;
  readonly before: DiffSegment[];
  readonly after: DiffSegment[];
}

export interface FieldContext {
  readonly t: Translate;
  readonly format: AdminFormat;
  /** Labels of taxonomy terms by `vocabulary:code`, retired ones included. */
  readonly terms: ReadonlyMap<string, TermLabels>;
}

export function termIndex(terms: readonly TaxonomyTermView[]): Map<string, TermLabels> {
  return new Map(terms.map((term) => [termKey(term.vocabulary, term.code), term.labels]));
}

const termKey = (vocabulary: TaxonomyVocabulary, code: string) => `${vocabulary}:${code}`;

/** The content languages an offer is written in (any text in that language). */
export function languagesOf(content: OfferContent): ContentLanguage[] {
  return CONTENT_LANGUAGES.filter((lang) => {
    const t = content.translations?.[lang];
    return (
      !!(t?.title?.trim() || t?.summary?.trim() || t?.description?.trim()) ||
      !!content.eligibility?.otherConditions?.[lang]?.trim()
    );
  });
}

/**
 * Every field of an offer in reading order, formatted in the page language. With the same
 * `languages`, two versions give the same keys in the same order (empty values included).
 */
export function offerFields(
  content: OfferContent,
  ctx: FieldContext,
  languages: readonly ContentLanguage[] = languagesOf(content),
): OfferField[] {
  const { t, format } = ctx;
  const none = t('admin.value.none');
  const fields: OfferField[] = [];
  const add = (key: string, labelKey: string, value: string | undefined, long = false) =>
    fields.push({ key, label: t(labelKey), value: value?.trim() ? value : none, long });
  const join = (values: readonly string[]) => values.join(', ');
  const term = (vocabulary: TaxonomyVocabulary, code: string) =>
    `${format.label(ctx.terms.get(termKey(vocabulary, code)), code)} (${code})`;
  const countries = (codes: readonly string[] | undefined, empty: string) =>
    codes?.length ? join(codes.map((c) => format.country(c))) : empty;

  for (const lang of languages) {
    const tr = content.translations?.[lang] ?? {};
    const language = format.language(lang);
    const inLang = (key: string, labelKey: string, value: string | undefined, long: boolean) =>
      fields.push({
        key,
        label: t(labelKey, { language }),
        value: value?.trim() ? value : none,
        lang: value?.trim() ? lang : undefined,
        long,
      });
    inLang(`translations.${lang}.title`, 'admin.field.title', tr.title, false);
    inLang(`translations.${lang}.summary`, 'admin.field.summary', tr.summary, true);
    inLang(`translations.${lang}.description`, 'admin.field.description', tr.description, true);
    inLang(
      `eligibility.otherConditions.${lang}`,
      'admin.field.otherConditions',
      content.eligibility?.otherConditions?.[lang],
      true,
    );
  }

  add('categoryCode', 'admin.field.category', term('category', content.categoryCode));
  add(
    'sectorCodes',
    'admin.field.sectors',
    join((content.sectorCodes ?? []).map((c) => term('sector', c))),
  );
  add(
    'stageCodes',
    'admin.field.stages',
    join((content.stageCodes ?? []).map((c) => term('stage', c))),
  );

  const e = content.eligibility;
  add(
    'eligibility.residenceCountries',
    'admin.field.residenceCountries',
    countries(e?.residenceCountries, t('admin.value.anyCountry')),
  );
  add(
    'eligibility.targetCountries',
    'admin.field.targetCountries',
    countries(e?.targetCountries, t('admin.value.anyCountry')),
  );
  add(
    'eligibility.diasporaOnly',
    'admin.field.diasporaOnly',
    t(e?.diasporaOnly ? 'admin.value.yes' : 'admin.value.no'),
  );
  add(
    'eligibility.genderFocus',
    'admin.field.genderFocus',
    t(`admin.gender.${e?.genderFocus ?? 'any'}`),
  );
  add('eligibility.age', 'admin.field.age', ageRange(e?.ageMin, e?.ageMax, ctx));

  add(
    'deliveryLanguages',
    'admin.field.deliveryLanguages',
    join((content.deliveryLanguages ?? []).map((l) => format.language(l))),
  );
  add('format', 'admin.field.format', t(`format.${content.format}`));
  const location = content.location;
  add(
    'location',
    'admin.field.location',
    [
      location?.address,
      location?.city,
      location?.countryCode ? format.country(location.countryCode) : undefined,
    ]
      .filter((part): part is string => !!part?.trim())
      .join(', '),
  );

  add('cost', 'admin.field.cost', cost(content, ctx));
  add('funding', 'admin.field.funding', funding(content, ctx));

  const d = content.dates;
  add('dates.opensOn', 'admin.field.opensOn', format.date(d?.opensOn));
  add(
    'dates.deadline',
    'admin.field.deadline',
    d?.rolling ? t('admin.value.rolling') : format.date(d?.deadline),
  );
  add('dates.startsOn', 'admin.field.startsOn', format.date(d?.startsOn));
  add('dates.endsOn', 'admin.field.endsOn', format.date(d?.endsOn));

  add('apply.url', 'admin.field.applyUrl', content.apply?.url ?? undefined);
  add('apply.email', 'admin.field.applyEmail', content.apply?.email ?? undefined);
  add('contact.name', 'admin.field.contactName', content.contact?.name ?? undefined);
  add('contact.email', 'admin.field.contactEmail', content.contact?.email ?? undefined);
  add('contact.phone', 'admin.field.contactPhone', content.contact?.phone ?? undefined);
  add('tags', 'admin.field.tags', join(content.tags ?? []));
  return fields;
}

/**
 * The live version beside the proposed one, field by field (every language either is
 * written in), each changed field with its removed and added words marked.
 */
export function compareOffers(
  live: OfferContent,
  proposed: OfferContent,
  ctx: FieldContext,
): FieldComparison[] {
  const liveLanguages = languagesOf(live);
  const proposedLanguages = languagesOf(proposed);
  const languages = CONTENT_LANGUAGES.filter(
    (l) => liveLanguages.includes(l) || proposedLanguages.includes(l),
  );
  const before = offerFields(live, ctx, languages);
  const after = offerFields(proposed, ctx, languages);
  return before.map((old, index) => {
    const now = after[index];
    const changed = old.value !== now.value;
    const diff = changed
      ? wordDiff(old.value, now.value)
      : {
          before: [{ text: old.value, changed: false }],
          after: [{ text: now.value, changed: false }],
        };
    return {
      key: old.key,
      label: old.label,
      lang: now.lang ?? old.lang,
      long: old.long,
      changed,
      before: diff.before,
      after: diff.after,
    };
  });
}

function ageRange(
  min: number | null | undefined,
  max: number | null | undefined,
  ctx: FieldContext,
) {
  const { t, format } = ctx;
  if (min != null && max != null)
    return t('admin.value.ageBetween', { min: format.number(min), max: format.number(max) });
  if (min != null) return t('admin.value.ageFrom', { min: format.number(min) });
  if (max != null) return t('admin.value.ageUpTo', { max: format.number(max) });
  return undefined;
}

function money(amountMinor: number, currency: string, ctx: FieldContext): string {
  let digits = 2;
  try {
    digits = minorUnits(currency);
  } catch {
    // unknown currency: show two decimals
  }
  const amount = amountMinor / 10 ** digits;
  try {
    return new Intl.NumberFormat(intlLocale(ctx.format.lang), {
      style: 'currency',
      currency,
      maximumFractionDigits: digits,
    }).format(amount);
  } catch {
    return `${ctx.format.decimal(amount)} ${currency}`;
  }
}

function cost(content: OfferContent, ctx: FieldContext): string {
  const c = content.cost;
  if (!c) return '';
  return c.type === 'paid' && c.amountMinor != null && c.currency
    ? ctx.t('cost.paidAmount', { amount: money(c.amountMinor, c.currency, ctx) })
    : ctx.t(`cost.${c.type}`);
}

function funding(content: OfferContent, ctx: FieldContext): string | undefined {
  const f = content.funding;
  if (!f || (f.minMinor == null && f.maxMinor == null)) return undefined;
  const { t } = ctx;
  if (f.minMinor != null && f.maxMinor != null)
    return t('amount.range', {
      min: money(f.minMinor, f.currency, ctx),
      max: money(f.maxMinor, f.currency, ctx),
    });
  if (f.minMinor != null) return t('amount.from', { min: money(f.minMinor, f.currency, ctx) });
  return t('amount.upTo', { max: money(f.maxMinor!, f.currency, ctx) });
}
