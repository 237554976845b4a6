import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ImportFormat } from './read-import-file';

export type ImportJobStatus = 'pending' | 'running' | 'done' | 'failed';
export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'refused' | 'duplicate';

/** One row of an import's report. */
export interface ImportReportRow {
  readonly line: number;
  readonly externalId: string;
  readonly title: string;
  readonly outcome: RowOutcome;
  readonly offerId?: string | null;
  readonly reasons?: ReadonlyArray<{
    readonly column: string | null;
    readonly field: string;
    readonly rule: string;
    readonly message: string;
    readonly value?: string;
  }>;
  readonly duplicates?: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly similarity: number;
  }>;
}

export type ImportCounts = Partial<Record<RowOutcome, number>>;

/** One run of an import (dry or real), with its progress and row-by-row report. */
@Entity('import_jobs')
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'requested_by', type: 'uuid', nullable: true }) requestedBy: string | null;
  @Column({ name: 'requested_as', type: 'varchar', length: 24 }) requestedAs:
    'organisation' | 'admin' | 'system';
  @Column({ type: 'varchar', length: 16 }) status: ImportJobStatus;
  @Column({ name: 'dry_run', type: 'boolean' }) dryRun: boolean;
  @Column({ type: 'boolean' }) submit: boolean;
  @Column({ type: 'varchar', length: 100 }) source: string;
  @Column({ name: 'file_name', type: 'varchar', length: 255 }) fileName: string;
  @Column({ type: 'varchar', length: 16 }) format: ImportFormat;
  /** The user's corrections of the detected mapping: header (or column number) → field. */
  @Column({ type: 'jsonb' }) mapping: Record<string, string>;
  @Column({ type: 'bytea', nullable: true, select: false }) payload: Buffer | null;
  @Column({ type: 'integer' }) total: number;
  @Column({ type: 'integer' }) processed: number;
  @Column({ type: 'jsonb' }) counts: ImportCounts;
  @Column({ type: 'jsonb' }) report: ImportReportRow[];
  @Column({ type: 'text', nullable: true }) error: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt: Date | null;
  /** Moved by the running worker at every progress step: a stale one means the worker died. */
  @Column({ name: 'heartbeat_at', type: 'timestamptz', nullable: true }) heartbeatAt: Date | null;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt: Date | null;
}

export const importEntities = [ImportJobEntity];
