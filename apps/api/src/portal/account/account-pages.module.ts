import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { SupportOrganisationModule } from '@app/support-organisation';
import { EmailVerificationPagesController } from './email-verification.controller';
import { InvitationPagesController } from './invitation.controller';
import { PasswordPagesController } from './password.controller';
import { SignInPagesController } from './sign-in.controller';
import { SignUpPagesController } from './sign-up.controller';

/** Sign-up, sign-in, password reset, e-mail verification, invitations. */
@Module({
  imports: [IdentityModule, SupportOrganisationModule],
  controllers: [
    SignUpPagesController,
    SignInPagesController,
    PasswordPagesController,
    EmailVerificationPagesController,
    InvitationPagesController,
  ],
})
export class AccountPagesModule {}
