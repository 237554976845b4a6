import {
  completeLanguages,
  contentViolations,
  FINANCING_CATEGORIES,
  PUBLIC_STATES,
  type OfferContent,
} from '@app/catalogue';
import { isCountryCode, isCurrencyCode, isLanguageCode, minorUnits } from '@app/core';
import { ORGANISATION_KINDS } from '@app/support-organisation';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, generateDemoCatalogue, mulberry32 } from './demo-data';
import { SECTOR_CODES, STAGE_CODES } from './demo-places';

const NOW = new Date('2026-03-15T10:30:00Z');
const TODAY = '2026-03-15';
const DAY = 86_400_000;
const CATEGORIES = [
  'financing',
  'grant',
  'loan',
  'equity',
  'guarantee',
  'crowdfunding',
  'training',
  'mentoring',
  'incubation',
  'acceleration',
  'legal',
  'market_access',
  'networking',
  'information',
  'investment_facilitation',
  'return_reintegration',
];

const catalogue = generateDemoCatalogue(NOW);
const { organisations, offers } = catalogue;
const count = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((acc, item) => {
    acc[key(item)] = (acc[key(item)] ?? 0) + 1;
    return acc;
  }, {});
const texts = (c: OfferContent) => Object.values(c.translations);

describe('demo catalogue generator', () => {
  it('is deterministic: the same seed and day give the same catalogue', () => {
    expect(generateDemoCatalogue(new Date(NOW))).toEqual(catalogue);
    expect(JSON.stringify(generateDemoCatalogue(new Date(NOW)))).toBe(JSON.stringify(catalogue));
  });

  it('changes with the seed, and keeps its shape on another day', () => {
    const other = generateDemoCatalogue(NOW, 42);
    expect(other.offers.map((o) => o.slug)).not.toEqual(offers.map((o) => o.slug));
    const later = generateDemoCatalogue(new Date(NOW.getTime() + 100 * DAY));
    expect(later.offers.map((o) => [o.state, o.content.categoryCode])).toEqual(
      offers.map((o) => [o.state, o.content.categoryCode]),
    );
  });

  it('uses its own seeded generator, not Math.random', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    const spy = jest.spyOn(Math, 'random');
    generateDemoCatalogue(NOW);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('has about forty organisations of every kind, in Europe and Africa, mostly verified', () => {
    expect(organisations.length).toBeGreaterThanOrEqual(38);
    expect(organisations.length).toBeLessThanOrEqual(45);
    expect(new Set(organisations.map((o) => o.kind))).toEqual(new Set(ORGANISATION_KINDS));
    const countries = new Set(organisations.map((o) => o.legalCountry ?? ''));
    for (const c of ['FR', 'BE', 'IT', 'ES', 'DE', 'PT', 'GB', 'SN', 'CI', 'CM', 'MA', 'TN']) {
      expect(countries).toContain(c);
    }
    const operating = new Set(organisations.flatMap((o) => o.countriesOfOperation));
    for (const c of ['ML', 'NG', 'GH', 'KE', 'CV', 'AO']) expect(operating).toContain(c);
    const status = count(organisations, (o) => o.verificationStatus);
    expect(status.verified).toBeGreaterThanOrEqual(28);
    expect(status.verified).toBeLessThanOrEqual(34);
    expect(status.rejected).toBe(1);
    expect(status.pending).toBeGreaterThanOrEqual(6);
    const rejected = organisations.find((o) => o.verificationStatus === 'rejected')!;
    expect(rejected.rejectionReason?.length).toBeGreaterThan(20);
    expect(new Set(organisations.map((o) => o.slug)).size).toBe(organisations.length);
  });

  it('says every organisation is fictitious, with addresses on example.org only', () => {
    for (const o of organisations) {
      const descriptions = Object.values(o.description);
      expect(descriptions.length).toBeGreaterThan(0);
      for (const d of descriptions) {
        expect(d).toMatch(/fictive|Fictitious|fictícia|وهمية/);
      }
      expect(o.website).toMatch(/^https:\/\/example\.org\//);
      expect(o.contactEmail).toMatch(/@example\.org$/);
      expect(o.legalRegistrationNumber ?? 'DEMO-').toMatch(/^DEMO-/);
      for (const c of o.countriesOfOperation) expect(isCountryCode(c)).toBe(true);
    }
  });

  it('gives the demo organisation account one organisation to own and two to edit', () => {
    const roles = organisations.filter((o) => o.demoMemberRole);
    expect(roles.map((o) => [o.index, o.demoMemberRole])).toEqual([
      [0, 'owner'],
      [1, 'editor'],
      [2, 'editor'],
    ]);
    expect(organisations[0].verificationStatus).toBe('verified');
    expect(new Set(offers.filter((o) => o.organisationIndex === 0).map((o) => o.state))).toEqual(
      new Set(['published', 'expired', 'submitted', 'draft', 'changes_requested']),
    );
  });

  it('has 300 offers in every category and the states of a live catalogue', () => {
    expect(offers).toHaveLength(300);
    const categories = count(offers, (o) => o.content.categoryCode);
    for (const code of CATEGORIES) expect(categories[code]).toBeGreaterThanOrEqual(5);
    expect(Object.keys(categories).sort()).toEqual([...CATEGORIES].sort());
    const states = count(offers, (o) => o.state);
    expect(states.expired).toBe(10);
    expect(states.submitted).toBe(8);
    expect(states.draft).toBe(5);
    expect(states.changes_requested).toBe(3);
    expect(states.published).toBe(300 - 26);
    expect(offers.filter((o) => o.revision)).toHaveLength(2);
    expect(offers.filter((o) => o.revision).every((o) => o.state === 'published')).toBe(true);
    // Public offers belong to verified organisations only.
    for (const o of offers.filter((x) => PUBLIC_STATES.includes(x.state))) {
      expect(organisations[o.organisationIndex].verificationStatus).toBe('verified');
    }
    expect(new Set(offers.map((o) => o.slug)).size).toBe(300);
  });

  it('passes the catalogue’s own content rules, for every offer and revision', () => {
    const contents = [
      ...offers.map((o) => o.content),
      ...offers.flatMap((o) => (o.revision ? [o.revision.content] : [])),
    ];
    for (const content of contents) expect(contentViolations(content)).toEqual([]);
  });

  it('writes French and English for most offers, Portuguese and Arabic for some', () => {
    const languages = offers.map((o) => completeLanguages(o.content));
    const both = languages.filter((l) => l.includes('fr') && l.includes('en')).length;
    expect(both / offers.length).toBeGreaterThan(0.6);
    const pt = offers.filter((o) => o.content.translations.pt);
    const ar = offers.filter((o) => o.content.translations.ar);
    expect(pt.length).toBeGreaterThanOrEqual(15);
    expect(ar.length).toBeGreaterThanOrEqual(15);
    const lusophone = ['CV', 'AO', 'MZ', 'GW'];
    expect(
      pt.every((o) => o.content.eligibility.targetCountries.some((c) => lusophone.includes(c))),
    ).toBe(true);
    const arabic = ['MA', 'TN', 'EG'];
    expect(
      ar.every((o) => o.content.eligibility.targetCountries.some((c) => arabic.includes(c))),
    ).toBe(true);
    const targets = new Set(offers.flatMap((o) => o.content.eligibility.targetCountries));
    for (const c of ['CV', 'AO', 'MZ', 'GW', 'MA', 'TN', 'EG']) expect(targets).toContain(c);
  });

  it('keeps texts within the lengths the API accepts, and mostly 300–1500 characters long', () => {
    const all = offers.flatMap((o) => texts(o.content));
    for (const t of all) {
      expect(t.title!.length).toBeGreaterThanOrEqual(5);
      expect(t.title!.length).toBeLessThanOrEqual(160);
      expect(t.summary!.length).toBeGreaterThanOrEqual(20);
      expect(t.summary!.length).toBeLessThanOrEqual(500);
      expect(t.description!.length).toBeGreaterThanOrEqual(50);
      expect(t.description!.length).toBeLessThanOrEqual(20_000);
      expect(t.description).toMatch(/fictive|Fictitious|fictícia|وهمي/);
      expect(`${t.title} ${t.summary} ${t.description}`).not.toMatch(/\{\w+\}|undefined|NaN/);
    }
    const usual = all.filter((t) => t.description!.length >= 300 && t.description!.length <= 1500);
    expect(usual.length / all.length).toBeGreaterThan(0.9);
    // An organisation never lists the same title twice (duplicates are only the deliberate ones).
    const titles = offers
      .filter((o) => !o.duplicateOf)
      .flatMap((o) => texts(o.content).map((t) => `${o.organisationIndex}:${t.title}`));
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('uses valid codes, amounts in minor units and addresses on example.org', () => {
    for (const { content: c } of offers) {
      for (const code of c.sectorCodes) expect(SECTOR_CODES).toContain(code);
      for (const code of c.stageCodes) expect(STAGE_CODES).toContain(code);
      expect(c.sectorCodes.length).toBeGreaterThan(0);
      expect(c.stageCodes.length).toBeLessThanOrEqual(5);
      for (const code of [...c.eligibility.residenceCountries, ...c.eligibility.targetCountries]) {
        expect(isCountryCode(code)).toBe(true);
      }
      for (const code of c.deliveryLanguages) expect(isLanguageCode(code)).toBe(true);
      if (c.location?.countryCode) expect(isCountryCode(c.location.countryCode)).toBe(true);
      expect(c.tags.length).toBeLessThanOrEqual(20);
      for (const tag of c.tags) expect(tag.length).toBeLessThanOrEqual(40);
      if (c.apply.url) expect(c.apply.url).toMatch(/^https:\/\/example\.org\//);
      if (c.apply.email) expect(c.apply.email).toMatch(/@example\.org$/);
      if (c.contact?.email) expect(c.contact.email).toMatch(/@example\.org$/);
      const amounts: Array<[number | null | undefined, string | null | undefined]> = [
        [c.cost.amountMinor, c.cost.currency],
        [c.funding?.minMinor, c.funding?.currency],
        [c.funding?.maxMinor, c.funding?.currency],
      ];
      for (const [amount, currency] of amounts) {
        if (amount == null) continue;
        expect(isCurrencyCode(currency)).toBe(true);
        expect(Number.isInteger(amount)).toBe(true);
        // Whole units of the currency: cents for EUR, none for XOF, millimes for TND.
        expect(amount % 10 ** minorUnits(currency!)).toBe(0);
        expect(amount).toBeGreaterThan(0);
        expect(amount).toBeLessThanOrEqual(1e14);
      }
      expect(!!c.funding).toBe(FINANCING_CATEGORIES.includes(c.categoryCode));
    }
    const currencies = new Set(
      offers.flatMap((o) => (o.content.funding ? [o.content.funding.currency] : [])),
    );
    for (const c of ['EUR', 'XOF', 'XAF', 'MAD']) expect(currencies).toContain(c);
  });

  it('varies audience, format, cost and dates', () => {
    const c = offers.map((o) => o.content);
    expect(c.filter((x) => x.eligibility.genderFocus === 'women').length).toBeGreaterThanOrEqual(
      15,
    );
    expect(c.filter((x) => x.eligibility.ageMax === 35).length).toBeGreaterThanOrEqual(15);
    expect(c.filter((x) => x.eligibility.diasporaOnly).length).toBeGreaterThan(60);
    expect(c.filter((x) => x.categoryCode === 'return_reintegration').length).toBeGreaterThan(3);
    expect(count(c, (x) => x.format)).toEqual({
      online: expect.any(Number),
      in_person: expect.any(Number),
      hybrid: expect.any(Number),
    });
    for (const x of c.filter((y) => y.format !== 'online')) expect(x.location?.city).toBeTruthy();
    const cost = count(c, (x) => x.cost.type);
    expect(cost.free).toBeGreaterThan(cost.paid + cost.on_application);
    expect(cost.paid).toBeGreaterThanOrEqual(10);
    expect(cost.on_application).toBeGreaterThanOrEqual(10);
    expect(c.filter((x) => x.dates.rolling).length).toBeGreaterThan(40);
    expect(c.filter((x) => !x.dates.rolling).length).toBeGreaterThan(100);
  });

  it('dates offers around today: future deadlines when published, past ones when expired', () => {
    const inAYear = new Date(NOW.getTime() + 366 * DAY).toISOString().slice(0, 10);
    for (const o of offers) {
      const { dates } = o.content;
      if (dates.opensOn && dates.deadline) expect(dates.opensOn <= dates.deadline).toBe(true);
      if (o.state === 'expired') expect(dates.deadline! < TODAY).toBe(true);
      if (o.state !== 'expired' && dates.deadline) {
        expect(dates.deadline >= TODAY).toBe(true);
        expect(dates.deadline <= inAYear).toBe(true);
      }
      expect(o.createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(o.createdAt.getTime()).toBeGreaterThanOrEqual(
        organisations[o.organisationIndex].createdAt.getTime(),
      );
      if (o.submittedAt) expect(o.submittedAt > o.createdAt).toBe(true);
      if (o.publishedAt) {
        expect(o.publishedAt > o.submittedAt!).toBe(true);
        expect(o.publishedAt > organisations[o.organisationIndex].decidedAt!).toBe(true);
        expect(o.lastVerifiedAt!.getTime()).toBeGreaterThanOrEqual(o.publishedAt.getTime());
      }
      // The audit history walks the state machine in order and ends where the offer is.
      const steps = o.events.filter((e) => !e.revision);
      expect(steps[0]).toMatchObject({ action: 'offer.created', toState: 'draft' });
      for (let i = 1; i < steps.length; i++) {
        expect(steps[i].at.getTime()).toBeGreaterThanOrEqual(steps[i - 1].at.getTime());
        expect(steps[i].fromState).toBe(steps[i - 1].toState);
      }
      expect(steps.at(-1)!.toState).toBe(o.state);
      expect(o.version).toBe(steps.length);
    }
    // "Last verified" spreads from days to about nine months: some offers are stale.
    const ages = offers
      .filter((o) => o.state === 'published')
      .map((o) => (NOW.getTime() - o.lastVerifiedAt!.getTime()) / DAY);
    expect(Math.min(...ages)).toBeLessThan(10);
    expect(Math.max(...ages)).toBeGreaterThan(240);
    expect(ages.filter((a) => a > 183).length).toBeGreaterThanOrEqual(10);
  });

  it('puts near-duplicate titles in the review queue, from the same organisation', () => {
    const duplicates = offers.filter((o) => o.duplicateOf);
    expect(duplicates.length).toBeGreaterThanOrEqual(3);
    for (const d of duplicates) {
      expect(d.state).toBe('submitted');
      const original = offers.find((o) => o.slug === d.duplicateOf)!;
      expect(original.organisationIndex).toBe(d.organisationIndex);
      expect(texts(d.content)[0].title).toContain(texts(original.content)[0].title!);
    }
  });

  it('defines the three demo accounts (the e2e test signs in with them)', () => {
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(8);
    expect(Object.values(DEMO_ACCOUNTS).map((a) => a.email)).toEqual([
      'admin@passerelle.demo',
      'organisation@passerelle.demo',
      'entrepreneur@passerelle.demo',
    ]);
    expect(Object.values(DEMO_ACCOUNTS).map((a) => a.kind)).toEqual([
      'admin',
      'organisation_member',
      'entrepreneur',
    ]);
  });
});
