import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@app/identity';
import { supportOrganisationEntities } from './entities/organisation.entity';
import { MembershipService } from './membership/membership.service';
import { OrganisationService } from './organisation.service';
import { OrganisationRepository } from './repositories/organisation.repository';

@Module({
  imports: [TypeOrmModule.forFeature(supportOrganisationEntities), IdentityModule],
  providers: [OrganisationRepository, OrganisationService, MembershipService],
  exports: [OrganisationService, MembershipService],
})
export class SupportOrganisationModule {}
