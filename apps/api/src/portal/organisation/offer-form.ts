import { isCurrencyCode, minorUnits } from '@app/core';
import { CONTENT_LANGUAGES, type OfferContent } from '@app/catalogue';
import { list, text, type FormBody } from '../web/forms';

/**
 * The offer editor's fields, named by the API's dotted paths (`translations.fr.title`,
 * `eligibility.ageMin`, `funding.minMinor`…) so that a violation of the API lands next to
 * the input of the same name. Values are kept as the person typed them: a form shown
 * again after an error holds exactly what was entered.
 */
export type OfferFormValues = Record<string, string | string[]>;

/** Fields holding several values (checkboxes, multi-selects). */
export const MULTI_FIELDS = [
  'sectorCodes',
  'stageCodes',
  'eligibility.residenceCountries',
  'eligibility.targetCountries',
  'deliveryLanguages',
] as const;

/** Checkboxes holding one yes/no. */
const FLAG_FIELDS = ['eligibility.diasporaOnly', 'dates.rolling'] as const;

const TEXT_FIELDS = [
  ...CONTENT_LANGUAGES.flatMap((l) => [
    `translations.${l}.title`,
    `translations.${l}.summary`,
    `translations.${l}.description`,
    `eligibility.otherConditions.${l}`,
  ]),
  'categoryCode',
  'eligibility.genderFocus',
  'eligibility.ageMin',
  'eligibility.ageMax',
  'format',
  'location.city',
  'location.countryCode',
  'location.address',
  'cost.type',
  'cost.amountMinor',
  'cost.currency',
  'funding.minMinor',
  'funding.maxMinor',
  'funding.currency',
  'dates.opensOn',
  'dates.deadline',
  'dates.startsOn',
  'dates.endsOn',
  'apply.url',
  'apply.email',
  'contact.name',
  'contact.email',
  'contact.phone',
  'tags',
] as const;

/** A blank offer: what "New offer" shows. */
export function emptyOfferValues(): OfferFormValues {
  const values: OfferFormValues = {};
  for (const name of TEXT_FIELDS) values[name] = '';
  for (const name of MULTI_FIELDS) values[name] = [];
  for (const name of FLAG_FIELDS) values[name] = '';
  values['eligibility.genderFocus'] = 'any';
  values.format = 'online';
  values['cost.type'] = 'free';
  return values;
}

/** The form as the person submitted it (raw strings, lists for repeated fields). */
export function offerValuesFromForm(form: FormBody): OfferFormValues {
  const values: OfferFormValues = {};
  for (const name of TEXT_FIELDS) {
    const raw = form[name];
    const value = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
    // Long texts keep their line breaks and inner spacing; only the ends are trimmed.
    values[name] = value.trim();
  }
  for (const name of MULTI_FIELDS) values[name] = list(form, name);
  for (const name of FLAG_FIELDS) values[name] = text(form, name) ? 'on' : '';
  return values;
}

/** A stored offer, as the editor shows it (amounts in the currency's main unit). */
export function offerValuesFromContent(content: OfferContent): OfferFormValues {
  const values = emptyOfferValues();
  for (const lang of CONTENT_LANGUAGES) {
    const t = content.translations[lang];
    values[`translations.${lang}.title`] = t?.title ?? '';
    values[`translations.${lang}.summary`] = t?.summary ?? '';
    values[`translations.${lang}.description`] = t?.description ?? '';
    values[`eligibility.otherConditions.${lang}`] =
      content.eligibility.otherConditions?.[lang] ?? '';
  }
  values.categoryCode = content.categoryCode;
  values.sectorCodes = [...content.sectorCodes];
  values.stageCodes = [...content.stageCodes];
  const e = content.eligibility;
  values['eligibility.residenceCountries'] = [...e.residenceCountries];
  values['eligibility.targetCountries'] = [...e.targetCountries];
  values['eligibility.diasporaOnly'] = e.diasporaOnly ? 'on' : '';
  values['eligibility.genderFocus'] = e.genderFocus;
  values['eligibility.ageMin'] = e.ageMin == null ? '' : String(e.ageMin);
  values['eligibility.ageMax'] = e.ageMax == null ? '' : String(e.ageMax);
  values.deliveryLanguages = [...content.deliveryLanguages];
  values.format = content.format;
  values['location.city'] = content.location?.city ?? '';
  values['location.countryCode'] = content.location?.countryCode ?? '';
  values['location.address'] = content.location?.address ?? '';
  values['cost.type'] = content.cost.type;
  values['cost.currency'] = content.cost.currency ?? '';
  values['cost.amountMinor'] = toMajor(content.cost.amountMinor, content.cost.currency);
  values['funding.currency'] = content.funding?.currency ?? '';
  values['funding.minMinor'] = toMajor(content.funding?.minMinor, content.funding?.currency);
  values['funding.maxMinor'] = toMajor(content.funding?.maxMinor, content.funding?.currency);
  values['dates.opensOn'] = content.dates.opensOn ?? '';
  values['dates.deadline'] = content.dates.deadline ?? '';
  values['dates.rolling'] = content.dates.rolling ? 'on' : '';
  values['dates.startsOn'] = content.dates.startsOn ?? '';
  values['dates.endsOn'] = content.dates.endsOn ?? '';
  values['apply.url'] = content.apply.url ?? '';
  values['apply.email'] = content.apply.email ?? '';
  values['contact.name'] = content.contact?.name ?? '';
  values['contact.email'] = content.contact?.email ?? '';
  values['contact.phone'] = content.contact?.phone ?? '';
  values.tags = content.tags.join(', ');
  return values;
}

