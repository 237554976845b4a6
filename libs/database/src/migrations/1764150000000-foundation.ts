import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extensions and text-search configurations that the catalogue and search use.
 * Each language gets an unaccent-aware configuration so `senegal` matches `Sénégal`;
 * Arabic has no accents to fold but gets its own stemmer.
 */
export class Foundation1764150000000 implements MigrationInterface {
  name = 'Foundation1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    // unaccent() is only STABLE; an IMMUTABLE wrapper lets indexes and generated columns use it.
    await q.query(`
      CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    for (const [name, stemmer] of [
      ['passerelle_fr', 'french_stem'],
      ['passerelle_en', 'english_stem'],
      ['passerelle_pt', 'portuguese_stem'],
      ['passerelle_ar', 'arabic_stem'],
      ['passerelle_simple', 'simple'],
    ] as const) {
      await q.query(`CREATE TEXT SEARCH CONFIGURATION ${name} (COPY = simple)`);
      await q.query(
        `ALTER TEXT SEARCH CONFIGURATION ${name}
           ALTER MAPPING FOR hword, hword_part, word, asciiword, asciihword, hword_asciipart
           WITH unaccent, ${stemmer}`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of [
      'passerelle_fr',
      'passerelle_en',
      'passerelle_pt',
      'passerelle_ar',
      'passerelle_simple',
    ]) {
      await q.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS ${name}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS immutable_unaccent(text)`);
    // Extensions stay: other objects of the database may rely on them.
  }
}
