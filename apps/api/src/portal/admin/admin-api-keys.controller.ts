import { Body, Get, Post } from '@nestjs/common';
import { pageWindow } from '@app/core';
import { PartnerApiKeysService, Roles, type PartnerApiKeyView } from '@app/identity';
import { IssueApiKeyDto } from '../../identity/admin-api-keys.controller';
import { adminMessages } from '../messages';
import { PageIdParam } from '../page-id';
import { asForm, FormErrors, text, validateWith } from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import { AdminFormat } from './admin-view';

const LIST_PATH = '/admin/cles-api';

/**
 * Partner API keys: issue one (its secret is shown on the answer page, once), see who has
 * one and when it was last used, revoke one. The same service as the admin API.
 */
@PortalController('admin/cles-api')
@Roles('admin')
export class AdminApiKeysPagesController {
  constructor(private readonly keys: PartnerApiKeysService) {}

  @Get()
  async list(@Web(adminMessages) web: WebContext): Promise<void> {
    await this.render(web);
  }

  @Post()
  async issue(@Web(adminMessages) web: WebContext, @Body() body: unknown): Promise<void> {
    const form = asForm(body);
    const { value, violations } = await validateWith(IssueApiKeyDto, { name: text(form, 'name') });
    if (violations.length) {
      await this.render(web, {
        errors: new FormErrors(violations, web.t),
        name: text(form, 'name'),
      });
      return;
    }
    const { key, view } = await this.keys.issue(web.user!.id, { name: value.name });
    // Rendered, not redirected: the key must not travel through a URL or a cookie.
    await this.render(web, { issued: { key, view } }, 201);
  }

  @Post(':id/revoquer')
  async revoke(@Web(adminMessages) web: WebContext, @PageIdParam('id') id: string): Promise<void> {
    await this.keys.revoke(web.user!.id, id);
    web.redirect(LIST_PATH, 'admin.flash.apiKeyRevoked');
  }

  private async render(
    web: WebContext,
    state: {
      errors?: FormErrors;
      name?: string;
      issued?: { key: string; view: PartnerApiKeyView };
    } = {},
    status?: number,
  ): Promise<void> {
    const { offset, limit } = pageWindow({ pageSize: 100 });
    const { items, total } = await this.keys.list(offset, limit);
    const errors = state.errors ?? new FormErrors([], web.t);
    await web.render(
      'admin/api-keys',
      { title: web.t('admin.apiKeys.title'), noindex: true },
      {
        styles: ['admin.css'],
        section: 'apiKeys',
        format: new AdminFormat(web.lang),
        errors,
        name: state.name ?? '',
        issued: state.issued,
        items,
        total,
      },
      { status: status ?? (errors.any ? 400 : 200) },
    );
  }
}
