import { DataSource } from 'typeorm';
import { CatalogueJobsService } from '@app/catalogue';
import {
  newAdmin,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../../support/factories';
import { createTestApp, type TestApp } from '../../support/test-app';

type Json = Record<string, unknown>;
interface SyncPage {
  items: Array<Json & { id: string; deleted: boolean }>;
  nextCursor: string;
  hasMore: boolean;
}

/**
 * A partner mirrors the public catalogue with the sync API only: from scratch, then
 * incrementally (by cursor, and by updatedSince), with pages small enough to cross several.
 * Whatever happened in between (publication, edit, archive, expiry, reopening), the mirror
 * must end equal to the public list, item for item.
 */
describe('partner sync (updatedSince, cursor, tombstones)', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Réseau Miroir'));
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, who?: TestAccount, payload?: Json) =>
    t.app.inject({ method, url, headers: who ? who.auth() : {}, payload });
  const offersUrl = () => `/api/v1/organisations/${organisationId}/offers`;
  const content = (title: string, overrides: Json = {}) =>
    offerContent({
      translations: {
        fr: {
          title,
          summary: 'Un programme pour tester le miroir des partenaires.',
          description: 'Une description assez longue pour que l’offre soit complète et publiable.',
        },
      },
      ...overrides,
    });
  const draft = async (title: string) => {
    const res = await call('POST', offersUrl(), owner, content(title));
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string };
  };
  const decide = async (offerId: string) => {
    const res = await call('POST', `/api/v1/admin/offers/${offerId}/decision`, admin, {
      decision: 'publish',
    });
    expect(res.statusCode).toBe(200);
  };
  const publish = async (title: string) => {
    const offer = await draft(title);
    expect((await call('POST', `${offersUrl()}/${offer.id}/submit`, owner)).statusCode).toBe(200);
    await decide(offer.id);
    return offer.id;
  };

  /** The public list as anyone reads it, by id. */
  const publicOffers = async () => {
    const res = await call('GET', '/api/v1/offers?pageSize=100');
    expect(res.statusCode).toBe(200);
    return new Map((res.json().items as Json[]).map((o) => [o.id as string, o]));
  };

  /** Follows nextCursor until hasMore is false, applying every page to the mirror. */
  const syncInto = async (mirror: Map<string, Json>, start: string) => {
    let query = start;
    let pages = 0;
    for (;;) {
      const res = await call('GET', `/api/v1/offers?pageSize=2&${query}`);
      expect(res.statusCode).toBe(200);
      const page = res.json() as SyncPage;
      expect(page.items.length).toBeLessThanOrEqual(2);
      for (const item of page.items) {
        if (item.deleted) {
          expect(Object.keys(item).sort()).toEqual(['deleted', 'deletedAt', 'id']);
          mirror.delete(item.id);
        } else {
          const { deleted: _deleted, ...offer } = item;
          mirror.set(item.id, offer);
        }
      }
      pages += 1;
      query = `cursor=${page.nextCursor}`;
      if (!page.hasMore) return { cursor: page.nextCursor, pages };
    }
  };

  /** The latest change the mirror has seen (what a partner keeps for updatedSince). */
  const latest = (items: Iterable<Json>) =>
    [...items]
      .map((o) => String(o.updatedAt))
      .sort()
      .at(-1)!;

  it('mirrors the public list exactly: from scratch, then by cursor and by updatedSince', async () => {
    const kept = await publish('Prêt d’honneur tremplin');
    const edited = await publish('Mentorat export');
    const archived = await publish('Bourse verte');
    const expired = await publish('Concours innovation');
    const reopened = await publish('Incubation rurale');
    await draft('Brouillon jamais publié');

    const byCursor = new Map<string, Json>();
    const first = await syncInto(byCursor, 'updatedSince=1970-01-01T00:00:00Z');
    expect(first.pages).toBeGreaterThanOrEqual(3);
    expect(byCursor).toEqual(await publicOffers());
    const byTime = new Map(byCursor);
    const since = latest(byTime.values());

    // Everything that can happen to a public offer, and a new one.
    const patch = await call(
      'PATCH',
      `${offersUrl()}/${edited}`,
      owner,
      content('Mentorat export 2027'),
    );
    expect(patch.statusCode).toBe(200);
    await decide(edited);
    expect((await call('POST', `${offersUrl()}/${archived}/archive`, owner)).statusCode).toBe(200);
    await db.query(
      `UPDATE offers SET deadline = '2020-01-01',
              content = jsonb_set(content, '{dates,deadline}', '"2020-01-01"') WHERE id = $1`,
      [expired],
    );
    expect(await t.app.get(CatalogueJobsService).expireDueOffers()).toEqual([expired]);
    expect((await call('POST', `${offersUrl()}/${reopened}/archive`, owner)).statusCode).toBe(200);
    expect((await call('POST', `${offersUrl()}/${reopened}/reopen`, owner)).statusCode).toBe(200);
    const added = await publish('Fonds de garantie diaspora');

    const expected = await publicOffers();
    expect([...expected.keys()].sort()).toEqual([kept, edited, added].sort());
    expect((expected.get(edited)!.content as Json).translations).toMatchObject({
      fr: { title: 'Mentorat export 2027' },
    });

    // Incremental by cursor: only what changed comes back, tombstones included.
    const changes = await call('GET', `/api/v1/offers?cursor=${first.cursor}&pageSize=100`);
    const changed = (changes.json() as SyncPage).items;
    expect(changed.map((i) => [i.id, i.deleted]).sort()).toEqual(
      [
        [edited, false],
        [archived, true],
        [expired, true],
        [reopened, true],
        [added, false],
      ].sort(),
    );
    await syncInto(byCursor, `cursor=${first.cursor}`);
    expect(byCursor).toEqual(expected);

    // Incremental by time: inclusive, so the last item seen may come again (harmless).
    await syncInto(byTime, `updatedSince=${encodeURIComponent(since)}`);
    expect(byTime).toEqual(expected);

    // Nothing changed since: an empty page whose cursor can be used again.
    const idle = await call('GET', `/api/v1/offers?cursor=${first.cursor}&pageSize=100`);
    const again = await syncInto(new Map(), `cursor=${(idle.json() as SyncPage).nextCursor}`);
    expect(again.pages).toBe(1);
  });

  it('a change that commits late is not skipped: pages stop before the oldest open transaction', async () => {
    const slow = await publish('Offre modifiée lentement');
    const start = await call(
      'GET',
      '/api/v1/offers?updatedSince=1970-01-01T00:00:00Z&pageSize=100',
    );
    let cursor = (start.json() as SyncPage).nextCursor;
    for (let page = start.json() as SyncPage; page.hasMore;) {
      page = (await call('GET', `/api/v1/offers?cursor=${cursor}&pageSize=100`)).json() as SyncPage;
      cursor = page.nextCursor;
    }

    // A transaction changes an offer (its updated_at is its start time) and stays open while
    // another offer is published and committed, with a later updated_at.
    const writer = db.createQueryRunner();
    await writer.connect();
    try {
      await writer.startTransaction();
      await writer.query(
        `UPDATE offers SET content = jsonb_set(content, '{translations,fr,title}', '"Titre corrigé"') WHERE id = $1`,
        [slow],
      );
      const fast = await publish('Offre publiée pendant ce temps');
      const during = (await call('GET', `/api/v1/offers?cursor=${cursor}`)).json() as SyncPage;
      // Nothing after the open transaction's start is handed out yet, not even the committed one.
      expect(during.items.map((i) => i.id)).not.toContain(fast);
      expect(during.hasMore).toBe(false);
      await writer.commitTransaction();

      const after = (
        await call('GET', `/api/v1/offers?cursor=${during.nextCursor}`)
      ).json() as SyncPage;
      expect(after.items.map((i) => i.id)).toEqual([slow, fast]);
      expect(((after.items[0].content as Json).translations as Json).fr).toMatchObject({
        title: 'Titre corrigé',
      });
    } finally {
      if (writer.isTransactionActive) await writer.rollbackTransaction();
      await writer.release();
    }
  });

  it('organisations: the verified ones, and a tombstone for one no longer verified', async () => {
    const other = await newVerifiedOrganisation(t, admin, 'Association Sortante');
    const list = await call('GET', '/api/v1/public/organisations?pageSize=100');
    expect(list.statusCode).toBe(200);
    const listed = (list.json().items as Json[]).map((o) => o.id);
    expect(listed).toEqual(expect.arrayContaining([organisationId, other.organisationId]));

    const full = await call(
      'GET',
      '/api/v1/public/organisations?updatedSince=1970-01-01T00:00:00Z',
    );
    const page = full.json() as SyncPage;
    expect(page.items.map((i) => i.id).sort()).toEqual([...listed].sort() as string[]);

    // Changing the legal identifier sends it back to pending: out of the public list.
    const edit = await call('PATCH', `/api/v1/organisations/${other.organisationId}`, other.owner, {
      legalIdentifier: { country: 'SN', registrationNumber: 'SN-DKR-2024-B-00001' },
    });
    expect(edit.statusCode).toBe(200);
    const next = await call('GET', `/api/v1/public/organisations?cursor=${page.nextCursor}`);
    expect((next.json() as SyncPage).items).toEqual([
      { id: other.organisationId, deleted: true, deletedAt: expect.any(String) },
    ]);
  });

  it.each([
    ['updatedSince=yesterday', 'updatedSince', 'isRfc3339'],
    ['updatedSince=2026-02-30T00:00:00Z', 'updatedSince', 'isRfc3339'],
    ['updatedSince=2026-01-01T00:00:00', 'updatedSince', 'isRfc3339'],
    ['cursor=abc', 'cursor', 'isSyncCursor'],
    [`cursor=${Buffer.from('v1.12.not-a-uuid').toString('base64url')}`, 'cursor', 'isSyncCursor'],
    ['cursor=&updatedSince=2026-01-01T00:00:00Z', 'cursor', 'isSyncCursor'],
    ['updatedSince=2026-01-01T00:00:00Z&category=grant', 'category', 'notWithSync'],
    ['cursor=abc&page=2', 'cursor', 'isSyncCursor'],
    ['updatedSince=2026-01-01T00:00:00Z&page=2', 'page', 'notWithSync'],
  ])('GET /api/v1/offers?%s is a 400 naming %s', async (query, field, rule) => {
    const res = await call('GET', `/api/v1/offers?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, rule })]),
    );
  });

  it('a forged cursor on organisations is a 400 too, and page/pageSize still work', async () => {
    const res = await call('GET', '/api/v1/public/organisations?cursor=djEuMTIzLnh5eg');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'cursor' });
    const paged = await call('GET', '/api/v1/offers?page=1&pageSize=1');
    expect(paged.json()).toMatchObject({ page: 1, pageSize: 1, total: expect.any(Number) });
  });

  describe('ETag and Cache-Control on public GETs', () => {
    it.each([['/api/v1/offers'], ['/api/v1/public/organisations'], ['/api/v1/taxonomy']])(
      '%s: a weak ETag, then 304 for If-None-Match',
      async (url) => {
        const first = await call('GET', url);
        expect(first.statusCode).toBe(200);
        const etag = String(first.headers.etag);
        expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
        expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
        expect(String(first.headers.vary)).toMatch(/authorization, cookie/i);
        const again = await t.app.inject({
          method: 'GET',
          url,
          headers: { 'if-none-match': etag, 'accept-encoding': 'br, gzip' },
        });
        expect(again.statusCode).toBe(304);
        expect(again.payload).toBe('');
        expect(again.headers.etag).toBe(etag);
        expect(again.headers['content-encoding']).toBeUndefined();
        // A list of tags, strong or weak, matches too (weak comparison).
        const listed = await t.app.inject({
          method: 'GET',
          url,
          headers: { 'if-none-match': `"other", ${etag.slice(2)}` },
        });
        expect(listed.statusCode).toBe(304);
      },
    );

    it('a changed resource gets a new ETag, and the old one no longer matches', async () => {
      const offerId = await publish('Offre au cache changeant');
      const url = `/api/v1/offers/${offerId}`;
      const before = await call('GET', url);
      const etag = String(before.headers.etag);
      const patch = await call(
        'PATCH',
        `${offersUrl()}/${offerId}`,
        owner,
        content('Offre changée'),
      );
      expect(patch.statusCode).toBe(200);
      await decide(offerId);
      const after = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
      expect(after.statusCode).toBe(200);
      expect(after.headers.etag).not.toBe(etag);
      const list = await call('GET', '/api/v1/offers');
      expect(list.headers.etag).not.toBe(etag);
    });

    it('a signed-in caller gets private, no-store and no ETag; errors get no ETag', async () => {
      const res = await call('GET', '/api/v1/offers', owner);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect(res.headers.etag).toBeUndefined();
      const missing = await call('GET', '/api/v1/offers/no-such-offer');
      expect(missing.statusCode).toBe(404);
      expect(missing.headers.etag).toBeUndefined();
    });

    it('public pages keep no-cache (revalidate every time) and get an ETag', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers.etag).toMatch(/^W\//);
    });
  });
});
