import { Body, Get, Post, UseGuards } from '@nestjs/common';
import { AuthService, Public, type RequestMeta } from '@app/identity';
import type { FieldViolation } from '@app/core';
import { Meta } from '../../common/request-meta';
import { SignUpDto } from '../../identity/identity.dto';
import { accountMessages } from '../messages';
import { asForm, FormErrors, text, validateWith, violationsOf } from '../web/forms';
import { isUiLanguage } from '../web/language';
import { PortalController } from '../web/portal-controller';
import { Web, withQuery, type WebContext } from '../web/web-context';
import { homeOf, queryParam, safeNext, secret } from './account-paths';
import { AuthController } from '../../identity/auth.controller';
import { PageThrottlerGuard, SharesLimitWith, throttledAlert } from './page-throttler.guard';

interface SignUpForm {
  displayName: string;
  email: string;
  accountType: string;
  preferredLanguage: string;
  next?: string;
}

/** Creating an account: same answer whether or not the address is known, like the API. */
@PortalController()
export class SignUpPagesController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Get('inscription')
  async form(@Web(accountMessages) web: WebContext): Promise<void> {
    const next = safeNext(queryParam(web, 'next'));
    if (web.user) return web.redirect(next ?? homeOf(web.user.kind));
    const type = queryParam(web, 'type');
    await this.render(web, {
      displayName: '',
      email: '',
      accountType: type === 'organisation' || type === 'entrepreneur' ? type : '',
      preferredLanguage: web.lang,
      next,
    });
  }

  @Public()
  @Post('inscription')
  @UseGuards(PageThrottlerGuard)
  @SharesLimitWith(AuthController, 'signUp')
  async submit(
    @Web(accountMessages) web: WebContext,
    @Body() body: unknown,
    @Meta() meta: RequestMeta,
  ): Promise<void> {
    const form = asForm(body);
    const values: SignUpForm = {
      displayName: text(form, 'displayName'),
      email: text(form, 'email'),
      accountType: text(form, 'accountType'),
      preferredLanguage: text(form, 'preferredLanguage'),
      next: safeNext(text(form, 'next')),
    };
    const tooMany = throttledAlert(web);
    if (tooMany) return this.render(web, values, [], tooMany, 429);
    const { value, violations } = await validateWith(SignUpDto, {
      email: values.email,
      password: secret(form, 'password'),
      displayName: values.displayName,
      preferredLanguage: values.preferredLanguage,
      accountType: values.accountType,
    });
    if (violations.length > 0) return this.render(web, values, violations, undefined, 400);
    try {
      await this.auth.signUp(value, meta);
    } catch (error) {
      const problems = violationsOf(error);
      if (!problems) throw error;
      return this.render(web, values, problems, undefined, 400);
    }
    web.redirect(withQuery('/inscription/confirmation', { next: values.next }));
  }

  @Public()
  @Get('inscription/confirmation')
  async sent(@Web(accountMessages) web: WebContext): Promise<void> {
    const next = safeNext(queryParam(web, 'next'));
    await web.render(
      'account/sign-up-sent',
      { title: web.t('account.signUpSent.title'), noindex: true },
      { signInUrl: withQuery('/connexion', { next }) },
    );
  }

  private async render(
    web: WebContext,
    values: SignUpForm,
    violations: readonly FieldViolation[] = [],
    alert?: string,
    status = 200,
  ): Promise<void> {
    await web.render(
      'account/sign-up',
      { title: web.t('account.signUp.title'), noindex: true },
      {
        form: {
          ...values,
          preferredLanguage: isUiLanguage(values.preferredLanguage)
            ? values.preferredLanguage
            : web.lang,
        },
        errors: new FormErrors(violations, web.t),
        alert,
        signInUrl: withQuery('/connexion', { next: values.next }),
        styles: ['account.css'],
        scripts: ['password-toggle.js'],
      },
      { status },
    );
  }
}
