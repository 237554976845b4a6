import { Body, Get, Post, Query } from '@nestjs/common';
import { AppError } from '@app/core';
import {
  CONTACT_REQUEST_STATUSES,
  ContactRequestService,
  type ContactRequestStatus,
  type ContactRequestTarget,
  type ReceivedContactRequestView,
} from '@app/entrepreneur-profile';
import { Roles } from '@app/identity';
import { PageIdParam } from '../page-id';
import { ChangeContactRequestStatusDto } from '../../entrepreneur-profile/contact-requests.dto';
import { organisationMessages } from '../messages';
import { isolate } from '../web/bidi';
import { asForm, FormErrors, optionalText, text, validateWith, violationsOf } from '../web/forms';
import { pageOf } from '../web/pagination';
import { PortalController } from '../web/portal-controller';
import { Web, withQuery, type WebContext } from '../web/web-context';
import {
  isConflict,
  OrganisationScopes,
  PAGE_SIZE,
  pagination,
  spaceNav,
} from './organisation-web';

/** Where a request can go from its status (the lib's rules: accepted and declined are final). */
export function nextStatuses(status: ContactRequestStatus): ContactRequestTarget[] {
  if (status === 'new') return ['in_progress', 'accepted', 'declined'];
  if (status === 'in_progress') return ['accepted', 'declined'];
  return [];
}

interface AnswerState {
  /** What the form held; `message` is the written answer (field `answer`), as typed. */
  answer?: { status: string; reason: string; message: string };
  errors?: FormErrors;
  conflict?: string;
  status?: number;
}

@PortalController('espace/organisations/:id/demandes')
export class InboxPagesController {
  constructor(
    private readonly scopes: OrganisationScopes,
    private readonly requests: ContactRequestService,
  ) {}

  @Get()
  @Roles('organisation_member')
  async list(
    @Web(organisationMessages) web: WebContext,
    @PageIdParam('id') id: string,
    @Query('statut') statusParam?: string,
    @Query('page') pageParam?: string,
  ): Promise<void> {
    const user = web.user!;
    const status = (CONTACT_REQUEST_STATUSES as readonly string[]).includes(statusParam ?? '')
      ? (statusParam as ContactRequestStatus)
      : undefined;
    const page = pageOf(pageParam);
    const { items, total } = await this.requests.listReceived(user, id, {
      status,
      offset: (page - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
    });
    const scope = await this.scopes.of(user, id);
    const base = `/espace/organisations/${id}/demandes`;
    await web.render(
      'organisation/inbox',
      { title: web.t('inbox.title'), noindex: true },
      {
        nav: spaceNav(web, scope, 'inbox'),
        styles: ['organisation.css'],
        organisation: scope.current,
        status,
        statuses: CONTACT_REQUEST_STATUSES,
        items,
        base,
        pager: pagination(page, total, (p) => withQuery(base, { statut: status, page: String(p) })),
        f: await this.scopes.formatter(web),
      },
    );
  }

  @Get(':requestId')
  @Roles('organisation_member')
  async show(
    @Web(organisationMessages) web: WebContext,
    @PageIdParam('id') id: string,
    @PageIdParam('requestId') requestId: string,
  ): Promise<void> {
    const request = await this.requests.getReceived(web.user!, id, requestId);
    await this.render(web, id, request);
  }

  @Post(':requestId')
  @Roles('organisation_member')
  async answer(
    @Web(organisationMessages) web: WebContext,
    @PageIdParam('id') id: string,
    @PageIdParam('requestId') requestId: string,
    @Body() body: unknown,
  ): Promise<void> {
    const user = web.user!;
    const form = asForm(body);
    // The written answer is kept as typed (the service stores it as given); blank is none.
    const typed = form.answer;
    const message = Array.isArray(typed) ? (typed[0] ?? '') : (typed ?? '');
    const answer = { status: text(form, 'status'), reason: text(form, 'reason'), message };
    const { value, violations } = await validateWith(ChangeContactRequestStatusDto, {
      status: answer.status,
      reason: optionalText(form, 'reason'),
      answer: message.trim() ? message : undefined,
    });
    if (violations.length > 0) {
      const request = await this.requests.getReceived(user, id, requestId);
      await this.render(web, id, request, {
        answer,
        errors: new FormErrors(violations, web.t),
        status: 400,
      });
      return;
    }
    try {
      await this.requests.changeStatus(
        user,
        id,
        requestId,
        value.status,
        value.reason,
        value.answer,
      );
    } catch (error) {
      const found = violationsOf(error);
      if (!found && !isConflict(error)) throw error;
      const request = await this.requests.getReceived(user, id, requestId);
      await this.render(web, id, request, {
        answer,
        errors: found ? new FormErrors(found, web.t) : undefined,
        conflict: found ? undefined : this.sentence(web, error as AppError),
        status: found ? 400 : 409,
      });
      return;
    }
    web.redirect(
      `/espace/organisations/${id}/demandes/${requestId}`,
      `inbox.moved.${value.status}`,
    );
  }

  private sentence(web: WebContext, error: AppError): string {
    const key = `problem.${error.code}`;
    const translated = web.t(key);
    return translated === key ? error.message : translated;
  }

  private async render(
    web: WebContext,
    organisationId: string,
    request: ReceivedContactRequestView,
    state: AnswerState = {},
  ): Promise<void> {
    const scope = await this.scopes.of(web.user!, organisationId);
    const errors = state.errors ?? new FormErrors();
    const title = request.subject ? isolate(request.subject) : web.t('request.untitled');
    await web.render(
      'organisation/request',
      {
        title: errors.any || state.conflict ? `${web.t('form.errorPrefix')} ${title}` : title,
        noindex: true,
      },
      {
        nav: spaceNav(web, scope, 'inbox'),
        styles: ['organisation.css'],
        organisation: scope.current,
        request,
        heading: request.subject,
        next: nextStatuses(request.status),
        answer: state.answer ?? { status: '', reason: '', message: '' },
        errors,
        conflict: state.conflict,
        inbox: `/espace/organisations/${organisationId}/demandes`,
        f: await this.scopes.formatter(web),
      },
      { status: state.status ?? 200 },
    );
  }
}
