import { DataSource } from 'typeorm';
import { CatalogueJobsService } from '@app/catalogue';
import {
  newAccount,
  newAdmin,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

type Json = Record<string, unknown>;
interface Bookmark {
  offerId: string;
  savedAt: string;
  offer: {
    id: string;
    slug: string;
    state: string;
    title: string | null;
    titles: Record<string, string>;
  };
}

describe('bookmarks (entrepreneurs keep offers)', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Incubateur Baobab'));
  });
  afterAll(() => t.close());

  const call = (
    method: 'GET' | 'PUT' | 'DELETE' | 'POST',
    url: string,
    who?: TestAccount,
    payload?: Json,
  ) => t.app.inject({ method, url, headers: who ? who.auth() : {}, payload });
  const offersUrl = () => `/api/v1/organisations/${organisationId}/offers`;
  const draft = async (title: string) => {
    const res = await call(
      'POST',
      offersUrl(),
      owner,
      offerContent({
        translations: {
          fr: {
            title,
            summary: 'Un programme pour tester les offres gardées.',
            description:
              'Une description assez longue pour que l’offre soit complète et publiable.',
          },
          en: {
            title: `${title} (EN)`,
            summary: 'A programme to test saved offers.',
            description: 'A description long enough for the offer to be complete and publishable.',
          },
        },
      }),
    );
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; slug: string };
  };
  const publish = async (title: string) => {
    const offer = await draft(title);
    await call('POST', `${offersUrl()}/${offer.id}/submit`, owner);
    const res = await call('POST', `/api/v1/admin/offers/${offer.id}/decision`, admin, {
      decision: 'publish',
    });
    expect(res.statusCode).toBe(200);
    return offer;
  };
  const list = async (who: TestAccount, qs = '') => {
    const res = await call('GET', `/api/v1/me/bookmarks${qs}`, who);
    expect(res.statusCode).toBe(200);
    return res.json() as { items: Bookmark[]; total: number; page: number; pageSize: number };
  };

  it('save (idempotent), list newest first, forget (idempotent)', async () => {
    const awa = await newAccount(t);
    const first = await publish('Prêt d’honneur pour créatrices');
    const second = await publish('Mentorat export agroalimentaire');

    const saved = await call('PUT', `/api/v1/me/bookmarks/${first.id}`, awa);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      offerId: first.id,
      offer: {
        id: first.id,
        slug: first.slug,
        state: 'published',
        title: 'Prêt d’honneur pour créatrices',
      },
    });
    const again = await call('PUT', `/api/v1/me/bookmarks/${first.id}`, awa);
    expect(again.statusCode).toBe(200);
    expect(again.json().savedAt).toBe(saved.json().savedAt);
    await call('PUT', `/api/v1/me/bookmarks/${second.id}`, awa);

    const page = await list(awa);
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(page.items.map((b) => b.offerId)).toEqual([second.id, first.id]);
    expect((await list(awa, '?pageSize=1&page=2')).items.map((b) => b.offerId)).toEqual([first.id]);
    // The title in the asked language, every language in `titles`.
    const english = (await list(awa, '?lang=en')).items[1].offer;
    expect(english.title).toBe('Prêt d’honneur pour créatrices (EN)');
    expect(Object.keys(english.titles).sort()).toEqual(['en', 'fr']);

    expect((await call('DELETE', `/api/v1/me/bookmarks/${first.id}`, awa)).statusCode).toBe(204);
    expect((await call('DELETE', `/api/v1/me/bookmarks/${first.id}`, awa)).statusCode).toBe(204);
    expect((await list(awa)).items.map((b) => b.offerId)).toEqual([second.id]);
  });

  it('an offer that expired or was archived stays listed with its state; a reopened one shows no draft text', async () => {
    const awa = await newAccount(t);
    const archived = await publish('Bourse verte archivée');
    const expired = await publish('Concours innovation expiré');
    const reopened = await publish('Incubation rouverte');
    for (const offer of [archived, expired, reopened])
      expect((await call('PUT', `/api/v1/me/bookmarks/${offer.id}`, awa)).statusCode).toBe(200);

    expect((await call('POST', `${offersUrl()}/${archived.id}/archive`, owner)).statusCode).toBe(
      200,
    );
    await db.query(
      `UPDATE offers SET deadline = '2020-01-01',
              content = jsonb_set(content, '{dates,deadline}', '"2020-01-01"') WHERE id = $1`,
      [expired.id],
    );
    await t.app.get(CatalogueJobsService).expireDueOffers();
    await call('POST', `${offersUrl()}/${reopened.id}/archive`, owner);
    expect((await call('POST', `${offersUrl()}/${reopened.id}/reopen`, owner)).statusCode).toBe(
      200,
    );

    const byId = new Map((await list(awa)).items.map((b) => [b.offerId, b.offer]));
    expect(byId.get(archived.id)).toMatchObject({
      state: 'archived',
      slug: archived.slug,
      title: 'Bourse verte archivée',
    });
    expect(byId.get(expired.id)).toMatchObject({
      state: 'expired',
      slug: expired.slug,
      title: 'Concours innovation expiré',
    });
    // Back with its organisation as a draft: its text may change without review.
    expect(byId.get(reopened.id)).toMatchObject({
      state: 'unavailable',
      slug: reopened.slug,
      title: null,
      titles: {},
    });

    // Saving again (idempotent PUT) works for an offer that was public once.
    const resaved = await call('PUT', `/api/v1/me/bookmarks/${archived.id}`, awa);
    expect(resaved.statusCode).toBe(200);
    expect(resaved.json().offer.state).toBe('archived');
  });

  it('404 for an offer that was never public or does not exist; 400 for a malformed id', async () => {
    const awa = await newAccount(t);
    const neverPublished = await draft('Brouillon jamais publié');
    const notFound = await call('PUT', `/api/v1/me/bookmarks/${neverPublished.id}`, awa);
    expect(notFound.statusCode).toBe(404);
    expect(notFound.json().code).toBe('BOOKMARKS.OFFER_NOT_FOUND');
    expect(
      (await call('PUT', '/api/v1/me/bookmarks/00000000-0000-4000-8000-000000000000', awa))
        .statusCode,
    ).toBe(404);
    const malformed = await call('PUT', '/api/v1/me/bookmarks/not-a-uuid', awa);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0]).toMatchObject({ field: 'offerId', rule: 'isUuid' });
    expect((await list(awa)).total).toBe(0);
  });

  it('are private to their owner, and for entrepreneur accounts only', async () => {
    const awa = await newAccount(t);
    const ben = await newAccount(t);
    const offer = await publish('Réseau d’affaires Dakar–Paris');
    await call('PUT', `/api/v1/me/bookmarks/${offer.id}`, awa);
    expect((await list(ben)).total).toBe(0);
    // Ben forgetting "his" bookmark of the same offer leaves Awa's alone.
    await call('DELETE', `/api/v1/me/bookmarks/${offer.id}`, ben);
    expect((await list(awa)).items.map((b) => b.offerId)).toEqual([offer.id]);

    for (const [method, url] of [
      ['GET', '/api/v1/me/bookmarks'],
      ['PUT', `/api/v1/me/bookmarks/${offer.id}`],
      ['DELETE', `/api/v1/me/bookmarks/${offer.id}`],
    ] as const) {
      const res = await call(method, url, owner);
      expect({ method, status: res.statusCode }).toEqual({ method, status: 403 });
    }
  });

  it('are in the personal-data export and gone after erasure', async () => {
    const awa = await newAccount(t);
    const offer = await publish('Garantie bancaire diaspora');
    await call('PUT', `/api/v1/me/bookmarks/${offer.id}`, awa);

    const exported = await call('GET', '/api/v1/me/export', awa);
    expect(exported.statusCode).toBe(200);
    expect(exported.json().bookmarks).toEqual([
      {
        offerId: offer.id,
        savedAt: expect.any(String),
        slug: offer.slug,
        state: 'published',
        titles: { fr: 'Garantie bancaire diaspora', en: 'Garantie bancaire diaspora (EN)' },
      },
    ]);

    const erased = await call('DELETE', '/api/v1/me', awa, { password: awa.password });
    expect(erased.statusCode).toBe(204);
    expect(await db.query(`SELECT 1 FROM bookmarks WHERE user_id = $1`, [awa.id])).toEqual([]);
  });
});
