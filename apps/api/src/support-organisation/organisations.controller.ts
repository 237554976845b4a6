import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { UuidParam } from '@app/core';
import { CurrentUser, Roles, type AuthenticatedUser } from '@app/identity';
import {
  MEMBER_ROLES,
  MembershipService,
  OrganisationService,
  VerificationService,
  type InvitationView,
  type MemberRole,
  type MemberView,
  type OrganisationView,
} from '@app/support-organisation';
import { ApiProblems } from '../common/problem-responses';
import {
  AcceptInvitationDto,
  ChangeRoleDto,
  CreateOrganisationDto,
  InviteDto,
} from './organisations.dto';
import {
  OrganisationProfileResponse,
  toProfileResponse,
  UpdateOrganisationDto,
} from './organisation-profile.dto';

class OrganisationResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ enum: MEMBER_ROLES, required: false }) myRole?: MemberRole;
}

class MemberResponse {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
  @ApiProperty() since: Date;
}

class InvitationResponse {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
  @ApiProperty() createdAt: Date;
  @ApiProperty() expiresAt: Date;
}

const toOrganisationResponse = (o: OrganisationView): OrganisationResponse => ({ ...o });
const toMemberResponse = (m: MemberView): MemberResponse => ({ ...m });
const toInvitationResponse = (i: InvitationView): InvitationResponse => ({ ...i });

@ApiTags('organisations')
@ApiBearerAuth()
@ApiCookieAuth()
@ApiProblems(401)
@Controller('api/v1')
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly members: MembershipService,
    private readonly verification: VerificationService,
  ) {}

  @Post('organisations')
  @Roles('organisation_member')
  @ApiOperation({
    summary: 'Create an organisation; you become its first owner',
    description:
      'For organisation-member accounts. The organisation starts pending verification, with a slug made from its name; its offers can be published only once an admin verifies it.',
  })
  @ApiCreatedResponse({ type: OrganisationResponse })
  @ApiProblems(400, 403)
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateOrganisationDto) {
    return toOrganisationResponse(await this.organisations.create(user, body));
  }

  @Get('organisations/mine')
  @ApiOperation({
    summary: 'The organisations you belong to, with your role',
    description:
      'Every organisation the signed-in account is a member of, with its role there (owner or editor).',
  })
  @ApiOkResponse({ type: [OrganisationResponse] })
  async mine(@CurrentUser() user: AuthenticatedUser) {
    return (await this.organisations.mine(user)).map(toOrganisationResponse);
  }

  @Get('organisations/:id')
  @ApiOperation({
    summary: 'The full profile of one of your organisations, with its verification',
    description:
      'Members only: every field, including the legal identifier and the verification status with any rejection reason. Others get 404, as for an unknown organisation.',
  })
  @ApiOkResponse({ type: OrganisationProfileResponse })
  @ApiProblems(400, 404)
  async get(@Param('id', UuidParam('id')) id: string, @CurrentUser() user: AuthenticatedUser) {
    return toProfileResponse(await this.organisations.get(id, user));
  }

  @Patch('organisations/:id')
  @ApiOperation({
    summary: 'Edit the profile (owners and editors)',
    description:
      'Absent fields stay as they are. A new legal identifier sends a verified or rejected ' +
      'organisation back to pending verification.',
  })
  @ApiOkResponse({ type: OrganisationProfileResponse })
  @ApiProblems(400, 404)
  async update(
    @Param('id', UuidParam('id')) id: string,
    @Body() body: UpdateOrganisationDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return toProfileResponse(await this.organisations.updateProfile(id, user, body));
  }

  @Post('organisations/:id/request-verification')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ask the admins to verify the organisation again after a rejection',
    description: 'Rejected → pending; pending stays pending; verified → 409.',
  })
  @ApiOkResponse({ type: OrganisationProfileResponse })
  @ApiProblems(400, 404, 409)
  async requestVerification(
    @Param('id', UuidParam('id')) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return toProfileResponse(await this.verification.requestVerification(id, user));
  }

  @Get('organisations/:id/members')
  @ApiOkResponse({ type: [MemberResponse] })
  @ApiProblems(400, 404)
  @ApiOperation({
    summary: 'The members of one of your organisations',
    description: 'Members only: each member with their role (owner or editor).',
  })
  async listMembers(
    @Param('id', UuidParam('id')) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return (await this.members.listMembers(id, user)).map(toMemberResponse);
  }

  @Patch('organisations/:id/members/:userId')
  @HttpCode(204)
  @ApiOperation({
    summary: "Change a member's role (owners only; the last owner stays owner)",
    description:
      'Owners only. Moves a member between owner and editor; demoting the last owner is refused (409), so an organisation always has one.',
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 403, 404, 409)
  async changeRole(
    @Param('id', UuidParam('id')) id: string,
    @Param('userId', UuidParam('userId')) userId: string,
    @Body() body: ChangeRoleDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.members.changeRole(id, userId, body.role, user);
  }

  @Delete('organisations/:id/members/:userId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove a member (owners), or leave (yourself); the last owner cannot',
    description:
      'An owner removes a member, or any member removes themselves (leaves). The last owner cannot leave or be removed (409).',
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 403, 404, 409)
  async remove(
    @Param('id', UuidParam('id')) id: string,
    @Param('userId', UuidParam('userId')) userId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.members.remove(id, userId, user);
  }

  @Post('organisations/:id/invitations')
  @ApiOperation({
    summary: 'Invite someone by e-mail (owners only); the link is single-use and expires in 7 days',
    description:
      'Owners only. E-mails a single-use link to the address with the role to take; the invitation expires after 7 days and can be revoked before.',
  })
  @ApiCreatedResponse({ type: InvitationResponse })
  @ApiProblems(400, 403, 404)
  async invite(
    @Param('id', UuidParam('id')) id: string,
    @Body() body: InviteDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return toInvitationResponse(await this.members.invite(id, user, body.email, body.role));
  }

  @Get('organisations/:id/invitations')
  @ApiOkResponse({ type: [InvitationResponse] })
  @ApiProblems(400, 403, 404)
  @ApiOperation({
    summary: 'Invitations of one of your organisations',
    description:
      'Owners only: pending, accepted, revoked and expired invitations, with the address, the role offered and the dates.',
  })
  async invitations(
    @Param('id', UuidParam('id')) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return (await this.members.listInvitations(id, user)).map(toInvitationResponse);
  }

  @Delete('organisations/:id/invitations/:invitationId')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiProblems(400, 403, 404)
  @ApiOperation({
    summary: 'Revoke a pending invitation',
    description:
      'Owners only. The link stops working at once; an accepted invitation cannot be revoked (409).',
  })
  async revoke(
    @Param('id', UuidParam('id')) id: string,
    @Param('invitationId', UuidParam('invitationId')) invitationId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.members.revokeInvitation(id, invitationId, user);
  }

  @Post('invitations/accept')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept an invitation sent to your e-mail address',
    description:
      'The signed-in account must have the e-mail address the invitation was sent to (403 otherwise). It becomes a member with the role offered; the token is single-use.',
  })
  @ApiOkResponse({
    description: 'The organisation joined and the role taken',
    schema: {
      type: 'object',
      required: ['organisationId', 'role'],
      properties: {
        organisationId: { type: 'string', format: 'uuid' },
        role: { type: 'string', enum: ['owner', 'editor'] },
      },
    },
    example: { organisationId: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b', role: 'editor' },
  })
  @ApiProblems(400, 403)
  async accept(@Body() body: AcceptInvitationDto, @CurrentUser() user: AuthenticatedUser) {
    return this.members.accept(body.token, user);
  }
}
