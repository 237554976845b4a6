import { Module } from '@nestjs/common';

/** The entrepreneur space (/mon-espace). */
@Module({
  controllers: [],
})
export class EntrepreneurPagesModule {}
