import { Module } from '@nestjs/common';
import { HomeController } from './home.controller';

/** Public pages: home, search, offers, organisations, sitemap. */
@Module({
  controllers: [HomeController],
})
export class PublicPagesModule {}
