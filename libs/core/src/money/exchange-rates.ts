import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isCurrencyCode, minorUnits } from '../reference/currencies';

/** Units of each currency per euro on one day (`config/exchange-rates.json`). */
export interface ExchangeRateTable {
  /** `YYYY-MM-DD`, shown beside every equivalent ("taux du 1 décembre 2026"). */
  readonly date: string;
  readonly source: string;
  readonly rates: Readonly<Record<string, number>>;
}

/** Why a rate file cannot be used, in one sentence for the config error. */
export class ExchangeRatesFileError extends Error {}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a parsed rate file; every problem found is named, not only the first. */
export function parseExchangeRates(json: unknown): ExchangeRateTable {
  const problems: string[] = [];
  const o = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const date = o.date;
  if (typeof date !== 'string' || !DAY.test(date) || Number.isNaN(Date.parse(date)))
    problems.push('"date" must be a day as YYYY-MM-DD');
  if (typeof o.source !== 'string' || o.source.trim() === '')
    problems.push('"source" must say where the rates come from');
  const rates = o.rates;
  if (typeof rates !== 'object' || rates === null || Array.isArray(rates)) {
    problems.push('"rates" must map currency codes to units per euro');
  } else {
    for (const [code, rate] of Object.entries(rates)) {
      if (!isCurrencyCode(code) || code === 'EUR')
        problems.push(`"${code}" is not a known currency other than EUR`);
      else if (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0)
        problems.push(`the rate of ${code} must be a positive number`);
    }
  }
  if (problems.length > 0) throw new ExchangeRatesFileError(problems.join('; '));
  return { date: date as string, source: o.source as string, rates: { ...(rates as object) } };
}

/** Reads and checks the rate file (relative paths from the working directory). */
export function readExchangeRates(path: string): ExchangeRateTable {
  let text: string;
  try {
    text = readFileSync(resolve(path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ExchangeRatesFileError(`cannot read ${path} (${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ExchangeRatesFileError(`${path} is not valid JSON`);
  }
  try {
    return parseExchangeRates(json);
  } catch (error) {
    throw new ExchangeRatesFileError(`${path}: ${(error as Error).message}`);
  }
}

/**
 * An approximate euro amount: 4 significant digits (a floating rate is not more precise than
 * that), never finer than a euro, except under 10 € where cents still matter.
 */
export function roundEuros(value: number): number {
  if (value < 10) return Math.round(value * 100) / 100;
  const step = Math.max(1, 10 ** (Math.floor(Math.log10(value)) - 3));
  return Math.round(value / step) * step;
}

/** Euro equivalents of amounts in other currencies, from one dated rate table. */
export class ExchangeRates {
  constructor(readonly table: ExchangeRateTable) {}

  /** The amount (minor units of `currency`) in euros, rounded; undefined for euros or no rate. */
  toEuros(amountMinor: number, currency: string): number | undefined {
    const rate = this.table.rates[currency];
    if (currency === 'EUR' || rate === undefined || !isCurrencyCode(currency)) return undefined;
    return roundEuros(amountMinor / 10 ** minorUnits(currency) / rate);
  }
}
