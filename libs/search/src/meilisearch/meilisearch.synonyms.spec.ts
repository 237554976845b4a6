import { allCountryNames } from '@app/core';
import {
  buildSynonyms,
  MAX_CITIES_PER_ENTRY,
  MAX_SYNONYM_WORDS,
  MAX_SYNONYMS_PER_WORD,
} from './meilisearch.synonyms';

describe('Meilisearch synonyms from the platform vocabulary', () => {
  const financing = {
    code: 'category:financing',
    names: ['Financement', 'Financing', 'Financiamento', 'تمويل'],
  };
  const senegal = {
    code: 'country:SN',
    names: [...allCountryNames('SN')],
    cities: ['Dakar', 'Thiès'],
  };

  it('makes the names of one entry mutually synonymous, lower-cased, accents kept', () => {
    const synonyms = buildSynonyms([financing]);
    expect(synonyms).toEqual({
      financement: ['financing', 'financiamento', 'تمويل'],
      financing: ['financement', 'financiamento', 'تمويل'],
      financiamento: ['financement', 'financing', 'تمويل'],
      تمويل: ['financement', 'financing', 'financiamento'],
    });
  });

  it('also knows an Arabic name without its article, as readers type it', () => {
    const synonyms = buildSynonyms([
      { code: 'category:financing', names: ['Financement', 'التمويل'] },
      { code: 'country:DZ', names: ['Algérie', 'الجزائر'] },
      { code: 'x', names: ['ال', 'الم'] },
    ]);
    expect(synonyms['تمويل']).toEqual(['financement', 'التمويل']);
    expect(synonyms['التمويل']).toEqual(['financement', 'تمويل']);
    expect(synonyms.financement).toEqual(['التمويل', 'تمويل']);
    expect(synonyms['جزائر']).toEqual(['algérie', 'الجزائر']);
    // Too short to be a word after the article: left as it is.
    expect(synonyms['ال']).toEqual(['الم']);
  });

  it('maps a country’s names one way to its cities, and each city one way to the names', () => {
    const synonyms = buildSynonyms([senegal]);
    expect(synonyms['sénégal']).toEqual(['senegal', 'السنغال', 'سنغال', 'dakar', 'thiès']);
    expect(synonyms.senegal).toEqual(['sénégal', 'السنغال', 'سنغال', 'dakar', 'thiès']);
    expect(synonyms.dakar).toEqual(['sénégal', 'senegal', 'السنغال', 'سنغال']);
    // Cities are not synonyms of each other: Dakar does not find Thiès.
    expect(synonyms.dakar).not.toContain('thiès');
    expect(synonyms['thiès']).toEqual(['sénégal', 'senegal', 'السنغال', 'سنغال']);
  });

  it('keeps multi-word names whole and tidies whitespace and Unicode composition', () => {
    const synonyms = buildSynonyms([
      {
        code: 'country:CI',
        names: ["Côte d'Ivoire", '  Ivory   Coast ', 'Co\u0302te d’Ivoire', 'IVORY COAST'],
      },
    ]);
    expect(synonyms['ivory coast']).toEqual(["côte d'ivoire", 'côte d’ivoire']);
    expect(synonyms["côte d'ivoire"]).toEqual(['ivory coast', 'côte d’ivoire']);
    expect(Object.keys(synonyms)).toHaveLength(3);
  });

  it('joins the names of every entry a shared name belongs to', () => {
    const synonyms = buildSynonyms([
      { code: 'country:CG', names: ['Congo', 'Congo-Brazzaville'] },
      { code: 'country:CD', names: ['Congo', 'RDC'] },
    ]);
    expect(synonyms.congo).toEqual(['congo-brazzaville', 'rdc']);
    expect(synonyms.rdc).toEqual(['congo']);
    expect(synonyms['congo-brazzaville']).toEqual(['congo']);
  });

  it('drops empty and sentence-long names, entries without names, and a city named like its country', () => {
    const synonyms = buildSynonyms([
      { code: 'x', names: [] },
      { code: 'y', names: ['   ', 'a'.repeat(81), 'Only'] },
      { code: 'country:DJ', names: ['Djibouti', 'جيبوتي'], cities: ['Djibouti', 'Tadjourah'] },
    ]);
    expect(synonyms).toEqual({
      djibouti: ['جيبوتي', 'tadjourah'],
      جيبوتي: ['djibouti', 'tadjourah'],
      tadjourah: ['djibouti', 'جيبوتي'],
    });
  });

  it('caps cities per country, synonyms per word and the number of words', () => {
    const cities = Array.from({ length: 30 }, (_, i) => `City ${i}`);
    const one = buildSynonyms([{ code: 'country:NG', names: ['Nigeria', 'Nigéria'], cities }]);
    expect(one.nigeria).toHaveLength(1 + MAX_CITIES_PER_ENTRY);
    expect(Object.keys(one)).toHaveLength(2 + MAX_CITIES_PER_ENTRY);

    const names = Array.from({ length: 20 }, (_, i) => `name ${i}`);
    const crowded = buildSynonyms([
      { code: 'a', names, cities: cities.slice(0, 10) },
      { code: 'b', names: ['name 0', ...names.map((n) => `${n} bis`)] },
    ]);
    expect(crowded['name 0'].length).toBe(MAX_SYNONYMS_PER_WORD);
    // Names come before cities, so the cap drops cities first.
    expect(crowded['name 0'].slice(0, 19)).toEqual(names.slice(1));

    const many = Array.from({ length: MAX_SYNONYM_WORDS / 2 + 10 }, (_, i) => ({
      code: `c${i}`,
      names: [`w${i}a`, `w${i}b`],
    }));
    expect(Object.keys(buildSynonyms(many))).toHaveLength(MAX_SYNONYM_WORDS);
  });

  it('is deterministic: words sorted, whatever the entry order', () => {
    const a = buildSynonyms([senegal, financing]);
    const b = buildSynonyms([financing, senegal]);
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect(Object.keys(a)).toEqual([...Object.keys(a)].sort());
    expect(a).toEqual(b);
  });
});
