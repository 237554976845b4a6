import { checkEligibility, type OfferFacts, type ProfileFacts } from '@app/entrepreneur-profile';
import { discoveryMessages } from '../messages';
import { translator } from '../web/i18n';
import type { UiLanguage } from '../web/language';
import { Formatter } from './format';
import { shareLinks } from './share-links';
import { keyReason, verdictView } from './verdict-view';

const OFFER: OfferFacts = {
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
const PROFILE: ProfileFacts = {
  residenceCountry: 'FR',
  originCountries: ['SN'],
  targetCountries: ['SN'],
  stageCode: 'creation',
  sectorCodes: ['agriculture_agrifood'],
  dateOfBirth: null,
  gender: null,
};
const TODAY = '2026-12-07';

const view = (offer: Partial<OfferFacts>, lang: UiLanguage = 'fr') =>
  verdictView(
    translator(lang, [discoveryMessages]),
    new Formatter(lang, []),
    checkEligibility({ ...OFFER, ...offer }, PROFILE, TODAY),
  );

describe('a verdict on a search result', () => {
  it('needs no reason when eligible', () => {
    expect(view({ targetCountries: ['SN'] })).toEqual({
      verdict: 'eligible',
      label: 'Éligible',
      reason: undefined,
    });
  });

  it('gives what rules the offer out first, in the page’s language', () => {
    const offer = { residenceCountries: ['BE'], targetCountries: ['CI'] };
    expect(view(offer)).toEqual({
      verdict: 'not_eligible',
      label: 'Non éligible',
      reason: 'Réservé aux résidents de\u00a0: Belgique',
    });
    expect(view(offer, 'en').reason).toBe('Only for residents of Belgium');
    expect(view(offer, 'pt').reason).toBe('Reservado a residentes de: Bélgica');
    expect(view(offer, 'ar').label).toBe('غير مؤهَّل');
  });

  it('gives what only partly fits, else what the profile does not say', () => {
    expect(view({ sectorCodes: ['health'] })).toMatchObject({ verdict: 'partly' });
    const unknown = checkEligibility({ ...OFFER, ageMin: 18, ageMax: 35 }, PROFILE, TODAY);
    expect(keyReason(unknown)).toMatchObject({ code: 'age', status: 'unknown' });
    expect(view({ ageMin: 18, ageMax: 35 }, 'en').reason).toBe('Age: 18 to 35');
    expect(view({ rolling: false, deadline: '2026-01-01' }).reason).toBe('Date limite passée');
  });
});

describe('share links', () => {
  const url = 'https://passerelle.test/offres/pret-2';
  const [email, whatsapp, linkedin] = shareLinks(url, 'Prêt & garantie #2 ?', 'À lire :');

  it('encode every value, so no character of the title ends the address early', () => {
    const mail = new URL(email.href);
    expect(mail.searchParams.get('subject')).toBe('Prêt & garantie #2 ?');
    expect(mail.searchParams.get('body')).toBe(`À lire :\r\n\r\nPrêt & garantie #2 ?\r\n${url}`);
    expect(new URL(whatsapp.href).searchParams.get('text')).toBe(`Prêt & garantie #2 ? ${url}`);
    expect(linkedin.href).toBe(
      'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fpasserelle.test%2Foffres%2Fpret-2',
    );
  });
});
