/**
 * Enqueued (in the same transaction) whenever what the public sees of an organisation
 * changes: its profile, its verified badge. Carries the id only; consumers read the row.
 */
export const ORGANISATION_CHANGED_JOB = 'search.organisation-changed';

export interface OrganisationChangedJob {
  readonly organisationId: string;
}
