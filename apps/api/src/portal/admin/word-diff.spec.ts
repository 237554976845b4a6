import { tokenize, wordDiff, type DiffSegment } from './word-diff';

const marked = (segments: DiffSegment[]) =>
  segments
    .filter((s) => s.changed)
    .map((s) => s.text.trim())
    .join(' | ');
const text = (segments: DiffSegment[]) => segments.map((s) => s.text).join('');

describe('wordDiff', () => {
  it('keeps both texts exactly and marks nothing when they are equal', () => {
    const d = wordDiff('Une bourse pour la diaspora', 'Une bourse pour la diaspora');
    expect(d.before).toEqual([{ text: 'Une bourse pour la diaspora', changed: false }]);
    expect(d.after).toEqual(d.before);
    expect(d.exact).toBe(true);
  });

  it('marks the removed words on the old side and the added words on the new side', () => {
    const before = 'Le programme finance six mois de votre projet au Sénégal.';
    const after = 'Le programme finance douze mois de votre projet au Sénégal et au Mali.';
    const d = wordDiff(before, after);
    expect(text(d.before)).toBe(before);
    expect(text(d.after)).toBe(after);
    expect(marked(d.before)).toBe('six | Sénégal.');
    expect(marked(d.after)).toBe('douze | Sénégal et au Mali.');
  });

  it('joins neighbouring changed words with the space between them', () => {
    const d = wordDiff('a b c', 'a x y c');
    expect(d.after).toEqual([
      { text: 'a ', changed: false },
      { text: 'x y', changed: true },
      { text: ' c', changed: false },
    ]);
    expect(d.before).toEqual([
      { text: 'a ', changed: false },
      { text: 'b', changed: true },
      { text: ' c', changed: false },
    ]);
  });

  it('handles one side empty', () => {
    expect(wordDiff('', 'Nouveau texte')).toEqual({
      before: [],
      after: [{ text: 'Nouveau texte', changed: true }],
      exact: true,
    });
    expect(wordDiff('Ancien', '').before).toEqual([{ text: 'Ancien', changed: true }]);
  });

  it('does not report a change of whitespace alone', () => {
    const d = wordDiff('un  deux\ntrois', 'un deux trois');
    expect(d.before.every((s) => !s.changed)).toBe(true);
    expect(d.after.every((s) => !s.changed)).toBe(true);
  });

  it('works with Arabic and accented words', () => {
    const d = wordDiff('منحة لرواد الأعمال', 'منحة كبيرة لرواد الأعمال');
    expect(marked(d.after)).toBe('كبيرة');
    expect(marked(d.before)).toBe('');
  });

  it('marks the whole differing middle, without comparing word by word, above the size cap', () => {
    const words = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');
    const before = `Début ${words('a', 2000)} fin.`;
    const after = `Début ${words('b', 2000)} fin.`;
    const d = wordDiff(before, after, 10_000);
    expect(d.exact).toBe(false);
    expect(text(d.before)).toBe(before);
    expect(text(d.after)).toBe(after);
    expect(d.before[0]).toEqual({ text: 'Début ', changed: false });
    expect(d.before[d.before.length - 1]).toEqual({ text: ' fin.', changed: false });
  });

  it('never builds a table past the cap, however long the texts (no timing: the size proves it)', () => {
    // 200,000 differing words a side: a word-by-word table would need 4·10¹⁰ cells, more
    // than a typed array can hold, so comparing them would throw instead of answering.
    const words = (prefix: string) =>
      Array.from({ length: 200_000 }, (_, i) => `${prefix}${i}`).join(' ');
    const before = words('a');
    const after = words('b');
    const d = wordDiff(before, after);
    expect(d.exact).toBe(false);
    expect(d.before).toEqual([{ text: before, changed: true }]);
    expect(d.after).toEqual([{ text: after, changed: true }]);
    expect(() => new Uint16Array(200_001 * 200_001)).toThrow(RangeError);
  });

  it('compares long texts with a small change quickly (common prefix and suffix set aside)', () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `mot${i}`).join(' ');
    const d = wordDiff(long, long.replace('mot10000', 'changé'));
    expect(d.exact).toBe(true);
    expect(marked(d.before)).toBe('mot10000');
    expect(marked(d.after)).toBe('changé');
  });

  it('tokenizes words and whitespace so that joining gives the text back', () => {
    expect(tokenize(' a  b\n')).toEqual([' ', 'a', '  ', 'b', '\n']);
  });
});
