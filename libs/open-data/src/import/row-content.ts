import {
  countryCodeFromName,
  isCountryCode,
  isCurrencyCode,
  LANGUAGE_CODES,
  languageNames,
  minorUnits,
} from '@app/core';
import { foldLabel, type ColumnMapping, type ImportField } from './import-columns';
import type { ImportRow } from './read-import-file';

/** Taxonomy codes by code and by folded label in any of the four languages. */
export type TermLookup = Readonly<
  Record<'category' | 'sector' | 'stage', ReadonlyMap<string, string>>
>;

/** Why a row is refused, in the report: the column, the API field, the rule and its sentence. */
export interface RowReason {
  readonly column: string | null;
  readonly field: string;
  readonly rule: string;
  readonly message: string;
  readonly value?: string;
}

export interface RowContent {
  /** The row's id in its source: the external-id column, else its folded title. */
  readonly externalId: string;
  readonly title: string;
  /** The API's input shape, built from the cells; codes already matched from labels. */
  readonly plain: Record<string, unknown>;
  /** Problems found before the API's rules run: unsafe cells. */
  readonly reasons: RowReason[];
  /** The column each field came from, to name it in the reasons. */
  readonly columns: ReadonlyMap<ImportField, string>;
  /** The raw text of each mapped field. */
  readonly raw: ReadonlyMap<ImportField, string>;
}

const LANGUAGE_BY_NAME = new Map<string, string>();
for (const code of LANGUAGE_CODES) {
  LANGUAGE_BY_NAME.set(code, code);
  for (const name of Object.values(languageNames(code) ?? {})) {
    LANGUAGE_BY_NAME.set(foldLabel(name), code);
  }
}

/** Words for the fixed lists, French and English (folded). */
const FORMAT_WORDS: Record<string, string> = {
  'en ligne': 'online',
  online: 'online',
  distanciel: 'online',
  'a distance': 'online',
  remote: 'online',
  presentiel: 'in_person',
  'en presentiel': 'in_person',
  'in person': 'in_person',
  in_person: 'in_person',
  'on site': 'in_person',
  'sur place': 'in_person',
  hybride: 'hybrid',
  hybrid: 'hybrid',
  mixte: 'hybrid',
};
const COST_WORDS: Record<string, string> = {
  gratuit: 'free',
  gratuite: 'free',
  free: 'free',
  payant: 'paid',
  payante: 'paid',
  paid: 'paid',
  'sur dossier': 'on_application',
  'sur demande': 'on_application',
  'on application': 'on_application',
  on_application: 'on_application',
  'on request': 'on_application',
};
const GENDER_WORDS: Record<string, string> = {
  tous: 'any',
  toutes: 'any',
  'tout public': 'any',
  any: 'any',
  all: 'any',
  everyone: 'any',
  mixte: 'any',
  femmes: 'women',
  femme: 'women',
  women: 'women',
  woman: 'women',
  hommes: 'men',
  homme: 'men',
  men: 'men',
  man: 'men',
};
const TRUE_WORDS = new Set(['oui', 'yes', 'true', 'vrai', '1', 'x', 'o', 'y']);
const FALSE_WORDS = new Set(['non', 'no', 'false', 'faux', '0', 'n']);
const CURRENCY_SIGNS: Record<string, string> = {
  '€': 'EUR',
  $: 'USD',
  '£': 'GBP',
  fcfa: 'XOF',
  cfa: 'XOF',
};

/**
 * A cell a spreadsheet could run as a formula (CSV injection): starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return. A plain number or phone number (`+221 33 800 00 00`,
 * `-5`) is not refused: it cannot call anything.
 */
export function isInjection(text: string): boolean {
  if (/^[\t\r]/.test(text)) return true;
  const t = text.trimStart();
  return /^[=+\-@]/.test(t) && !/^[+-]?\d[\d\s().,-]*$/.test(t);
}

