import type { Settings } from 'meilisearch';
import { RANKING_RULES, settingsDrift, wantedSettings } from './meilisearch.settings';

/** Settings as a server reports them once ours are applied: every nested key filled in. */
const asReported = (): Settings => ({
  ...wantedSettings(),
  displayedAttributes: ['*'],
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    disableOnWords: [],
    disableOnAttributes: [],
    disableOnNumbers: false,
  },
  faceting: { maxValuesPerFacet: 300, sortFacetValuesBy: { '*': 'count' } },
});

describe('Meilisearch settings drift', () => {
  it('finds none when the server reports what we want, extra keys included', () => {
    expect(settingsDrift(asReported())).toEqual([]);
  });

  it('compares set-like lists as sets and ordered lists in order', () => {
    const reported = asReported();
    reported.sortableAttributes = [...(reported.sortableAttributes ?? [])].reverse();
    reported.filterableAttributes = [...(reported.filterableAttributes ?? [])].reverse();
    reported.localizedAttributes = [...(reported.localizedAttributes ?? [])].reverse();
    expect(settingsDrift(reported)).toEqual([]);

    reported.rankingRules = [...RANKING_RULES].reverse();
    reported.searchableAttributes = [...(reported.searchableAttributes ?? [])].reverse();
    expect(settingsDrift(reported).map((d) => d.setting)).toEqual([
      'searchableAttributes',
      'rankingRules',
    ]);
  });

  it('sees a plain filterable attribute as every feature, so not what we asked', () => {
    const reported = asReported();
    reported.filterableAttributes = [
      ...(reported.filterableAttributes ?? []).filter(
        (r) => typeof r === 'string' || !r.attributePatterns.includes('deadlineTs'),
      ),
      'deadlineTs',
    ];
    expect(settingsDrift(reported).map((d) => d.setting)).toEqual(['filterableAttributes']);
  });

  it('reports each drifted setting with both values', () => {
    const drift = settingsDrift({
      ...asReported(),
      faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
      pagination: { maxTotalHits: 1000 },
    });
    expect(drift).toEqual([
      {
        setting: 'faceting',
        current: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
        wanted: { maxValuesPerFacet: 300, sortFacetValuesBy: { '*': 'count' } },
      },
      { setting: 'pagination', current: { maxTotalHits: 1000 }, wanted: { maxTotalHits: 10_000 } },
    ]);
  });

  it('wants the ranking contract: text rules, then quality, then freshness', () => {
    const wanted = wantedSettings();
    expect(wanted.rankingRules).toEqual([
      'words',
      'sort',
      'typo',
      'proximity',
      'attributeRank',
      'exactness',
      'qualityScore:desc',
      'freshnessTs:desc',
    ]);
    expect(wanted.typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    });
    expect(wanted.localizedAttributes).toEqual([
      { attributePatterns: ['*_fr'], locales: ['fra'] },
      { attributePatterns: ['*_en'], locales: ['eng'] },
      { attributePatterns: ['*_pt'], locales: ['por'] },
      { attributePatterns: ['*_ar'], locales: ['ara'] },
    ]);
    expect(wanted.searchableAttributes).toEqual([
      'title_fr',
      'title_en',
      'title_pt',
      'title_ar',
      'organisationName',
      'categoryLabels',
      'sectorLabels',
      'stageLabels',
      'countryNames',
      'summary_fr',
      'summary_en',
      'summary_pt',
      'summary_ar',
      'description_fr',
      'description_en',
      'description_pt',
      'description_ar',
      'tags',
    ]);
  });

  describe('synonyms', () => {
    const synonyms = { financement: ['financing', 'تمويل'], dakar: ['sénégal', 'senegal'] };

    it('are wanted only when given, so an index’s own are otherwise left alone', () => {
      expect(wantedSettings()).not.toHaveProperty('synonyms');
      expect(wantedSettings(synonyms).synonyms).toEqual(synonyms);
      expect(settingsDrift({ ...asReported(), synonyms: { other: ['x'] } })).toEqual([]);
    });

    it('drift when a word or one of its synonyms differs, not when only the order does', () => {
      const wanted = wantedSettings(synonyms);
      const reported = {
        ...asReported(),
        synonyms: { dakar: ['senegal', 'sénégal'], financement: ['تمويل', 'financing'] },
      };
      expect(settingsDrift(reported, wanted)).toEqual([]);

      const missingValue = {
        ...reported,
        synonyms: { ...reported.synonyms, dakar: ['senegal'] },
      };
      expect(settingsDrift(missingValue, wanted)).toEqual([
        { setting: 'synonyms', current: missingValue.synonyms, wanted: synonyms },
      ]);
      const extraWord = { ...reported, synonyms: { ...reported.synonyms, thiès: ['sénégal'] } };
      expect(settingsDrift(extraWord, wanted).map((d) => d.setting)).toEqual(['synonyms']);
      expect(settingsDrift(asReported(), wanted).map((d) => d.setting)).toEqual(['synonyms']);
    });
  });
});
