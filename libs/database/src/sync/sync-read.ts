import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

const HORIZON_MAX_LAG = '5 minutes';

/**
 * Why a sync reads only up to a horizon. `updated_at` is set to now(), the start of the
 * writing transaction, but the row becomes visible only at commit: a transaction that began
 * before a row we return and commits after it would land behind a cursor already handed out,
 * and the partner would never see it. So a page stops before the start of the oldest
 * transaction still open in this database (other than ours): nothing committed later can
 * sort before that point. The horizon is read before the rows, in its own statement, so a
 * transaction that commits in between is either still listed or already visible.
 * Rows withheld this way come in the next call (`hasMore` is false until then).
 */
export async function syncHorizonMicros(manager: EntityManager): Promise<string> {
  // Counted: a transaction that has written (it has an xid), or an explicit one (BEGIN, then
  // statements, or idle between them) that may still write. Not counted: a single read-only
  // statement in autocommit (pollers, page reads), which can write nothing behind us. A
  // transaction open for longer than HORIZON_MAX_LAG is not waited for either: our writes
  // are short, so such a one is a stuck session or a report, and waiting would stall every
  // partner's sync until it ends.
  const [row]: Array<{ horizon: string }> = await manager.query(
    `SELECT (extract(epoch FROM least(min(xact_start), clock_timestamp())) * 1000000)::bigint::text AS horizon
       FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid()
        AND backend_type = 'client backend' AND xact_start IS NOT NULL
        AND xact_start > clock_timestamp() - $1::interval
        AND (backend_xid IS NOT NULL OR xact_start < query_start OR state <> 'active')`,
    [HORIZON_MAX_LAG],
  );
  return row.horizon;
}

/** SQL for a microsecond count (a bigint parameter) as a timestamptz. */
const AT = (param: string) =>
  `(timestamptz 'epoch' + :${param}::bigint * interval '1 microsecond')`;

export interface SyncWindow {
  /** Strictly after this position… */
  readonly after?: { readonly micros: string; readonly id: string };
  /** …or from this time, inclusive. */
  readonly since?: Date;
  readonly horizonMicros: string;
  readonly limit: number;
}

/**
 * Restricts `qb` (alias `alias`, with `updated_at` and `id` columns) to one sync page in
 * (updated_at, id) order, one row more than the limit (to know whether more follow), and
 * selects each row's exact position as `sync_micros`.
 */
export function applySyncWindow<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  window: SyncWindow,
): SelectQueryBuilder<T> {
  qb.addSelect(
    `(extract(epoch FROM ${alias}.updated_at) * 1000000)::bigint::text`,
    'sync_micros',
  ).andWhere(`${alias}.updated_at < ${AT('syncHorizon')}`, { syncHorizon: window.horizonMicros });
  if (window.after)
    qb.andWhere(`(${alias}.updated_at, ${alias}.id) > (${AT('syncAfterMicros')}, :syncAfterId)`, {
      syncAfterMicros: window.after.micros,
      syncAfterId: window.after.id,
    });
  else if (window.since)
    qb.andWhere(`${alias}.updated_at >= :syncSince`, { syncSince: window.since });
  return qb
    .orderBy(`${alias}.updated_at`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .limit(window.limit + 1);
}

/** Runs a query built with applySyncWindow: rows with positions, and whether more follow. */
export async function readSyncWindow<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  limit: number,
): Promise<{
  rows: Array<{ row: T; position: { micros: string; id: string } }>;
  hasMore: boolean;
}> {
  const { entities, raw } = await qb.getRawAndEntities<{ sync_micros: string }>();
  const rows = entities.slice(0, limit).map((row, i) => ({
    row,
    position: { micros: raw[i].sync_micros, id: row.id },
  }));
  return { rows, hasMore: entities.length > limit };
}
