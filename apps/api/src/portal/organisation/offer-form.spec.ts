import type { OfferContent } from '@app/catalogue';
import {
  emptyOfferValues,
  offerBodyFromValues,
  offerValuesFromContent,
  offerValuesFromForm,
} from './offer-form';

const CONTENT: OfferContent = {
  translations: {
    fr: { title: 'Prêt d’honneur', summary: 'Un prêt sans intérêt.', description: 'Long texte.' },
    ar: { title: 'قرض شرف' },
  },
  categoryCode: 'loan',
  sectorCodes: ['digital_tech'],
  stageCodes: ['creation', 'early'],
  eligibility: {
    residenceCountries: ['FR'],
    targetCountries: ['SN', 'CI'],
    diasporaOnly: true,
    genderFocus: 'women',
    ageMin: 18,
    ageMax: null,
    otherConditions: { fr: 'Être accompagné·e.' },
  },
  deliveryLanguages: ['fr', 'wo'],
  format: 'in_person',
  location: { city: 'Dakar', countryCode: 'SN' },
  cost: { type: 'paid', amountMinor: 2550, currency: 'EUR' },
  funding: { minMinor: 500_000, maxMinor: 2_500_000, currency: 'XOF' },
  dates: { opensOn: '2026-01-01', deadline: null, rolling: true, startsOn: null, endsOn: null },
  apply: { url: 'https://example.org', email: null },
  contact: { name: 'Awa', email: null, phone: '+221 33 800 00 00' },
  tags: ['honneur', 'femmes'],
};

describe('offer editor form ↔ API body', () => {
  it('shows amounts in the currency’s main unit and lists as lists', () => {
    const values = offerValuesFromContent(CONTENT);
    expect(values['cost.amountMinor']).toBe('25.5');
    expect(values['funding.minMinor']).toBe('500000');
    expect(values['eligibility.targetCountries']).toEqual(['SN', 'CI']);
    expect(values['eligibility.diasporaOnly']).toBe('on');
    expect(values['dates.rolling']).toBe('on');
    expect(values.tags).toBe('honneur, femmes');
    expect(values['translations.ar.summary']).toBe('');
  });

  it('gives back the API body the content came from', () => {
    const body = offerBodyFromValues(offerValuesFromContent(CONTENT));
    expect(body).toEqual({
      ...CONTENT,
      eligibility: { ...CONTENT.eligibility, ageMax: null },
      location: { city: 'Dakar', countryCode: 'SN', address: undefined },
    });
  });

  it('reads a posted form: repeated names, typed amounts, empty groups as null', () => {
    const values = offerValuesFromForm({
      'translations.en.title': '  Seed grant  ',
      sectorCodes: ['a', 'b'],
      stageCodes: 'idea',
      'funding.minMinor': '1 500,5',
      'funding.currency': 'EUR',
      'eligibility.ageMin': 'abc',
      tags: 'x, y, x, ',
      format: 'online',
      'cost.type': 'free',
      'eligibility.genderFocus': 'any',
    });
    const body = offerBodyFromValues(values);
    expect(body.translations).toEqual({ en: { title: 'Seed grant' } });
    expect(body.sectorCodes).toEqual(['a', 'b']);
    expect(body.stageCodes).toEqual(['idea']);
    expect(body.funding).toEqual({ minMinor: 150050, maxMinor: null, currency: 'EUR' });
    expect((body.eligibility as { ageMin: number }).ageMin).toBeNaN();
    expect(body.tags).toEqual(['x', 'y']);
    expect(body.location).toBeNull();
    expect(body.contact).toBeNull();
    expect(body.apply).toEqual({ url: null, email: null });
  });

  it('splits tags on the Arabic comma too', () => {
    const body = offerBodyFromValues(offerValuesFromForm({ tags: 'الشباب، النساء, الزراعة' }));
    expect(body.tags).toEqual(['الشباب', 'النساء', 'الزراعة']);
  });

  it('starts a new offer online, free, for everyone', () => {
    const body = offerBodyFromValues(emptyOfferValues());
    expect(body).toMatchObject({
      format: 'online',
      cost: { type: 'free', amountMinor: null, currency: null },
      eligibility: { genderFocus: 'any', diasporaOnly: false },
      funding: null,
    });
  });
});
