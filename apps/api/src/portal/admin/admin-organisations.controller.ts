import { Body, Get, Post } from '@nestjs/common';
import { AppError, pageWindow, type FieldViolation } from '@app/core';
import { Roles, UserDirectory } from '@app/identity';
import {
  VERIFICATION_STATUSES,
  VerificationService,
  type VerificationStatus,
} from '@app/support-organisation';
import { PageIdParam } from '../page-id';
import {
  AdminOrganisationQueryDto,
  RejectOrganisationDto,
} from '../../support-organisation/organisation-profile.dto';
import { adminMessages } from '../messages';
import { asForm, FormErrors, text, validateWith } from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import { AdminFormat, pager, queryValues } from './admin-view';

const ALL = 'all';

/** The verification queue and each organisation's file, with the verify/reject decisions. */
@PortalController('admin/organisations')
@Roles('admin')
export class AdminOrganisationsPagesController {
  constructor(
    private readonly verification: VerificationService,
    private readonly users: UserDirectory,
  ) {}

  /** Pending first (the default filter), oldest request first, like the API. */
  @Get()
  async list(@Web(adminMessages) web: WebContext): Promise<void> {
    const query = queryValues(web.request.query, ['verification', 'page', 'pageSize']);
    const verification = query.verification ?? 'pending';
    const plain = { ...query, verification: verification === ALL ? undefined : verification };
    const { value, violations } = await validateWith(AdminOrganisationQueryDto, plain);
    const errors = new FormErrors(violations, web.t);
    const format = new AdminFormat(web.lang);
    const render = async (
      data: { items: unknown[]; total: number; page: number; pageSize: number },
      status = 200,
    ) =>
      web.render(
        'admin/organisations',
        { title: web.t('admin.organisations.title'), noindex: true },
        {
          styles: ['admin.css'],
          section: 'organisations',
          format,
          errors,
          filters: { verification },
          statuses: [...VERIFICATION_STATUSES, ALL],
          ...data,
          pager: pager(web.path, data.page, data.pageSize, data.total),
        },
        { status },
      );
    if (errors.any) {
      await render({ items: [], total: 0, page: 1, pageSize: 20 }, 400);
      return;
    }
    const { page, pageSize, offset, limit } = pageWindow(value);
    const { items, total } = await this.verification.list({
      status: value.verification as VerificationStatus | undefined,
      offset,
      limit,
    });
    await render({ items, total, page, pageSize });
  }

  @Get(':id')
  async show(@Web(adminMessages) web: WebContext, @PageIdParam('id') id: string) {
    await this.renderFile(web, id);
  }

  @Post(':id/verifier')
  async verify(@Web(adminMessages) web: WebContext, @PageIdParam('id') id: string) {
    try {
      await this.verification.verify(id, web.user!);
    } catch (error) {
      const conflict = conflictStatus(error);
      if (conflict === undefined) throw error;
      await this.renderFile(web, id, { conflict, status: 409 });
      return;
    }
    web.redirect(`/admin/organisations/${id}`, 'admin.flash.organisationVerified');
  }

  @Post(':id/rejeter')
  async reject(
    @Web(adminMessages) web: WebContext,
    @PageIdParam('id') id: string,
    @Body() body: unknown,
  ) {
    const form = asForm(body);
    const reason = text(form, 'reason');
    const { violations } = await validateWith(RejectOrganisationDto, { reason });
    if (violations.length) {
      await this.renderFile(web, id, { violations, reason, status: 400 });
      return;
    }
    try {
      await this.verification.reject(id, web.user!, reason);
    } catch (error) {
      const conflict = conflictStatus(error);
      if (conflict === undefined) throw error;
      await this.renderFile(web, id, { conflict, reason, status: 409 });
      return;
    }
    web.redirect(`/admin/organisations/${id}`, 'admin.flash.organisationRejected');
  }

  private async renderFile(
    web: WebContext,
    id: string,
    options: {
      violations?: readonly FieldViolation[];
      reason?: string;
      conflict?: string;
      status?: number;
    } = {},
  ): Promise<void> {
    const { organisation, history } = await this.verification.adminView(id);
    const actorIds = [...new Set(history.map((e) => e.actorId).filter((a): a is string => !!a))];
    const actors = await this.users.findManyByIds(actorIds);
    await web.render(
      'admin/organisation',
      { title: organisation.name, noindex: true },
      {
        styles: ['admin.css'],
        section: 'organisations',
        format: new AdminFormat(web.lang),
        organisation,
        history: [...history].reverse(),
        actors,
        errors: new FormErrors(options.violations ?? [], web.t),
        reason: options.reason ?? '',
        conflict: options.conflict,
      },
      { status: options.status ?? 200 },
    );
  }
}

/**
 * The status another admin's decision left, when this decision came second (409): one of
 * VERIFICATION_STATUSES, else 'unknown' (each has its `admin.verification.*` sentence).
 */
function conflictStatus(error: unknown): VerificationStatus | 'unknown' | undefined {
  if (!(error instanceof AppError) || error.code !== 'ORGANISATION.VERIFICATION_CONFLICT') {
    return undefined;
  }
  const current = error.extra.details?.currentStatus;
  return (VERIFICATION_STATUSES as readonly unknown[]).includes(current)
    ? (current as VerificationStatus)
    : 'unknown';
}
