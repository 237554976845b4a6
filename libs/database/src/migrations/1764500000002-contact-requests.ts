import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contact requests: an entrepreneur writes to the organisation behind a published offer.
 * What the organisation receives is a snapshot taken at sending time (offer title, the
 * sender's display name, the profile fields they chose to share, their e-mail only if they
 * chose to share it), so later profile edits or an erasure do not rewrite what was sent.
 * On erasure the row stays with the organisation, with the sender anonymised (sender_id
 * NULL, personal snapshot blanked, sender_erased_at set); the message itself is kept.
 */
export class ContactRequests1764500000002 implements MigrationInterface {
  name = 'ContactRequests1764500000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contact_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        offer_id uuid REFERENCES offers(id) ON DELETE SET NULL,
        offer_title text NOT NULL,
        sender_id uuid REFERENCES users(id) ON DELETE SET NULL,
        sender_display_name text NOT NULL,
        sender_email text,
        subject varchar(200),
        message text NOT NULL CHECK (char_length(message) BETWEEN 1 AND 4000),
        shared_fields jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(shared_fields) = 'object'),
        status varchar(16) NOT NULL DEFAULT 'new'
          CHECK (status IN ('new', 'in_progress', 'accepted', 'declined')),
        decline_reason text CHECK (decline_reason IS NULL OR status = 'declined'),
        created_at timestamptz NOT NULL DEFAULT now(),
        status_changed_at timestamptz,
        sender_erased_at timestamptz,
        CONSTRAINT contact_requests_declined_has_reason
          CHECK (status <> 'declined' OR decline_reason IS NOT NULL)
      )`);
    // The organisation's inbox, newest first (optionally filtered by status).
    await q.query(
      `CREATE INDEX contact_requests_organisation_idx ON contact_requests (organisation_id, created_at DESC, id DESC)`,
    );
    // The sender's own list, their export, and the rate-limit counts (last hour / last day).
    await q.query(
      `CREATE INDEX contact_requests_sender_idx ON contact_requests (sender_id, created_at DESC) WHERE sender_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE contact_requests`);
  }
}
