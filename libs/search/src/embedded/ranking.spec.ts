import { RoaringBitmap32 } from 'roaring';
import { makeDocument } from '../meilisearch/testing/search-document.factory';
import type { SearchDocument } from '../search-document';
import { PlatformVocabulary } from '../vocabulary/platform-vocabulary';
import { InvertedIndex, SEPARATOR } from './inverted-index';
import { planQuery, PrefixFinder } from './query-plan';
import { FAR, PARTIAL_MATCH_BELOW, proximity, rank, smallest } from './ranking';

// Countries only (no city list to load), built once. Query words below are invented, so no
// place or label of the vocabulary gets in the way.
const vocabulary = new PlatformVocabulary([], []);

/** A document with only the given texts (French), numbered `n` (its slug is `d<n>`). */
function doc(n: number, texts: Partial<SearchDocument> = {}): SearchDocument {
  return makeDocument(n, {
    slug: `d${n}`,
    organisationName: '',
    categoryCodes: [],
    categoryLabels: [],
    sectorCodes: [],
    sectorLabels: [],
    stageCodes: [],
    stageLabels: [],
    residenceCountries: [],
    targetCountries: [],
    countryNames: [],
    title_fr: null,
    summary_fr: null,
    title_en: null,
    summary_en: null,
    ...texts,
  });
}

interface Ranked {
  order: string[];
  universe: string[];
  explain: (slug: string) => unknown;
}

/**
 * The ranking of `docs` for `q`. The static order (quality → freshness → id in the engine)
 * is the reverse of the documents' order here, unless `staticOrder` says otherwise, so a
 * later document wins every tie the text leaves.
 */
function ranked(
  docs: readonly SearchDocument[],
  q: string,
  options: {
    fit?: number[];
    need?: number;
    staticOrder?: 'reverse' | 'given';
    vocabulary?: PlatformVocabulary;
  } = {},
): Ranked {
  const { vocabulary: words = vocabulary } = options;
  const index = new InvertedIndex(words);
  for (const d of docs) index.add(d);
  index.flush();
  const slots = q ? planQuery(q, index, words, 'fr', new PrefixFinder(index)) : [];
  const staticRank = new Uint32Array(index.capacity);
  for (let n = 0; n < docs.length; n++)
    staticRank[n] = options.staticOrder === 'given' ? n : docs.length - 1 - n;
  const number = (i: number) => index.byUuid.get(docs.find((d) => d.slug === `d${i}`)!.id)!;
  const fit = options.fit && new RoaringBitmap32(options.fit.map(number));
  const result = rank(index, {
    slots,
    filter: index.alive,
    fit,
    need: options.need ?? 100,
    staticRank,
  });
  const slug = (n: number) => index.slug[n];
  return {
    order: result.ordered.map(slug),
    universe: [...result.universe].map(slug).sort(),
    explain: (s) => result.explain.get(number(Number(s.slice(1)))),
  };
}

const title = (n: number, text: string) => doc(n, { title_fr: text });