const split = (text: string) =>
  text
    .split(/[;|,\n]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');

function bool(text: string): boolean | string {
  const f = foldLabel(text);
  if (TRUE_WORDS.has(f)) return true;
  if (FALSE_WORDS.has(f)) return false;
  return text;
}

/** YYYY-MM-DD, or DD/MM/YYYY (also with - or .); anything else is passed on for the API to refuse. */
export function isoDate(text: string): string {
  const t = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (dmy) return `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
  const ymd = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(t);
  if (ymd) return `${ymd[1]}-${ymd[2]}-${ymd[3]}`;
  return t;
}

function integer(text: string): number | string {
  const t = text.trim();
  return /^\d{1,3}$/.test(t) ? Number(t) : t;
}

/** An amount as people write it ("1 500 000", "1.500,50 €", "15,000") in major units. */
export function parseAmount(text: string): { amount: number | null; currency: string | null } {
  let t = text.trim().replace(/\u00a0|\u202f/g, ' ');
  let currency: string | null = null;
  const code = /\b([A-Za-z]{3})\b/.exec(t);
  if (code && isCurrencyCode(code[1].toUpperCase())) currency = code[1].toUpperCase();
  for (const [sign, iso] of Object.entries(CURRENCY_SIGNS)) {
    if (t.toLowerCase().includes(sign)) currency ??= iso;
  }
  t = t.replace(/[^\d.,\s]/g, '').trim();
  if (!/\d/.test(t)) return { amount: null, currency };
  t = t.replace(/\s/g, '');
  const lastSep = Math.max(t.lastIndexOf(','), t.lastIndexOf('.'));
  if (lastSep >= 0 && t.length - lastSep - 1 !== 3) {
    t = t.slice(0, lastSep).replace(/[.,]/g, '') + '.' + t.slice(lastSep + 1);
  } else {
    t = t.replace(/[.,]/g, '');
  }
  const amount = Number(t);
  return { amount: Number.isFinite(amount) ? amount : null, currency };
}

function toMinor(amount: number, currency: string | null): number {
  const digits = currency && isCurrencyCode(currency) ? minorUnits(currency) : 2;
  return Math.round(amount * 10 ** digits);
}

function country(text: string): string {
  const upper = text.trim().toUpperCase();
  if (upper.length === 2 && isCountryCode(upper)) return upper;
  return countryCodeFromName(text) ?? text.trim();
}

function term(lookup: ReadonlyMap<string, string>, text: string): string {
  return lookup.get(text.trim()) ?? lookup.get(foldLabel(text)) ?? text.trim();
}

/**
 * Builds the API's input shape from one row: labels become codes ("Sénégal", "Senegal" and
 * "SN" are all `SN`; a category by its label in any language), French or English words for
 * the fixed lists, dates and amounts as people write them. A value that cannot be understood
 * is passed on unchanged, so the API's own rule refuses it with its own sentence.
 * Defaults for empty cells: online, free (paid when a price is given), anyone, not rolling.
 */
export function rowContent(
  headers: readonly string[],
  mapping: ColumnMapping,
  row: ImportRow,
  terms: TermLookup,
  defaultLanguage: 'fr' | 'en' | 'pt' | 'ar' = 'fr',
): RowContent {
  const reasons: RowReason[] = [];
  const raw = new Map<ImportField, string>();
  const columns = new Map<ImportField, string>();
  mapping.forEach((field, index) => {
    if (!field) return;
    const cell = row.cells[index] ?? { text: '' };
    const column = headers[index] || `#${index + 1}`;
    columns.set(field, column);
    if (cell.formula) {
      reasons.push({
        column,
        field,
        rule: 'formula',
        message: `The cell of column "${column}" holds a formula: formulas are never evaluated, type the value itself.`,
      });
      return;
    }
    if (isInjection(cell.text)) {
      reasons.push({
        column,
        field,
        rule: 'csvInjection',
        message: `The cell of column "${column}" starts with "=", "+", "-", "@", a tab or a carriage return, which a spreadsheet could run as a formula: remove that first character.`,
        value: cell.text.slice(0, 60),
      });
      return;
    }
    const text = cell.text.trim();
    if (text !== '') raw.set(field, text);
  });
  const get = (field: ImportField) => raw.get(field);

  const langText = get('language');
  const lang = langText ? (LANGUAGE_BY_NAME.get(foldLabel(langText)) ?? langText) : defaultLanguage;
  const translations: Record<string, Record<string, string>> = {};
  const put = (l: string, key: string, value: string | undefined) => {
    if (value === undefined) return;
    translations[l] = { ...translations[l], [key]: value };
  };
  for (const key of ['title', 'summary', 'description'] as const) {
    for (const l of ['fr', 'en', 'pt', 'ar'] as const) put(l, key, get(`${key}_${l}`));
    if (get(key) !== undefined) put(lang, key, get(key));
  }

  const listOf = (field: ImportField, each: (v: string) => string) =>
    get(field) ? split(get(field)!).map(each) : [];

  const { amount: minAmount, currency: minCurrency } = parseAmount(get('amountMin') ?? '');
  const { amount: maxAmount, currency: maxCurrency } = parseAmount(get('amountMax') ?? '');
  const { amount: price, currency: priceCurrency } = parseAmount(get('price') ?? '');
  const currencyText = get('currency');
  const currency = currencyText
    ? (CURRENCY_SIGNS[currencyText.toLowerCase()] ?? currencyText.toUpperCase())
    : (minCurrency ?? maxCurrency ?? priceCurrency);
  const costWord = get('costType');
  const costType = costWord
    ? (COST_WORDS[foldLabel(costWord)] ?? costWord)
    : price !== null && price > 0
      ? 'paid'
      : 'free';
  const formatWord = get('format');
  const deadline = get('deadline');
  const rollingText = get('rolling');

  const plain: Record<string, unknown> = {
    translations,
    categoryCode: get('category') ? term(terms.category, get('category')!) : '',
    sectorCodes: [...new Set(listOf('sectors', (v) => term(terms.sector, v)))],
    stageCodes: [...new Set(listOf('stages', (v) => term(terms.stage, v)))],
    eligibility: {
      residenceCountries: [...new Set(listOf('residenceCountries', country))],
      targetCountries: [...new Set(listOf('targetCountries', country))],
      diasporaOnly: get('diasporaOnly') ? bool(get('diasporaOnly')!) : false,
      genderFocus: get('genderFocus')
        ? (GENDER_WORDS[foldLabel(get('genderFocus')!)] ?? get('genderFocus'))
        : 'any',
      ...(get('ageMin') ? { ageMin: integer(get('ageMin')!) } : {}),
      ...(get('ageMax') ? { ageMax: integer(get('ageMax')!) } : {}),
      ...(get('otherConditions') ? { otherConditions: { [lang]: get('otherConditions') } } : {}),
    },
    deliveryLanguages: [
      ...new Set(listOf('deliveryLanguages', (v) => LANGUAGE_BY_NAME.get(foldLabel(v)) ?? v)),
    ],
    format: formatWord ? (FORMAT_WORDS[foldLabel(formatWord)] ?? formatWord) : 'online',
    cost: {
      type: costType,
      ...(price !== null && costType === 'paid'
        ? { amountMinor: toMinor(price, currency), currency }
        : {}),
    },
    dates: {
      rolling: rollingText ? bool(rollingText) : false,
      ...(get('opensOn') ? { opensOn: isoDate(get('opensOn')!) } : {}),
      ...(deadline ? { deadline: isoDate(deadline) } : {}),
      ...(get('startsOn') ? { startsOn: isoDate(get('startsOn')!) } : {}),
      ...(get('endsOn') ? { endsOn: isoDate(get('endsOn')!) } : {}),
    },
    apply: {
      ...(get('applyUrl') ? { url: get('applyUrl') } : {}),
      ...(get('applyEmail') ? { email: get('applyEmail') } : {}),
    },
    tags: [...new Set(listOf('tags', (v) => v))],
  };
  if (minAmount !== null || maxAmount !== null) {
    plain.funding = {
      ...(minAmount !== null ? { minMinor: toMinor(minAmount, currency) } : {}),
      ...(maxAmount !== null ? { maxMinor: toMinor(maxAmount, currency) } : {}),
      currency: currency ?? '',
    };
  }
  if (get('city') || get('locationCountry') || get('address')) {
    plain.location = {
      ...(get('city') ? { city: get('city') } : {}),
      ...(get('locationCountry') ? { countryCode: country(get('locationCountry')!) } : {}),
      ...(get('address') ? { address: get('address') } : {}),
    };
  } else if (formatWord && plain.format !== 'online') {
    // An in-person offer in one target country takes place there.
    const targets = (plain.eligibility as { targetCountries: string[] }).targetCountries;
    if (targets.length === 1) plain.location = { countryCode: targets[0] };
  }
  if (get('contactName') || get('contactEmail') || get('contactPhone')) {
    plain.contact = {
      ...(get('contactName') ? { name: get('contactName') } : {}),
      ...(get('contactEmail') ? { email: get('contactEmail') } : {}),
      ...(get('contactPhone') ? { phone: get('contactPhone') } : {}),
    };
  }
  const title =
    Object.values(translations)
      .map((t) => t.title)
      .find(Boolean) ?? '';
  const externalId = get('externalId') ?? foldLabel(title);
  return { externalId: externalId.slice(0, 200), title, plain, reasons, columns, raw };
}

