import type { LabelLanguage } from './label-language';

/**
 * ISO 4217 currencies offers may state amounts in, with their minor-unit digits as ISO 4217
 * lists them (amounts are stored as integers in minor units: 1 500 XOF is 1500, 12.50 EUR
 * is 1250). Note ISO gives MGA and SOS 2 digits although their coins are rarely used.
 */
const MINOR_UNITS: Readonly<Record<string, number>> = {
  // Europe and international
  EUR: 2,
  USD: 2,
  GBP: 2,
  CHF: 2,
  CAD: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  // CFA francs (WAEMU and CEMAC) and the other African currencies
  XOF: 0,
  XAF: 0,
  MAD: 2,
  DZD: 2,
  TND: 3,
  LYD: 3,
  EGP: 2,
  MRU: 2,
  CVE: 2,
  GMD: 2,
  GNF: 0,
  SLE: 2,
  LRD: 2,
  GHS: 2,
  NGN: 2,
  CDF: 2,
  AOA: 2,
  STN: 2,
  RWF: 0,
  BIF: 0,
  KES: 2,
  UGX: 0,
  TZS: 2,
  ETB: 2,
  ERN: 2,
  DJF: 0,
  SOS: 2,
  SDG: 2,
  SSP: 2,
  MGA: 2,
  MUR: 2,
  SCR: 2,
  KMF: 0,
  MZN: 2,
  MWK: 2,
  ZMW: 2,
  ZWG: 2,
  BWP: 2,
  NAD: 2,
  ZAR: 2,
  LSL: 2,
  SZL: 2,
};

/** The supported ISO 4217 codes, upper case. */
export const CURRENCY_CODES: readonly string[] = Object.freeze(Object.keys(MINOR_UNITS));

/** True for a supported ISO 4217 code written in upper case (`XOF`, not `xof`). */
export function isCurrencyCode(code: unknown): code is string {
  return typeof code === 'string' && Object.hasOwn(MINOR_UNITS, code);
}

/**
 * Digits after the decimal point of the currency's minor unit (EUR 2, XOF 0, TND 3).
 * Throws for an unsupported code: a wrong guess would scale amounts by 100.
 */
export function minorUnits(code: string): number {
  if (!isCurrencyCode(code)) throw new RangeError(`Unsupported currency code: ${code}`);
  return MINOR_UNITS[code];
}

const displayNames = new Map<LabelLanguage, Intl.DisplayNames>();

/** The currency's name in a label language (from the runtime's CLDR data), or its code. */
export function currencyName(code: string, lang: LabelLanguage): string {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'currency', fallback: 'code' });
    displayNames.set(lang, names);
  }
  return names.of(code) ?? code;
}
