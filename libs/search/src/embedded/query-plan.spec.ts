import { makeDocument } from '../meilisearch/testing/search-document.factory';
import type { SearchDocument } from '../search-document';
import { PlatformVocabulary, type VocabularyTerm } from '../vocabulary/platform-vocabulary';
import { InvertedIndex } from './inverted-index';
import {
  CONCEPT,
  editDistance,
  EXACT,
  MAX_QUERY_WORDS,
  planQuery,
  PREFIX,
  PrefixFinder,
  STEM,
  termDocs,
  type Slot,
} from './query-plan';

const TERMS: VocabularyTerm[] = [
  {
    vocabulary: 'category',
    code: 'honour_loan',
    labels: { fr: 'Prêt d’honneur', en: 'Honour loan' },
  },
];
// Countries only (no city list to load), built once.
const vocabulary = new PlatformVocabulary(TERMS, []);

function doc(n: number, title: string, extra: Partial<SearchDocument> = {}): SearchDocument {
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
    title_fr: title,
    summary_fr: null,
    title_en: null,
    summary_en: null,
    ...extra,
  });
}

function indexOf(docs: readonly SearchDocument[]) {
  const index = new InvertedIndex(vocabulary);
  for (const d of docs) index.add(d);
  index.flush();
  return index;
}

/** Each slot's words, and per word its derivations as `text:typo:exactness`, sorted. */
function plan(index: InvertedIndex, q: string, lang: 'fr' | 'en' = 'fr') {
  const slots = planQuery(q, index, vocabulary, lang, new PrefixFinder(index));
  return slots.map((s: Slot) => ({
    words: s.parts.map((p) => p.word),
    derivations: s.parts.map((p) =>
      p.derivations.map((d) => `${d.term.text}:${d.typo}:${d.exactness}`).sort(),
    ),
    synonyms: s.synonyms.map((d) => `${d.term.text}:${d.typo}:${d.exactness}`),
    docs: [...s.docs].map((n) => index.slug[n]).sort(),
  }));
}

/** The first word's derivations, stems (`~lang:stem`) left out. */
const forms = (index: InvertedIndex, q: string) =>
  (plan(index, q)[0]?.derivations[0] ?? []).filter((d) => !d.startsWith('~'));

