import type { DataSource } from 'typeorm';
import type { SearchDocument } from '../search-document';

export interface SearchChange {
  readonly id: string;
  /** Null for a deletion. */
  readonly document: SearchDocument | null;
}

/** Tombstones older than this are dropped; a process that slept longer reloads everything. */
export const TOMBSTONE_RETENTION_HOURS = 24;

/**
 * The search documents in PostgreSQL: the source every process's in-memory index loads
 * from. Every row (and every deletion's tombstone) carries the id of the transaction that
 * wrote it; processes follow the rows of transactions below the oldest still running, which
 * are final (a cursor on a sequence would skip a change that commits after a later one).
 */
export class SearchDocumentRepository {
  constructor(private readonly db: DataSource) {}

  async upsert(documents: readonly SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.db.transaction(async (m) => {
      await m.query(
        `INSERT INTO search_documents AS s (id, document, fingerprint)
         SELECT (d->>'id')::uuid, d, d->>'fingerprint' FROM jsonb_array_elements($1::jsonb) d
         ON CONFLICT (id) DO UPDATE
           SET document = EXCLUDED.document, fingerprint = EXCLUDED.fingerprint, xid = pg_current_xact_id()`,
        [JSON.stringify(documents)],
      );
      await m.query(`DELETE FROM search_document_deletions WHERE id = ANY($1::uuid[])`, [
        documents.map((d) => d.id),
      ]);
    });
  }

  async delete(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.transaction(async (m) => {
      const gone: Array<{ id: string }> = await m.query(
        `WITH gone AS (DELETE FROM search_documents WHERE id = ANY($1::uuid[]) RETURNING id) SELECT id FROM gone`,
        [ids],
      );
      if (gone.length === 0) return;
      await m.query(
        `INSERT INTO search_document_deletions (id) SELECT unnest($1::uuid[])
         ON CONFLICT (id) DO UPDATE SET xid = pg_current_xact_id(), deleted_at = now()`,
        [gone.map((g) => g.id)],
      );
    });
  }

  /** Transactions below this id are over: what is visible of them now is final. */
  async horizon(): Promise<string> {
    const [row] = await this.db.query(
      `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`,
    );
    return row.xmin as string;
  }

  /** Every document, in id order, a batch at a time. */
  async *all(batchSize = 2000): AsyncGenerator<SearchDocument[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: Array<{ id: string; document: SearchDocument }> = await this.db.query(
        `SELECT id, document FROM search_documents WHERE id > $1 ORDER BY id LIMIT $2`,
        [after, batchSize],
      );
      if (rows.length === 0) return;
      yield rows.map((r) => r.document);
      after = rows[rows.length - 1].id;
    }
  }

  /**
   * Changes written by transactions in [from, until of this call): the caller passes the
   * `until` it got last time. Each id's current state only (a document or its tombstone).
   */
  async changesSince(from: string): Promise<{ changes: SearchChange[]; until: string }> {
    return this.db.transaction('REPEATABLE READ', async (m) => {
      const [{ until }] = await m.query(
        `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS until`,
      );
      const rows: Array<{ id: string; document: SearchDocument | null }> = await m.query(
        `SELECT id, document FROM search_documents WHERE xid >= $1::xid8 AND xid < $2::xid8
         UNION ALL
         SELECT id, NULL FROM search_document_deletions WHERE xid >= $1::xid8 AND xid < $2::xid8`,
        [from, until],
      );
      return { changes: rows, until: until as string };
    });
  }

  async byIds(ids: readonly string[]): Promise<Map<string, SearchDocument>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; document: SearchDocument }> = await this.db.query(
      `SELECT id, document FROM search_documents WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.document]));
  }

  async fingerprints(): Promise<Map<string, string>> {
    const rows: Array<{ id: string; fingerprint: string }> = await this.db.query(
      `SELECT id, fingerprint FROM search_documents`,
    );
    return new Map(rows.map((r) => [r.id, r.fingerprint]));
  }

  /** Removes every document whose id is not in `keep`. */
  async deleteAllBut(keep: readonly string[]): Promise<void> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM search_documents WHERE NOT (id = ANY($1::uuid[]))`,
      [keep],
    );
    await this.delete(rows.map((r) => r.id));
  }

  async pruneTombstones(): Promise<void> {
    await this.db.query(
      `DELETE FROM search_document_deletions WHERE deleted_at < now() - make_interval(hours => $1)`,
      [TOMBSTONE_RETENTION_HOURS],
    );
  }

  /**
   * Names this database, so an index snapshot is never followed on in another one: the
   * cluster's system identifier (when readable) and the database's name and oid.
   */
  async identity(): Promise<string> {
    const [row] = await this.db.query(
      `SELECT current_database() AS name, d.oid::text AS oid FROM pg_database d
       WHERE d.datname = current_database()`,
    );
    let cluster = '';
    try {
      const [control] = await this.db.query(
        `SELECT system_identifier::text AS id FROM pg_control_system()`,
      );
      cluster = control.id as string;
    } catch {
      // Not granted to this role: the name and oid still tell databases apart.
    }
    return `${cluster}/${row.oid as string}/${row.name as string}`;
  }

  async ping(): Promise<void> {
    await this.db.query('SELECT 1 FROM search_documents LIMIT 1');
  }
}
