import { Module } from '@nestjs/common';
import { CatalogueModule } from '@app/catalogue';
import { EntrepreneurProfileModule } from '@app/entrepreneur-profile';
import { SupportOrganisationModule } from '@app/support-organisation';
import { OrganisationDashboardController } from './dashboard.controller';
import { InboxPagesController } from './inbox.controller';
import { MembersPagesController } from './members.controller';
import { OfferPagesController } from './offers.controller';
import { OrganisationProfilePagesController } from './organisation-profile.controller';
import { OrganisationScopes } from './organisation-web';

/** The organisation space (/espace). */
@Module({
  imports: [SupportOrganisationModule, CatalogueModule, EntrepreneurProfileModule],
  providers: [OrganisationScopes],
  controllers: [
    OrganisationDashboardController,
    OrganisationProfilePagesController,
    MembersPagesController,
    OfferPagesController,
    InboxPagesController,
  ],
})
export class OrganisationPagesModule {}
