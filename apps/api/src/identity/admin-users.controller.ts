import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { pageWindow, UuidParam, type Page } from '@app/core';
import { AdminUsersService, CurrentUser, Roles, type AuthenticatedUser } from '@app/identity';
import { ApiProblems } from '../common/problem-responses';
import { toUserResponse, UserListQueryDto, UserResponse } from './identity.dto';

class UserPage {
  @ApiProperty({ type: [UserResponse] }) items: UserResponse[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

@ApiTags('admin')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Roles('admin')
@Controller('api/v1/admin/users')
export class AdminUsersController {
  constructor(private readonly admin: AdminUsersService) {}

  @Get()
  @ApiOperation({
    summary: 'List accounts (newest first)',
    description:
      'Admins only. Filters by kind, status or the start of the e-mail address; paged, newest account first.',
  })
  @ApiOkResponse({ type: UserPage })
  async list(@Query() query: UserListQueryDto): Promise<Page<UserResponse>> {
    const { page, pageSize, offset, limit } = pageWindow(query);
    const { items, total } = await this.admin.list({
      kind: query.kind,
      status: query.status,
      emailPrefix: query.email,
      offset,
      limit,
    });
    return { items: items.map(toUserResponse), page, pageSize, total };
  }

  @Get(':id')
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'One account',
    description:
      'Admins only. The account with its kind, status and verification, by id; 404 when unknown.',
  })
  async get(@Param('id', UuidParam('id')) id: string): Promise<UserResponse> {
    return toUserResponse(await this.admin.get(id));
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Disable an account; its sessions end at once',
    description:
      'Admins only. The account can no longer sign in and every session it has ends at once. An admin cannot disable their own account (409).',
  })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(404, 409)
  async disable(@Param('id', UuidParam('id')) id: string, @CurrentUser() admin: AuthenticatedUser) {
    return toUserResponse(await this.admin.disable(id, admin.id));
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(404, 409)
  @ApiOperation({
    summary: 'Enable a disabled account',
    description:
      'Admins only. The account can sign in again (its old sessions stay ended). A deleted account cannot come back (409).',
  })
  async enable(@Param('id', UuidParam('id')) id: string, @CurrentUser() admin: AuthenticatedUser) {
    return toUserResponse(await this.admin.enable(id, admin.id));
  }

  @Post(':id/promote')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Make the account an admin (it signs in again to use the role)',
    description:
      'Admins only. The account becomes an admin; its current sessions end, so the new role applies from its next sign-in.',
  })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(404, 409)
  async promote(@Param('id', UuidParam('id')) id: string, @CurrentUser() admin: AuthenticatedUser) {
    return toUserResponse(await this.admin.promoteToAdmin(id, admin.id));
  }
}
