import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ImportJobEntity, type ImportCounts, type ImportReportRow } from './import-job.entity';

@Injectable()
export class ImportJobRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  private jobs(m?: EntityManager) {
    return (m ?? this.db.manager).getRepository(ImportJobEntity);
  }

  async insert(data: Partial<ImportJobEntity>, m?: EntityManager): Promise<ImportJobEntity> {
    const repo = this.jobs(m);
    return repo.save(
      repo.create({ status: 'pending', total: 0, processed: 0, counts: {}, report: [], ...data }),
    );
  }

  findById(id: string): Promise<ImportJobEntity | null> {
    return this.jobs().findOneBy({ id });
  }

  async payloadOf(id: string): Promise<Buffer | null> {
    const rows: Array<{ payload: Buffer | null }> = await this.db.query(
      `SELECT payload FROM import_jobs WHERE id = $1`,
      [id],
    );
    return rows[0]?.payload ?? null;
  }

  /**
   * Takes a pending job, or a running one whose worker stopped beating `staleSeconds` ago (it
   * died mid-way: rows are keyed, so running it again from the start is safe). False when
   * another worker has it or it is finished.
   */
  async start(id: string, total: number, staleSeconds: number): Promise<boolean> {
    const result = await this.jobs()
      .createQueryBuilder()
      .update(ImportJobEntity)
      .set({
        status: 'running',
        startedAt: () => 'now()',
        heartbeatAt: () => 'now()',
        total,
        processed: 0,
        counts: {},
      })
      .where(
        `id = :id AND (status = 'pending' OR (status = 'running'
           AND heartbeat_at < now() - make_interval(secs => :staleSeconds)))`,
        { id, staleSeconds },
      )
      .execute();
    return result.affected === 1;
  }

  async progress(id: string, processed: number, counts: ImportCounts): Promise<void> {
    await this.jobs().update({ id }, { processed, counts, heartbeatAt: () => 'now()' });
  }

  /** Runs whose worker stopped beating (crashed, killed, machine lost) with their file kept. */
  async stalled(staleSeconds: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM import_jobs
        WHERE status = 'running' AND payload IS NOT NULL
          AND heartbeat_at < now() - make_interval(secs => $1)
        ORDER BY created_at`,
      [staleSeconds],
    );
    return rows.map((r) => r.id);
  }

  /** A dry run keeps its file, so the real run (or one with a corrected mapping) can follow. */
  async finish(
    id: string,
    outcome: { counts: ImportCounts; report: ImportReportRow[]; processed: number },
    keepPayload: boolean,
  ): Promise<void> {
    await this.jobs().update(
      { id },
      {
        ...outcome,
        status: 'done',
        ...(keepPayload ? {} : { payload: null }),
        finishedAt: () => 'now()',
      },
    );
  }

  async fail(id: string, error: string): Promise<void> {
    await this.jobs().update(
      { id },
      { status: 'failed', error, payload: null, finishedAt: () => 'now()' },
    );
  }

  listForOrganisation(organisationId: string, limit: number) {
    return this.jobs().find({
      where: { organisationId },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: limit,
    });
  }

  /** Drops the files dry runs kept, once older than `days`: the report stays. */
  async dropOldPayloads(days: number): Promise<number> {
    const rows: unknown[] = await this.db.query(
      `UPDATE import_jobs SET payload = NULL
        WHERE payload IS NOT NULL AND status IN ('done', 'failed')
          AND finished_at < now() - make_interval(days => $1)
        RETURNING id`,
      [days],
    );
    return rows.length;
  }
}
