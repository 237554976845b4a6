import type { EntityManager } from 'typeorm';

/**
 * The demo seed's SQL: one multi-row INSERT per table, the rows passed as a single jsonb
 * array and expanded by `jsonb_to_recordset` (JSON arrays become PostgreSQL arrays), so
 * 300 offers cost one round trip rather than 300.
 */
export interface DemoProfileRow {
  readonly residenceCountry: string;
  readonly originCountries: readonly string[];
  readonly targetCountries: readonly string[];
  readonly sectorCodes: readonly string[];
  readonly stageCode: string;
  readonly needCodes: readonly string[];
  readonly languages: readonly string[];
  readonly businessName: string;
  readonly businessDescription: string;
}

export class DemoSeedRepository {
  constructor(private readonly m: EntityManager) {}

  /** The seed only ever runs on a catalogue with no organisation and no offer. */
  async catalogueIsEmpty(): Promise<boolean> {
    const [row] = await this.m.query<Array<{ empty: boolean }>>(
      `SELECT NOT EXISTS (SELECT 1 FROM organisations) AND NOT EXISTS (SELECT 1 FROM offers) AS empty`,
    );
    return row.empty;
  }

  /** Session-level lock: two processes starting on one empty database seed it once. */
  async lock(key: number): Promise<void> {
    await this.m.query(`SELECT pg_advisory_lock($1)`, [key]);
  }

  async unlock(key: number): Promise<void> {
    await this.m.query(`SELECT pg_advisory_unlock($1)`, [key]);
  }

  /** Ids of the accounts that exist, by lower-cased e-mail address. */
  async accountIdsByEmail(emails: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.m.query<Array<{ id: string; email: string }>>(
      `SELECT id, lower(email::text) AS email FROM users WHERE email = ANY($1::citext[])`,
      [emails],
    );
    return new Map(rows.map((r) => [r.email, r.id]));
  }

  async insertOrganisations(rows: readonly OrganisationRow[]): Promise<void> {
    await this.insert('organisations', ORGANISATION_COLUMNS, rows);
  }

  async insertMemberships(rows: readonly MembershipRow[]): Promise<void> {
    await this.insert('organisation_memberships', MEMBERSHIP_COLUMNS, rows);
  }

  async insertVerificationEvents(rows: readonly VerificationEventRow[]): Promise<void> {
    await this.insert('organisation_verification_events', VERIFICATION_EVENT_COLUMNS, rows);
  }

  async insertOffers(rows: readonly OfferRow[]): Promise<void> {
    await this.insert('offers', OFFER_COLUMNS, rows);
  }

  async insertRevisions(rows: readonly RevisionRow[]): Promise<void> {
    await this.insert('offer_revisions', REVISION_COLUMNS, rows);
  }

  /** In the order given: the log's identity column then follows time. */
  async insertAuditEvents(rows: readonly AuditRow[]): Promise<void> {
    await this.insert('catalogue_audit_events', AUDIT_COLUMNS, rows, 'ORDER BY ordinality');
  }

  /**
   * The demo entrepreneur's profile, with its set-up marked done (they never see it). Left
   * as it is when an earlier, interrupted run made it.
   */
  async insertEntrepreneurProfile(userId: string, p: DemoProfileRow): Promise<void> {
    await this.m.query(
      `INSERT INTO entrepreneur_profiles (user_id, residence_country, origin_countries,
         target_countries, sector_codes, stage_code, need_codes, languages, business_name,
         business_description)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (user_id) DO NOTHING`,
      [
        userId,
        p.residenceCountry,
        p.originCountries,
        p.targetCountries,
        p.sectorCodes,
        p.stageCode,
        p.needCodes,
        p.languages,
        p.businessName,
        p.businessDescription,
      ],
    );
    await this.m.query(
      `INSERT INTO entrepreneur_profile_setups (user_id, outcome) VALUES ($1, 'completed')
       ON CONFLICT (user_id) DO NOTHING`,
      [userId],
    );
  }

  private async insert<R extends object>(
    table: string,
    columns: Readonly<Record<keyof R & string, string>>,
    rows: readonly R[],
    order = '',
  ): Promise<void> {
    if (rows.length === 0) return;
    const names = Object.keys(columns);
    const definition = names.map((name) => `${name} ${columns[name as keyof R & string]}`);
    // WITH ORDINALITY needs the function form: expand the array, then type each element.
    await this.m.query(
      `INSERT INTO ${table} (${names.join(', ')})
       SELECT ${names.map((n) => `r.${n}`).join(', ')}
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(value, ordinality),
              LATERAL jsonb_to_record(e.value) AS r(${definition.join(', ')})
        ${order}`,
      [JSON.stringify(rows)],
    );
  }
}

