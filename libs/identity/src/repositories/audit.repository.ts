import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { IdentityAuditEventEntity } from '../entities/audit-event.entity';

export interface AuditEntry {
  readonly action: string;
  readonly actorId?: string | null;
  readonly subjectId?: string | null;
  readonly ip?: string | null;
  readonly details?: Record<string, unknown>;
}

@Injectable()
export class IdentityAuditRepository {
  constructor(
    @InjectRepository(IdentityAuditEventEntity)
    private readonly events: Repository<IdentityAuditEventEntity>,
  ) {}

  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    await (manager?.getRepository(IdentityAuditEventEntity) ?? this.events).insert({
      action: entry.action,
      actorId: entry.actorId ?? null,
      subjectId: entry.subjectId ?? null,
      ip: entry.ip ?? null,
      // jsonb: TypeORM types it as a deep-partial entity, not a plain record.
      details: (entry.details ?? {}) as object,
    });
  }

  forSubject(subjectId: string): Promise<IdentityAuditEventEntity[]> {
    return this.events.find({ where: { subjectId }, order: { occurredAt: 'ASC', id: 'ASC' } });
  }
}
