import { Body, Get, Post } from '@nestjs/common';
import { AppError, type FieldViolation } from '@app/core';
import { AccountService, LANGUAGES, Roles, type RequestMeta } from '@app/identity';
import { Meta } from '../../common/request-meta';
import { clearAuthCookies, setAuthCookies } from '../../identity/auth-cookies';
import { ChangePasswordDto, DeleteMeDto, UpdateMeDto } from '../../identity/identity.dto';
import { DeadlineRemindersService, ERASED_SENDER_NAME } from '@app/entrepreneur-profile';
import { entrepreneurMessages, mailMessages } from '../messages';
import { asForm, FormErrors, text, validateWith, violationsOf } from '../web/forms';
import { LANGUAGE_COOKIE, LANGUAGE_NAMES } from '../web/language';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';

const PAGE = '/mon-espace/compte';
const PAGE_MESSAGES = [entrepreneurMessages, mailMessages];
const YEAR_SECONDS = 365 * 24 * 3600;

const isWrongPassword = (error: unknown) =>
  error instanceof AppError && error.code === 'IDENTITY.INVALID_CREDENTIALS';

/**
 * /mon-espace/compte: preferred language, password, export of my data, erasure. For every
 * signed-in account, whatever its kind (the entrepreneur space's menu only shows to
 * entrepreneurs).
 */
@PortalController('mon-espace/compte')
export class AccountPagesController {
  constructor(
    private readonly accounts: AccountService,
    private readonly reminders: DeadlineRemindersService,
  ) {}

  @Get()
  async show(@Web(PAGE_MESSAGES) web: WebContext): Promise<void> {
    await this.render(web, []);
  }

  @Post('langue')
  async language(@Web(PAGE_MESSAGES) web: WebContext, @Body() body: unknown): Promise<void> {
    const { value, violations } = await validateWith(UpdateMeDto, {
      preferredLanguage: text(asForm(body), 'preferredLanguage'),
    });
    if (violations.length || !value.preferredLanguage) {
      return this.render(
        web,
        violations.length
          ? violations
          : [{ field: 'preferredLanguage', rule: 'isIn', message: 'Choose a language.' }],
      );
    }
    await this.accounts.update(web.user!.id, { preferredLanguage: value.preferredLanguage });
    // The pages follow the remembered language first: remember the new preference.
    web.reply.setCookie(LANGUAGE_COOKIE, value.preferredLanguage, {
      path: '/',
      maxAge: YEAR_SECONDS,
      sameSite: 'lax',
      secure: true,
      httpOnly: true,
    });
    web.redirect(PAGE, 'account.language.saved');
  }

  /** Every deadline reminder of the account on or off (each saved offer has its own switch too). */
  @Post('rappels')
  @Roles('entrepreneur')
  async deadlineReminders(@Web() web: WebContext, @Body() body: unknown): Promise<void> {
    const on = text(asForm(body), 'reminders') === 'on';
    await this.reminders.setAccountReminders(web.user!.id, on);
    web.redirect(`${PAGE}#reminders-title`, 'page.reminders.saved');
  }

  @Post('mot-de-passe')
  async password(
    @Web(PAGE_MESSAGES) web: WebContext,
    @Body() body: unknown,
    @Meta() meta: RequestMeta,
  ): Promise<void> {
    const form = asForm(body);
    // Passwords are taken as typed: no trimming.
    const raw = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
    const { value, violations } = await validateWith(ChangePasswordDto, {
      currentPassword: raw('currentPassword'),
      newPassword: raw('newPassword'),
    });
    if (violations.length) return this.render(web, violations);
    try {
      const tokens = await this.accounts.changePassword(
        web.user!.id,
        value.currentPassword,
        value.newPassword,
        meta,
      );
      setAuthCookies(web.reply, tokens);
    } catch (error) {
      if (isWrongPassword(error)) {
        return this.render(web, [
          { field: 'currentPassword', rule: 'wrong', message: 'This password is not right.' },
        ]);
      }
      const refused = violationsOf(error);
      if (!refused) throw error;
      // The password policy names `password`: here it is the new one.
      return this.render(
        web,
        refused.map((v) => (v.field === 'password' ? { ...v, field: 'newPassword' } : v)),
      );
    }
    web.redirect(PAGE, 'account.password.changed');
  }

  /** The same document as GET /api/v1/me/export, as a file to keep. */
  @Get('export')
  async export(@Web() web: WebContext, @Meta() meta: RequestMeta): Promise<void> {
    const document = await this.accounts.export(web.user!.id, meta);
    web.reply
      .status(200)
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', 'attachment; filename="passerelle-export.json"')
      .header('cache-control', 'no-store')
      .send(JSON.stringify(document));
  }

  @Post('supprimer')
  async erase(@Web(PAGE_MESSAGES) web: WebContext, @Body() body: unknown): Promise<void> {
    const given = asForm(body).password;
    const { value, violations } = await validateWith(DeleteMeDto, {
      password: typeof given === 'string' ? given : '',
    });
    if (violations.length) return this.render(web, violations);
    try {
      await this.accounts.erase(web.user!.id, value.password);
    } catch (error) {
      if (!isWrongPassword(error)) throw error;
      return this.render(web, [
        { field: 'password', rule: 'wrong', message: 'This password is not right.' },
      ]);
    }
    clearAuthCookies(web.reply);
    web.redirect('/', 'flash.accountErased');
  }

  private async render(web: WebContext, violations: readonly FieldViolation[]): Promise<void> {
    const account = await this.accounts.get(web.user!.id);
    const entrepreneur = web.user!.kind === 'entrepreneur';
    await web.render(
      'entrepreneur/account',
      { title: web.t('account.title'), noindex: true },
      {
        current: 'account',
        styles: ['entrepreneur.css'],
        errors: new FormErrors(violations, web.t),
        account: {
          email: account.email,
          preferredLanguage: account.preferredLanguage,
        },
        languageChoices: LANGUAGES.map((code) => ({
          value: code,
          label: LANGUAGE_NAMES[code],
        })),
        entrepreneur,
        erasedName: ERASED_SENDER_NAME,
        remindersOn: entrepreneur && !(await this.reminders.allStopped(web.user!.id)),
      },
      { status: violations.length ? 400 : 200 },
    );
  }
}
