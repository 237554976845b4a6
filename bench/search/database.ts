/**
 * The benchmark's own PostgreSQL: one embedded cluster in a temporary folder, and one fresh
 * database per catalogue size, migrated with the project's migrations plus the baseline
 * engine's tables (baseline/baseline-schema.ts), so every engine builds its index from empty.
 */
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { OfferContent } from '@app/catalogue';
import {
  createDataSource,
  ensureDatabase,
  runPendingMigrations,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from '@app/database';
import { buildSearchDocument, type SearchDocument } from '@app/search';
import { createBaselineSchema } from './baseline/baseline-schema';
import type { GeneratedOffer, GeneratedOrganisation, Taxonomy } from './catalogue';

export const DATABASE_PREFIX = 'passerelle_bench_';

export interface BenchServer {
  readonly dataDir: string;
  readonly clusterDir: string;
  urlFor(database: string): string;
  /** A new database for one catalogue size: migrated, with the baseline's schema. */
  createDatabase(name: string): Promise<string>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
  /** Synchronous last resort (exit handlers): the launcher's own exit hook stops the server. */
  removeSync(): void;
}

export async function startServer(log: (line: string) => void): Promise<BenchServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'passerelle-bench-'));
  // PostgreSQL runs as the postgres user when we are root: it must reach the folder.
  await chmod(dataDir, 0o755);
  let embedded: EmbeddedDatabase | undefined;
  const removeSync = () => rmSync(dataDir, { recursive: true, force: true });
  try {
    embedded = await startEmbeddedDatabase({ dataDir, persistent: false, onLog: log });
    const server = embedded;
    return {
      dataDir,
      clusterDir: path.join(dataDir, 'pg'),
      urlFor: (name) => server.urlFor(name),
      createDatabase: async (name) => {
        await ensureDatabase(server.adminUrl, name);
        const url = server.urlFor(name);
        const applied = await runPendingMigrations(url);
        const db = createDataSource({ url, poolSize: 1, applicationName: 'bench-schema' });
        await db.initialize();
        try {
          await createBaselineSchema(db);
        } finally {
          await db.destroy();
        }
        log(`database ${name}: ${applied.length} migrations applied, baseline schema created`);
        return url;
      },
      dropDatabase: async (name) => {
        const client = new Client({ connectionString: server.adminUrl });
        await client.connect();
        try {
          await client.query(
            `DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`,
          );
        } finally {
          await client.end();
        }
      },
      stop: async () => {
        try {
          await server.stop();
        } finally {
          await rm(dataDir, { recursive: true, force: true });
        }
      },
      removeSync,
    };
  } catch (error) {
    await embedded?.stop().catch(() => undefined);
    removeSync();
    throw error;
  }
}

