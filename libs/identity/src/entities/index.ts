import { PartnerApiKeyEntity } from '../api-keys/partner-api-key.entity';
import { IdentityAuditEventEntity } from './audit-event.entity';
import { EmailTokenEntity } from './email-token.entity';
import { RefreshTokenEntity, SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

export const identityEntities = [
  UserEntity,
  SessionEntity,
  RefreshTokenEntity,
  EmailTokenEntity,
  IdentityAuditEventEntity,
  PartnerApiKeyEntity,
];
