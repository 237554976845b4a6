import { Module } from '@nestjs/common';

/** Sign-up, sign-in, password reset, e-mail verification, invitations. */
@Module({
  controllers: [],
})
export class AccountPagesModule {}
