import { ExchangeRates, parseExchangeRates } from '@app/core';
import { commonMessages } from '../messages';
import { isolatingTranslator } from '../web/bidi';
import { translator } from '../web/i18n';
import { Formatter } from './format';

const rates = new ExchangeRates(
  parseExchangeRates({ date: '2026-12-01', source: 'test', rates: { XOF: 655.957, MAD: 10.75 } }),
);
/** Intl separates thousands with narrow or non-breaking spaces: compare with plain ones. */
const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');

describe('Formatter: euro equivalents', () => {
  const fr = new Formatter('fr', [], rates);
  const t = translator('fr', [commonMessages]);

  it('gives "≈ … €" for a range, a single amount, and the date of the rate', () => {
    const range = fr.euros(t, 1_000_000, 15_000_000, 'XOF');
    expect(plain(range?.text)).toBe('≈ 1 524 € – 22 870 €');
    expect(range?.note).toBe(
      'Équivalent approximatif en euros, au taux de change du 1 décembre 2026',
    );
    expect(plain(fr.euros(t, null, 1_075_000, 'MAD')?.text)).toBe('≈ 1 000 €');
    expect(plain(fr.euros(t, 1_000_000, 1_000_000, 'XOF')?.text)).toBe('≈ 1 524 €');
  });

  it('says nothing for euros, unknown rates, no amount or no rate table', () => {
    expect(fr.euros(t, 100_000, null, 'EUR')).toBeUndefined();
    expect(fr.euros(t, 100_000, null, 'USD')).toBeUndefined();
    expect(fr.euros(t, null, null, 'XOF')).toBeUndefined();
    expect(new Formatter('fr').euros(t, 1_000_000, null, 'XOF')).toBeUndefined();
  });

  it('writes the amount and the date the Arabic way on an Arabic page', () => {
    const ar = new Formatter('ar', [], rates);
    const equivalent = ar.euros(translator('ar', [commonMessages]), 1_000_000, null, 'XOF');
    expect(equivalent?.text).toContain(
      new Intl.NumberFormat('ar', {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      }).format(1524),
    );
    expect(equivalent?.note).toContain('سعر الصرف');
  });
});

describe('isolatingTranslator (it.tb in templates)', () => {
  const tb = isolatingTranslator(translator('fr', [commonMessages]));

  it('puts each quoted word in a <bdi> and escapes both the sentence and the words', () => {
    expect(tb('amount.range', { min: 'Kenya <2027>', max: 'منحة' })).toBe(
      'De <bdi>Kenya &lt;2027&gt;</bdi> à <bdi>منحة</bdi>',
    );
  });
});
