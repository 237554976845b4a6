/**
 * Search sync under faults: "nothing acknowledged is ever lost".
 *
 * The real API (HTTP through Fastify inject) and the real worker (WorkerModule, pg-boss) on one
 * real PostgreSQL database. The only fake is the outside system: Meilisearch, played by the
 * recording fake of the adapter's contract tests (every request validated against the official
 * OpenAPI document), behind a switch that refuses connections, answers 503 or fails tasks.
 * A second worker on the default embedded engine checks the same idempotency.
 *
 * Retries run on production's SYNC_RETRY; where waiting for a backoff would only burn time, the
 * test moves the retry's `start_after` to now (the same pg-boss retry path, sooner). The
 * 15-minute reconcile schedule is removed from the test workers so the only reconcile runs are
 * the ones the test makes. No timings are asserted: SEARCH_FAULTS_FIGURES=1 prints what was measured.
 */
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OFFER_CHANGED_JOB, PublicOffersService } from '@app/catalogue';
import { JobQueue } from '@app/database';
import {
  RECONCILE_SEARCH_JOB,
  SEARCH_ENGINE,
  SearchIndexer,
  SYNC_RETRY,
  type SearchDocument,
  type SearchEngine,
} from '@app/search';
import {
  newAdmin,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../support/factories';
import {
  fastForwardRetries,
  offerJobs,
  startWorker,
  SwitchableMeilisearch,
  waitUntil,
  type JobRow,
  type MeilisearchHealth,
} from '../support/search-faults';
import { createTestApp, type TestApp } from '../support/test-app';

type Json = Record<string, unknown>;

const INDEX = 'offers';
/** What the client reports when a request gets no answer (refused) or a 503. */
const FAILED_REQUEST = /^Request to http:\/\/meilisearch\.contract\.test\/\S+ has failed$/;
const figures: Record<string, unknown> = {};

describe('search sync under faults: nothing acknowledged is ever lost', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;
  let titles = 0;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin));
  });
  afterAll(async () => {
    // Durations are reported, never asserted: SEARCH_FAULTS_FIGURES=1 prints them.
    if (process.env.SEARCH_FAULTS_FIGURES) {
      process.stdout.write(`search-faults figures: ${JSON.stringify(figures)}\n`);
    }
    await t?.close();
  });

  // ── the API, as an organisation and an admin use it ───────────────────────────────────────

  let requests = 0;
  const call = async (method: 'POST' | 'PATCH', url: string, who: TestAccount, payload?: Json) => {
    const res = await t.app.inject({ method, url, headers: who.auth(), payload });
    if (res.statusCode < 200 || res.statusCode > 299) {
      throw new Error(`${method} ${url} answered ${res.statusCode}: ${res.payload}`);
    }
    requests += 1;
    return res.json() as Json & { id: string; state: string };
  };
  const base = () => `/api/v1/organisations/${organisationId}/offers`;
  const content = (tags: string[] = ['diaspora']) => {
    titles += 1;
    const fr = (offerContent().translations as Record<string, Json>).fr;
    return offerContent({
      translations: {
        fr: { ...fr, title: `Bourse d’amorçage n° ${titles} pour entrepreneurs de la diaspora` },
      },
      tags,
    });
  };
  const create = async (tags?: string[]) => (await call('POST', base(), owner, content(tags))).id;
  const edit = (id: string, tags: string[]) =>
    call('PATCH', `${base()}/${id}`, owner, content(tags));
  const submit = (id: string) => call('POST', `${base()}/${id}/submit`, owner);
  const publish = (id: string) =>
    call('POST', `/api/v1/admin/offers/${id}/decision`, admin, { decision: 'publish' });
  const archive = (id: string) => call('POST', `${base()}/${id}/archive`, owner);
  const adminArchive = (id: string) =>
    call('POST', `/api/v1/admin/offers/${id}/archive`, admin, { reason: 'Programme clos.' });
  const reconfirm = (id: string) => call('POST', `${base()}/${id}/reconfirm`, owner);
  const publishNew = async () => {
    const id = await create();
    await submit(id);
    await publish(id);
    return id;
  };

  // ── what the database says the index must hold ────────────────────────────────────────────

  const publishedIds = async (): Promise<string[]> =>
    (await db.query(`SELECT id FROM offers WHERE state = 'published' ORDER BY id`)).map(
      (r: { id: string }) => r.id,
    );

  /** buildSearchDocument of every published row, as the indexer builds it from the database. */
  const expectedDocuments = async (worker: INestApplicationContext) => {
    const indexer = worker.get(SearchIndexer);
    const docs: SearchDocument[] = [];
    for await (const batch of indexer.allDocuments()) docs.push(...batch);
    // The builder is fed from the rows: check a few fields against the rows themselves.
    const rows: Array<{ id: string; slug: string; title: string; tags: string[] }> = await db.query(
      `SELECT id, slug, content->'translations'->'fr'->>'title' AS title, content->'tags' AS tags
         FROM offers WHERE state = 'published' ORDER BY id`,
    );
    expect(docs.map((d) => ({ id: d.id, slug: d.slug, title: d.title_fr, tags: d.tags }))).toEqual(
      rows,
    );
    return new Map(docs.map((d) => [d.id, d]));
  };

  const fingerprintsOf = (docs: Map<string, SearchDocument>) =>
    new Map([...docs].map(([id, d]) => [id, d.fingerprint]));

  const jobsOf = (ids: readonly string[]) => offerJobs(db, ids);
  const allIn = (rows: JobRow[], states: JobRow['state'][]) =>
    rows.length > 0 && rows.every((r) => states.includes(r.state));

  const stopReconcileSchedule = async (worker: INestApplicationContext) => {
    await worker.get(JobQueue).instance.unschedule(RECONCILE_SEARCH_JOB);
  };

  // ── Meilisearch ───────────────────────────────────────────────────────────────────────────

  describe('with Meilisearch (the recording fake behind a switch)', () => {
    // Each test starts its own fake and worker, so it passes alone and in any order.
    let meili: SwitchableMeilisearch;
    let worker: INestApplicationContext;
    let running: INestApplicationContext | undefined;
    let engine: SearchEngine;
    let indexer: SearchIndexer;
    let jobs: JobQueue;
    // Stored as the adapter writes them; `freshnessTs` is its own ranking field, not part of a SearchDocument.
    const indexed = () =>
      new Map(
        [...(meili.fake.indexes.get(INDEX)?.documents ?? new Map<string, Json>())].map(
          ([id, stored]) => {
            const { freshnessTs: _ranking, ...document } = stored as Record<string, Json>;
            return [id, document as Json];
          },
        ),
      );

    /**
     * A fresh fake in state `health` and a worker started against it. Up, the worker's
     * reconcile fills the index with every published offer, as a running platform's index is.
     */
    const start = async (health: MeilisearchHealth) => {
      // Search jobs still waiting (another test's retries, the organisation's own sync from
      // beforeAll, a scheduled reconcile) would run beside this test's: reconcile covers them.
      await db.query(
        `DELETE FROM pgboss.job WHERE name LIKE 'search.%' AND state IN ('created', 'retry')`,
      );
      meili = new SwitchableMeilisearch();
      meili.set(health);
      running = worker = await startWorker(t, { engine: meili.engine(t.config) });
      engine = worker.get<SearchEngine>(SEARCH_ENGINE);
      expect(engine.name).toBe('meilisearch');
      indexer = worker.get(SearchIndexer);
      jobs = worker.get(JobQueue);
      await stopReconcileSchedule(worker);
      if (health === 'up') await indexer.reconcile();
    };
    afterEach(async () => {
      await running?.close();
      running = undefined;
      // Every request the adapter sent was on-contract.
      expect(meili.fake.violations).toEqual([]);
    });

    it('a worker started while Meilisearch is down sets the index up once it is back', async () => {
      await start('refused'); // down before the worker even starts: its prepare() at boot fails
      const id = await publishNew();
      const [failed] = await waitUntil(
        'the first attempt to fail',
        () => jobsOf([id]),
        (rows) => allIn(rows, ['retry']),
      );
      expect(failed.error).toMatch(FAILED_REQUEST);
      expect(meili.fake.indexes.size).toBe(0);

      meili.set('up');
      await fastForwardRetries(db, [id]);
      await waitUntil(
        'the retry to succeed',
        () => jobsOf([id]),
        (rows) => allIn(rows, ['completed']),
      );

      const index = meili.fake.indexes.get(INDEX);
      expect(index?.primaryKey).toBe('id');
      expect([...indexed().keys()]).toEqual([id]);
      // With the settings prepare() applies, filtered and sorted searches work.
      const result = await engine.search({
        lang: 'fr',
        filters: { categories: ['grant'], targetCountries: ['SN'], verifiedOnly: true },
        sort: 'deadline',
        offset: 0,
        limit: 10,
        today: '2026-06-01',
      });
      expect(result.hits.map((h) => h.document.id)).toEqual([id]);
      // Offers published before this worker started reach the index through reconcile.
      await indexer.reconcile();
      expect([...indexed().keys()].sort()).toEqual(await publishedIds());
    });

    it('engine down during 50 offer edits: every request succeeds, jobs retry, and the index catches up', async () => {
      await start('up');
      // Indexed before the outage.
      const [b1, b2, b3] = [await publishNew(), await publishNew(), await publishNew()];
      await waitUntil(
        'the baseline to be indexed',
        () => jobsOf([b1, b2, b3]),
        (rows) => allIn(rows, ['completed']),
      );
      expect([...indexed().keys()].sort()).toEqual(await publishedIds());
      const baseline = structuredClone(indexed());
      const before = new Set((await db.query(`SELECT id FROM pgboss.job`)).map((r: Json) => r.id));

      meili.set('refused');
      requests = 0;
      await edit(b1, ['révisée']); // a revision of a live offer…
      await publish(b1); // …approved: the live version changes
      await archive(b2);
      await adminArchive(b3);
      const drafts: string[] = [];
      for (let i = 0; i < 20; i++) drafts.push(await create([`brouillon-${i}`]));
      for (const id of drafts.slice(0, 10)) await edit(id, ['corrigé']);
      const [d1, d2, d3, d4, d5, d6] = drafts;
      for (const id of [d1, d2, d3, d4, d5, d6]) {
        await submit(id);
        await publish(id);
      }
      await archive(d5);
      await archive(d6);
      await reconfirm(d1);
      await edit(d2, ['en attente de relecture']); // pending: the index keeps the live version
      expect(requests).toBe(50);

      // Every change is in the database.
      const states = new Map<string, string>(
        (
          await db.query(`SELECT id, state FROM offers WHERE id = ANY($1)`, [
            [b1, b2, b3, ...drafts],
          ])
        ).map((r: Json) => [r.id, r.state]),
      );
      expect(Object.fromEntries(states)).toEqual({
        ...Object.fromEntries(drafts.map((id) => [id, 'draft'])),
        ...Object.fromEntries([b1, d1, d2, d3, d4].map((id) => [id, 'published'])),
        ...Object.fromEntries([b2, b3, d5, d6].map((id) => [id, 'archived'])),
      });
      const tags = async (id: string) =>
        (await db.query(`SELECT content->'tags' AS tags FROM offers WHERE id = $1`, [id]))[0].tags;
      expect(await tags(b1)).toEqual(['révisée']);
      expect(await tags(drafts[9])).toEqual(['corrigé']);
      expect(await tags(drafts[10])).toEqual(['brouillon-10']);
      expect(await tags(d2)).toEqual(['corrigé']);
      const [pending] = await db.query(
        `SELECT state, content->'tags' AS tags FROM offer_revisions WHERE offer_id = $1 AND state = 'submitted'`,
        [d2],
      );
      expect(pending).toEqual({ state: 'submitted', tags: ['en attente de relecture'] });

      // Every sync job of the outage failed, and pg-boss scheduled its retry after a backoff.
      const touched = [b1, b2, b3, d1, d2, d3, d4, d5, d6];
      const outageJobs = async () => (await jobsOf(touched)).filter((j) => !before.has(j.id));
      const sentFromTheApi = 12; // 1 revision approval, 6 publications, 4 archives, 1 re-confirmation
      const firstFailures = await waitUntil(
        'every outage job to fail once',
        outageJobs,
        (rows) => rows.length === sentFromTheApi && allIn(rows, ['retry']),
      );
      for (const job of firstFailures) {
        expect(job).toMatchObject({
          retryLimit: SYNC_RETRY.retryLimit,
          retryDelay: SYNC_RETRY.retryDelay,
          retryBackoff: true,
          error: expect.stringMatching(FAILED_REQUEST),
        });
        expect(job.backoff).toBeGreaterThanOrEqual(SYNC_RETRY.retryDelay);
      }
      expect(meili.refusedRequests.refused).toBeGreaterThan(0);

      // Still down, now behind a 503. The jobs of b1, b2 and d3 use up their retries (as they
      // would after hours of outage): their next failure is final.
      meili.set('unavailable');
      const exhausted = [b1, b2, d3];
      await db.query(
        `UPDATE pgboss.job
            SET retry_limit = CASE WHEN state = 'active' THEN retry_count ELSE retry_count + 1 END
          WHERE name = $1 AND state IN ('retry', 'active') AND data->>'offerId' = ANY($2)`,
        [OFFER_CHANGED_JOB, exhausted],
      );
      await fastForwardRetries(db, touched);
      const secondFailures = await waitUntil('every outage job to fail again', outageJobs, (rows) =>
        rows.every((r) =>
          exhausted.includes(r.offerId)
            ? r.state === 'failed'
            : r.state === 'retry' && r.retryCount >= 1,
        ),
      );
      expect(secondFailures.map((j) => j.error)).toEqual(
        secondFailures.map(() => expect.stringMatching(FAILED_REQUEST)),
      );
      expect(meili.refusedRequests.unavailable).toBeGreaterThan(0);
      expect(indexed()).toEqual(baseline); // nothing written while down

      // Back up: the pending retries deliver everything but the exhausted jobs.
      meili.set('up');
      const recovered = Date.now();
      await fastForwardRetries(db, touched);
      const delivered = await waitUntil('the retries to succeed', outageJobs, (rows) =>
        rows.every((r) =>
          exhausted.includes(r.offerId) ? r.state === 'failed' : r.state === 'completed',
        ),
      );
      figures.retriesCatchUpMs = Date.now() - recovered;
      figures.outageJobs = delivered.length;
      figures.attemptsPerJob = delivered.map((j) => `${j.state}:${j.retryCount + 1}`);
      figures.requestsRefused = { ...meili.refusedRequests };

      const expected = await expectedDocuments(worker);
      expect([...expected.keys()].sort()).toEqual(await publishedIds());
      const drift = (actual: Map<string, string>) => ({
        missing: [...expected.keys()].filter((id) => !actual.has(id)).sort(),
        stale: [...expected.values()]
          .filter((d) => actual.has(d.id) && actual.get(d.id) !== d.fingerprint)
          .map((d) => d.id),
        extra: [...actual.keys()].filter((id) => !expected.has(id)),
      });
      expect(drift(await engine.indexedFingerprints())).toEqual({
        missing: [d3],
        stale: [b1],
        extra: [b2],
      });

      // The reconcile run repairs exactly that.
      const reconcileStarted = Date.now();
      const report = await indexer.reconcile();
      figures.reconcileMs = Date.now() - reconcileStarted;
      figures.reconcileReport = report;
      expect(report).toEqual({ checked: expected.size, upserted: 2, deleted: 1 });
      expect(await engine.indexedFingerprints()).toEqual(fingerprintsOf(expected));
      expect(Object.fromEntries(indexed())).toEqual(Object.fromEntries(expected));
      for (const id of [b2, b3, d5, d6, ...drafts.slice(6)]) expect(indexed().has(id)).toBe(false);
      expect(indexed().get(d2)?.tags).toEqual(['corrigé']);
      expect(await indexer.reconcile()).toEqual({
        checked: expected.size,
        upserted: 0,
        deleted: 0,
      });
    });

    it('the same job delivered twice is harmless; a job for an offer no longer public deletes it, twice', async () => {
      await start('up');
      const id = await publishNew();
      await waitUntil(
        'the job',
        () => jobsOf([id]),
        (rows) => allIn(rows, ['completed']),
      );
      const [document] = await indexer.documents([
        (await worker.get(PublicOffersService).findForIndex(id))!,
      ]);
      const size = indexed().size;
      expect(indexed().get(id)).toEqual(document);

      expect(await indexer.syncOffer(id)).toBe('upserted');
      expect(await indexer.syncOffer(id)).toBe('upserted');
      await jobs.send(OFFER_CHANGED_JOB, { offerId: id });
      await jobs.send(OFFER_CHANGED_JOB, { offerId: id });
      await waitUntil(
        'both copies',
        () => jobsOf([id]),
        (rows) => rows.length === 3 && allIn(rows, ['completed']),
      );
      expect(indexed().size).toBe(size);
      expect(indexed().get(id)).toEqual(document);
      expect((await engine.indexedFingerprints()).get(id)).toBe(document.fingerprint);

      await archive(id);
      await waitUntil(
        'the archive job',
        () => jobsOf([id]),
        (rows) => rows.length === 4 && allIn(rows, ['completed']),
      );
      expect(indexed().has(id)).toBe(false);
      expect(await indexer.syncOffer(id)).toBe('deleted');
      await jobs.send(OFFER_CHANGED_JOB, { offerId: id });
      await waitUntil(
        'the replayed delete',
        () => jobsOf([id]),
        (rows) => rows.length === 5 && allIn(rows, ['completed']),
      );
      expect(indexed().has(id)).toBe(false);
      expect(indexed().size).toBe(size - 1);
      // Every write task the engine was given succeeded.
      const failedTasks = meili.fake
        .requestsTo('get_task')
        .filter((e) => (e.response as Json).status === 'failed');
      expect(failedTasks).toEqual([]);
    });

    it('a failed engine task fails the job, pg-boss retries it, and the document ends up indexed', async () => {
      await start('up');
      // Lower the retry delay for jobs sent from now on (the queue options are copied into each job).
      await jobs.instance.updateQueue(OFFER_CHANGED_JOB, {
        name: OFFER_CHANGED_JOB,
        retryDelay: 1,
        retryBackoff: false,
      });
      try {
        let failures = 0;
        meili.fake.taskOutcome = (task) =>
          task.type === 'documentAdditionOrUpdate' && failures++ === 0 ? 'failed' : 'succeeded';
        const id = await publishNew();
        const [job] = await waitUntil(
          'the job to fail then succeed',
          () => jobsOf([id]),
          (rows) => allIn(rows, ['completed']),
        );
        expect(job).toMatchObject({ retryCount: 1, retryDelay: 1, retryBackoff: false });
        figures.failedTaskRetries = job.retryCount;

        const tasks = meili.fake
          .requestsTo('get_task')
          .map((e) => e.response as Json)
          .filter(
            (task) => task.type === 'documentAdditionOrUpdate' && task.status !== 'processing',
          );
        expect(tasks.slice(-2).map((task) => task.status)).toEqual(['failed', 'succeeded']);
        const [expected] = await indexer.documents([
          (await worker.get(PublicOffersService).findForIndex(id))!,
        ]);
        expect(indexed().get(id)).toEqual(expected);
      } finally {
        await jobs.instance.updateQueue(OFFER_CHANGED_JOB, {
          name: OFFER_CHANGED_JOB,
          ...SYNC_RETRY,
        });
      }
    });
  });

  // ── The embedded engine (the default) ───────────────────────────────────────────────────────

  describe('with the embedded engine (default)', () => {
    let worker: INestApplicationContext;
    let indexer: SearchIndexer;
    let jobs: JobQueue;
    const rows = async (id: string) =>
      db.query(`SELECT fingerprint, document FROM search_documents WHERE id = $1`, [id]);
    const snapshot = async () => ({
      documents: (await db.query(`SELECT count(*)::int AS n FROM search_documents`))[0].n,
      tombstones: (await db.query(`SELECT count(*)::int AS n FROM search_document_deletions`))[0].n,
    });

    beforeAll(async () => {
      // Jobs of the Meilisearch phase still waiting for a retry would be picked up by this worker
      // and change the index under the snapshots below: that phase is over, drop them.
      await db.query(`DELETE FROM pgboss.job WHERE state IN ('created', 'retry')`);
      worker = await startWorker(t);
      expect(worker.get<SearchEngine>(SEARCH_ENGINE).name).toBe('embedded');
      indexer = worker.get(SearchIndexer);
      jobs = worker.get(JobQueue);
      await stopReconcileSchedule(worker);
      await indexer.reconcile();
    });
    afterAll(() => worker?.close());

    it('the same job delivered twice is harmless; a job for an offer no longer public deletes it, twice', async () => {
      const id = await publishNew();
      await waitUntil(
        'the job',
        () => jobsOf([id]),
        (r) => allIn(r, ['completed']),
      );
      const [document] = await indexer.documents([
        (await worker.get(PublicOffersService).findForIndex(id))!,
      ]);
      expect(await rows(id)).toEqual([{ fingerprint: document.fingerprint, document }]);
      const before = await snapshot();

      expect(await indexer.syncOffer(id)).toBe('upserted');
      expect(await indexer.syncOffer(id)).toBe('upserted');
      await jobs.send(OFFER_CHANGED_JOB, { offerId: id });
      await jobs.send(OFFER_CHANGED_JOB, { offerId: id });
      await waitUntil(
        'both copies',
        () => jobsOf([id]),
        (r) => r.length === 3 && allIn(r, ['completed']),
      );
      expect(await rows(id)).toEqual([{ fingerprint: document.fingerprint, document }]);
      expect(await snapshot()).toEqual(before);

      await archive(id);
      await waitUntil(
        'the archive job',
        () => jobsOf([id]),
        (r) => r.length === 4 && allIn(r, ['completed']),
      );
      expect(await rows(id)).toEqual([]);
      expect(await indexer.syncOffer(id)).toBe('deleted');
      await jobs.send(OFFER_CHANGED_JOB, { offerId: id });
      await waitUntil(
        'the replayed delete',
        () => jobsOf([id]),
        (r) => r.length === 5 && allIn(r, ['completed']),
      );
      expect(await rows(id)).toEqual([]);
      expect((await snapshot()).documents).toBe(before.documents - 1);

      // This engine never saw the offers of the Meilisearch tests: reconcile brings it level.
      const expected = await expectedDocuments(worker);
      const report = await indexer.reconcile();
      expect(report).toMatchObject({ checked: expected.size, deleted: 0 });
      expect(await worker.get<SearchEngine>(SEARCH_ENGINE).indexedFingerprints()).toEqual(
        fingerprintsOf(expected),
      );
      expect(await indexer.reconcile()).toEqual({
        checked: expected.size,
        upserted: 0,
        deleted: 0,
      });
    });
  });
});
