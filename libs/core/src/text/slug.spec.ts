import { hasNonLatinLetters, slugify } from './slug';

describe('slugify', () => {
  it('keeps Latin titles as before: accents and apostrophes dropped, words dashed', () => {
    expect(slugify('Prêt d’honneur — Côte d’Ivoire 2027')).toBe('pret-dhonneur-cote-divoire-2027');
    expect(slugify("L'Œuvre & Straße")).toBe('loeuvre-strasse');
  });

  it('transliterates an Arabic-only title into readable Latin letters', () => {
    expect(slugify('منحة الابتكار للشركات الناشئة في المغرب')).toBe(
      'mnht-alabtkar-llshrkat-alnashyt-fy-almghrb',
    );
    // Presentation forms (copied from PDFs) are the same letters.
    expect(slugify('ﻣﻨﺤﺔ')).toBe(slugify('منحة'));
  });

  it('transliterates Cyrillic and Greek, and mixes scripts in one slug', () => {
    expect(slugify('Кенія 2027')).toBe('keniya-2027');
    expect(slugify('Ελληνικά')).toBe('ellinika');
    expect(slugify('Kenya 2027 منحة')).toBe('kenya-2027-mnht');
  });

  it('gives an empty slug for a script it cannot write (the caller picks a word)', () => {
    expect(slugify('创业基金')).toBe('');
    expect(slugify('  --  ')).toBe('');
  });

  it('cuts at the limit without a trailing dash', () => {
    expect(slugify('abc def ghi', 4)).toBe('abc');
    expect(slugify('a'.repeat(200))).toHaveLength(80);
  });
});

describe('hasNonLatinLetters', () => {
  it('tells titles whose old slug lost letters', () => {
    expect(hasNonLatinLetters('Prêt d’honneur 2027')).toBe(false);
    expect(hasNonLatinLetters('منحة 2027')).toBe(true);
    expect(hasNonLatinLetters('Кенія')).toBe(true);
    expect(hasNonLatinLetters('2027 – €')).toBe(false);
  });
});
