import { Body, Get, Post } from '@nestjs/common';
import { Roles } from '@app/identity';
import {
  MEMBER_ROLES,
  MembershipService,
  OrganisationService,
  type InvitationView,
} from '@app/support-organisation';
import { ChangeRoleDto, InviteDto } from '../../support-organisation/organisations.dto';
import { PageIdParam } from '../page-id';
import { organisationMessages } from '../messages';
import { asForm, FormErrors, text, validateWith } from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import { Formatter, isConflict, OrganisationScopes, spaceNav } from './organisation-web';

interface MembersPageState {
  invite?: { email: string; role: string };
  errors?: FormErrors;
  /** A refusal of the service (last owner…) shown at the top. */
  problem?: string;
  status?: number;
}

@PortalController('espace/organisations/:id/membres')
export class MembersPagesController {
  constructor(
    private readonly scopes: OrganisationScopes,
    private readonly organisations: OrganisationService,
    private readonly members: MembershipService,
  ) {}

  @Get()
  @Roles('organisation_member')
  async list(
    @Web(organisationMessages) web: WebContext,
    @PageIdParam('id') id: string,
  ): Promise<void> {
    await this.show(web, id);
  }

  @Post('invitations')
  @Roles('organisation_member')
  async invite(
    @Web(organisationMessages) web: WebContext,
    @PageIdParam('id') id: string,
    @Body() body: unknown,
  ): Promise<void> {
    const form = asForm(body);
    const invite = { email: text(form, 'email'), role: text(form, 'role') };
    const { value, violations } = await validateWith(InviteDto, invite);
    if (violations.length > 0) {
      // Still a member (404 otherwise) and an owner (403) before saying anything about the form.
      await this.members.listInvitations(id, web.user!);
      await this.show(web, id, { invite, errors: new FormErrors(violations, web.t), status: 400 });
      return;
    }
    await this.members.invite(id, web.user!, value.email, value.role);
    web.redirect(`/espace/organisations/${id}/membres`, 'members.invited');
  }

  @Post('invitations/:invitationId/revoquer')
  @Roles('organisation_member')
  async revoke(
    @Web(organisationMessages) web: WebContext,
    @PageIdParam('id') id: string,
    @PageIdParam('invitationId') invitationId: string,
  ): Promise<void> {
    await this.members.revokeInvitation(id, invitationId, web.user!);
    web.redirect(`/espace/organisations/${id}/membres`, 'members.invitationRevoked');
  }

  @Post(':userId/role')
  @Roles('organisation_member')
  async changeRole(
    @Web(organisationMessages) web: WebContext,
    @PageIdParam('id') id: string,
    @PageIdParam('userId') userId: string,
    @Body() body: unknown,
  ): Promise<void> {
    const { value, violations } = await validateWith(ChangeRoleDto, {
      role: text(asForm(body), 'role'),
    });
    if (violations.length > 0) {
      await this.show(web, id, { errors: new FormErrors(violations, web.t), status: 400 });
      return;
    }
    try {
      await this.members.changeRole(id, userId, value.role, web.user!);
    } catch (error) {
      if (!isConflict(error)) throw error;
      await this.show(web, id, { problem: this.sentence(web, error), status: 409 });
      return;
    }
    web.redirect(`/espace/organisations/${id}/membres`, 'members.roleChanged');
  }

  @Post(':userId/retirer')
  @Roles('organisation_member')
  async remove(
    @Web(organisationMessages) web: WebContext,
    @PageIdParam('id') id: string,
    @PageIdParam('userId') userId: string,
  ): Promise<void> {
    try {
      await this.members.remove(id, userId, web.user!);
    } catch (error) {
      if (!isConflict(error)) throw error;
      await this.show(web, id, { problem: this.sentence(web, error), status: 409 });
      return;
    }
    if (userId === web.user!.id) web.redirect('/espace', 'members.left');
    else web.redirect(`/espace/organisations/${id}/membres`, 'members.removed');
  }

  /** The service's refusal in the reader's language when we have it, else its own sentence. */
  private sentence(web: WebContext, error: { code: string; message: string }): string {
    const key = `problem.${error.code}`;
    const translated = web.t(key);
    return translated === key ? error.message : translated;
  }

  private async show(web: WebContext, id: string, state: MembersPageState = {}): Promise<void> {
    const user = web.user!;
    const profile = await this.organisations.get(id, user);
    const scope = await this.scopes.of(user, id);
    const members = await this.members.listMembers(id, user);
    const isOwner = profile.myRole === 'owner';
    const invitations: InvitationView[] = isOwner
      ? await this.members.listInvitations(id, user)
      : [];
    const errors = state.errors ?? new FormErrors();
    const title = web.t('members.title');
    await web.render(
      'organisation/members',
      {
        title: errors.any || state.problem ? `${web.t('form.errorPrefix')} ${title}` : title,
        noindex: true,
      },
      {
        nav: spaceNav(web, scope, 'members'),
        styles: ['organisation.css'],
        organisation: profile,
        members,
        invitations,
        isOwner,
        me: user.id,
        roles: MEMBER_ROLES,
        invite: state.invite ?? { email: '', role: 'editor' },
        errors,
        problem: state.problem,
        f: new Formatter(web.lang),
      },
      { status: state.status ?? 200 },
    );
  }
}
