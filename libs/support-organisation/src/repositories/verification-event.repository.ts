import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { VerificationEventEntity, type VerificationStatus } from '../entities/organisation.entity';

export interface VerificationEventInput {
  readonly organisationId: string;
  readonly actorId: string | null;
  readonly fromStatus: VerificationStatus;
  readonly toStatus: VerificationStatus;
  readonly reason?: string | null;
}

/** The append-only history of verification status changes. */
@Injectable()
export class VerificationEventRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(event: VerificationEventInput, m: EntityManager): Promise<void> {
    await m.getRepository(VerificationEventEntity).insert({
      organisationId: event.organisationId,
      actorId: event.actorId,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      reason: event.reason ?? null,
    });
  }

  forOrganisation(organisationId: string): Promise<VerificationEventEntity[]> {
    return this.db
      .getRepository(VerificationEventEntity)
      .find({ where: { organisationId }, order: { occurredAt: 'ASC', id: 'ASC' } });
  }
}