export interface OrganisationRow {
  id: string;
  name: string;
  slug: string;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  kind: string;
  legal_country: string | null;
  legal_registration_number: string | null;
  countries_of_operation: string[];
  description: object;
  website: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  verification_status: string;
  verification_requested_at: Date;
  verified_at: Date | null;
  verified_by: string | null;
  rejection_reason: string | null;
}
const ORGANISATION_COLUMNS: Record<keyof OrganisationRow, string> = {
  id: 'uuid',
  name: 'text',
  slug: 'text',
  created_by: 'uuid',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
  kind: 'text',
  legal_country: 'text',
  legal_registration_number: 'text',
  countries_of_operation: 'text[]',
  description: 'jsonb',
  website: 'text',
  contact_email: 'text',
  contact_phone: 'text',
  verification_status: 'text',
  verification_requested_at: 'timestamptz',
  verified_at: 'timestamptz',
  verified_by: 'uuid',
  rejection_reason: 'text',
};

export interface MembershipRow {
  organisation_id: string;
  user_id: string;
  role: 'owner' | 'editor';
  created_at: Date;
}
const MEMBERSHIP_COLUMNS: Record<keyof MembershipRow, string> = {
  organisation_id: 'uuid',
  user_id: 'uuid',
  role: 'text',
  created_at: 'timestamptz',
};

export interface VerificationEventRow {
  organisation_id: string;
  occurred_at: Date;
  actor_id: string | null;
  from_status: string;
  to_status: string;
  reason: string | null;
}
const VERIFICATION_EVENT_COLUMNS: Record<keyof VerificationEventRow, string> = {
  organisation_id: 'uuid',
  occurred_at: 'timestamptz',
  actor_id: 'uuid',
  from_status: 'text',
  to_status: 'text',
  reason: 'text',
};

export interface OfferRow {
  id: string;
  organisation_id: string;
  slug: string;
  state: string;
  version: number;
  content: object;
  category_code: string;
  residence_countries: string[];
  target_countries: string[];
  rolling: boolean;
  deadline: string | null;
  quality_score: number;
  view_count: number;
  last_verified_at: Date | null;
  moderation_comment: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
  first_published_at: Date | null;
  published_at: Date | null;
  decided_at: Date | null;
  expired_at: Date | null;
}
const OFFER_COLUMNS: Record<keyof OfferRow, string> = {
  id: 'uuid',
  organisation_id: 'uuid',
  slug: 'text',
  state: 'text',
  version: 'integer',
  content: 'jsonb',
  category_code: 'text',
  residence_countries: 'text[]',
  target_countries: 'text[]',
  rolling: 'boolean',
  deadline: 'date',
  quality_score: 'smallint',
  view_count: 'integer',
  last_verified_at: 'timestamptz',
  moderation_comment: 'text',
  created_by: 'uuid',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
  submitted_at: 'timestamptz',
  first_published_at: 'timestamptz',
  published_at: 'timestamptz',
  decided_at: 'timestamptz',
  expired_at: 'timestamptz',
};

export interface RevisionRow {
  id: string;
  offer_id: string;
  state: 'submitted';
  content: object;
  based_on_version: number;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  submitted_at: Date;
}
const REVISION_COLUMNS: Record<keyof RevisionRow, string> = {
  id: 'uuid',
  offer_id: 'uuid',
  state: 'text',
  content: 'jsonb',
  based_on_version: 'integer',
  created_by: 'uuid',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
  submitted_at: 'timestamptz',
};

export interface AuditRow {
  occurred_at: Date;
  organisation_id: string;
  offer_id: string;
  revision_id: string | null;
  actor_id: string | null;
  actor_role: string;
  action: string;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
}
const AUDIT_COLUMNS: Record<keyof AuditRow, string> = {
  occurred_at: 'timestamptz',
  organisation_id: 'uuid',
  offer_id: 'uuid',
  revision_id: 'uuid',
  actor_id: 'uuid',
  actor_role: 'text',
  action: 'text',
  from_state: 'text',
  to_state: 'text',
  reason: 'text',
};
