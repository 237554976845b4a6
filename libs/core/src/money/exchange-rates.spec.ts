import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../config/app-config';
import { ExchangeRates, parseExchangeRates, readExchangeRates, roundEuros } from './exchange-rates';

const table = parseExchangeRates({
  date: '2026-12-01',
  source: 'test',
  rates: { XOF: 655.957, CVE: 110.265, MAD: 10.75, TND: 3.42, GNF: 10080 },
});

describe('euro equivalents', () => {
  const rates = new ExchangeRates(table);

  it('converts with the fixed pegs exactly, then rounds', () => {
    // 1 000 000 F CFA = 1 524.49 €
    expect(rates.toEuros(1_000_000, 'XOF')).toBe(1524);
    // 15 000 000 F CFA = 22 867.35 €: 4 significant digits
    expect(rates.toEuros(15_000_000, 'XOF')).toBe(22_870);
    // 110 265 escudos (11 026 500 centavos) = 1 000 €
    expect(rates.toEuros(11_026_500, 'CVE')).toBe(1000);
  });

  it('reads minor units per currency (2 for MAD, 3 for TND, 0 for GNF)', () => {
    expect(rates.toEuros(1_075_000, 'MAD')).toBe(1000);
    expect(rates.toEuros(3_420_000, 'TND')).toBe(1000);
    expect(rates.toEuros(100_800_000, 'GNF')).toBe(10_000);
  });

  it('has nothing to say for euros, unknown rates or unknown currencies', () => {
    expect(rates.toEuros(1000, 'EUR')).toBeUndefined();
    expect(rates.toEuros(1000, 'USD')).toBeUndefined();
    expect(rates.toEuros(1000, 'ZZZ')).toBeUndefined();
  });

  it('rounds to 4 significant digits, whole euros at least, cents under 10 €', () => {
    expect(roundEuros(0.152449)).toBe(0.15);
    expect(roundEuros(9.994)).toBe(9.99);
    expect(roundEuros(15.24)).toBe(15);
    expect(roundEuros(1524.49)).toBe(1524);
    expect(roundEuros(15_244.9)).toBe(15_240);
    expect(roundEuros(152_449)).toBe(152_400);
    expect(roundEuros(1_524_490)).toBe(1_524_000);
  });
});

describe('the rate file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rates-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('the shipped file is valid and pegs the CFA francs and the escudo exactly', () => {
    const shipped = readExchangeRates('config/exchange-rates.json');
    expect(shipped.rates).toMatchObject({ XOF: 655.957, XAF: 655.957, CVE: 110.265 });
    expect(shipped.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('names every problem of a bad file', () => {
    const bad = file('bad.json', JSON.stringify({ date: '1/12/2026', rates: { XOF: -1, EUR: 1 } }));
    expect(() => readExchangeRates(bad)).toThrow(
      `${bad}: "date" must be a day as YYYY-MM-DD; "source" must say where the rates come from; ` +
        'the rate of XOF must be a positive number; "EUR" is not a known currency other than EUR',
    );
    expect(() => readExchangeRates(file('broken.json', '{'))).toThrow('is not valid JSON');
    expect(() => readExchangeRates(join(dir, 'missing.json'))).toThrow('(ENOENT)');
  });

  it('a bad file is a configuration error at start', () => {
    expect(() => parseConfig({ EXCHANGE_RATES_FILE: join(dir, 'missing.json') })).toThrow(
      /EXCHANGE_RATES_FILE: cannot read .*missing\.json \(ENOENT\)/,
    );
    const good = file('good.json', JSON.stringify({ date: '2026-12-01', source: 's', rates: {} }));
    expect(parseConfig({ EXCHANGE_RATES_FILE: good }).EXCHANGE_RATES_FILE).toBe(good);
  });
});