/**
 * The API's offer body (OfferContentDto's shape) from the form: empty inputs are left
 * out, empty groups (location, funding, contact) become null, amounts go to minor units,
 * tags are split on commas (Latin or Arabic "،", what an Arabic keyboard types). Checked
 * afterwards with the API's DTO and content rules.
 */
export function offerBodyFromValues(v: OfferFormValues): Record<string, unknown> {
  const s = (name: string): string => {
    const value = v[name];
    return typeof value === 'string' ? value : '';
  };
  const opt = (name: string): string | undefined => s(name) || undefined;
  const orNull = (name: string): string | null => s(name) || null;
  const many = (name: string): string[] => {
    const value = v[name];
    return Array.isArray(value) ? value : [];
  };

  const translations: Record<string, Record<string, string>> = {};
  const otherConditions: Record<string, string> = {};
  for (const lang of CONTENT_LANGUAGES) {
    const entry: Record<string, string> = {};
    for (const part of ['title', 'summary', 'description']) {
      const value = s(`translations.${lang}.${part}`);
      if (value) entry[part] = value;
    }
    if (Object.keys(entry).length > 0) translations[lang] = entry;
    const condition = s(`eligibility.otherConditions.${lang}`);
    if (condition) otherConditions[lang] = condition;
  }

  const location =
    s('location.city') || s('location.countryCode') || s('location.address')
      ? {
          city: opt('location.city'),
          countryCode: opt('location.countryCode'),
          address: opt('location.address'),
        }
      : null;

  const costCurrency = orNull('cost.currency');
  const fundingCurrency = s('funding.currency');
  const funding =
    s('funding.minMinor') || s('funding.maxMinor') || fundingCurrency
      ? {
          minMinor: toMinor(s('funding.minMinor'), fundingCurrency),
          maxMinor: toMinor(s('funding.maxMinor'), fundingCurrency),
          currency: fundingCurrency,
        }
      : null;

  const contact =
    s('contact.name') || s('contact.email') || s('contact.phone')
      ? {
          name: orNull('contact.name'),
          email: orNull('contact.email'),
          phone: orNull('contact.phone'),
        }
      : null;

  return {
    translations,
    categoryCode: s('categoryCode'),
    sectorCodes: many('sectorCodes'),
    stageCodes: many('stageCodes'),
    eligibility: {
      residenceCountries: many('eligibility.residenceCountries'),
      targetCountries: many('eligibility.targetCountries'),
      diasporaOnly: s('eligibility.diasporaOnly') === 'on',
      genderFocus: s('eligibility.genderFocus'),
      ageMin: toNumber(s('eligibility.ageMin')),
      ageMax: toNumber(s('eligibility.ageMax')),
      ...(Object.keys(otherConditions).length > 0 ? { otherConditions } : {}),
    },
    deliveryLanguages: many('deliveryLanguages'),
    format: s('format'),
    location,
    cost: {
      type: s('cost.type'),
      amountMinor: toMinor(s('cost.amountMinor'), costCurrency ?? ''),
      currency: costCurrency,
    },
    funding,
    dates: {
      opensOn: orNull('dates.opensOn'),
      deadline: orNull('dates.deadline'),
      rolling: s('dates.rolling') === 'on',
      startsOn: orNull('dates.startsOn'),
      endsOn: orNull('dates.endsOn'),
    },
    apply: { url: orNull('apply.url'), email: orNull('apply.email') },
    contact,
    tags: [
      ...new Set(
        s('tags')
          .split(/[,،]/)
          .map((tag) => tag.trim())
          .filter(Boolean),
      ),
    ],
  };
}

/** "1 500,50" → 1500.5; empty → null; anything else NaN (the DTO reports it). */
function toNumber(raw: string): number | null {
  if (raw === '') return null;
  return Number(raw.replace(/\s/g, '').replace(',', '.'));
}

function digitsOf(currency: string | null | undefined): number {
  const code = (currency ?? '').trim().toUpperCase();
  return isCurrencyCode(code) ? minorUnits(code) : 0;
}

/** An amount typed in the currency's main unit, in minor units (cents; XOF has none). */
function toMinor(raw: string, currency: string): number | null {
  const value = toNumber(raw);
  if (value === null || Number.isNaN(value)) return value;
  return Math.round(value * 10 ** digitsOf(currency));
}

function toMajor(minor: number | null | undefined, currency: string | null | undefined): string {
  if (minor == null) return '';
  const digits = digitsOf(currency);
  if (digits === 0) return String(minor);
  return (minor / 10 ** digits).toFixed(digits).replace(/0+$/, '').replace(/\.$/, '');
}
