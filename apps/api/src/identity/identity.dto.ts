import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '@app/core';
import {
  ACCOUNT_KINDS,
  ACCOUNT_STATUSES,
  LANGUAGES,
  PASSWORD_MAX,
  type Account,
  type AccountKind,
  type AccountStatus,
  type Language,
} from '@app/identity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SignUpDto {
  @ApiProperty({ example: 'awa.diop@example.sn' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({
    minLength: 8,
    maxLength: PASSWORD_MAX,
    description: '8–128 characters; common passwords are refused.',
  })
  @IsString()
  @MaxLength(PASSWORD_MAX * 4) // the policy counts characters; this bounds bytes before hashing
  password: string;

  @ApiProperty({ example: 'Awa Diop' })
  @IsString()
  @Length(1, 120)
  displayName: string;

  @ApiProperty({ enum: LANGUAGES, example: 'fr' })
  @IsIn(LANGUAGES)
  preferredLanguage: Language;

  @ApiProperty({
    enum: ['entrepreneur', 'organisation'],
    description: "organisation: a support organisation's member",
  })
  @IsIn(['entrepreneur', 'organisation'])
  accountType: 'entrepreneur' | 'organisation';
}

export class SignInDto {
  @ApiProperty({ example: 'awa.diop@example.sn' })
  @Transform(trim)
  @IsString()
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX * 4)
  password: string;
}

export class RefreshDto {
  @ApiPropertyOptional({
    description: 'The refresh token; browsers send the httpOnly cookie instead.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

export class TokenDto {
  @ApiProperty({ description: 'The token from the e-mailed link.' })
  @IsString()
  @Length(10, 200)
  token: string;
}

export class EmailDto {
  @ApiProperty({ example: 'awa.diop@example.sn' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;
}

export class ResetPasswordDto extends TokenDto {
  @ApiProperty({ minLength: 8, maxLength: PASSWORD_MAX })
  @IsString()
  @MaxLength(PASSWORD_MAX * 4)
  newPassword: string;
}

export class ChangePasswordDto {
  @ApiProperty() @IsString() @MaxLength(PASSWORD_MAX * 4) currentPassword: string;
  @ApiProperty({ minLength: 8, maxLength: PASSWORD_MAX })
  @IsString()
  @MaxLength(PASSWORD_MAX * 4)
  newPassword: string;
}

export class UpdateMeDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 120) displayName?: string;
  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  preferredLanguage?: Language;
}

export class DeleteMeDto {
  @ApiProperty({ description: 'Current password, to confirm.' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX * 4)
  password: string;
}

/** GET /api/v1/admin/users (and the back office's account list). */
export class UserListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ACCOUNT_KINDS })
  @IsOptional()
  @IsIn(ACCOUNT_KINDS)
  kind?: AccountKind;
  @ApiPropertyOptional({ enum: ACCOUNT_STATUSES })
  @IsOptional()
  @IsIn(ACCOUNT_STATUSES)
  status?: AccountStatus;
  @ApiPropertyOptional({ description: 'E-mail starts with' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string;
}

export class UserResponse {
  @ApiProperty() id: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: LANGUAGES }) preferredLanguage: Language;
  @ApiProperty({ enum: ['entrepreneur', 'organisation_member', 'admin'] }) kind: string;
  @ApiProperty({ enum: ['active', 'disabled', 'deleted'] }) status: string;
  @ApiProperty() emailVerified: boolean;
  @ApiProperty() createdAt: Date;
}

export function toUserResponse(user: Account): UserResponse {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    preferredLanguage: user.preferredLanguage,
    kind: user.kind,
    status: user.status,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt,
  };
}

export class TokensResponse {
  @ApiProperty({
    description: 'Access JWT (15 min); also set as the httpOnly cookie passerelle_access.',
  })
  accessToken: string;
  @ApiProperty() accessTokenExpiresAt: Date;
  @ApiProperty({
    description: 'Opaque refresh token, rotated on each use; also set as an httpOnly cookie.',
  })
  refreshToken: string;
  @ApiProperty() refreshTokenExpiresAt: Date;
  @ApiProperty({ type: UserResponse, required: false }) user?: UserResponse;
}

export class AcceptedResponse {
  @ApiProperty({ example: 'If the address can receive it, an e-mail is on its way.' })
  message: string;
}
