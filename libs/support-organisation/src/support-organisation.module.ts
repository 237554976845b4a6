import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@app/identity';
import { supportOrganisationEntities } from './entities/organisation.entity';
import { MembershipService } from './membership/membership.service';
import { OrganisationService } from './organisation.service';
import { OrganisationRepository } from './repositories/organisation.repository';
import { VerificationEventRepository } from './repositories/verification-event.repository';
import { VerificationStatsRepository } from './repositories/verification-stats.repository';
import { VerificationStatsService } from './verification/verification-stats.service';
import { VerificationService } from './verification/verification.service';

/** Needs JobsModule (global) in the app that imports it: profile changes go to the outbox. */
@Module({
  imports: [TypeOrmModule.forFeature(supportOrganisationEntities), IdentityModule],
  providers: [
    OrganisationRepository,
    VerificationEventRepository,
    OrganisationService,
    MembershipService,
    VerificationService,
    VerificationStatsRepository,
    VerificationStatsService,
  ],
  exports: [OrganisationService, MembershipService, VerificationService, VerificationStatsService],
})
export class SupportOrganisationModule {}