describe('ranking rules, one after the other', () => {
  it('words: every query word first, then the first words only; never the later ones alone', () => {
    const r = ranked(
      [title(1, 'zorglub'), title(2, 'zorglub quaxel'), title(3, 'quaxel')],
      'zorglub quaxel',
    );
    expect(r.order).toEqual(['d2', 'd1']);
    expect(r.universe).toEqual(['d1', 'd2']);
    expect(r.explain('d2')).toMatchObject({ words: 2 });
    expect(r.explain('d1')).toMatchObject({ words: 1 });
  });

  it(`words: fewer words complete the results only while under ${PARTIAL_MATCH_BELOW} offers match them all`, () => {
    const full = (count: number) =>
      Array.from({ length: count }, (_, i) => title(i + 2, 'zorglub quaxel'));
    const under = ranked([title(1, 'zorglub'), ...full(PARTIAL_MATCH_BELOW - 1)], 'zorglub quaxel');
    expect(under.universe).toContain('d1');
    expect(under.order.at(-1)).toBe('d1');
    const enough = ranked([title(1, 'zorglub'), ...full(PARTIAL_MATCH_BELOW)], 'zorglub quaxel');
    expect(enough.universe).not.toContain('d1');
    expect(enough.universe).toHaveLength(PARTIAL_MATCH_BELOW);
  });

  it('words: with three words, two then one complete the results in that order', () => {
    const r = ranked(
      [title(1, 'zorglub'), title(2, 'zorglub quaxel'), title(3, 'zorglub quaxel frimbo')],
      'zorglub quaxel frimbo',
    );
    expect(r.order).toEqual(['d3', 'd2', 'd1']);
  });

  it('typo: the exact spelling before a corrected one', () => {
    const one = ranked([title(1, 'zorglub'), title(2, 'zorglob')], 'zorglub');
    expect(one.order).toEqual(['d1', 'd2']);
    expect(one.explain('d2')).toMatchObject({ typo: 1 });
    const two = ranked(
      [title(1, 'zorglub quaxel'), title(2, 'zorglob quaxel'), title(3, 'zorglub quaxel')],
      'zorglub quaxel',
    );
    expect(two.order).toEqual(['d3', 'd1', 'd2']);
    expect(two.explain('d2')).toMatchObject({ typo: 1, words: 2 });
  });

  it('proximity: words side by side, then reversed (one more), then apart', () => {
    const r = ranked(
      [
        title(1, 'zorglub alpha beta gamma delta quaxel'),
        title(2, 'quaxel zorglub'),
        title(3, 'zorglub quaxel'),
        doc(4, { title_fr: 'zorglub', summary_fr: 'quaxel' }),
      ],
      'zorglub quaxel',
      { staticOrder: 'given' },
    );
    expect(r.order).toEqual(['d3', 'd2', 'd1', 'd4']);
    expect(r.explain('d3')).toMatchObject({ proximity: 1 });
    expect(r.explain('d2')).toMatchObject({ proximity: 2 });
    expect(r.explain('d1')).toMatchObject({ proximity: 5 });
    expect(r.explain('d4')).toMatchObject({ proximity: FAR });
  });

  it('attribute: title, then organisation, then summary, then description', () => {
    const docs = [
      doc(1, { description_fr: 'zorglub' }),
      doc(2, { summary_fr: 'zorglub' }),
      doc(3, { organisationName: 'Zorglub' }),
      doc(4, { title_fr: 'zorglub' }),
    ];
    const one = ranked(docs, 'zorglub', { staticOrder: 'given' });
    expect(one.order).toEqual(['d4', 'd3', 'd2', 'd1']);
    expect(one.explain('d1')).toMatchObject({ attribute: 3 });
    expect(one.explain('d2')).toMatchObject({ attribute: 2 });
    expect(one.explain('d3')).toMatchObject({ attribute: 1 });
    const two = ranked(
      [
        doc(1, { summary_fr: 'zorglub quaxel' }),
        doc(2, { title_fr: 'zorglub', summary_fr: 'quaxel' }),
        doc(3, { title_fr: 'zorglub quaxel' }),
        doc(4, { description_fr: 'zorglub quaxel' }),
      ],
      'zorglub quaxel',
      { staticOrder: 'given' },
    );
    expect(two.order).toEqual(['d3', 'd1', 'd4', 'd2']);
    expect(two.explain('d1')).toMatchObject({ attribute: 4, proximity: 1 });
  });

  it('exactness: the word itself, then a longer word it starts, then a word of the same stem', () => {
    const docs = [title(1, 'zorglubs'), title(2, 'zorglubien'), title(3, 'zorglub')];
    const typing = ranked(docs, 'zorglub', { staticOrder: 'given' });
    expect(typing.order).toEqual(['d3', 'd1', 'd2']);
    expect(typing.explain('d3')).toMatchObject({ exactness: 0 });
    expect(typing.explain('d2')).toMatchObject({ exactness: 2 });
    // Punctuation ends the word: no prefix, so "zorglubs" only shares the stem.
    const typed = ranked(docs, 'zorglub.', { staticOrder: 'given' });
    expect(typed.order).toEqual(['d3', 'd1']);
    expect(typed.explain('d1')).toMatchObject({ exactness: 3 });
  });

  it('exactness with several words: summed over the words', () => {
    const r = ranked(
      [title(1, 'zorglubs quaxels'), title(2, 'zorglubs quaxel'), title(3, 'zorglub quaxel')],
      'zorglub quaxel.',
      { staticOrder: 'given' },
    );
    expect(r.order).toEqual(['d3', 'd2', 'd1']);
    expect(r.explain('d1')).toMatchObject({ exactness: 6 });
    expect(r.explain('d2')).toMatchObject({ exactness: 3 });
  });

  it('fit: among offers the text cannot tell apart, those fitting the profile first', () => {
    const docs = [title(1, 'zorglub'), title(2, 'zorglub'), title(3, 'zorglub quaxel')];
    expect(ranked(docs, 'zorglub', { staticOrder: 'given' }).order).toEqual(['d1', 'd2', 'd3']);
    const r = ranked(docs, 'zorglub', { fit: [2], staticOrder: 'given' });
    expect(r.order).toEqual(['d2', 'd1', 'd3']);
    expect(r.explain('d2')).toMatchObject({ fit: 1 });
    expect(r.explain('d1')).toMatchObject({ fit: 0 });
    // The text still comes first: a fitting offer with a worse text stays behind.
    const two = ranked([title(1, 'zorglub quaxel'), title(2, 'quaxel zorglub')], 'zorglub quaxel', {
      fit: [2],
      staticOrder: 'given',
    });
    expect(two.order).toEqual(['d1', 'd2']);
    expect(
      ranked([title(1, 'zorglub quaxel'), title(2, 'zorglub quaxel')], 'zorglub quaxel', {
        fit: [2],
        staticOrder: 'given',
      }).order,
    ).toEqual(['d2', 'd1']);
  });

  it('the static order (quality, freshness, id) breaks the remaining ties', () => {
    const docs = [title(1, 'zorglub'), title(2, 'zorglub'), title(3, 'zorglub')];
    expect(ranked(docs, 'zorglub', { staticOrder: 'given' }).order).toEqual(['d1', 'd2', 'd3']);
    expect(ranked(docs, 'zorglub').order).toEqual(['d3', 'd2', 'd1']);
    const two = [title(1, 'zorglub quaxel'), title(2, 'zorglub quaxel')];
    expect(ranked(two, 'zorglub quaxel', { staticOrder: 'given' }).order).toEqual(['d1', 'd2']);
    expect(ranked(two, 'zorglub quaxel').order).toEqual(['d2', 'd1']);
  });

  it('stops at `need` but counts every match', () => {
    const docs = [title(1, 'zorglub'), title(2, 'zorglub'), title(3, 'zorglob')];
    const r = ranked(docs, 'zorglub', { need: 2, staticOrder: 'given' });
    expect(r.order).toEqual(['d1', 'd2']);
    expect(r.universe).toEqual(['d1', 'd2', 'd3']);
    expect(ranked(docs, 'zorglub', { need: 0 }).order).toEqual([]);
    const many = [title(1, 'zorglub quaxel'), title(2, 'zorglub'), title(3, 'zorglub quaxel')];
    expect(ranked(many, 'zorglub quaxel', { need: 1, staticOrder: 'given' }).order).toEqual(['d1']);
    expect(ranked(many, 'zorglub quaxel', { need: 2, staticOrder: 'given' }).order).toEqual([
      'd1',
      'd3',
    ]);
  });

  it('no query: every filtered offer, fitting ones first, then the static order', () => {
    const docs = [title(1, 'a'), title(2, 'b'), title(3, 'c')];
    const r = ranked(docs, '', { fit: [2], staticOrder: 'given' });
    expect(r.order).toEqual(['d2', 'd1', 'd3']);
    expect(r.universe).toEqual(['d1', 'd2', 'd3']);
    expect(r.explain('d2')).toEqual({
      words: 0,
      typo: 0,
      proximity: 0,
      attribute: 0,
      exactness: 0,
      fit: 1,
      quality: 50,
      freshness: docs[1].publishedTs,
    });
    expect(ranked(docs, '', { staticOrder: 'given', need: 2 }).order).toEqual(['d1', 'd2']);
    expect(ranked(docs, '').order).toEqual(['d3', 'd2', 'd1']);
  });

  it('explains each placed offer with the rules’ buckets and its quality and freshness', () => {
    const d = doc(1, { title_fr: 'zorglob', qualityScore: 73 });
    const r = ranked([d, doc(2, { title_fr: 'zorglub frimbo', qualityScore: 10 })], 'zorglub');
    expect(r.explain('d1')).toEqual({
      words: 1,
      typo: 1,
      proximity: 0,
      attribute: 0,
      exactness: 0,
      fit: 0,
      quality: 73,
      freshness: d.publishedTs,
    });
    const two = ranked(
      [doc(3, { summary_fr: 'zorglob quaxel', qualityScore: 12 })],
      'zorglub quaxel',
    );
    expect(two.explain('d3')).toEqual({
      words: 2,
      typo: 1,
      proximity: 1,
      attribute: 4,
      exactness: 0,
      fit: 0,
      quality: 12,
      freshness: makeDocument(3).publishedTs,
    });
  });
});

