import { Module } from '@nestjs/common';
import { ExchangeRatesModule } from '@app/core';
import { IdentityModule } from '@app/identity';
import { AccountPagesModule } from './account/account-pages.module';
import { AdminPagesModule } from './admin/admin-pages.module';
import { EntrepreneurPagesModule } from './entrepreneur/entrepreneur-pages.module';
import { OrganisationPagesModule } from './organisation/organisation-pages.module';
import { PublicPagesModule } from './public/public-pages.module';
import { SessionRefreshController } from './web/session-refresh.controller';

/** The server-rendered site: public pages, the three spaces and the back office. */
@Module({
  imports: [
    ExchangeRatesModule,
    IdentityModule,
    PublicPagesModule,
    AccountPagesModule,
    EntrepreneurPagesModule,
    OrganisationPagesModule,
    AdminPagesModule,
  ],
  controllers: [SessionRefreshController],
})
export class PortalModule {}
