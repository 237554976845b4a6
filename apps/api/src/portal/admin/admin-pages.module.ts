import { Module } from '@nestjs/common';

/** The back office. */
@Module({
  controllers: [],
})
export class AdminPagesModule {}
