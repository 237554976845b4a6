import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The anonymous log of public searches behind the admin insights (most frequent queries,
 * queries that found nothing). It holds nothing about who searched: no user id, IP address,
 * user agent or session. The words are kept normalised (trimmed, whitespace collapsed,
 * lower-cased, at most 100 characters), or not at all (`query` NULL, `redacted`) when they
 * looked like an e-mail address or a phone number. Rows are deleted after 180 days by a
 * daily worker job.
 */
export class SearchQueryLog1764600000000 implements MigrationInterface {
  name = 'SearchQueryLog1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_query_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT now(),
        query varchar(100) CHECK (query IS NULL OR query <> ''),
        redacted boolean NOT NULL DEFAULT false,
        lang varchar(2),
        filters jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(filters) = 'object'),
        result_count integer NOT NULL CHECK (result_count >= 0),
        CONSTRAINT search_query_log_redacted_keeps_no_text CHECK (NOT redacted OR query IS NULL)
      )`);
    // Time windows of the insights, and the daily purge.
    await q.query(`CREATE INDEX search_query_log_created_idx ON search_query_log (created_at)`);
    // Queries that found nothing, over a window: an index-only scan of a small part of the table.
    await q.query(`
      CREATE INDEX search_query_log_zero_results_idx ON search_query_log (created_at) INCLUDE (query)
        WHERE result_count = 0 AND query IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_query_log`);
  }
}
