import { Module } from '@nestjs/common';

/** The organisation space (/espace). */
@Module({
  controllers: [],
})
export class OrganisationPagesModule {}
