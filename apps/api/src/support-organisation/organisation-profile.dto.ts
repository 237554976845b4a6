import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '@app/core';
import {
  IsCountryCode,
  MEMBER_ROLES,
  ORGANISATION_KINDS,
  VERIFICATION_STATUSES,
  type AdminOrganisationView,
  type LocalizedText,
  type MemberRole,
  type OrganisationKind,
  type OrganisationProfileView,
  type PublicOrganisationView,
  type VerificationEventView,
  type VerificationStatus,
} from '@app/support-organisation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v))
    : typeof value === 'string'
      ? value.trim().toUpperCase()
      : value;
/** Forms send "" for a cleared field: it clears, like null. */
const trimOrNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : value;
const phone = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.replace(/\s+/g, '') || null : value;
/** Present means validated: `null` is refused for fields that cannot be empty. */
const present = (property: string) => (o: object) =>
  (o as Record<string, unknown>)[property] !== undefined;

const HTTPS = {
  protocols: ['https'],
  require_protocol: true,
  require_valid_protocol: true,
  disallow_auth: true,
};

export class LegalIdentifierDto {
  @ApiProperty({ example: 'SN', description: 'ISO 3166-1 alpha-2 country of registration' })
  @Transform(upper)
  @IsCountryCode()
  country: string;

  @ApiProperty({ example: 'SN-DKR-2019-B-12345', minLength: 1, maxLength: 64 })
  @Transform(trim)
  @IsString()
  @Length(1, 64)
  registrationNumber: string;
}

export class DescriptionDto {
  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) fr?: string;
  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) en?: string;
  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) pt?: string;
  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) ar?: string;
}

/**
 * A profile edit: absent fields stay as they are; `null` (or "") clears an optional one.
 * Verification fields are not part of it: any unknown property is a 400.
 */
export class UpdateOrganisationDto {
  @ApiPropertyOptional({ minLength: 2, maxLength: 200, example: 'Diaspora Invest Dakar' })
  @ValidateIf(present('name'))
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @ValidateIf(present('kind'))
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;

  @ApiPropertyOptional({
    type: LegalIdentifierDto,
    nullable: true,
    description:
      'Changing it sends a verified or rejected organisation back to pending verification.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LegalIdentifierDto)
  legalIdentifier?: LegalIdentifierDto | null;

  @ApiPropertyOptional({ type: [String], maxItems: 60, example: ['SN', 'FR'] })
  @ValidateIf(present('countriesOfOperation'))
  @Transform(upper)
  @IsArray()
  @ArrayMaxSize(60)
  @ArrayUnique({ message: 'countriesOfOperation must not contain the same country twice' })
  @IsCountryCode({ each: true })
  countriesOfOperation?: string[];

  @ApiPropertyOptional({ type: DescriptionDto, description: 'Replaces every language version' })
  @ValidateIf(present('description'))
  @IsObject()
  @ValidateNested()
  @Type(() => DescriptionDto)
  description?: DescriptionDto;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'https://diaspora-invest.example' })
  @IsOptional()
  @Transform(trimOrNull)
  @IsUrl(HTTPS, { message: 'website must be an https:// web address' })
  @MaxLength(2000)
  website?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'contact@diaspora-invest.example' })
  @IsOptional()
  @Transform(trimOrNull)
  @IsEmail({}, { message: 'contactEmail must be a valid e-mail address' })
  @MaxLength(254)
  contactEmail?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '+221 33 800 00 00',
    description: 'International format: + then 6 to 15 digits; spaces are removed',
  })
  @IsOptional()
  @Transform(phone)
  @Matches(/^\+[0-9]{6,15}$/, {
    message: 'contactPhone must be an international number: + then 6 to 15 digits',
  })
  contactPhone?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'https://diaspora-invest.example/logo.png',
  })
  @IsOptional()
  @Transform(trimOrNull)
  @IsUrl(HTTPS, { message: 'logoUrl must be an https:// web address' })
  @MaxLength(2000)
  logoUrl?: string | null;
}

export class RejectOrganisationDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 2000,
    example: 'The registration number does not match the RCCM register.',
    description: 'Sent to the members with the decision',
  })
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  reason: string;
}

export class AdminOrganisationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: VERIFICATION_STATUSES })
  @IsOptional()
  @IsIn(VERIFICATION_STATUSES)
  verification?: VerificationStatus;
}

class LegalIdentifierResponse {
  @ApiProperty() country: string;
  @ApiProperty() registrationNumber: string;
}

class DescriptionResponse {
  @ApiPropertyOptional() fr?: string;
  @ApiPropertyOptional() en?: string;
  @ApiPropertyOptional() pt?: string;
  @ApiPropertyOptional() ar?: string;
}

class VerificationResponse {
  @ApiProperty({ enum: VERIFICATION_STATUSES }) status: VerificationStatus;
  @ApiProperty({ description: 'When verification was last requested' }) requestedAt: Date;
  @ApiProperty({ nullable: true, type: Date }) verifiedAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) rejectionReason: string | null;
}

export class OrganisationProfileResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
  @ApiProperty({ type: LegalIdentifierResponse, nullable: true })
  legalIdentifier: LegalIdentifierResponse | null;
  @ApiProperty({ type: [String] }) countriesOfOperation: string[];
  @ApiProperty({ type: DescriptionResponse }) description: LocalizedText;
  @ApiProperty({ nullable: true, type: String }) website: string | null;
  @ApiProperty({ nullable: true, type: String }) contactEmail: string | null;
  @ApiProperty({ nullable: true, type: String }) contactPhone: string | null;
  @ApiProperty({ nullable: true, type: String }) logoUrl: string | null;
  @ApiProperty({ type: VerificationResponse }) verification: VerificationResponse;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiPropertyOptional({ enum: MEMBER_ROLES }) myRole?: MemberRole;
}

