import type { FacetName } from '../engine/search-engine';
import {
  facetCounts,
  highlightHtml,
  MARK_END,
  MARK_START,
  matchedLanguage,
  toSearchHit,
} from './meilisearch.mapper';
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
});
