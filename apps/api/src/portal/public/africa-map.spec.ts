import { countries as COUNTRY_FACTS } from 'countries-list';
import atlas from 'world-atlas/countries-110m.json';
import * as isoCountries from 'i18n-iso-countries/index';
import { buildAfricaMap, isAfrican, levelOf, LEVELS, shadingScale } from './africa-map';

describe('the map of Africa', () => {
  const map = buildAfricaMap();

  it('draws every African country of the dataset, each once', () => {
    // Ground truth straight from the two datasets, not from the builder.
    const inDataset = new Set(
      (
        atlas as { objects: { countries: { geometries: Array<{ id?: string }> } } }
      ).objects.countries.geometries
        .map((g) => (g.id ? isoCountries.numericToAlpha2(g.id) : undefined))
        .filter(
          (code): code is string => !!code && COUNTRY_FACTS[code as 'SN']?.continent === 'AF',
        ),
    );
    const drawn = map.countries.map((c) => c.code);
    expect(new Set(drawn)).toEqual(inDataset);
    expect(drawn).toHaveLength(inDataset.size);
    expect(inDataset.size).toBeGreaterThanOrEqual(48);
    for (const code of ['SN', 'CI', 'CM', 'ML', 'MA', 'TN', 'EH', 'ZA', 'EG', 'MG'])
      expect(drawn).toContain(code);
    expect(drawn).not.toContain('FR');
    expect(drawn).not.toContain('SA');
  });

  it('gives each country a non-empty outline inside the drawing', () => {
    for (const c of map.countries) {
      expect(c.path).toMatch(/^M[-\d.,]+(L[-\d.,]+)*Z/);
      const numbers = c.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs)).toBeLessThanOrEqual(map.width);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...ys)).toBeLessThanOrEqual(map.height);
    }
  });

  it('draws Somalia with Somaliland (a shape the atlas leaves without a code)', () => {
    const somalia = map.countries.find((c) => c.code === 'SO')!;
    expect(somalia.path.match(/M/g)!.length).toBeGreaterThanOrEqual(2);
  });

  it('stays small: the outlines weigh under 40 kB', () => {
    const bytes = map.countries.reduce((n, c) => n + c.path.length, 0);
    expect(bytes).toBeLessThan(40_000);
  });

  it('knows which countries are African', () => {
    expect(isAfrican('SN')).toBe(true);
    expect(isAfrican('EH')).toBe(true);
    expect(isAfrican('FR')).toBe(false);
    expect(isAfrican('XX')).toBe(false);
  });
});

describe('the shading scale', () => {
  it('is "no offer" alone when nothing is published', () => {
    expect(shadingScale(0)).toEqual([{ min: 0, max: 0, level: 0 }]);
  });

  it('splits the counts into four equal ranges ending at the largest', () => {
    expect(shadingScale(81)).toEqual([
      { min: 0, max: 0, level: 0 },
      { min: 1, max: 21, level: 1 },
      { min: 22, max: 41, level: 2 },
      { min: 42, max: 61, level: 3 },
      { min: 62, max: 81, level: 4 },
    ]);
  });

  it('has no empty step for small counts, and the most is always the darkest', () => {
    expect(shadingScale(1)).toEqual([
      { min: 0, max: 0, level: 0 },
      { min: 1, max: 1, level: LEVELS },
    ]);
    expect(shadingScale(2)).toEqual([
      { min: 0, max: 0, level: 0 },
      { min: 1, max: 1, level: 2 },
      { min: 2, max: 2, level: 4 },
    ]);
    for (let max = 1; max <= 60; max++) {
      const scale = shadingScale(max);
      // Contiguous, from 0 to max, levels rising.
      scale.slice(1).forEach((step, i) => {
        expect(step.min).toBe(scale[i].max + 1);
        expect(step.level).toBeGreaterThan(scale[i].level);
      });
      expect(scale.at(-1)).toMatchObject({ max, level: LEVELS });
    }
  });

  it('gives each count its step’s level', () => {
    const scale = shadingScale(81);
    expect(levelOf(0, scale)).toBe(0);
    expect(levelOf(1, scale)).toBe(1);
    expect(levelOf(21, scale)).toBe(1);
    expect(levelOf(22, scale)).toBe(2);
    expect(levelOf(81, scale)).toBe(4);
  });
});