describe('planQuery', () => {
  const index = indexOf([
    doc(1, 'plink plonk'), // 5 letters: one typo
    doc(2, 'zorp zarp'), // 4 letters: no typo
    doc(3, 'wobblesnarf wobblesnaxx xobblesnarf'), // 11 letters: two typos, first letter counts two
    doc(4, 'quaxelit quaxelitz'), // 8 letters: one typo only
    doc(5, 'frimbo frimbolage'),
    doc(6, 'Prêt d’honneur pour créer'),
    doc(7, 'formations formation'),
  ]);

  it('nothing to plan in an empty or blank query', () => {
    expect(planQuery('', index, vocabulary, 'fr', new PrefixFinder(index))).toEqual([]);
    expect(planQuery('  ?! ', index, vocabulary, 'fr', new PrefixFinder(index))).toEqual([]);
  });

  it('one typo from 5 letters, none under', () => {
    expect(forms(index, 'plink.')).toEqual([`plink:0:${EXACT}`, `plonk:1:${EXACT}`]);
    expect(forms(index, 'zorp.')).toEqual([`zorp:0:${EXACT}`]);
  });

  it('two typos from 9 letters, one under; a different first letter counts as two', () => {
    expect(forms(index, 'wobblesnarf.')).toEqual([
      `wobblesnarf:0:${EXACT}`,
      `wobblesnaxx:2:${EXACT}`,
      `xobblesnarf:2:${EXACT}`,
    ]);
    expect(forms(index, 'quaxelit.')).toEqual([`quaxelit:0:${EXACT}`, `quaxelitz:1:${EXACT}`]);
    expect(forms(index, 'quaxelix.')).toEqual([`quaxelit:1:${EXACT}`]);
    // Eight letters: a different first letter would be two typos, over the limit.
    expect(forms(index, 'xuaxelit.')).toEqual([]);
  });

  it('the last word, while typed, also matches the longer words it starts', () => {
    expect(forms(index, 'frimbo')).toEqual([`frimbo:0:${EXACT}`, `frimbolage:0:${PREFIX}`]);
    expect(forms(index, 'frimbo.')).toEqual([`frimbo:0:${EXACT}`]);
    // Not the last word: no prefix.
    expect(forms(index, 'frimbo zorp')).toEqual([`frimbo:0:${EXACT}`]);
    // One letter is too short to complete.
    expect(forms(index, 'f')).toEqual([]);
    expect(forms(index, 'fr')).toEqual([`frimbo:0:${PREFIX}`, `frimbolage:0:${PREFIX}`]);
  });

  it('stems in the reader’s language match the other forms of a word', () => {
    const f = plan(index, 'formation.')[0].derivations[0];
    expect(f).toContain(`formation:0:${EXACT}`);
    expect(f).toContain(`~fr:format:0:${STEM}`);
    expect(plan(index, 'formation.')[0].docs).toEqual(['d7']);
    // An English reader typing an unknown word still gets the French stem of a known one.
    expect(plan(index, 'formations.', 'en')[0].derivations[0]).toContain(`~fr:format:0:${STEM}`);
  });

  it('a run of words naming a concept is one slot, matched by its words or by the concept', () => {
    const slots = plan(index, 'pret d honneur creer.');
    expect(slots.map((s) => s.words)).toEqual([['pret', 'd', 'honneur'], ['creer']]);
    // No offer of that category in this index: the concept has no term to match.
    expect(slots[0].synonyms).toEqual([]);
    expect(slots[0].docs).toEqual(['d6']);
    expect(slots[1].words).toEqual(['creer']);
  });

  it('the concept finds offers of that category without the words', () => {
    const withConcept = indexOf([
      doc(1, 'Un autre titre', {
        categoryCodes: ['honour_loan'],
        categoryLabels: ['Prêt d’honneur', 'Honour loan'],
      }),
      doc(2, 'Rien à voir'),
    ]);
    const [slot] = plan(withConcept, 'honour loan');
    expect(slot.words).toEqual(['honour', 'loan']);
    expect(slot.synonyms).toEqual([`#category:honour_loan:0:${CONCEPT}`]);
    expect(slot.docs).toEqual(['d1']);
  });

  it(`keeps the first ${MAX_QUERY_WORDS} words`, () => {
    const many = Array.from({ length: MAX_QUERY_WORDS + 2 }, () => 'zorp').join(' ');
    expect(plan(index, many)).toHaveLength(MAX_QUERY_WORDS);
  });

  it('a slot’s documents are those having every word in some field', () => {
    expect(plan(index, 'plink zorp')[0].docs).toEqual(['d1']);
    expect(plan(index, 'zorp')[0].docs).toEqual(['d2']);
  });

  it('a word new to the index is found once it is there (derivations are cached per version)', () => {
    const growing = indexOf([doc(1, 'gribouille')]);
    expect(forms(growing, 'gribouillez.')).toEqual([`gribouille:1:${EXACT}`]);
    growing.add(doc(2, 'gribouillez'));
    growing.flush();
    expect(forms(growing, 'gribouillez.')).toEqual([
      `gribouille:1:${EXACT}`,
      `gribouillez:0:${EXACT}`,
    ]);
  });
});

describe('termDocs', () => {
  it('documents having the term in any field', () => {
    const index = indexOf([
      doc(1, 'zorp'),
      doc(2, 'autre', { summary_fr: 'zorp' }),
      doc(3, 'rien'),
    ]);
    expect([...termDocs(index.term('zorp')!)].map((n) => index.slug[n]).sort()).toEqual([
      'd1',
      'd2',
    ]);
  });
});