export async function postmasterPid(clusterDir: string): Promise<number | undefined> {
  const text = await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(text.split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

type Labels = { fr: string; en: string; pt?: string; ar?: string };
interface Term {
  vocabulary: 'category' | 'sector' | 'stage';
  code: string;
  parent_code: string | null;
  labels: Labels;
}

/** Loads, indexes and inspects the catalogue through one TypeORM data source. */
export class BenchDatabase {
  private terms = new Map<string, Term>();

  private constructor(readonly db: DataSource) {}

  static async open(url: string): Promise<BenchDatabase> {
    const db = createDataSource({ url, poolSize: 4, applicationName: 'passerelle-bench' });
    await db.initialize();
    const bench = new BenchDatabase(db);
    const terms: Term[] = await db.query(
      `SELECT vocabulary, code, parent_code, labels FROM taxonomy_terms
        WHERE retired_at IS NULL ORDER BY vocabulary, position, code`,
    );
    for (const t of terms) bench.terms.set(`${t.vocabulary}/${t.code}`, t);
    return bench;
  }

  taxonomy(): Taxonomy {
    const codes = (v: Term['vocabulary']) =>
      [...this.terms.values()].filter((t) => t.vocabulary === v).map((t) => t.code);
    return {
      categories: codes('category'),
      sectors: codes('sector'),
      stages: codes('stage'),
      labels: new Map([...this.terms].map(([key, t]) => [key, t.labels])),
    };
  }

  async close(): Promise<void> {
    if (this.db.isInitialized) await this.db.destroy();
  }

  async insertOrganisations(
    m: EntityManager,
    rows: readonly GeneratedOrganisation[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await m.query(
      `INSERT INTO organisations (id, name, slug, kind, legal_country, legal_registration_number,
         countries_of_operation, description, verification_status, verification_requested_at,
         verified_at, created_at, updated_at)
       SELECT r.id, r.name, r.slug, r.kind, r.legal_country, 'BENCH-' || r.slug, ARRAY[r.legal_country],
         '{}'::jsonb, 'verified', r.created_at, r.created_at, r.created_at, r.created_at
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, name text, slug text, kind text,
              legal_country text, created_at timestamptz)`,
      [
        JSON.stringify(
          rows.map((o) => ({
            id: o.id,
            name: o.name,
            slug: o.slug,
            kind: o.kind,
            legal_country: o.legalCountry,
            created_at: o.createdAt,
          })),
        ),
      ],
    );
  }

  /** One multi-row INSERT per call (the rows travel as one jsonb array). */
  async insertOffers(
    m: EntityManager,
    rows: readonly GeneratedOffer[],
    organisationIds: readonly string[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await m.query(
      `INSERT INTO offers (id, organisation_id, slug, state, version, content, category_code,
         residence_countries, target_countries, rolling, deadline, quality_score, last_verified_at,
         created_at, updated_at, submitted_at, first_published_at, published_at, decided_at)
       SELECT r.id, r.organisation_id, r.slug, 'published', 1, r.content, r.content->>'categoryCode',
         ARRAY(SELECT jsonb_array_elements_text(r.content->'eligibility'->'residenceCountries')),
         ARRAY(SELECT jsonb_array_elements_text(r.content->'eligibility'->'targetCountries')),
         (r.content->'dates'->>'rolling')::boolean, (r.content->'dates'->>'deadline')::date,
         r.quality_score, r.last_verified_at, r.published_at, r.published_at, r.published_at,
         r.published_at, r.published_at, r.published_at
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, organisation_id uuid, slug text,
              content jsonb, quality_score smallint, last_verified_at timestamptz,
              published_at timestamptz)`,
      [
        JSON.stringify(
          rows.map((o) => ({
            id: o.id,
            organisation_id: organisationIds[o.organisationIndex],
            slug: o.slug,
            content: o.content,
            quality_score: o.qualityScore,
            last_verified_at: o.lastVerifiedAt,
            published_at: o.publishedAt,
          })),
        ),
      ],
    );
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /**
   * Search documents for these offers, read back from the database the way the indexer reads
   * them (offer row + organisation + taxonomy labels) and built by the real buildSearchDocument.
   */
  async documents(ids: readonly string[]): Promise<SearchDocument[]> {
    const rows: Array<{
      id: string;
      slug: string;
      organisation_id: string;
      content: OfferContent;
      quality_score: number;
      last_verified_at: Date | null;
      published_at: Date | null;
      name: string;
      kind: string;
      verified: boolean;
    }> = await this.db.query(
      `SELECT o.id, o.slug, o.organisation_id, o.content, o.quality_score, o.last_verified_at,
              o.published_at, g.name, g.kind, g.verification_status = 'verified' AS verified
         FROM offers o JOIN organisations g ON g.id = o.organisation_id
        WHERE o.id = ANY($1::uuid[]) ORDER BY o.id`,
      [ids],
    );
    const labelled = (vocabulary: Term['vocabulary'], codes: readonly string[]) =>
      codes.flatMap((code) => {
        const term = this.terms.get(`${vocabulary}/${code}`);
        return term ? [{ code, labels: term.labels }] : [];
      });
    return rows.map((row) => {
      const category = this.terms.get(`category/${row.content.categoryCode}`);
      const categories = labelled('category', [
        ...(category?.parent_code ? [category.parent_code] : []),
        row.content.categoryCode,
      ]);
      return buildSearchDocument({
        offer: {
          id: row.id,
          slug: row.slug,
          organisationId: row.organisation_id,
          content: row.content,
          qualityScore: row.quality_score,
          lastVerifiedAt: row.last_verified_at,
          publishedAt: row.published_at,
        },
        organisation: { name: row.name, kind: row.kind, verified: row.verified },
        categories,
        sectors: labelled('sector', row.content.sectorCodes),
        stages: labelled('stage', row.content.stageCodes),
      });
    });
  }

  /** Indexes `ids` in batches; returns the time spent reading+building and upserting. */
  async index(
    engine: { upsert(documents: SearchDocument[]): Promise<void> },
    ids: readonly string[],
    batchSize: number,
    onBatch: (done: number) => void,
  ): Promise<{ buildMs: number; upsertMs: number }> {
    let buildMs = 0;
    let upsertMs = 0;
    for (let i = 0; i < ids.length; i += batchSize) {
      const t0 = performance.now();
      const documents = await this.documents(ids.slice(i, i + batchSize));
      const t1 = performance.now();
      await engine.upsert(documents);
      const t2 = performance.now();
      buildMs += t1 - t0;
      upsertMs += t2 - t1;
      onBatch(Math.min(ids.length, i + batchSize));
    }
    return { buildMs, upsertMs };
  }

  /** The tables of `names` that exist (the project's own search tables change with its engine). */
  async existingTables(names: readonly string[]): Promise<string[]> {
    const rows: Array<{ name: string }> = await this.db.query(
      `SELECT relname AS name FROM pg_class
        WHERE relname = ANY($1::text[]) AND relkind IN ('r', 'p') ORDER BY relname`,
      [names],
    );
    return rows.map((r) => r.name);
  }

  async vacuumAnalyze(tables: readonly string[]): Promise<void> {
    for (const table of await this.existingTables(tables)) {
      await this.db.query(`VACUUM (ANALYZE) ${table}`);
    }
  }

  async tableSizes(tables: readonly string[]): Promise<TableSize[]> {
    return this.db.query(
      `SELECT c.relname AS table, c.reltuples::bigint AS rows,
              pg_total_relation_size(c.oid)::bigint AS total,
              pg_relation_size(c.oid)::bigint AS heap,
              coalesce(pg_total_relation_size(c.reltoastrelid), 0)::bigint AS toast,
              pg_indexes_size(c.oid)::bigint AS indexes
         FROM pg_class c
        WHERE c.relname = ANY($1::text[]) AND c.relkind = 'r'
        ORDER BY pg_total_relation_size(c.oid) DESC`,
      [tables],
    );
  }

  /** Rows of `table`, or undefined when the table does not exist. */
  async count(table: string): Promise<number | undefined> {
    if ((await this.existingTables([table])).length === 0) return undefined;
    const [row] = await this.db.query(`SELECT count(*)::int AS n FROM ${table}`);
    return row.n;
  }

  async settings(): Promise<Record<string, string>> {
    const rows: Array<{ name: string; setting: string; unit: string | null }> = await this.db
      .query(`SELECT name, setting, unit FROM pg_settings WHERE name IN ('server_version',
        'shared_buffers', 'work_mem', 'effective_cache_size', 'max_connections', 'jit',
        'max_parallel_workers_per_gather', 'random_page_cost', 'gin_pending_list_limit')`);
    const out: Record<string, string> = {};
    for (const r of rows) out[r.name] = r.unit ? `${r.setting} × ${r.unit}` : r.setting;
    const [jit] = await this.db.query(`SELECT pg_jit_available() AS available`);
    out.jit_available = String(jit.available);
    return out;
  }
}

export interface TableSize {
  table: string;
  rows: string;
  total: string;
  heap: string;
  toast: string;
  indexes: string;
}
