import { LOCALES } from '@app/core';
import type { CriterionCode, CriterionStatus, EligibilityReason } from './eligibility';
import { reasonText } from './eligibility-text';

const labels = {
  stage: (code: string) => `stage:${code}`,
  sector: (code: string) => `sector:${code}`,
};

/** Parameters as checkEligibility gives them, per criterion. */
const PARAMS: Record<CriterionCode, EligibilityReason['params']> = {
  residence: { allowed: ['SN', 'ML'], yours: 'SN' },
  target: { allowed: ['SN', 'CI'], matching: ['SN'] },
  diaspora: {},
  stage: { allowed: ['idea', 'launch'], yours: 'idea' },
  sector: { allowed: ['agri'], matching: [] },
  age: { min: 18, max: 35, yours: 40 },
  gender: { focus: 'women' },
  deadline: { deadline: '2026-03-31' },
};
const STATUSES: CriterionStatus[] = ['met', 'unmet', 'unknown'];
const ARABIC = /[\u0600-\u06FF]/;

describe('reasonText', () => {
  const cases = (Object.keys(PARAMS) as CriterionCode[]).flatMap((code) =>
    STATUSES.flatMap((status) => LOCALES.map((locale) => [code, status, locale] as const)),
  );

  it.each(cases)('%s %s in %s is a whole sentence', (code, status, locale) => {
    const text = reasonText({ code, status, params: PARAMS[code] }, locale, labels);
    expect(text).not.toMatch(/^reason\./);
    expect(text).not.toMatch(/[{}]/);
    if (locale === 'ar') expect(text).toMatch(ARABIC);
    else expect(text).not.toMatch(ARABIC);
  });

  it('says each language’s sentence, with countries, lists and dates written its way', () => {
    const residence = (locale: (typeof LOCALES)[number], status: CriterionStatus) =>
      reasonText({ code: 'residence', status, params: PARAMS.residence }, locale, labels);
    expect(residence('fr', 'met')).toBe('Ouvert aux résidents de : Sénégal');
    expect(residence('en', 'unmet')).toBe('Only for residents of Senegal or Mali');
    expect(residence('pt', 'unknown')).toBe(
      'Reservado aos residentes de: Senegal ou Mali (indique o seu país)',
    );
    expect(residence('ar', 'unmet')).toBe('مخصص للمقيمين في: السنغال أو مالي');
    const deadline = (locale: (typeof LOCALES)[number]) =>
      reasonText({ code: 'deadline', status: 'met', params: PARAMS.deadline }, locale, labels);
    expect(deadline('fr')).toBe('Candidatures jusqu’au 31 mars 2026');
    expect(deadline('en')).toBe('Applications until 31 March 2026');
    expect(deadline('pt')).toBe('Candidaturas até 31 de março de 2026');
    expect(reasonText({ code: 'stage', status: 'met', params: PARAMS.stage }, 'fr', labels)).toBe(
      'Stade du projet : stage:idea ou stage:launch',
    );
    expect(
      reasonText({ code: 'target', status: 'unmet', params: PARAMS.target }, 'fr', labels),
    ).toBe("Pour des projets dans ces pays : Sénégal ou Côte d'Ivoire");
  });
});
