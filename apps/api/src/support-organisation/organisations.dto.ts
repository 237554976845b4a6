import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, Length, MaxLength } from 'class-validator';
import { MEMBER_ROLES, type MemberRole } from '@app/support-organisation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** POST /api/v1/organisations */
export class CreateOrganisationDto {
  // Trimmed before the length check: a name of spaces is refused, not stored empty.
  @ApiProperty({ example: 'Diaspora Invest Dakar' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;
}

/** POST /api/v1/organisations/:id/invitations, and the members page's invitation form. */
export class InviteDto {
  @ApiProperty({ example: 'colleague@example.org' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;
  @ApiProperty({ enum: MEMBER_ROLES }) @IsIn(MEMBER_ROLES) role: MemberRole;
}

/** PATCH /api/v1/organisations/:id/members/:userId, and the members page's role form. */
export class ChangeRoleDto {
  @ApiProperty({ enum: MEMBER_ROLES }) @IsIn(MEMBER_ROLES) role: MemberRole;
}

/** POST /api/v1/invitations/accept */
export class AcceptInvitationDto {
  @ApiProperty() @IsString() @Length(10, 200) token: string;
}
