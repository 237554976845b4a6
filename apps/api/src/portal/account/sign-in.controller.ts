import { Body, Get, Post, UseGuards } from '@nestjs/common';
import { AppError, type FieldViolation } from '@app/core';
import { AuthService, Public, SessionService, type RequestMeta } from '@app/identity';
import { Meta } from '../../common/request-meta';
import { clearAuthCookies, setAuthCookies } from '../../identity/auth-cookies';
import { SignInDto } from '../../identity/identity.dto';
import { accountMessages } from '../messages';
import { asForm, FormErrors, text, validateWith } from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { Web, withQuery, type WebContext } from '../web/web-context';
import { homeOf, queryParam, rememberLanguage, safeNext, secret } from './account-paths';
import { AuthController } from '../../identity/auth.controller';
import { PageThrottlerGuard, SharesLimitWith, throttledAlert } from './page-throttler.guard';

interface SignInForm {
  email: string;
  next?: string;
}

/** Signing in and out with the same sessions and cookies as the JSON API. */
@PortalController()
export class SignInPagesController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  @Public()
  @Get('connexion')
  async form(@Web(accountMessages) web: WebContext): Promise<void> {
    const next = safeNext(queryParam(web, 'next'));
    if (web.user) return web.redirect(next ?? homeOf(web.user.kind));
    await this.render(web, { email: '', next });
  }

  @Public()
  @Post('connexion')
  @UseGuards(PageThrottlerGuard)
  @SharesLimitWith(AuthController, 'signIn')
  async submit(
    @Web(accountMessages) web: WebContext,
    @Body() body: unknown,
    @Meta() meta: RequestMeta,
  ): Promise<void> {
    const form = asForm(body);
    const values: SignInForm = { email: text(form, 'email'), next: safeNext(text(form, 'next')) };
    const tooMany = throttledAlert(web, 'account.signIn.tooMany');
    if (tooMany) return this.render(web, values, [], tooMany, 429);
    const password = secret(form, 'password');
    const { value, violations } = await validateWith(SignInDto, { email: values.email, password });
    // Empty fields are not worth an attempt (nor a throttling hit on the account).
    const missing: FieldViolation[] = [];
    if (values.email === '')
      missing.push({ field: 'email', rule: 'isNotEmpty', message: 'email is required' });
    if (password === '')
      missing.push({ field: 'password', rule: 'isNotEmpty', message: 'password is required' });
    if (missing.length > 0 || violations.length > 0)
      return this.render(web, values, [...missing, ...violations], undefined, 400);

    let signedIn: Awaited<ReturnType<AuthService['signIn']>>;
    try {
      signedIn = await this.auth.signIn(value.email, value.password, meta);
    } catch (error) {
      if (error instanceof AppError && error.code === 'IDENTITY.INVALID_CREDENTIALS') {
        // Never tells which of the two was wrong, nor whether the account exists.
        return this.render(web, values, [], web.t('account.signIn.failed'), 400);
      }
      throw error;
    }
    // Someone else's session on this browser ends rather than lingering behind the new one.
    if (web.user) await this.sessions.revoke(web.user.sessionId, 'sign_out');
    setAuthCookies(web.reply, signedIn.tokens);
    const target = values.next ?? homeOf(signedIn.user.kind);
    if (!signedIn.user.emailVerifiedAt) {
      // Signing in does not need a confirmed address, but say so clearly, with the way out.
      return web.redirect(
        withQuery('/compte/verification', { next: target }),
        'account.flash.signedIn',
      );
    }
    web.redirect(target, 'account.flash.signedIn');
  }

  /** Ends this browser's session like the API's sign-out; the refresh cookie never reaches here. */
  @Public()
  @Post('deconnexion')
  async signOut(@Web(accountMessages) web: WebContext): Promise<void> {
    if (web.user) await this.sessions.revoke(web.user.sessionId, 'sign_out');
    clearAuthCookies(web.reply);
    rememberLanguage(web, web.reply);
    web.redirect('/', 'flash.signedOut');
  }

  private async render(
    web: WebContext,
    values: SignInForm,
    violations: readonly FieldViolation[] = [],
    alert?: string,
    status = 200,
  ): Promise<void> {
    await web.render(
      'account/sign-in',
      { title: web.t('account.signIn.title'), noindex: true },
      {
        form: values,
        errors: new FormErrors(violations, web.t),
        alert,
        signUpUrl: withQuery('/inscription', { next: values.next }),
        styles: ['account.css'],
        scripts: ['password-toggle.js'],
      },
      { status },
    );
  }
}
