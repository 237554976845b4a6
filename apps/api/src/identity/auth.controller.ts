import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  AuthService,
  AuthThrottlerGuard,
  CurrentUser,
  OptionalUser,
  Public,
  REFRESH_COOKIE,
  SessionService,
  type AuthenticatedUser,
  type RequestMeta,
} from '@app/identity';
import { ApiProblems } from '../common/problem-responses';
import { Meta } from '../common/request-meta';
import { clearAuthCookies, setAuthCookies } from './auth-cookies';
import {
  AcceptedResponse,
  EmailDto,
  RefreshDto,
  ResetPasswordDto,
  SignInDto,
  SignUpDto,
  TokenDto,
  TokensResponse,
  toUserResponse,
} from './identity.dto';

const ACCEPTED = { message: 'If the address can receive it, an e-mail is on its way.' };

@ApiTags('auth')
@Controller('api/v1/auth')
@UseGuards(AuthThrottlerGuard)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  @Public()
  @Post('sign-up')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Create an entrepreneur or organisation-member account',
    description:
      'Always 202 with the same body, whether or not the address already has an account: a confirmation link ' +
      '(or, for a known address, a notice) is e-mailed. Admin accounts are never created here.',
  })
  @ApiAcceptedResponse({ type: AcceptedResponse })
  @ApiProblems(400, 429)
  async signUp(@Body() body: SignUpDto, @Meta() meta: RequestMeta): Promise<AcceptedResponse> {
    await this.auth.signUp(body, meta);
    return ACCEPTED;
  }

  @Public()
  @Post('sign-in')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with e-mail and password; opens a session',
    description:
      'Checks the password (argon2id) and opens a session: the access token (short-lived) and the refresh token come back in the body and as httpOnly cookies. Wrong e-mail and wrong password get the same 401; attempts are limited per IP and per address (429).',
  })
  @ApiOkResponse({ type: TokensResponse })
  @ApiProblems(400, 401, 429)
  async signIn(
    @Body() body: SignInDto,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokensResponse> {
    const { user, tokens } = await this.auth.signIn(body.email, body.password, meta);
    setAuthCookies(reply, tokens);
    return { ...tokenBody(tokens), user: toUserResponse(user) };
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @SkipThrottle({ ip: true, account: true })
  @ApiOperation({
    summary: 'Trade a refresh token for a new pair (rotation)',
    description: 'Reusing a refresh token that was already traded ends the whole session.',
  })
  @ApiOkResponse({ type: TokensResponse })
  @ApiProblems(400, 401)
  async refresh(
    @Body() body: RefreshDto,
    @Req() request: FastifyRequest,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokensResponse> {
    // No token at all is refused like an unknown one.
    const token = body.refreshToken ?? request.cookies?.[REFRESH_COOKIE] ?? '';
    const tokens = await this.sessions.refresh(token, meta);
    setAuthCookies(reply, tokens);
    return tokenBody(tokens);
  }

  @Public()
  @Post('sign-out')
  @HttpCode(204)
  @SkipThrottle({ ip: true, account: true })
  @ApiOperation({
    summary: 'End the current session (access token, or the refresh token given)',
    description:
      'Revokes the session of the access token (or of the refresh token sent) and clears the cookies. Idempotent: an already ended session answers the same.',
  })
  @ApiNoContentResponse()
  async signOut(
    @Body() body: RefreshDto,
    @Req() request: FastifyRequest,
    @OptionalUser() user: AuthenticatedUser | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    if (user) await this.sessions.revoke(user.sessionId, 'sign_out');
    const refresh = body.refreshToken ?? request.cookies?.[REFRESH_COOKIE];
    if (refresh) await this.sessions.revokeByRefreshToken(refresh);
    clearAuthCookies(reply);
  }

  @Public()
  @Post('verify-email')
  @HttpCode(204)
  @SkipThrottle({ account: true })
  @ApiOperation({
    summary: 'Confirm the e-mail address with the token from the link',
    description:
      'Takes the single-use token from the confirmation e-mail and marks the address as verified. An expired, used or unknown token is a 400 naming the `token` field.',
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 429)
  async verifyEmail(@Body() body: TokenDto): Promise<void> {
    await this.auth.verifyEmail(body.token);
  }

  @Post('verify-email/resend')
  @HttpCode(202)
  @SkipThrottle({ account: true })
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiOperation({
    summary: 'Send the confirmation link again',
    description:
      'E-mails a fresh confirmation link to the signed-in account, replacing any earlier one. Answers 202 whether or not the address was already confirmed.',
  })
  @ApiAcceptedResponse({ type: AcceptedResponse })
  @ApiProblems(401, 429)
  async resend(@CurrentUser() user: AuthenticatedUser): Promise<AcceptedResponse> {
    await this.auth.resendVerification(user.id);
    return ACCEPTED;
  }

  @Public()
  @Post('password-reset/request')
  @HttpCode(202)
  @ApiOperation({
    summary: 'E-mail a single-use reset link (same answer for unknown addresses)',
    description:
      'E-mails a single-use link valid for a short time. The answer is the same 202 for an unknown address, so the endpoint cannot tell who has an account.',
  })
  @ApiAcceptedResponse({ type: AcceptedResponse })
  @ApiProblems(400, 429)
  async requestReset(@Body() body: EmailDto, @Meta() meta: RequestMeta): Promise<AcceptedResponse> {
    await this.auth.requestPasswordReset(body.email, meta);
    return ACCEPTED;
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @SkipThrottle({ account: true })
  @ApiOperation({
    summary: 'Set a new password with the reset token; ends every session',
    description:
      'Sets the new password (same rules as sign-up) with the token from the reset e-mail, then ends every session of the account so a stolen session cannot outlive the reset.',
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 429)
  async confirmReset(@Body() body: ResetPasswordDto, @Meta() meta: RequestMeta): Promise<void> {
    await this.auth.confirmPasswordReset(body.token, body.newPassword, meta);
  }
}

function tokenBody(tokens: TokensResponse): TokensResponse {
  return {
    accessToken: tokens.accessToken,
    accessTokenExpiresAt: tokens.accessTokenExpiresAt,
    refreshToken: tokens.refreshToken,
    refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
  };
}
