import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@app/identity';
import { supportOrganisationEntities } from './entities/organisation.entity';
import { MembershipService } from './membership/membership.service';
import { OrganisationService } from './organisation.service';
import { OrganisationRepository } from './repositories/organisation.repository';
import { VerificationEventRepository } from './repositories/verification-event.repository';
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
  ],
  exports: [OrganisationService, MembershipService, VerificationService],
})
export class SupportOrganisationModule {}