describe('proximity', () => {
  // Term ids 1, 2, 3 are the query's first, second and third words; 9 is any other word.
  const masks = new Uint16Array(16);
  masks[1] = 1;
  masks[2] = 2;
  masks[3] = 4;
  const of = (...positions: number[]) => Uint32Array.from(positions);

  it('sums, over consecutive query words, their closest distance', () => {
    expect(proximity(of(1, 2), masks, 2)).toBe(1);
    expect(proximity(of(2, 1), masks, 2)).toBe(2);
    expect(proximity(of(1, 9, 9, 2), masks, 2)).toBe(3);
    expect(proximity(of(1, 9, 9, 2, 1, 2), masks, 2)).toBe(1);
    expect(proximity(of(1, 2, 3), masks, 3)).toBe(2);
    expect(proximity(of(1, 9, 2, 9, 9, 3), masks, 3)).toBe(5);
    expect(proximity(of(3, 2, 1), masks, 3)).toBe(4);
  });

  it('caps at FAR: apart by more, in different fields, or missing', () => {
    expect(proximity(of(1, 9, 9, 9, 9, 9, 9, 9, 9, 9, 2), masks, 2)).toBe(FAR);
    expect(proximity(of(1, 9, 9, 9, 9, 9, 9, 2), masks, 2)).toBe(7);
    expect(proximity(of(1, SEPARATOR, 2), masks, 2)).toBe(FAR);
    expect(proximity(of(2, SEPARATOR, 1), masks, 2)).toBe(FAR);
    expect(proximity(of(1, 9), masks, 2)).toBe(FAR);
    expect(proximity(undefined, masks, 3)).toBe(2 * FAR);
    expect(proximity(of(1, 2, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 3), masks, 3)).toBe(1 + FAR);
  });

  it('one word has no pair to measure', () => {
    expect(proximity(of(1), masks, 1)).toBe(0);
  });
});