/** The import field an API violation is about, to name its column. */
export function fieldOfViolation(path: string, lang: string): ImportField | null {
  const p = path.replace(/\.\d+$/, '');
  const table: Record<string, ImportField> = {
    categoryCode: 'category',
    sectorCodes: 'sectors',
    stageCodes: 'stages',
    'eligibility.residenceCountries': 'residenceCountries',
    'eligibility.targetCountries': 'targetCountries',
    'eligibility.diasporaOnly': 'diasporaOnly',
    'eligibility.genderFocus': 'genderFocus',
    'eligibility.ageMin': 'ageMin',
    'eligibility.ageMax': 'ageMax',
    deliveryLanguages: 'deliveryLanguages',
    format: 'format',
    'location.city': 'city',
    'location.countryCode': 'locationCountry',
    'location.address': 'address',
    'cost.type': 'costType',
    'cost.amountMinor': 'price',
    'cost.currency': 'currency',
    'funding.currency': 'currency',
    'funding.minMinor': 'amountMin',
    'funding.maxMinor': 'amountMax',
    funding: 'amountMax',
    'dates.opensOn': 'opensOn',
    'dates.deadline': 'deadline',
    'dates.rolling': 'rolling',
    'dates.startsOn': 'startsOn',
    'dates.endsOn': 'endsOn',
    apply: 'applyUrl',
    'apply.url': 'applyUrl',
    'apply.email': 'applyEmail',
    'contact.name': 'contactName',
    'contact.email': 'contactEmail',
    'contact.phone': 'contactPhone',
    tags: 'tags',
    translations: 'title',
  };
  if (table[p]) return table[p];
  const t = /^translations\.(fr|en|pt|ar)\.(title|summary|description)$/.exec(p);
  if (t) return (t[1] === lang ? t[2] : `${t[2]}_${t[1]}`) as ImportField;
  return null;
}
