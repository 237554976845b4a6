import { describeSearch, mailLanguage, type TermLabeller } from './saved-search-description';
import { filtersOf, normalizeQuery } from './saved-search.types';

const LABELS: Record<string, { fr: string; en: string }> = {
  'category:grant': { fr: 'Subvention', en: 'Grant' },
  'category:loan': { fr: 'Prêt', en: 'Loan' },
  'sector:health': { fr: 'Santé', en: 'Health' },
  'stage:idea': { fr: 'Idée', en: 'Idea' },
};
const terms =
  (lang: 'fr' | 'en'): TermLabeller =>
  (vocabulary, code) =>
    LABELS[`${vocabulary}:${code}`]?.[lang] ?? code;

describe('a saved search in words', () => {
  it('names each filter and its values in the reader’s language', () => {
    const query = { categories: ['grant'], targetCountries: ['SN'] };
    expect(describeSearch(query, 'fr', terms('fr'))).toBe(
      'Catégorie : Subvention · Pays du projet : Sénégal',
    );
    expect(describeSearch(query, 'en', terms('en'))).toBe(
      'Category: Grant · Project country: Senegal',
    );
  });

  it('covers every filter, in a stable order', () => {
    const text = describeSearch(
      {
        q: 'agritech',
        categories: ['grant', 'loan'],
        sectors: ['health'],
        stages: ['idea'],
        targetCountries: ['CI', 'SN'],
        residenceCountries: ['FR'],
        deliveryLanguages: ['wo'],
        formats: ['online', 'in_person'],
        minAmountEur: 10_000,
        deadlineBefore: '2026-12-31',
        freeOnly: true,
        openNow: true,
        verifiedOnly: true,
        diasporaOnly: true,
      },
      'fr',
      terms('fr'),
    );
    expect(text.split(' · ')).toEqual([
      'Mots-clés : « agritech »',
      'Catégorie : Subvention, Prêt',
      'Secteur : Santé',
      'Stade du projet : Idée',
      "Pays du projet : Côte d'Ivoire, Sénégal",
      'Pays de résidence : France',
      'Langue : wolof',
      'Format : En ligne, En présentiel',
      expect.stringMatching(/^Montant : au moins 10\s000\s€$/u),
      'Date limite : au plus tard le 31 décembre 2026',
      'Gratuit uniquement',
      'Candidatures ouvertes',
      'Organisations vérifiées uniquement',
      'Réservé à la diaspora',
    ]);
    expect(describeSearch({ minAmountEur: 10_000 }, 'en', terms('en'))).toBe(
      'Amount: at least €10,000',
    );
    expect(describeSearch({ deadlineBefore: '2026-12-31' }, 'en', terms('en'))).toBe(
      'Deadline: by 31 December 2026',
    );
  });

  it('says "all offers" when nothing narrows the search, and shows unknown codes as they are', () => {
    expect(describeSearch({}, 'fr', terms('fr'))).toBe('Toutes les offres');
    expect(describeSearch({}, 'en', terms('en'))).toBe('All offers');
    expect(describeSearch({ sectors: ['retired_code'] }, 'en', terms('en'))).toBe(
      'Sector: retired_code',
    );
  });

  it('speaks the four languages, French for anything else', () => {
    expect(['fr', 'en', 'pt', 'ar', 'de', null].map(mailLanguage)).toEqual([
      'fr',
      'en',
      'pt',
      'ar',
      'fr',
      'fr',
    ]);
    expect(describeSearch({ targetCountries: ['SN'], freeOnly: true }, 'pt', terms('en'))).toBe(
      'País do projeto: Senegal · Apenas gratuitas',
    );
    expect(describeSearch({ targetCountries: ['SN'] }, 'ar', terms('en'))).toBe(
      'بلد المشروع: السنغال',
    );
  });
});

describe('normalizeQuery', () => {
  it('keeps only what narrows the search, without duplicates, and never a publication bound', () => {
    const query = normalizeQuery({
      q: '  énergie ',
      categories: ['grant', 'grant'],
      sectors: [],
      freeOnly: false,
      openNow: true,
      minAmountEur: 0,
      publishedAfterTs: 5,
    } as Parameters<typeof normalizeQuery>[0]);
    expect(query).toEqual({ q: 'énergie', categories: ['grant'], openNow: true, minAmountEur: 0 });
    expect(filtersOf(query)).toEqual({ categories: ['grant'], openNow: true, minAmountEur: 0 });
    expect(normalizeQuery({ q: '   ' })).toEqual({});
  });
});
