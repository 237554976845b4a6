import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@app/core';
import type { AccountKind } from '../entities/user.entity';

export const JWT_ISSUER = 'passerelle';
export const JWT_AUDIENCE = 'passerelle-api';
const ALGORITHM = 'HS256';

export interface AccessClaims {
  readonly sub: string;
  readonly sid: string;
  readonly role: AccountKind;
  readonly typ: 'access';
}

/** Short-lived access JWTs: algorithm, issuer and audience pinned on both sides. */
@Injectable()
export class AccessTokenService {
  private readonly jwtService?: JwtService;

  // The worker loads identity for its services but never signs tokens: no secret needed there.
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.JWT_SECRET) this.jwtService = new JwtService({ secret: config.JWT_SECRET });
  }

  private get jwt(): JwtService {
    if (!this.jwtService) throw new Error('JWT_SECRET is not configured');
    return this.jwtService;
  }

  get ttlSeconds(): number {
    return this.config.ACCESS_TOKEN_TTL_SECONDS;
  }

  sign(claims: Omit<AccessClaims, 'typ'>): string {
    return this.jwt.sign(
      { sid: claims.sid, role: claims.role, typ: 'access' },
      {
        algorithm: ALGORITHM,
        subject: claims.sub,
        issuer: JWT_ISSUER,
        audience: JWT_AUDIENCE,
        expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      },
    );
  }

  /** Undefined for anything not a valid, current access token of ours. */
  verify(token: string): AccessClaims | undefined {
    try {
      const claims = this.jwt.verify<AccessClaims & { exp: number }>(token, {
        algorithms: [ALGORITHM],
        issuer: JWT_ISSUER,
        audience: JWT_AUDIENCE,
      });
      if (
        claims.typ !== 'access' ||
        typeof claims.sub !== 'string' ||
        typeof claims.sid !== 'string'
      ) {
        return undefined;
      }
      return claims;
    } catch {
      return undefined;
    }
  }
}