describe('editDistance', () => {
  it.each<[string, string, number, number]>([
    ['zorglub', 'zorglub', 2, 0],
    ['zorglub', 'zorglob', 2, 1], // substitution
    ['zorglub', 'zorgflub', 2, 1], // insertion
    ['zorglub', 'zorlub', 2, 1], // deletion
    ['zorglub', 'zorgulb', 2, 1], // transposition counts one
    ['zorglub', 'ozrglbu', 2, 2],
    ['zorglub', 'zxrglxb', 1, 2], // beyond max: max + 1
    ['abc', 'abcdef', 1, 2], // lengths too far apart
    ['abc', 'abcdef', 3, 3],
    ['', 'ab', 2, 2],
    ['ab', '', 2, 2],
    ['kitten', 'sitting', 3, 3],
    ['a'.repeat(70), `${'a'.repeat(69)}b`, 1, 1], // longer than the scratch rows
  ])('%s → %s (max %i): %i', (a, b, max, expected) => {
    expect(editDistance(a, b, max)).toBe(expected);
  });
});

describe('PrefixFinder', () => {
  it('finds the words starting with a prefix, not the prefix itself nor internal terms', () => {
    const index = indexOf([doc(1, 'zorp zorpa zorpez zarp'), doc(2, 'Prêt d’honneur')]);
    const finder = new PrefixFinder(index);
    expect(finder.find('zorp').map((t) => t.text)).toEqual(['zorpa', 'zorpez']);
    expect(finder.find('zo').map((t) => t.text)).toEqual(['zorp', 'zorpa', 'zorpez']);
    expect(finder.find('zq')).toEqual([]);
    expect(finder.find('~')).toEqual([]);
    expect(finder.find('#')).toEqual([]);
    index.add(doc(3, 'zorpille'));
    index.flush();
    expect(finder.find('zorpi').map((t) => t.text)).toEqual(['zorpille']);
  });
});

describe('planQuery, more cases', () => {
  const index = indexOf([
    doc(1, 'formation formations plinkador'),
    doc(2, 'Autre', { title_fr: null, title_en: 'formats' }),
    doc(3, 'wobblesnarf xwobblesnarf zorglubzorg'),
    doc(4, 'zorp', { categoryCodes: ['honour_loan'] }),
  ]);
  const stems = (q: string, lang: 'fr' | 'en') =>
    plan(index, q, lang)[0].derivations[0].filter((d) => d.startsWith('~'));

  it('a word seen only in French text gets no English stem from a French reader', () => {
    expect(stems('formation.', 'fr')).toEqual([`~fr:format:0:${STEM}`]);
  });

  it('an English reader also gets the English stem of a word seen only in French text', () => {
    expect(stems('formations.', 'en')).toEqual([`~en:format:0:${STEM}`, `~fr:format:0:${STEM}`]);
  });

  it('a word the index has never seen may be of any language: every stem', () => {
    expect(stems('formatted.', 'fr')).toContain(`~en:format:0:${STEM}`);
  });

  it('two typos from 9 letters exactly', () => {
    expect(forms(index, 'plonkadar.')).toEqual([`plinkador:2:${EXACT}`]);
  });

  it('the first-letter typo is a same-length word only, ending like the query word', () => {
    expect(forms(index, 'wobblesnarf.')).toEqual([`wobblesnarf:0:${EXACT}`]);
  });

  it('the last word is completed even with spaces after it', () => {
    expect(forms(index, 'plinkado  ')).toEqual([`plinkador:0:${PREFIX}`]);
  });

  it('a query of marks only, no word, plans nothing', () => {
    expect(planQuery('\u0301', index, vocabulary, 'fr', new PrefixFinder(index))).toEqual([]);
  });

  it('PrefixFinder leaves out the concepts’ tokens', () => {
    expect(new PrefixFinder(index).find('#')).toEqual([]);
  });
});

describe('editDistance, more cases', () => {
  it.each<[string, string, number, number]>([
    ['xa', 'ay', 2, 2], // not a transposition: two substitutions
    ['ay', 'xa', 2, 2],
    ['abcdefg', 'tuvwxyz', 2, 3], // far beyond max: still max + 1
  ])('%s → %s (max %i): %i', (a, b, max, expected) => {
    expect(editDistance(a, b, max)).toBe(expected);
  });
});
