import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@app/core';
import type { DataSource } from 'typeorm';
import { AccountService } from './account/account.service';
import { PartnerApiKeyRepository } from './api-keys/partner-api-key.repository';
import { PartnerApiKeysService } from './api-keys/partner-api-keys.service';
import { PersonalDataRegistry } from './account/personal-data.registry';
import { UserDirectory } from './account/user-directory';
import { AdminUsersService } from './admin/admin-users.service';
import { AccessTokenService } from './auth/access-token.service';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { SessionService } from './auth/session.service';
import { identityEntities } from './entities';
import { PasswordHasher } from './passwords/password-hasher';
import { IdentityAuditRepository } from './repositories/audit.repository';
import { EmailTokenRepository } from './repositories/email-token.repository';
import { SessionRepository } from './repositories/session.repository';
import { UserRepository } from './repositories/user.repository';
import { accountTracker, AuthThrottlerGuard } from './throttling/auth-throttler.guard';
import { PgThrottlerStorage } from './throttling/pg-throttler.storage';
import { PublicApiRateLimitGuard } from './throttling/public-api-rate-limit.guard';

@Module({
  imports: [
    TypeOrmModule.forFeature(identityEntities),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, getDataSourceToken()],
      useFactory: (config: AppConfig, dataSource: DataSource) => ({
        throttlers: [
          { name: 'ip', ttl: 60_000, limit: config.AUTH_IP_LIMIT_PER_MINUTE },
          {
            name: 'account',
            ttl: 60_000,
            limit: config.AUTH_ACCOUNT_LIMIT_PER_MINUTE,
            getTracker: (req: Record<string, unknown>) => accountTracker(req),
          },
        ],
        storage: new PgThrottlerStorage(dataSource),
        setHeaders: false,
      }),
    }),
  ],
  providers: [
    UserRepository,
    SessionRepository,
    EmailTokenRepository,
    IdentityAuditRepository,
    PasswordHasher,
    AccessTokenService,
    SessionService,
    AuthService,
    AccountService,
    AdminUsersService,
    PersonalDataRegistry,
    UserDirectory,
    AuthGuard,
    AuthThrottlerGuard,
    PartnerApiKeyRepository,
    PartnerApiKeysService,
    PgThrottlerStorage,
    PublicApiRateLimitGuard,
  ],
  exports: [
    PartnerApiKeysService,
    PublicApiRateLimitGuard,
    AuthService,
    SessionService,
    AccountService,
    AdminUsersService,
    PersonalDataRegistry,
    UserDirectory,
    AuthGuard,
    AuthThrottlerGuard,
    AccessTokenService,
    SessionRepository,
    ThrottlerModule,
  ],
})
export class IdentityModule {}
