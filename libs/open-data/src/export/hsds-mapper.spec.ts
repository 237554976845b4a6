import type { PublicOfferView } from '@app/catalogue';
import type { PublicOrganisationView } from '@app/support-organisation';
import { derivedId } from './hsds-ids';
import { eligibilityDescription, hsdsService, majorAmount } from './hsds-mapper';
import { serviceRows } from './hsds-rows';
import { offerCsvRow, safeCell, termNames } from './offers-csv';

const organisation: PublicOrganisationView = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Incubateur Baobab',
  slug: 'incubateur-baobab',
  kind: 'incubator',
  countriesOfOperation: ['SN'],
  description: {},
  website: null,
  logoUrl: null,
  contactEmail: null,
  contactPhone: null,
  verified: true,
  verifiedAt: new Date('2026-01-01T00:00:00Z'),
  updatedAt: new Date('2026-01-01T00:00:00Z'),
};

const offer: PublicOfferView = {
  id: '22222222-2222-4222-8222-222222222222',
  slug: 'pret-d-honneur',
  organisationId: organisation.id,
  state: 'published',
  lastVerifiedAt: null,
  publishedAt: new Date('2026-02-01T10:00:00Z'),
  updatedAt: new Date('2026-02-01T10:00:00.123Z'),
  qualityScore: 50,
  content: {
    translations: { en: { title: 'Honour loan', summary: 'A loan.', description: 'A long loan.' } },
    categoryCode: 'loan',
    sectorCodes: [],
    stageCodes: [],
    eligibility: {
      residenceCountries: [],
      targetCountries: ['CI', 'CI'],
      diasporaOnly: false,
      genderFocus: 'women',
      ageMin: 21,
    },
    deliveryLanguages: ['fr', 'wo'],
    format: 'online',
    cost: { type: 'paid', amountMinor: 1500, currency: 'TND' },
    funding: { maxMinor: 500_000, currency: 'EUR' },
    dates: { rolling: true },
    apply: { url: 'https://example.org/apply' },
    contact: null,
    tags: [],
  },
};

describe('HSDS mapping', () => {
  it('derives stable version-5 UUIDs, different for different parts', () => {
    const id = derivedId('language', offer.id, 'fr');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivedId('language', offer.id, 'fr')).toBe(id);
    expect(derivedId('language', offer.id, 'wo')).not.toBe(id);
  });

  it('turns minor units into the currency’s unit (TND 3 digits, XOF none)', () => {
    expect(majorAmount(1500, 'TND')).toBe(1.5);
    expect(majorAmount(1500, 'XOF')).toBe(1500);
    expect(majorAmount(1500, 'EUR')).toBe(15);
  });

  it('maps an offer with few fields: fallbacks, no empty values, one area per country', () => {
    const service = hsdsService(offer, organisation, {
      publicUrl: 'https://passerelle.test',
      terms: [],
    });
    expect(service).toMatchObject({
      name: 'Honour loan',
      description: 'A long loan.',
      url: 'https://passerelle.test/offres/pret-d-honneur',
      status: 'active',
      minimum_age: 21,
      last_modified: '2026-02-01T10:00:00Z',
      organization: {
        description: 'Incubateur Baobab',
        uri: expect.stringContaining('/organisations/'),
      },
      cost_options: [{ option: 'Payant', amount: 1.5, currency: 'TND' }],
      contacts: [],
    });
    expect(service).not.toHaveProperty('alternate_name');
    expect(service).not.toHaveProperty('email');
    expect(service.service_areas).toHaveLength(1);
    expect(service.funding[0].source).toContain('jusqu’à');
    expect(service.attributes.map((a) => [a.link_type, a.value])).toEqual([
      ['category', undefined],
      ['eligibility', 'CI'],
      ['eligibility', 'women'],
    ]);
    const rows = serviceRows(service);
    expect(rows.language).toHaveLength(2);
    expect(rows.attribute?.every((a) => !('taxonomy_term' in a))).toBe(true);
    expect(eligibilityDescription(offer.content)).toBe(
      "Pays du projet : Côte d'Ivoire. Pour les femmes. Âge : 21 ans et plus.",
    );
  });

  it('keeps spreadsheet cells from being formulas', () => {
    expect(safeCell('=1+1')).toBe("'=1+1");
    expect(safeCell('+221 77')).toBe("'+221 77");
    expect(safeCell('-5')).toBe("'-5");
    expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeCell('Bourse = argent')).toBe('Bourse = argent');
    const row = offerCsvRow(offer, organisation, termNames([]), 'https://passerelle.test');
    expect(row).toContain('en ligne');
    expect(row).toContain('1.5');
  });
});