export class PublicOrganisationResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
  @ApiProperty({ type: [String] }) countriesOfOperation: string[];
  @ApiProperty({ type: DescriptionResponse }) description: LocalizedText;
  @ApiProperty({ nullable: true, type: String }) website: string | null;
  @ApiProperty({ nullable: true, type: String }) logoUrl: string | null;
  @ApiProperty({ nullable: true, type: String }) contactEmail: string | null;
  @ApiProperty({ nullable: true, type: String }) contactPhone: string | null;
  @ApiProperty({ description: 'Verified by the Passerelle team' }) verified: boolean;
  @ApiProperty({ nullable: true, type: Date }) verifiedAt: Date | null;
  @ApiProperty({ description: 'Last change of anything here', example: '2026-01-31T08:00:00.000Z' })
  updatedAt: Date;
}

export class PublicOrganisationPage {
  @ApiProperty({ type: [PublicOrganisationResponse] }) items: PublicOrganisationResponse[];
  @ApiProperty({ example: 1 }) page: number;
  @ApiProperty({ example: 20 }) pageSize: number;
  @ApiProperty({ example: 42 }) total: number;
}

/** A verified organisation in a sync page: insert or replace it in the mirror. */
export class PublicOrganisationSyncItem extends PublicOrganisationResponse {
  @ApiProperty({ enum: [false], example: false }) deleted: false;
}

/** An organisation no longer verified since the sync's start: delete it from the mirror. */
export class OrganisationTombstoneResponse {
  @ApiProperty({ format: 'uuid', example: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b' }) id: string;
  @ApiProperty({ enum: [true], example: true }) deleted: true;
  @ApiProperty({ example: '2026-02-01T09:30:00.000Z' }) deletedAt: Date;
}

export class PublicOrganisationSyncPage {
  @ApiProperty({
    description: 'Verified organisations and tombstones, in the order they changed',
    type: 'array',
    items: {
      oneOf: [
        { $ref: '#/components/schemas/PublicOrganisationSyncItem' },
        { $ref: '#/components/schemas/OrganisationTombstoneResponse' },
      ],
    },
  })
  items: Array<PublicOrganisationSyncItem | OrganisationTombstoneResponse>;
  @ApiProperty({
    description: 'Send it back as `cursor` to continue; keep it for the next incremental sync',
    example: 'djEuMTc2NDgwMDAwMDAwMDAwMC42ZjFjMmIzYS00ZDVlLTRmNjAtOGE3Yi05YzBkMWUyZjNhNGI',
  })
  nextCursor: string;
  @ApiProperty({ description: 'More changes are ready now: call again with nextCursor' })
  hasMore: boolean;
  @ApiProperty({ example: 100 }) pageSize: number;
}

class VerificationEventResponse {
  @ApiProperty() occurredAt: Date;
  @ApiProperty({ nullable: true, type: String }) actorId: string | null;
  @ApiProperty({ enum: VERIFICATION_STATUSES }) fromStatus: VerificationStatus;
  @ApiProperty({ enum: VERIFICATION_STATUSES }) toStatus: VerificationStatus;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
}

export class AdminOrganisationResponse {
  @ApiProperty({ type: OrganisationProfileResponse }) organisation: OrganisationProfileResponse;
  @ApiProperty({ type: [VerificationEventResponse], description: 'Oldest first' })
  history: VerificationEventResponse[];
}

export class OrganisationProfilePage {
  @ApiProperty({ type: [OrganisationProfileResponse] }) items: OrganisationProfileResponse[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export const toProfileResponse = (o: OrganisationProfileView): OrganisationProfileResponse => ({
  id: o.id,
  name: o.name,
  slug: o.slug,
  kind: o.kind,
  legalIdentifier: o.legalIdentifier ? { ...o.legalIdentifier } : null,
  countriesOfOperation: [...o.countriesOfOperation],
  description: { ...o.description },
  website: o.website,
  contactEmail: o.contactEmail,
  contactPhone: o.contactPhone,
  logoUrl: o.logoUrl,
  verification: { ...o.verification },
  createdAt: o.createdAt,
  updatedAt: o.updatedAt,
  ...(o.myRole ? { myRole: o.myRole } : {}),
});

export const toPublicOrganisationResponse = (
  o: PublicOrganisationView,
): PublicOrganisationResponse => ({
  id: o.id,
  name: o.name,
  slug: o.slug,
  kind: o.kind,
  countriesOfOperation: [...o.countriesOfOperation],
  description: { ...o.description },
  website: o.website,
  logoUrl: o.logoUrl,
  contactEmail: o.contactEmail,
  contactPhone: o.contactPhone,
  verified: o.verified,
  verifiedAt: o.verifiedAt,
  updatedAt: o.updatedAt,
});

const toEventResponse = (e: VerificationEventView): VerificationEventResponse => ({ ...e });

export const toAdminOrganisationResponse = (
  view: AdminOrganisationView,
): AdminOrganisationResponse => ({
  organisation: toProfileResponse(view.organisation),
  history: view.history.map(toEventResponse),
});
