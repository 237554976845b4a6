import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organisation's written answer to a contact request: plain text sent with a status
 * change (and e-mailed to the entrepreneur), stored as given, with the time it was sent.
 * Both are NULL until the organisation writes one; a later answer replaces the earlier one.
 */
export class ContactRequestAnswers1764600000001 implements MigrationInterface {
  name = 'ContactRequestAnswers1764600000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE contact_requests
        ADD COLUMN answer text CHECK (answer IS NULL OR btrim(answer) <> ''),
        ADD COLUMN answered_at timestamptz,
        ADD CONSTRAINT contact_requests_answer_dated
          CHECK ((answer IS NULL) = (answered_at IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contact_requests DROP COLUMN answered_at, DROP COLUMN answer`);
  }
}
