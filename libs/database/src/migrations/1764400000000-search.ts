import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PostgreSQL search engine's index: one row per published offer, the document as
 * jsonb plus typed columns for filters, facets and sorting, a weighted multilingual
 * tsvector, and a vocabulary of indexed words for typo correction (pg_trgm).
 */
export class Search1764400000000 implements MigrationInterface {
  name = 'Search1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_documents (
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
    await q.query(`CREATE INDEX search_documents_tsv_idx ON search_documents USING gin (tsv)`);
    await q.query(
      `CREATE INDEX search_documents_suggest_idx ON search_documents USING gin (suggest_text gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX search_documents_org_idx ON search_documents USING gin (immutable_unaccent(lower(organisation_name)) gin_trgm_ops)`,
    );
    for (const column of [
      'category_codes',
      'sector_codes',
      'stage_codes',
      'residence_countries',
      'target_countries',
      'delivery_languages',
    ]) {
      await q.query(
        `CREATE INDEX search_documents_${column}_idx ON search_documents USING gin (${column})`,
      );
    }
    await q.query(`CREATE INDEX search_documents_deadline_idx ON search_documents (deadline_ts)`);
    await q.query(
      `CREATE INDEX search_documents_published_idx ON search_documents (published_ts DESC)`,
    );
    await q.query(`
      CREATE TABLE search_vocabulary (
        word text PRIMARY KEY,
        documents integer NOT NULL
      )`);
    await q.query(
      `CREATE INDEX search_vocabulary_trgm_idx ON search_vocabulary USING gist (word gist_trgm_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_vocabulary`);
    await q.query(`DROP TABLE search_documents`);
  }
}
