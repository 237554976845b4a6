import type { FacetName } from '../engine/search-engine';
import {
  facetCounts,
  facetsAreExact,
  freshnessOf,
  highlightHtml,
  MARK_END,
  MARK_START,
  matchedLanguage,
  matchFieldOf,
  matchReasons,
  rankingExplanation,
  toIndexedDocument,
  toSearchDocument,
  toSearchHit,
} from './meilisearch.mapper';
import { MAX_VALUES_PER_FACET } from './meilisearch.settings';
import { makeDocument } from './testing/search-document.factory';

const marked = (text: string) => `${MARK_START}${text}${MARK_END}`;

describe('Meilisearch response mapping', () => {
  it('escapes the text and turns only the markers into <mark>', () => {
    expect(highlightHtml(`<script>x</script> & ${marked('fonds')} "x" 'y'`)).toBe(
      `&lt;script&gt;x&lt;/script&gt; &amp; <mark>fonds</mark> &quot;x&quot; &#39;y&#39;`,
    );
    expect(highlightHtml('<mark>not ours</mark>')).toBe('&lt;mark&gt;not ours&lt;/mark&gt;');
    expect(highlightHtml(`${MARK_START}open`)).toBe('<mark>open</mark>');
    expect(highlightHtml(`stray${MARK_END} end`)).toBe('stray end');
  });

  describe('matched language', () => {
    const document = makeDocument(1, { languages: ['fr', 'en', 'pt'], title_pt: 'Oferta 1' });

    it('prefers the reader’s language when it matched', () => {
      const formatted = {
        title_fr: marked('Offre'),
        title_en: `${marked('Offer')} ${marked('1')}`,
      };
      expect(matchedLanguage(document, formatted, 'fr')).toBe('fr');
    });

    it('else the language with most matches', () => {
      const formatted = { summary_en: marked('offer'), title_pt: `${marked('a')} ${marked('b')}` };
      expect(matchedLanguage(document, formatted, 'ar')).toBe('pt');
    });

    it('without any match, the reader’s language if the offer has it, else its first', () => {
      expect(matchedLanguage(document, {}, 'en')).toBe('en');
      expect(matchedLanguage(document, {}, 'ar')).toBe('fr');
    });
  });

  it('maps a hit to the stored document, its highlight and profile fit', () => {
    const document = makeDocument(7, { title_en: 'Seed <b>fund</b>' });
    const hit = toSearchHit(
      {
        ...document,
        _formatted: { ...document, title_en: `Seed <b>${marked('fund')}</b>` },
        _rankingScore: 0.9,
        _federation: { queriesPosition: 0 },
      },
      'fr',
      true,
    );
    expect(hit.document).toEqual(document);
    expect(hit.matchedLanguage).toBe('en');
    expect(hit.highlight).toEqual({
      title: 'Seed &lt;b&gt;<mark>fund</mark>&lt;/b&gt;',
      summary: 'Summary of offer 7',
    });
    expect(hit.profileMatch).toBe(true);
  });

  it('gives every facet a count table, from the query that left its filter out', () => {
    const counts = facetCounts(
      new Map<FacetName, Record<string, Record<string, number>>>([
        ['category', { categoryCodes: { grant: 2 }, format: { online: 99 } }],
        ['format', { format: { online: 1 } }],
      ]),
    );
    expect(counts).toEqual({
      category: { grant: 2 },
      sector: {},
      stage: {},
      targetCountry: {},
      residenceCountry: {},
      deliveryLanguage: {},
      format: { online: 1 },
    });
  });

  describe('the stored document', () => {
    it('adds freshness (last verification, else publication) and takes it off again', () => {
      const verified = makeDocument(3, { lastVerifiedAt: '2025-03-01T12:00:00.000Z' });
      const never = makeDocument(4, { publishedTs: 1_700_000_000 });
      expect(freshnessOf(verified)).toBe(Date.UTC(2025, 2, 1, 12) / 1000);
      expect(freshnessOf(never)).toBe(1_700_000_000);
      expect(toIndexedDocument(verified)).toEqual({
        ...verified,
        freshnessTs: Date.UTC(2025, 2, 1, 12) / 1000,
      });
      // The fingerprint stays the SearchDocument's: reconciliation compares it with the database.
      expect(toSearchDocument({ ...toIndexedDocument(never), _rankingScore: 1 })).toEqual(never);
    });
  });

  describe('why a hit matched', () => {
    const document = makeDocument(5, {
      categoryCodes: ['grant', 'financing'],
      categoryLabels: [
        'Subvention',
        'Grant',
        'Subvenção',
        'منحة',
        'Financement',
        'Financing',
        'Financiamento',
        'تمويل',
      ],
      sectorCodes: ['agriculture'],
      sectorLabels: ['Agriculture'],
      residenceCountries: ['FR'],
      targetCountries: ['SN', 'CI'],
      countryNames: [
        'France',
        'Sénégal',
        'Senegal',
        'السنغال',
        "Côte d'Ivoire",
        'Ivory Coast',
        'ساحل العاج',
      ],
    });
    const at = (start: number, length: number, index?: number) => ({
      start,
      length,
      ...(index === undefined ? {} : { indices: [index] }),
    });

    it('maps Meilisearch attributes to the port’s fields, and nothing else', () => {
      expect(['title_fr', 'title_ar', 'summary_pt', 'description_en'].map(matchFieldOf)).toEqual([
        'title',
        'title',
        'summary',
        'description',
      ]);
      expect(
        ['organisationName', 'categoryLabels', 'sectorLabels', 'stageLabels'].map(matchFieldOf),
      ).toEqual(['organisation', 'category', 'sector', 'stage']);
      expect(['countryNames', 'tags'].map(matchFieldOf)).toEqual(['country', 'tags']);
      for (const other of ['slug', 'title_de', 'format', 'categoryCodes', 'constructor', 'title']) {
        expect(matchFieldOf(other)).toBeUndefined();
      }
    });

    it('lists each field once, best first, whatever order Meilisearch reports them in', () => {
      const reasons = matchReasons(
        {
          description_fr: [at(0, 5)],
          tags: [at(0, 3, 0)],
          summary_en: [at(3, 4)],
          slug: [at(0, 5)],
          title_en: [at(0, 4)],
          organisationName: [at(0, 4)],
          title_fr: [at(6, 4), at(12, 2)],
          stageLabels: [],
        },
        document,
      );
      expect(reasons).toEqual([
        { field: 'title' },
        { field: 'organisation' },
        { field: 'summary' },
        { field: 'description' },
        { field: 'tags' },
      ]);
      expect(matchReasons(undefined, document)).toEqual([]);
      expect(matchReasons(null, document)).toEqual([]);
    });

    it('names the category whose label matched (labels split evenly between the codes)', () => {
      expect(matchReasons({ categoryLabels: [at(0, 6, 5)] }, document)).toEqual([
        { field: 'category', codes: ['financing'] },
      ]);
      expect(matchReasons({ categoryLabels: [at(0, 4, 3), at(0, 9, 4)] }, document)).toEqual([
        { field: 'category', codes: ['grant', 'financing'] },
      ]);
      // One code: no doubt. Several and no element index: the codes are left out.
      expect(matchReasons({ sectorLabels: [at(0, 5)] }, document)).toEqual([
        { field: 'sector', codes: ['agriculture'] },
      ]);
      expect(matchReasons({ categoryLabels: [at(0, 5)] }, document)).toEqual([
        { field: 'category' },
      ]);
    });

    it('names the countries (ISO codes) whose name matched', () => {
      expect(matchReasons({ countryNames: [at(0, 5, 5)] }, document)).toEqual([
        { field: 'country', codes: ['CI'] },
      ]);
      expect(matchReasons({ countryNames: [at(0, 7, 2), at(0, 6, 0)] }, document)).toEqual([
        { field: 'country', codes: ['FR', 'SN'] },
      ]);
      expect(matchReasons({ countryNames: [at(0, 7, 99)] }, document)).toEqual([
        { field: 'country' },
      ]);
      const oneCountry = makeDocument(6, { residenceCountries: [], targetCountries: ['SN'] });
      expect(matchReasons({ countryNames: [at(0, 7)] }, oneCountry)).toEqual([
        { field: 'country', codes: ['SN'] },
      ]);
    });
  });

  describe('why a hit ranks where it does', () => {
    const document = makeDocument(8, { qualityScore: 72, publishedTs: 1_720_000_000 });

    it('maps the score details onto the port’s buckets (lower is better for text rules)', () => {
      const ranking = rankingExplanation(
        {
          words: { order: 0, matchingWords: 2, maxMatchingWords: 3, score: 0.66 },
          typo: { order: 1, typoCount: 1, maxTypoCount: 4, score: 0.8 },
          proximity: { order: 2, score: 0.75 },
          attributeRank: { order: 3, score: 0.9412 },
          exactness: { order: 4, matchType: 'noExactMatch', score: 0.5 },
          'qualityScore:desc': { order: 5, value: 72 },
        },
        document,
        true,
      );
      expect(ranking).toEqual({
        words: 2,
        typo: 1,
        proximity: 0.25,
        attribute: 0.0588,
        exactness: 0.5,
        fit: 1,
        quality: 72,
        freshness: 1_720_000_000,
      });
    });

    it('reads the legacy `attribute` rule too, and ties the text rules without a query', () => {
      expect(
        rankingExplanation({ attribute: { order: 0, score: 1 } }, document, false).attribute,
      ).toBe(0);
      expect(rankingExplanation(undefined, document, false)).toEqual({
        words: 0,
        typo: 0,
        proximity: 0,
        attribute: 0,
        exactness: 0,
        fit: 0,
        quality: 72,
        freshness: 1_720_000_000,
      });
    });

    it('is attached to a hit only when asked for', () => {
      const raw = {
        ...toIndexedDocument(document),
        _matchesPosition: { title_en: [{ start: 0, length: 5 }] },
        _rankingScoreDetails: { words: { order: 0, matchingWords: 1, maxMatchingWords: 1 } },
      };
      const plain = toSearchHit(raw, 'en', false);
      expect(plain.matches).toEqual([{ field: 'title' }]);
      expect(plain).not.toHaveProperty('ranking');
      expect(plain.document).toEqual(document);
      expect(toSearchHit(raw, 'en', false, true).ranking).toMatchObject({ words: 1, fit: 0 });
    });
  });

  it('calls facet counts exact only when counted exhaustively and not cut at the cap', () => {
    const full = Object.fromEntries(
      Array.from({ length: MAX_VALUES_PER_FACET }, (_, i) => [`v${i}`, 1]),
    );
    const sources = new Map<FacetName, Record<string, Record<string, number>>>([
      ['category', { categoryCodes: { grant: 2 } }],
    ]);
    expect(facetsAreExact(sources, true)).toBe(true);
    expect(facetsAreExact(sources, false)).toBe(false);
    sources.set('targetCountry', { targetCountries: full });
    expect(facetsAreExact(sources, true)).toBe(false);
  });
});
