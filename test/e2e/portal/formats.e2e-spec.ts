import { DataSource } from 'typeorm';
import { OfferSlugService } from '@app/catalogue';
import { OrganisationService } from '@app/support-organisation';
import { BrowserSession } from '../../support/browser-session';
import {
  newAdmin,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../../support/factories';
import { createTestApp, type TestApp } from '../../support/test-app';

type Json = Record<string, unknown>;
type Offer = { id: string; slug: string };

/** Issue 14.4: transliterated slugs with redirects from the old ones, euro equivalents. */
describe('formats: slugs in Latin letters, euro equivalents', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;

  const call = (method: 'GET' | 'POST', url: string, who?: TestAccount, payload?: Json) =>
    t.app.inject({ method, url, headers: who ? who.auth() : {}, payload });
  const publish = async (content: Json): Promise<Offer> => {
    const res = await call(
      'POST',
      `/api/v1/organisations/${organisationId}/offers`,
      owner,
      content,
    );
    if (res.statusCode !== 201) throw new Error(`create failed: ${res.payload}`);
    const offer = res.json() as Offer;
    await call('POST', `/api/v1/organisations/${organisationId}/offers/${offer.id}/submit`, owner);
    const decided = await call('POST', `/api/v1/admin/offers/${offer.id}/decision`, admin, {
      decision: 'publish',
    });
    if (decided.statusCode !== 200) throw new Error(`publish failed: ${decided.payload}`);
    return offer;
  };
  const arabicOffer = (title: string, funding?: Json) =>
    offerContent({
      translations: {
        ar: {
          title,
          summary: 'منحة لدعم رواد الأعمال من المغتربين الذين يطلقون مشاريعهم في المغرب.',
          description:
            'يقدم هذا البرنامج تمويلاً أولياً ومرافقة لمدة ستة أشهر لرواد الأعمال من الجالية المغربية في أوروبا.',
        },
      },
      ...(funding ? { funding } : {}),
    });
  const page = (url: string, lang = 'fr') => new BrowserSession(t, lang).get(url);
  /** Intl puts narrow and non-breaking spaces in numbers: compare with plain spaces. */
  const plain = (html: string) => html.replace(/[\u00a0\u202f]/g, ' ');

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'صندوق كورا للتمويل'));
  });

  afterAll(async () => {
    await t.close();
  });

  describe('slugs', () => {
    it('an Arabic-only title gets a slug in Latin letters', async () => {
      const offer = await publish(arabicOffer('برنامج احتضان رواد الأعمال'));
      expect(offer.slug).toMatch(/^brnamj-ahtdan-rwad-alaemal-[0-9a-f]{6}$/);
      const shown = await page(`/offres/${offer.slug}`);
      expect(shown.status).toBe(200);
      const organisation = (
        await call('GET', `/api/v1/public/organisations/${organisationId}`)
      ).json();
      expect(organisation.slug).toBe('sndwq-kwra-lltmwyl');
    });

    it('slugs made before transliteration are renewed, and the old ones answer 301', async () => {
      const offer = await publish(arabicOffer('منحة الابتكار للشركات الناشئة'));
      const suffix = offer.slug.slice(-6);
      // As an offer and an organisation created before issue 14.4 were stored.
      await db.query(`UPDATE offers SET slug = $2 WHERE id = $1`, [offer.id, `offre-${suffix}`]);
      await db.query(`UPDATE organisations SET slug = 'organisation-7' WHERE id = $1`, [
        organisationId,
      ]);

      expect(await t.app.get(OrganisationService).renewTransliteratedSlugs()).toBe(1);
      const renewed = await t.app.get(OfferSlugService).renewTransliterated();
      expect(renewed).toBe(1);
      // Running it again finds nothing left to do.
      expect(await t.app.get(OfferSlugService).renewTransliterated()).toBe(0);
      expect(await t.app.get(OrganisationService).renewTransliteratedSlugs()).toBe(0);

      const current = `mnht-alabtkar-llshrkat-alnashyt-${suffix}`;
      const old = await page(`/offres/offre-${suffix}?lang=ar`);
      expect(old.status).toBe(301);
      expect(old.location).toBe(`/offres/${current}?lang=ar`);
      expect((await page(`/offres/${current}`)).status).toBe(200);

      const oldOrganisation = await page('/organisations/organisation-7');
      expect(oldOrganisation.status).toBe(301);
      expect(oldOrganisation.location).toBe('/organisations/sndwq-kwra-lltmwyl');
      expect((await page('/organisations/sndwq-kwra-lltmwyl')).status).toBe(200);
    });

    it('an unknown slug is still the 404 page', async () => {
      const missing = await page('/offres/mnht-ghyr-mwjwda-000000');
      expect(missing.status).toBe(404);
      expect(missing.body).toContain('<html');
      expect((await page('/organisations/ghyr-mwjwda')).status).toBe(404);
    });
  });

  describe('euro equivalents', () => {
    let offer: Offer;

    beforeAll(async () => {
      // 1 000 000 to 15 000 000 F CFA: 1 524.49 € to 22 867.35 € at the fixed peg.
      offer = await publish(
        arabicOffer('صندوق التمويل الأولي', {
          minMinor: 1_000_000,
          maxMinor: 15_000_000,
          currency: 'XOF',
        }),
      );
    });

    it('shows "≈ … €" beside an amount in F CFA, with the date of the rate, in French', async () => {
      const body = plain((await page(`/offres/${offer.slug}`, 'fr')).body);
      expect(body).toContain('De 1 000 000 F CFA à 15 000 000 F CFA');
      expect(body).toMatch(
        /<span class="euros" title="Équivalent approximatif en euros, au taux de change du 1 décembre 2026">≈ 1 524 € – 22 870 €<\/span>/,
      );
      expect(body).toContain('au taux de change du 1 décembre 2026');
    });

    it('and in Arabic, with the numbers and the date written the Arabic way', async () => {
      const body = plain((await page(`/offres/${offer.slug}`, 'ar')).body);
      const dateAr = new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date('2026-12-01T00:00:00Z'),
      );
      const eur = (n: number) =>
        plain(
          new Intl.NumberFormat('ar', {
            style: 'currency',
            currency: 'EUR',
            maximumFractionDigits: 0,
          }).format(n),
        );
      expect(body).toContain(`title="القيمة التقريبية باليورو وفق سعر الصرف بتاريخ ${dateAr}"`);
      expect(body).toContain(`≈ ${eur(1524)} – ${eur(22_870)}</span>`);
    });

    it('not beside amounts already in euros', async () => {
      const euros = await publish(
        arabicOffer('قرض الشرف', { minMinor: 500_000, maxMinor: 2_000_000, currency: 'EUR' }),
      );
      const body = (await page(`/offres/${euros.slug}`)).body;
      expect(body).not.toContain('class="euros"');
      expect(body).not.toContain('taux de change');
    });
  });
});
