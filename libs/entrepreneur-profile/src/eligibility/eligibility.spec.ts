import { ageOn, checkEligibility, type OfferFacts, type ProfileFacts } from './eligibility';

const TODAY = '2026-06-15';
const openOffer: OfferFacts = {
  residenceCountries: [],
  targetCountries: [],
  diasporaOnly: false,
  stageCodes: [],
  sectorCodes: [],
  ageMin: null,
  ageMax: null,
  genderFocus: 'any',
  rolling: true,
  deadline: null,
};
const emptyProfile: ProfileFacts = {
  residenceCountry: null,
  originCountries: [],
  targetCountries: [],
  stageCode: null,
  sectorCodes: [],
  dateOfBirth: null,
  gender: null,
};
const awa: ProfileFacts = {
  residenceCountry: 'FR',
  originCountries: ['SN'],
  targetCountries: ['SN'],
  stageCode: 'creation',
  sectorCodes: ['agriculture_agrifood'],
  dateOfBirth: '1995-03-10',
  gender: 'woman',
};

const status = (offer: Partial<OfferFacts>, profile: Partial<ProfileFacts> = awa) =>
  checkEligibility({ ...openOffer, ...offer }, { ...awa, ...profile }, TODAY);

describe('checkEligibility: each criterion alone', () => {
  it.each<[string, Partial<OfferFacts>, Partial<ProfileFacts>, string, string]>([
    ['residence met', { residenceCountries: ['FR', 'BE'] }, {}, 'residence', 'met'],
    ['residence unmet', { residenceCountries: ['IT'] }, {}, 'residence', 'unmet'],
    [
      'residence unknown',
      { residenceCountries: ['IT'] },
      { residenceCountry: null },
      'residence',
      'unknown',
    ],
    ['target met', { targetCountries: ['SN', 'ML'] }, {}, 'target', 'met'],
    ['target unmet', { targetCountries: ['CM'] }, {}, 'target', 'unmet'],
    ['target unknown', { targetCountries: ['CM'] }, { targetCountries: [] }, 'target', 'unknown'],
    ['diaspora met', { diasporaOnly: true }, {}, 'diaspora', 'met'],
    [
      'diaspora unmet (origin = residence)',
      { diasporaOnly: true },
      { originCountries: ['FR'] },
      'diaspora',
      'unmet',
    ],
    ['diaspora unknown', { diasporaOnly: true }, { originCountries: [] }, 'diaspora', 'unknown'],
    ['stage met', { stageCodes: ['idea', 'creation'] }, {}, 'stage', 'met'],
    ['stage unmet', { stageCodes: ['growth'] }, {}, 'stage', 'unmet'],
    ['stage unknown', { stageCodes: ['growth'] }, { stageCode: null }, 'stage', 'unknown'],
    ['sector met', { sectorCodes: ['agriculture_agrifood'] }, {}, 'sector', 'met'],
    ['sector unmet', { sectorCodes: ['digital_tech'] }, {}, 'sector', 'unmet'],
    ['sector unknown', { sectorCodes: ['digital_tech'] }, { sectorCodes: [] }, 'sector', 'unknown'],
    ['age met', { ageMin: 18, ageMax: 35 }, {}, 'age', 'met'],
    ['age unmet (too old)', { ageMax: 30 }, {}, 'age', 'unmet'],
    ['age unmet (too young)', { ageMin: 40 }, {}, 'age', 'unmet'],
    ['age unknown', { ageMax: 35 }, { dateOfBirth: null }, 'age', 'unknown'],
    ['gender met', { genderFocus: 'women' }, {}, 'gender', 'met'],
    ['gender unmet', { genderFocus: 'men' }, {}, 'gender', 'unmet'],
    ['gender unknown', { genderFocus: 'women' }, { gender: null }, 'gender', 'unknown'],
    ['deadline met (today)', { rolling: false, deadline: TODAY }, {}, 'deadline', 'met'],
    ['deadline unmet', { rolling: false, deadline: '2026-06-14' }, {}, 'deadline', 'unmet'],
  ])('%s', (_label, offer, profile, code, expected) => {
    const result = status(offer, profile);
    expect(result.reasons).toEqual([expect.objectContaining({ code, status: expected })]);
    // The sector is a focus, not a condition: unknown leaves it eligible, a mismatch makes it partly.
    const table: Record<string, string> =
      code === 'sector'
        ? { met: 'eligible', unknown: 'eligible', unmet: 'partly' }
        : { met: 'eligible', unknown: 'unknown', unmet: 'not_eligible' };
    expect(result.verdict).toBe(table[expected]);
  });

  it('an offer open to everyone is eligible with no reasons, whatever the profile', () => {
    expect(checkEligibility(openOffer, emptyProfile, TODAY)).toEqual({
      verdict: 'eligible',
      reasons: [],
    });
  });
});

