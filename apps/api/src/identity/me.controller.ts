import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  AccountService,
  CurrentUser,
  type AuthenticatedUser,
  type RequestMeta,
} from '@app/identity';
import { ApiProblems } from '../common/problem-responses';
import { Meta } from '../common/request-meta';
import { clearAuthCookies, setAuthCookies } from './auth-cookies';
import {
  ChangePasswordDto,
  DeleteMeDto,
  TokensResponse,
  toUserResponse,
  UpdateMeDto,
  UserResponse,
} from './identity.dto';

@ApiTags('me')
@ApiBearerAuth()
@ApiCookieAuth()
@ApiProblems(401)
@Controller('api/v1/me')
export class MeController {
  constructor(private readonly accounts: AccountService) {}

  @Get()
  @ApiOperation({
    summary: 'The signed-in account',
    description:
      'Who the session belongs to: id, e-mail, kind of account, display name, preferred language and whether the e-mail is verified.',
  })
  @ApiOkResponse({ type: UserResponse })
  async me(@CurrentUser() user: AuthenticatedUser): Promise<UserResponse> {
    return toUserResponse(await this.accounts.get(user.id));
  }

  @Patch()
  @ApiOperation({
    summary: 'Change display name or preferred language',
    description:
      'Changes only the fields sent (display name, preferred language for pages and e-mails); answers the updated account.',
  })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(400)
  async update(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UpdateMeDto,
  ): Promise<UserResponse> {
    return toUserResponse(await this.accounts.update(user.id, body));
  }

  @Post('password')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Change the password: every session ends; a new one opens for this device',
    description:
      'Needs the current password. Every other session of the account ends; this device gets a new session (tokens in the body and cookies).',
  })
  @ApiOkResponse({ type: TokensResponse })
  @ApiProblems(400)
  async changePassword(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: ChangePasswordDto,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokensResponse> {
    const tokens = await this.accounts.changePassword(
      user.id,
      body.currentPassword,
      body.newPassword,
      meta,
    );
    setAuthCookies(reply, tokens);
    return {
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: tokens.accessTokenExpiresAt,
      refreshToken: tokens.refreshToken,
      refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
    };
  }

  @Get('export')
  @ApiOperation({
    summary: 'Everything Passerelle stores about you, as JSON (GDPR art. 15 and 20)',
    description:
      'A JSON download of what every part of the platform keeps about the account (each module contributes its own records). Never cached (no-store).',
  })
  @ApiOkResponse({ schema: { type: 'object' } })
  async export(
    @CurrentUser() user: AuthenticatedUser,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Record<string, unknown>> {
    reply.header('content-disposition', 'attachment; filename="passerelle-my-data.json"');
    reply.header('cache-control', 'no-store');
    return this.accounts.export(user.id, meta);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Erase the account (GDPR art. 17)',
    description:
      'Personal data is blanked and sessions end; content that belongs to an organisation stays with it.',
  })
  @ApiNoContentResponse()
  @ApiProblems(400)
  async erase(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: DeleteMeDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.accounts.erase(user.id, body.password);
    clearAuthCookies(reply);
  }
}