describe('smallest', () => {
  it('gives the indices of the k smallest keys, smallest first', () => {
    const keys = Float64Array.from([50, 10, 40, 20, 30, 60, 5]);
    expect(smallest(keys, 3)).toEqual([6, 1, 3]);
    expect(smallest(keys, 1)).toEqual([6]);
    expect(smallest(keys, 7)).toEqual([6, 1, 3, 4, 2, 0, 5]);
    expect(smallest(keys, 10)).toEqual([6, 1, 3, 4, 2, 0, 5]);
    expect(smallest(keys, 0)).toEqual([]);
    expect(smallest(new Float64Array(0), 3)).toEqual([]);
  });

  it('agrees with a full sort on many keys', () => {
    const keys = Float64Array.from({ length: 500 }, (_, i) => (i * 7919) % 1009);
    const sorted = [...keys.keys()].sort((a, b) => keys[a] - keys[b]);
    for (const k of [1, 2, 17, 250, 499, 500])
      expect(smallest(keys, k)).toEqual(sorted.slice(0, k));
  });
});

describe('a run of words naming a concept: matched by its words or by the concept, the better', () => {
  // "honour loan" names the category honour_loan; its concept counts each word at the
  // category's level (1) with the exactness of a synonym (1), and never a typo.
  const concepts = new PlatformVocabulary(
    [
      {
        vocabulary: 'category',
        code: 'honour_loan',
        labels: { fr: 'Prêt d’honneur', en: 'Honour loan' },
      },
    ],
    [],
  );
  const loan = { categoryCodes: ['honour_loan'] };
  const docs = [
    doc(1, { ...loan }),
    doc(2, { ...loan, title_fr: 'honour loan' }),
    doc(3, { ...loan, title_fr: 'honor loan' }),
    doc(4, { title_fr: 'honor loan' }),
    doc(5, { ...loan, summary_fr: 'honour loan' }),
    doc(6, { ...loan, categoryLabels: ['Honour loan'] }),
    doc(7, { ...loan, title_fr: 'honours', summary_fr: 'loan' }),
    doc(8, { title_fr: 'honours', summary_fr: 'loan' }),
    doc(9, { ...loan, title_fr: 'honours loans' }),
    doc(10, { ...loan, title_fr: 'honour' }),
    doc(11, { title_fr: 'honour' }),
  ];
  // Ranked inside each test: per-test coverage (what mutation testing runs) only sees code a
  // test itself runs.
  const rules = (slug: string) => {
    const { typo, attribute, exactness } = ranked(docs, 'honour loan.', {
      vocabulary: concepts,
    }).explain(slug) as Record<string, number>;
    return { typo, attribute, exactness };
  };
  const viaConcept = { typo: 0, attribute: 2, exactness: 2 };

  it('only the concept: each word counts its level and exactness', () => {
    expect(rules('d1')).toEqual(viaConcept);
  });

  it('words in the title beat the concept; a typo in them does not', () => {
    expect(rules('d2')).toEqual({ typo: 0, attribute: 0, exactness: 0 });
    expect(rules('d3')).toEqual(viaConcept);
    expect(rules('d4')).toEqual({ typo: 1, attribute: 0, exactness: 0 });
    expect(rules('d9')).toEqual({ typo: 0, attribute: 0, exactness: 6 });
  });

  it('words in a lower field: the concept when it is higher, or as high and more exact', () => {
    expect(rules('d5')).toEqual(viaConcept);
    expect(rules('d6')).toEqual({ typo: 0, attribute: 2, exactness: 0 });
    expect(rules('d7')).toEqual(viaConcept);
    expect(rules('d8')).toEqual({ typo: 0, attribute: 2, exactness: 3 });
  });

  it('one word of the run only: through the concept, else not at all (the run is one unit)', () => {
    expect(rules('d10')).toEqual(viaConcept);
    expect(ranked(docs, 'honour loan.', { vocabulary: concepts }).universe).not.toContain('d11');
  });
});

