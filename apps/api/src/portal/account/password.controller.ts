import { Body, Get, Post, UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { AppError, type FieldViolation } from '@app/core';
import { AuthService, Public, type RequestMeta } from '@app/identity';
import { Meta } from '../../common/request-meta';
import { clearAuthCookies } from '../../identity/auth-cookies';
import { EmailDto, ResetPasswordDto } from '../../identity/identity.dto';
import { accountMessages } from '../messages';
import { asForm, FormErrors, text, validateWith, violationsOf } from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import { queryParam, secret } from './account-paths';
import { AuthController } from '../../identity/auth.controller';
import { PageThrottlerGuard, SharesLimitWith, throttledAlert } from './page-throttler.guard';

const PAGE_STYLES = { styles: ['account.css'], scripts: ['password-toggle.js'] };

/** Forgotten password: ask for a link (same answer for unknown addresses), then set a new one. */
@PortalController()
export class PasswordPagesController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Get('mot-de-passe-oublie')
  async forgotForm(@Web(accountMessages) web: WebContext): Promise<void> {
    await this.renderForgot(web, '');
  }

  @Public()
  @Post('mot-de-passe-oublie')
  @UseGuards(PageThrottlerGuard)
  @SharesLimitWith(AuthController, 'requestReset')
  async forgot(
    @Web(accountMessages) web: WebContext,
    @Body() body: unknown,
    @Meta() meta: RequestMeta,
  ): Promise<void> {
    const email = text(asForm(body), 'email');
    const tooMany = throttledAlert(web);
    if (tooMany) return this.renderForgot(web, email, [], tooMany, 429);
    const { value, violations } = await validateWith(EmailDto, { email });
    if (violations.length > 0) return this.renderForgot(web, email, violations, undefined, 400);
    await this.auth.requestPasswordReset(value.email, meta);
    web.redirect('/mot-de-passe-oublie/envoye');
  }

  @Public()
  @Get('mot-de-passe-oublie/envoye')
  async forgotSent(@Web(accountMessages) web: WebContext): Promise<void> {
    await web.render(
      'account/forgot-password-sent',
      { title: web.t('account.forgotSent.title'), noindex: true },
      PAGE_STYLES,
    );
  }

  /** The e-mailed link: checked but not used, so a prefetching mail scanner cannot spend it. */
  @Public()
  @Get('reset-password')
  async resetForm(@Web(accountMessages) web: WebContext): Promise<void> {
    const token = queryParam(web, 'token');
    if (!(await this.auth.isLinkLive(token, 'reset_password'))) return this.renderInvalid(web);
    await this.renderReset(web, token);
  }

  @Public()
  @Post('reset-password')
  @UseGuards(PageThrottlerGuard)
  @SkipThrottle({ account: true })
  @SharesLimitWith(AuthController, 'confirmReset')
  async reset(
    @Web(accountMessages) web: WebContext,
    @Body() body: unknown,
    @Meta() meta: RequestMeta,
  ): Promise<void> {
    const form = asForm(body);
    const token = text(form, 'token');
    const tooMany = throttledAlert(web);
    if (tooMany) return this.renderReset(web, token, [], tooMany, 429);
    const { value, violations } = await validateWith(ResetPasswordDto, {
      token,
      newPassword: secret(form, 'newPassword'),
    });
    if (violations.some((v) => v.field === 'token')) return this.renderInvalid(web);
    if (violations.length > 0) return this.renderReset(web, token, violations, undefined, 400);
    try {
      await this.auth.confirmPasswordReset(value.token, value.newPassword, meta);
    } catch (error) {
      if (error instanceof AppError && error.code === 'IDENTITY.INVALID_TOKEN')
        return this.renderInvalid(web);
      const problems = violationsOf(error);
      if (!problems) throw error;
      // The policy speaks of `password`; this form's field is `newPassword`.
      const mapped = problems.map((p) =>
        p.field === 'password' ? { ...p, field: 'newPassword' } : p,
      );
      return this.renderReset(web, token, mapped, undefined, 400);
    }
    // Every session of the account has just ended, this browser's included.
    clearAuthCookies(web.reply);
    web.redirect('/connexion', 'account.flash.passwordReset');
  }

  private async renderForgot(
    web: WebContext,
    email: string,
    violations: readonly FieldViolation[] = [],
    alert?: string,
    status = 200,
  ): Promise<void> {
    await web.render(
      'account/forgot-password',
      { title: web.t('account.forgot.title'), noindex: true },
      { form: { email }, errors: new FormErrors(violations, web.t), alert, ...PAGE_STYLES },
      { status },
    );
  }

  private async renderReset(
    web: WebContext,
    token: string,
    violations: readonly FieldViolation[] = [],
    alert?: string,
    status = 200,
  ): Promise<void> {
    await web.render(
      'account/reset-password',
      { title: web.t('account.reset.title'), noindex: true },
      { token, errors: new FormErrors(violations, web.t), alert, ...PAGE_STYLES },
      { status },
    );
  }

  private async renderInvalid(web: WebContext): Promise<void> {
    await web.render(
      'account/link-invalid',
      { title: web.t('account.link.invalidTitle'), noindex: true },
      {
        message: web.t('account.reset.invalid'),
        actionUrl: '/mot-de-passe-oublie',
        actionLabel: web.t('account.reset.askAgain'),
        ...PAGE_STYLES,
      },
      { status: 400 },
    );
  }
}
