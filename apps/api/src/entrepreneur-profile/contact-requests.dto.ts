import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { PageQueryDto } from '@app/core';
import {
  CONTACT_REQUEST_ANSWER_MAX,
  CONTACT_REQUEST_STATUSES,
  CONTACT_REQUEST_TARGETS,
  PROFILE_SHAREABLE_FIELDS,
  type ContactRequestStatus,
  type ContactRequestTarget,
  type ReceivedContactRequestView,
  type SentContactRequestView,
  type ShareableProfileField,
} from '@app/entrepreneur-profile';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SendContactRequestDto {
  @ApiPropertyOptional({ maxLength: 200, example: 'Candidature pour la cohorte de mars' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  @Matches(/^[^\r\n]*$/, { message: 'subject must fit on one line' })
  subject?: string;

  @ApiProperty({
    minLength: 10,
    maxLength: 4000,
    description: 'What you want to tell the organisation (10–4,000 characters, trimmed).',
  })
  @Transform(trim)
  @IsString()
  @Length(10, 4000)
  message: string;

  @ApiPropertyOptional({
    enum: PROFILE_SHAREABLE_FIELDS,
    isArray: true,
    description:
      'Profile fields to share. Their current values are copied into the request now: later ' +
      'profile edits do not change what the organisation received.',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(PROFILE_SHAREABLE_FIELDS.length)
  @IsIn(PROFILE_SHAREABLE_FIELDS, { each: true })
  sharedFields?: ShareableProfileField[];

  @ApiPropertyOptional({
    default: false,
    description:
      'Share your account e-mail so the organisation can answer you directly (it becomes the Reply-To of the notification).',
  })
  @IsOptional()
  @IsBoolean()
  shareEmail?: boolean;
}

export class ChangeContactRequestStatusDto {
  @ApiProperty({
    enum: CONTACT_REQUEST_TARGETS,
    description:
      'new → in_progress → accepted | declined; new → accepted | declined directly. accepted and declined are final.',
  })
  @IsIn(CONTACT_REQUEST_TARGETS)
  status: ContactRequestTarget;

  @ApiPropertyOptional({
    maxLength: 2000,
    description: 'Required to decline (the entrepreneur reads it); refused for other statuses.',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({
    maxLength: CONTACT_REQUEST_ANSWER_MAX,
    description:
      'A written answer to the entrepreneur, with any status (plain text, 1–4,000 characters ' +
      'once trimmed, stored as given). It is e-mailed to them and shown with their request; a ' +
      'later answer replaces it. Separate from the decline `reason`.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(CONTACT_REQUEST_ANSWER_MAX)
  answer?: string;
}

export class ContactRequestListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CONTACT_REQUEST_STATUSES })
  @IsOptional()
  @IsIn(CONTACT_REQUEST_STATUSES)
  status?: ContactRequestStatus;
}

/** Only the fields the entrepreneur chose are present, with their values at sending time. */
export class SharedProfileFieldsResponse {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'FR' }) residenceCountry?:
    string | null;
  @ApiPropertyOptional({ type: [String], example: ['SN'] }) originCountries?: string[];
  @ApiPropertyOptional({ type: [String], example: ['SN'] }) targetCountries?: string[];
  @ApiPropertyOptional({ type: [String] }) sectorCodes?: string[];
  @ApiPropertyOptional({ nullable: true, type: String }) stageCode?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) businessName?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) businessDescription?: string | null;
  @ApiPropertyOptional({ type: [String], example: ['fr', 'wo'] }) languages?: string[];
}

export class ContactRequestOfferRef {
  @ApiProperty({ nullable: true, type: String }) id: string | null;
  @ApiProperty({ description: 'The title when the request was sent' }) title: string;
}

export class ContactRequestSender {
  @ApiProperty({ description: '"Compte supprimé / Deleted account" once the account is erased' })
  displayName: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Only when the entrepreneur chose to share it',
  })
  email: string | null;
  @ApiProperty({ description: 'The entrepreneur erased their account: only the message remains' })
  accountErased: boolean;
}

export class ContactRequestOrganisationRef {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

/** A request as the organisation's members see it. */
export class ReceivedContactRequestResponse {
  @ApiProperty() id: string;
  @ApiProperty() organisationId: string;
  @ApiProperty({ type: ContactRequestOfferRef }) offer: ContactRequestOfferRef;
  @ApiProperty({ type: ContactRequestSender }) sender: ContactRequestSender;
  @ApiProperty({ nullable: true, type: String }) subject: string | null;
  @ApiProperty() message: string;
  @ApiProperty({ type: SharedProfileFieldsResponse }) sharedFields: SharedProfileFieldsResponse;
  @ApiProperty({ enum: CONTACT_REQUEST_STATUSES }) status: ContactRequestStatus;
  @ApiProperty({ nullable: true, type: String }) declineReason: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The written answer sent to the entrepreneur (the latest one)',
  })
  answer: string | null;
  @ApiProperty({ nullable: true, type: Date }) answeredAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) statusChangedAt: Date | null;
}

/** A request as the entrepreneur who sent it sees it. */
export class SentContactRequestResponse {
  @ApiProperty() id: string;
  @ApiProperty({ type: ContactRequestOrganisationRef })
  organisation: ContactRequestOrganisationRef;
  @ApiProperty({ type: ContactRequestOfferRef }) offer: ContactRequestOfferRef;
  @ApiProperty({ nullable: true, type: String }) subject: string | null;
  @ApiProperty() message: string;
  @ApiProperty({ type: SharedProfileFieldsResponse }) sharedFields: SharedProfileFieldsResponse;
  @ApiProperty({ description: 'Whether your e-mail was shared with the organisation' })
  emailShared: boolean;
  @ApiProperty({ enum: CONTACT_REQUEST_STATUSES }) status: ContactRequestStatus;
  @ApiProperty({ nullable: true, type: String, description: 'The organisation’s reason' })
  declineReason: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The organisation’s written answer (plain text, the latest one)',
  })
  answer: string | null;
  @ApiProperty({ nullable: true, type: Date }) answeredAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) statusChangedAt: Date | null;
}

export class ReceivedContactRequestPage {
  @ApiProperty({ type: [ReceivedContactRequestResponse] }) items: ReceivedContactRequestResponse[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export class SentContactRequestPage {
  @ApiProperty({ type: [SentContactRequestResponse] }) items: SentContactRequestResponse[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export function toReceivedResponse(v: ReceivedContactRequestView): ReceivedContactRequestResponse {
  return {
    id: v.id,
    organisationId: v.organisationId,
    offer: { id: v.offer.id, title: v.offer.title },
    sender: {
      displayName: v.sender.displayName,
      email: v.sender.email,
      accountErased: v.sender.accountErased,
    },
    subject: v.subject,
    message: v.message,
    sharedFields: { ...v.sharedFields },
    status: v.status,
    declineReason: v.declineReason,
    answer: v.answer,
    answeredAt: v.answeredAt,
    createdAt: v.createdAt,
    statusChangedAt: v.statusChangedAt,
  };
}

export function toSentResponse(v: SentContactRequestView): SentContactRequestResponse {
  return {
    id: v.id,
    organisation: { id: v.organisation.id, name: v.organisation.name },
    offer: { id: v.offer.id, title: v.offer.title },
    subject: v.subject,
    message: v.message,
    sharedFields: { ...v.sharedFields },
    emailShared: v.emailShared,
    status: v.status,
    declineReason: v.declineReason,
    answer: v.answer,
    answeredAt: v.answeredAt,
    createdAt: v.createdAt,
    statusChangedAt: v.statusChangedAt,
  };
}