describe('ranking rules, more cases', () => {
  it('attribute before exactness for one word: a longer word in the title before the word in the description', () => {
    const r = ranked([doc(1, { description_fr: 'zorglub' }), title(2, 'zorglubien')], 'zorglub', {
      staticOrder: 'given',
    });
    expect(r.order).toEqual(['d2', 'd1']);
    expect(r.explain('d2')).toMatchObject({ attribute: 0, exactness: 2 });
  });

  it('attribute before exactness for several words, each word counting its best field', () => {
    const r = ranked(
      [
        doc(1, { title_fr: 'quaxel zorglubien', description_fr: 'zorglub' }),
        doc(2, { summary_fr: 'quaxel zorglubs' }),
        title(3, 'quaxel zorglub'),
      ],
      'quaxel zorglub',
      { staticOrder: 'given' },
    );
    expect(r.explain('d1')).toMatchObject({ attribute: 0, exactness: 2 });
    const stems = ranked(
      [doc(1, { summary_fr: 'quaxel zorglubs' }), title(2, 'quaxel zorglub')],
      'quaxel zorglubs',
      {
        staticOrder: 'given',
      },
    );
    expect(stems.order).toEqual(['d2', 'd1']);
    expect(stems.explain('d2')).toMatchObject({ attribute: 0, exactness: 3 });
    expect(stems.explain('d1')).toMatchObject({ attribute: 4, exactness: 0 });
    expect(r.order[0]).toBe('d3');
  });

  it('exactness before fit, even one step of it', () => {
    const r = ranked(
      [title(1, 'quaxel zorglubsien'), title(2, 'quaxel zorglub')],
      'quaxel zorglubs',
      {
        fit: [2],
        staticOrder: 'given',
      },
    );
    expect(r.explain('d1')).toMatchObject({ exactness: 2, fit: 0 });
    expect(r.explain('d2')).toMatchObject({ exactness: 3, fit: 1 });
    expect(r.order).toEqual(['d1', 'd2']);
  });

  it('proximity counts a word of the same stem as the query word', () => {
    const r = ranked([title(1, 'financement quaxel')], 'financer quaxel');
    expect(r.explain('d1')).toMatchObject({ words: 2, proximity: 1, exactness: 3 });
  });

  it('with three words, fewer-words buckets stop once they make enough offers', () => {
    const all = Array.from({ length: 10 }, (_, i) => title(i + 1, 'zorglub quaxel frimbo'));
    const two = Array.from({ length: 10 }, (_, i) => title(i + 11, 'zorglub quaxel'));
    const r = ranked([...all, ...two, title(21, 'zorglub')], 'zorglub quaxel frimbo');
    expect(r.universe).toHaveLength(20);
    expect(r.universe).not.toContain('d21');
  });

  it('places exactly `need` offers when they come from several buckets', () => {
    const given = { need: 2, staticOrder: 'given' as const };
    const words = [
      title(1, 'zorglub quaxel'),
      title(2, 'zorglub'),
      title(3, 'zorglub'),
      title(4, 'zorglub'),
    ];
    expect(ranked(words, 'zorglub quaxel', given).order).toEqual(['d1', 'd2']);
    const typos = [
      title(1, 'zorglub quaxel'),
      title(2, 'zorglob quaxel'),
      title(3, 'zorglob quaxel'),
      title(4, 'zorglob quaxel'),
    ];
    expect(ranked(typos, 'zorglub quaxel', given).order).toEqual(['d1', 'd2']);
    const one = [
      title(1, 'zorglub'),
      title(2, 'zorglob'),
      title(3, 'zorglob'),
      title(4, 'zorglob'),
    ];
    expect(ranked(one, 'zorglub', given).order).toEqual(['d1', 'd2']);
  });
});

