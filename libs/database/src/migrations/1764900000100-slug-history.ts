import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The slugs an offer or an organisation had before (issue 14.4): titles in Arabic or another
 * non-Latin script now get transliterated slugs, and links to the old address must keep
 * working (301 to the current one). A row is written whenever a slug changes; it goes with
 * its offer or organisation. The current slug is looked up first, so a history row never
 * shadows a live page.
 */
export class SlugHistory1764900000100 implements MigrationInterface {
  name = 'SlugHistory1764900000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE offer_previous_slugs (
        slug text PRIMARY KEY,
        offer_id uuid NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
        replaced_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX offer_previous_slugs_offer ON offer_previous_slugs (offer_id)`);
    await q.query(`
      CREATE TABLE organisation_previous_slugs (
        slug text PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        replaced_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX organisation_previous_slugs_organisation ON organisation_previous_slugs (organisation_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE organisation_previous_slugs`);
    await q.query(`DROP TABLE offer_previous_slugs`);
  }
}
