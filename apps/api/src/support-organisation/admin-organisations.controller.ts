import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { pageWindow, UuidParam, type Page } from '@app/core';
import { CurrentUser, Roles, type AuthenticatedUser } from '@app/identity';
import { VerificationService } from '@app/support-organisation';
import { ApiProblems } from '../common/problem-responses';
import {
  AdminOrganisationQueryDto,
  AdminOrganisationResponse,
  OrganisationProfilePage,
  OrganisationProfileResponse,
  RejectOrganisationDto,
  toAdminOrganisationResponse,
  toProfileResponse,
} from './organisation-profile.dto';

@ApiTags('admin')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Roles('admin')
@Controller('api/v1/admin/organisations')
export class AdminOrganisationsController {
  constructor(private readonly verification: VerificationService) {}

  @Get()
  @ApiOperation({
    summary: 'Organisations by verification status, oldest verification request first',
    description:
      'Admins only: the verification queue. Filter by status (pending, verified, rejected); oldest request first, so nobody waits longest.',
  })
  @ApiOkResponse({ type: OrganisationProfilePage })
  @ApiProblems(400)
  async list(
    @Query() query: AdminOrganisationQueryDto,
  ): Promise<Page<OrganisationProfileResponse>> {
    const { page, pageSize, offset, limit } = pageWindow(query);
    const { items, total } = await this.verification.list({
      status: query.verification,
      offset,
      limit,
    });
    return { items: items.map((o) => toProfileResponse(o)), page, pageSize, total };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'An organisation with its verification history',
    description:
      'Admins only: the full profile (legal identifier included) and every verification decision, oldest first, with who made it and why.',
  })
  @ApiOkResponse({ type: AdminOrganisationResponse })
  @ApiProblems(400, 404)
  async get(@Param('id', UuidParam('id')) id: string) {
    return toAdminOrganisationResponse(await this.verification.adminView(id));
  }

  @Post(':id/verify')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Verify a pending organisation; its members are told by e-mail',
    description: '409 with `currentStatus` when it is not pending (e.g. another admin decided).',
  })
  @ApiOkResponse({ type: OrganisationProfileResponse })
  @ApiProblems(400, 404, 409)
  async verify(@Param('id', UuidParam('id')) id: string, @CurrentUser() admin: AuthenticatedUser) {
    return toProfileResponse(await this.verification.verify(id, admin));
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reject a pending organisation with a reason, e-mailed to its members',
    description: '409 with `currentStatus` when it is not pending (e.g. another admin decided).',
  })
  @ApiOkResponse({ type: OrganisationProfileResponse })
  @ApiProblems(400, 404, 409)
  async reject(
    @Param('id', UuidParam('id')) id: string,
    @Body() body: RejectOrganisationDto,
    @CurrentUser() admin: AuthenticatedUser,
  ) {
    return toProfileResponse(await this.verification.reject(id, admin, body.reason));
  }
}