describe('proximity, more cases', () => {
  const masks = new Uint16Array(16);
  masks[1] = 1;
  masks[2] = 2;
  masks[3] = 4;
  const of = (...positions: number[]) => Uint32Array.from(positions);

  it('a pair found side by side twice still leaves the next pair to measure', () => {
    expect(proximity(of(1, 2, 1, 2, 3), masks, 3)).toBe(2);
  });

  it('a later, farther occurrence does not undo a closer one', () => {
    expect(proximity(of(1, 9, 2, 9, 9, 9, 1), masks, 2)).toBe(2);
  });

  it('does not depend on the documents measured before (scratch arrays are reused)', () => {
    expect(proximity(of(1, 2, 9, 9, 3), masks, 3)).toBe(4);
    expect(proximity(of(9, 9, 9, 9, 2, 1, 2), masks, 2)).toBe(1);
  });
});

describe('smallest, more cases', () => {
  it('gives at most k indices, even among equal keys', () => {
    expect(smallest(Float64Array.from([5, 5, 5, 5]), 2)).toHaveLength(2);
  });

  it('agrees with a full sort for every k on many shuffles', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 1; n <= 24; n++) {
      for (let round = 0; round < 8; round++) {
        const keys = Float64Array.from({ length: n }, (_, i) => i);
        for (let i = n - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [keys[i], keys[j]] = [keys[j], keys[i]];
        }
        const sorted = [...keys.keys()].sort((a, b) => keys[a] - keys[b]);
        for (let k = 1; k <= n; k++) expect(smallest(keys, k)).toEqual(sorted.slice(0, k));
      }
    }
  });
});
