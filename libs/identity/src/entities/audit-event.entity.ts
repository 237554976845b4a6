import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only record of security-relevant events on accounts. */
@Entity('identity_audit_events')
export class IdentityAuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' }) occurredAt: Date;
  @Column({ type: 'varchar', length: 48 }) action: string;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ name: 'subject_id', type: 'uuid', nullable: true }) subjectId: string | null;
  @Column({ type: 'text', nullable: true }) ip: string | null;
  @Column({ type: 'jsonb', default: {} }) details: Record<string, unknown>;
}
