import type { OfferContent } from '@app/catalogue';
import { AdminFormat } from './admin-view';
import { compareOffers, languagesOf, offerFields } from './offer-fields';

const t = (key: string, params?: Record<string, string | number>) =>
  params ? `${key}${JSON.stringify(params)}` : key;
const ctx = {
  t,
  format: new AdminFormat('fr'),
  terms: new Map([['category:grant', { fr: 'Subvention', en: 'Grant' }]]),
};

const content = (overrides: Partial<OfferContent> = {}): OfferContent => ({
  translations: {
    fr: { title: 'Bourse', summary: 'Un résumé', description: 'Six mois de financement.' },
  },
  categoryCode: 'grant',
  sectorCodes: [],
  stageCodes: [],
  eligibility: {
    residenceCountries: ['FR'],
    targetCountries: ['SN'],
    diasporaOnly: true,
    genderFocus: 'any',
  },
  deliveryLanguages: ['fr'],
  format: 'online',
  cost: { type: 'paid', amountMinor: 5000, currency: 'EUR' },
  funding: { minMinor: 100_000_000, maxMinor: null, currency: 'XOF' },
  dates: { rolling: false, deadline: '2099-12-31' },
  apply: { url: 'https://example.org' },
  tags: ['diaspora'],
  ...overrides,
});

describe('offer fields', () => {
  it('formats every field in the page language, taxonomy labels and countries included', () => {
    const fields = new Map(offerFields(content(), ctx).map((f) => [f.key, f]));
    expect(fields.get('translations.fr.title')).toMatchObject({ value: 'Bourse', lang: 'fr' });
    expect(fields.get('categoryCode')?.value).toBe('Subvention (grant)');
    expect(fields.get('eligibility.targetCountries')?.value).toBe('Sénégal');
    expect(fields.get('cost')?.value).toMatch(/^cost\.paidAmount\{"amount":"50,00\s€"\}$/);
    expect(fields.get('funding')?.value).toMatch(/amount\.from\{"min":"100\s000\s000\sF\s?CFA"\}/);
    expect(fields.get('dates.deadline')?.value).toBe('31 déc. 2099');
    expect(fields.get('location')?.value).toBe('admin.value.none');
  });

  it('lists the languages an offer is written in', () => {
    expect(languagesOf(content())).toEqual(['fr']);
    expect(
      languagesOf(content({ translations: { ar: { title: 'منحة' }, fr: { title: ' ' } } })),
    ).toEqual(['ar']);
  });

  it('pairs the live and proposed fields, languages of either included, and marks what changed', () => {
    const live = content();
    const proposed = content({
      translations: {
        fr: { title: 'Bourse', summary: 'Un résumé', description: 'Douze mois de financement.' },
        en: { title: 'Grant', summary: 'A summary', description: 'Twelve months.' },
      },
      eligibility: { ...live.eligibility, targetCountries: ['SN', 'ML'] },
    });
    const rows = new Map(compareOffers(live, proposed, ctx).map((r) => [r.key, r]));
    expect(rows.get('translations.fr.title')?.changed).toBe(false);
    const description = rows.get('translations.fr.description')!;
    expect(description.changed).toBe(true);
    expect(description.before.filter((s) => s.changed).map((s) => s.text)).toEqual(['Six']);
    expect(description.after.filter((s) => s.changed).map((s) => s.text)).toEqual(['Douze']);
    expect(rows.get('translations.en.title')).toMatchObject({ changed: true, lang: 'en' });
    expect(rows.get('translations.en.title')?.before).toEqual([
      { text: 'admin.value.none', changed: true },
    ]);
    expect(rows.get('eligibility.targetCountries')?.changed).toBe(true);
    expect(rows.get('tags')?.changed).toBe(false);
  });
});