describe('checkEligibility: combined', () => {
  const demanding: Partial<OfferFacts> = {
    residenceCountries: ['FR'],
    targetCountries: ['SN'],
    diasporaOnly: true,
    stageCodes: ['creation'],
    sectorCodes: ['agriculture_agrifood'],
    ageMin: 18,
    ageMax: 35,
    genderFocus: 'women',
    rolling: false,
    deadline: '2026-12-31',
  };

  it('eligible when every criterion is met, each reason with what it compared', () => {
    expect(status(demanding)).toEqual({
      verdict: 'eligible',
      reasons: [
        { code: 'residence', status: 'met', params: { allowed: ['FR'], yours: 'FR' } },
        { code: 'target', status: 'met', params: { allowed: ['SN'], matching: ['SN'] } },
        { code: 'diaspora', status: 'met', params: {} },
        { code: 'stage', status: 'met', params: { allowed: ['creation'], yours: 'creation' } },
        {
          code: 'sector',
          status: 'met',
          params: { allowed: ['agriculture_agrifood'], matching: ['agriculture_agrifood'] },
        },
        { code: 'age', status: 'met', params: { min: 18, max: 35, yours: 31 } },
        { code: 'gender', status: 'met', params: { focus: 'women' } },
        { code: 'deadline', status: 'met', params: { deadline: '2026-12-31' } },
      ],
    });
  });

  it('unknown and unmet reasons say what the offer wants', () => {
    expect(checkEligibility({ ...openOffer, ...demanding }, emptyProfile, TODAY).reasons).toEqual([
      { code: 'residence', status: 'unknown', params: { allowed: ['FR'] } },
      { code: 'target', status: 'unknown', params: { allowed: ['SN'] } },
      { code: 'diaspora', status: 'unknown', params: {} },
      { code: 'stage', status: 'unknown', params: { allowed: ['creation'] } },
      { code: 'sector', status: 'unknown', params: { allowed: ['agriculture_agrifood'] } },
      { code: 'age', status: 'unknown', params: { min: 18, max: 35 } },
      { code: 'gender', status: 'unknown', params: { focus: 'women' } },
      { code: 'deadline', status: 'met', params: { deadline: '2026-12-31' } },
    ]);
    const other: Partial<ProfileFacts> = {
      residenceCountry: 'DE',
      targetCountries: ['CM', 'SN'],
      stageCode: 'growth',
      sectorCodes: ['digital_tech'],
      gender: 'man',
    };
    expect(status({ ...demanding, deadline: '2026-01-01' }, other).reasons).toEqual([
      { code: 'residence', status: 'unmet', params: { allowed: ['FR'], yours: 'DE' } },
      { code: 'target', status: 'met', params: { allowed: ['SN'], matching: ['SN'] } },
      { code: 'diaspora', status: 'met', params: {} },
      { code: 'stage', status: 'unmet', params: { allowed: ['creation'], yours: 'growth' } },
      {
        code: 'sector',
        status: 'unmet',
        params: { allowed: ['agriculture_agrifood'], matching: [] },
      },
      { code: 'age', status: 'met', params: { min: 18, max: 35, yours: 31 } },
      { code: 'gender', status: 'unmet', params: { focus: 'women' } },
      { code: 'deadline', status: 'unmet', params: { deadline: '2026-01-01' } },
    ]);
  });

  it('an offer for men: met by a man, unmet by a woman', () => {
    expect(status({ genderFocus: 'men' }, { gender: 'man' }).reasons[0].status).toBe('met');
    expect(status({ genderFocus: 'men' }, { gender: 'woman' }).reasons[0].status).toBe('unmet');
  });

  it('diaspora: one origin other than the residence is enough', () => {
    const diaspora = (originCountries: string[]) =>
      status({ diasporaOnly: true }, { originCountries }).reasons[0].status;
    expect(diaspora(['FR', 'SN'])).toBe('met');
    expect(diaspora(['FR'])).toBe('unmet');
  });

  it('one hard criterion unmet makes it not eligible, even with others unknown', () => {
    expect(status(demanding, { residenceCountry: 'DE', dateOfBirth: null }).verdict).toBe(
      'not_eligible',
    );
  });

  it('only the sector unmet makes it partly', () => {
    expect(status(demanding, { sectorCodes: ['digital_tech'] }).verdict).toBe('partly');
  });

  it('some hard criteria unknown and the rest met: partly', () => {
    expect(status(demanding, { dateOfBirth: null, gender: null }).verdict).toBe('partly');
  });

  it('every hard criterion unknown and the sector unmet: partly, not unknown', () => {
    // The sector mismatch is known, so the verdict says so even with nothing else to go on.
    const result = status(
      { ...demanding, rolling: true, deadline: null },
      {
        residenceCountry: null,
        originCountries: [],
        targetCountries: [],
        stageCode: null,
        dateOfBirth: null,
        gender: null,
        sectorCodes: ['digital_tech'],
      },
    );
    expect(result.reasons.filter((r) => r.status !== 'unknown')).toEqual([
      expect.objectContaining({ code: 'sector', status: 'unmet' }),
    ]);
    expect(result.verdict).toBe('partly');
  });

  it('an empty profile against a demanding offer: unknown', () => {
    expect(
      checkEligibility(
        { ...openOffer, ...demanding, deadline: null, rolling: true },
        emptyProfile,
        TODAY,
      ).verdict,
    ).toBe('unknown');
  });

  it('a passed deadline makes anything not eligible', () => {
    expect(status({ ...demanding, deadline: '2026-01-01' }).verdict).toBe('not_eligible');
  });
});

