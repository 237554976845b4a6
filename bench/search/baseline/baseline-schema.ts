/**
 * The baseline engine's schema, created by the benchmark in its own database: the DDL of
 * migration 1764400000000-search (search_documents, search_vocabulary) renamed, plus copies of
 * the foundation migration's text-search configurations and unaccent wrapper. The project is
 * free to drop its own; the baseline depends only on the extensions.
 */
import type { DataSource } from 'typeorm';

export const BASELINE_TABLES = ['baseline_search_documents', 'baseline_search_vocabulary'] as const;

const CONFIGS = [
  ['baseline_fr', 'french_stem'],
  ['baseline_en', 'english_stem'],
  ['baseline_pt', 'portuguese_stem'],
  ['baseline_ar', 'arabic_stem'],
  ['baseline_simple', 'simple'],
] as const;

const ARRAY_COLUMNS = [
  'category_codes',
  'sector_codes',
  'stage_codes',
  'residence_countries',
  'target_countries',
  'delivery_languages',
];

/** Creates the baseline's objects in a freshly migrated database (fails if they exist). */
export async function createBaselineSchema(db: DataSource): Promise<void> {
  await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
  await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
  await db.query(`
    CREATE FUNCTION baseline_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
  for (const [name, stemmer] of CONFIGS) {
    await db.query(`CREATE TEXT SEARCH CONFIGURATION ${name} (COPY = simple)`);
    await db.query(
      `ALTER TEXT SEARCH CONFIGURATION ${name}
         ALTER MAPPING FOR hword, hword_part, word, asciiword, asciihword, hword_asciipart
         WITH unaccent, ${stemmer}`,
    );
  }
  await db.query(`
    CREATE TABLE baseline_search_documents (
      id uuid PRIMARY KEY,
      document jsonb NOT NULL,
      fingerprint text NOT NULL,
      category_codes text[] NOT NULL,
      sector_codes text[] NOT NULL,
      stage_codes text[] NOT NULL,
      residence_countries text[] NOT NULL,
      target_countries text[] NOT NULL,
      delivery_languages text[] NOT NULL,
      format text NOT NULL,
      free boolean NOT NULL,
      funding_max_eur bigint,
      organisation_verified boolean NOT NULL,
      diaspora_only boolean NOT NULL,
      rolling boolean NOT NULL,
      deadline_ts bigint NOT NULL,
      opens_ts bigint NOT NULL,
      published_ts bigint NOT NULL,
      quality_score smallint NOT NULL,
      organisation_name text NOT NULL,
      suggest_text text NOT NULL,
      tsv tsvector NOT NULL
    )`);
  await db.query(
    `CREATE INDEX baseline_search_documents_tsv_idx ON baseline_search_documents USING gin (tsv)`,
  );
  await db.query(
    `CREATE INDEX baseline_search_documents_suggest_idx ON baseline_search_documents
       USING gin (suggest_text gin_trgm_ops)`,
  );
  await db.query(
    `CREATE INDEX baseline_search_documents_org_idx ON baseline_search_documents
       USING gin (baseline_unaccent(lower(organisation_name)) gin_trgm_ops)`,
  );
  for (const column of ARRAY_COLUMNS) {
    await db.query(
      `CREATE INDEX baseline_search_documents_${column}_idx ON baseline_search_documents
         USING gin (${column})`,
    );
  }
  await db.query(
    `CREATE INDEX baseline_search_documents_deadline_idx ON baseline_search_documents (deadline_ts)`,
  );
  await db.query(
    `CREATE INDEX baseline_search_documents_published_idx ON baseline_search_documents
       (published_ts DESC)`,
  );
  await db.query(`
    CREATE TABLE baseline_search_vocabulary (
      word text PRIMARY KEY,
      documents integer NOT NULL
    )`);
  await db.query(
    `CREATE INDEX baseline_search_vocabulary_trgm_idx ON baseline_search_vocabulary
       USING gist (word gist_trgm_ops)`,
  );
}
