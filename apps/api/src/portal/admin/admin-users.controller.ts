import { Body, Get, Post } from '@nestjs/common';
import { AppError, pageWindow } from '@app/core';
import {
  ACCOUNT_KINDS,
  ACCOUNT_STATUSES,
  AdminUsersService,
  Roles,
  type Account,
} from '@app/identity';
import { UserListQueryDto } from '../../identity/identity.dto';
import { PageIdParam } from '../page-id';
import { adminMessages } from '../messages';
import { asForm, FormErrors, text, validateWith } from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { safeLocalPath, Web, type WebContext } from '../web/web-context';
import { AdminFormat, pager, queryValues } from './admin-view';

const LIST_PATH = '/admin/utilisateurs';

/** Accounts: find them, disable or enable them, make one an admin. */
@PortalController('admin/utilisateurs')
@Roles('admin')
export class AdminUsersPagesController {
  constructor(private readonly admin: AdminUsersService) {}

  @Get()
  async list(@Web(adminMessages) web: WebContext): Promise<void> {
    await this.renderList(web);
  }

  @Post(':id/desactiver')
  async disable(
    @Web(adminMessages) web: WebContext,
    @PageIdParam('id') id: string,
    @Body() body: unknown,
  ): Promise<void> {
    await this.act(web, body, 'admin.flash.userDisabled', () =>
      this.admin.disable(id, web.user!.id),
    );
  }

  @Post(':id/activer')
  async enable(
    @Web(adminMessages) web: WebContext,
    @PageIdParam('id') id: string,
    @Body() body: unknown,
  ): Promise<void> {
    await this.act(web, body, 'admin.flash.userEnabled', () => this.admin.enable(id, web.user!.id));
  }

  @Post(':id/promouvoir')
  async promote(
    @Web(adminMessages) web: WebContext,
    @PageIdParam('id') id: string,
    @Body() body: unknown,
  ): Promise<void> {
    await this.act(web, body, 'admin.flash.userPromoted', () =>
      this.admin.promoteToAdmin(id, web.user!.id),
    );
  }

  /** Runs the action, then back to the list as it was filtered; a refusal (409) shown on it. */
  private async act(
    web: WebContext,
    body: unknown,
    flashKey: string,
    action: () => Promise<Account>,
  ): Promise<void> {
    const back = backTo(text(asForm(body), 'back'));
    try {
      await action();
    } catch (error) {
      if (!(error instanceof AppError) || error.kind !== 'conflict') throw error;
      await this.renderList(web, { code: error.code, message: error.message }, back);
      return;
    }
    web.redirect(back, flashKey);
  }

  private async renderList(
    web: WebContext,
    refusal?: { code: string; message: string },
    listPath = web.path,
  ): Promise<void> {
    const path = new URL(listPath, 'http://local');
    const query = queryValues(Object.fromEntries(path.searchParams), [
      'kind',
      'status',
      'email',
      'page',
      'pageSize',
    ]);
    const { value, violations } = await validateWith(UserListQueryDto, query);
    const errors = new FormErrors(violations, web.t);
    const { page, pageSize, offset, limit } = pageWindow(errors.any ? {} : value);
    const { items, total } = errors.any
      ? { items: [] as Account[], total: 0 }
      : await this.admin.list({
          kind: value.kind,
          status: value.status,
          emailPrefix: value.email,
          offset,
          limit,
        });
    const here = `${path.pathname}${path.search}`;
    await web.render(
      'admin/users',
      { title: web.t('admin.users.title'), noindex: true },
      {
        styles: ['admin.css'],
        section: 'users',
        format: new AdminFormat(web.lang),
        errors,
        filters: query,
        kinds: ACCOUNT_KINDS,
        statuses: ACCOUNT_STATUSES,
        items,
        total,
        me: web.user!.id,
        back: here,
        refusal,
        pager: pager(here, page, pageSize, total),
      },
      { status: refusal ? 409 : errors.any ? 400 : 200 },
    );
  }
}

/** The list page to come back to: only the users list, with its filters. */
function backTo(candidate: string): string {
  const path = safeLocalPath(candidate, LIST_PATH);
  return path === LIST_PATH || path.startsWith(`${LIST_PATH}?`) ? path : LIST_PATH;
}
