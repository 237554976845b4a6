import type { OrganisationEntity } from '../entities/organisation.entity';
import { planProfileUpdate } from './profile-changes';

function organisation(overrides: Partial<OrganisationEntity> = {}): OrganisationEntity {
  return Object.assign(
    {
      id: 'o-1',
      name: 'Diaspora Invest Dakar',
      slug: 'diaspora-invest-dakar',
      kind: 'incubator',
      legalCountry: 'SN',
      legalRegistrationNumber: 'SN-DKR-2019-B-1234',
      countriesOfOperation: ['SN', 'FR'],
      description: { fr: 'Incubateur' },
      website: 'https://example.org',
      contactEmail: 'contact@example.org',
      contactPhone: '+221338000000',
      logoUrl: null,
      verificationStatus: 'verified',
    } satisfies Partial<OrganisationEntity>,
    overrides,
  ) as OrganisationEntity;
}

describe('planProfileUpdate', () => {
  it('an empty edit changes nothing', () => {
    expect(planProfileUpdate(organisation(), {})).toEqual({
      patch: {},
      legalIdentifierChanged: false,
      violations: [],
    });
  });

  it('values equal after normalisation are not changes', () => {
    const plan = planProfileUpdate(organisation(), {
      name: '  Diaspora Invest Dakar ',
      legalIdentifier: { country: 'sn', registrationNumber: ' SN-DKR-2019-B-1234 ' },
      countriesOfOperation: ['sn', 'FR', 'SN'],
      description: { fr: 'Incubateur ', en: '  ' },
      contactPhone: '+221 33 800 00 00',
    });
    expect(plan).toEqual({ patch: {}, legalIdentifierChanged: false, violations: [] });
  });

  it('a new registration number is a legal identifier change', () => {
    const plan = planProfileUpdate(organisation(), {
      legalIdentifier: { country: 'SN', registrationNumber: 'SN-DKR-2024-A-9' },
    });
    expect(plan.legalIdentifierChanged).toBe(true);
    expect(plan.patch).toEqual({ legalCountry: 'SN', legalRegistrationNumber: 'SN-DKR-2024-A-9' });
  });

  it('clearing the legal identifier is a change too', () => {
    const plan = planProfileUpdate(organisation(), { legalIdentifier: null });
    expect(plan.legalIdentifierChanged).toBe(true);
    expect(plan.patch).toEqual({ legalCountry: null, legalRegistrationNumber: null });
  });

  it('empty strings clear optional contacts; spaces leave phone numbers', () => {
    const plan = planProfileUpdate(organisation(), {
      website: '',
      contactEmail: null,
      contactPhone: '+33 6 12 34 56 78',
    });
    expect(plan.patch).toEqual({
      website: null,
      contactEmail: null,
      contactPhone: '+33612345678',
    });
  });

  it('reports codes that are not ISO 3166-1 alpha-2', () => {
    const plan = planProfileUpdate(organisation(), {
      legalIdentifier: { country: 'XX', registrationNumber: '1' },
      countriesOfOperation: ['SN', 'XK'],
    });
    expect(plan.violations.map((v) => v.field)).toEqual([
      'legalIdentifier.country',
      'countriesOfOperation',
    ]);
  });
});