describe('checkEligibility: age bounds are inclusive', () => {
  // Awa is 31 on TODAY (born 1995-03-10).
  const age = (offer: Partial<OfferFacts>) => status(offer).reasons[0];

  it.each<[string, Partial<OfferFacts>, string]>([
    ['exactly at ageMax', { ageMin: 18, ageMax: 31 }, 'met'],
    ['one year past ageMax', { ageMin: 18, ageMax: 30 }, 'unmet'],
    ['exactly at ageMin', { ageMin: 31, ageMax: 40 }, 'met'],
    ['one year under ageMin', { ageMin: 32, ageMax: 40 }, 'unmet'],
    ['only ageMax, at it', { ageMax: 31 }, 'met'],
    ['only ageMin, at it', { ageMin: 31 }, 'met'],
  ])('%s', (_label, offer, expected) => {
    expect(age(offer)).toEqual({
      code: 'age',
      status: expected,
      params: { min: offer.ageMin ?? 0, max: offer.ageMax ?? 120, yours: 31 },
    });
  });

  it('the birthday itself counts: at ageMax on the day before turning one year older', () => {
    const on = (dateOfBirth: string) => status({ ageMax: 31 }, { dateOfBirth }).reasons[0].status;
    expect(on('1994-06-16')).toBe('met'); // 31 until tomorrow
    expect(on('1994-06-15')).toBe('unmet'); // 32 today
  });

  it('an unknown birth date reports the range, open ends filled in', () => {
    expect(status({ ageMin: 18 }, { dateOfBirth: null }).reasons).toEqual([
      { code: 'age', status: 'unknown', params: { min: 18, max: 120 } },
    ]);
    expect(status({ ageMax: 35 }, { dateOfBirth: null }).reasons).toEqual([
      { code: 'age', status: 'unknown', params: { min: 0, max: 35 } },
    ]);
  });
});

describe('ageOn', () => {
  it('counts birthdays exactly', () => {
    expect(ageOn('2000-06-15', '2026-06-15')).toBe(26);
    expect(ageOn('2000-06-16', '2026-06-15')).toBe(25);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-07-01', '2026-06-15')).toBe(25); // birthday month still ahead
    expect(ageOn('2000-05-20', '2026-06-15')).toBe(26); // birthday month passed
    expect(ageOn('2000-06-01', '2026-06-15')).toBe(26); // earlier day of the same month
  });
});
