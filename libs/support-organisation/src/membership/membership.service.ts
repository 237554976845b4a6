import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, Mailer, type AppConfig } from '@app/core';
import {
  hashToken,
  newOpaqueToken,
  PersonalDataRegistry,
  UserDirectory,
  type AuthenticatedUser,
  type Language,
} from '@app/identity';
import type { EntityManager } from 'typeorm';
import type { MemberRole } from '../entities/organisation.entity';
import {
  invalidInvitation,
  invitationForAnotherAddress,
  invitationNotFound,
  lastOwner,
  memberNotFound,
  organisationAccountRequired,
  organisationNotFound,
  ownerRequired,
} from '../errors';
import { OrganisationRepository } from '../repositories/organisation.repository';
import { invitationMail } from './organisation-mails';

const INVITATION_TTL_MS = 7 * 86_400_000;

export interface MemberView {
  readonly userId: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly role: MemberRole;
  readonly since: Date;
}

export interface MemberContact {
  readonly email: string;
  readonly preferredLanguage: Language;
}

export interface InvitationView {
  readonly id: string;
  readonly email: string;
  readonly role: MemberRole;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

export interface InvitationPreview {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly role: MemberRole;
  readonly expiresAt: Date;
}

/**
 * Who belongs to which organisation, with what role. Every method checks membership
 * first: a non-member gets the same 404 as for an organisation that does not exist.
 */
@Injectable()
export class MembershipService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: OrganisationRepository,
    private readonly users: UserDirectory,
    private readonly mailer: Mailer,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      section: 'organisationMemberships',
      export: (userId) => this.repo.membershipsForExport(userId),
      // The organisation and its content stay; only the person's link to it goes.
      erase: (userId, m) => this.repo.deleteMembershipsOf(userId, m),
    });
  }

  /** The caller's role in the organisation; 404 when not a member (or no such organisation). */
  async roleOf(
    organisationId: string,
    userId: string,
    manager?: EntityManager,
  ): Promise<MemberRole> {
    const membership = await this.repo.findMembership(organisationId, userId, manager);
    if (!membership) throw organisationNotFound();
    return membership.role;
  }

  async assertMember(
    organisationId: string,
    userId: string,
    roles?: readonly MemberRole[],
  ): Promise<MemberRole> {
    const role = await this.roleOf(organisationId, userId);
    if (roles && !roles.includes(role)) throw ownerRequired();
    return role;
  }

  async listMembers(organisationId: string, caller: AuthenticatedUser): Promise<MemberView[]> {
    await this.assertMember(organisationId, caller.id);
    const members = await this.repo.listMembers(organisationId);
    const people = await this.users.findManyByIds(members.map((m) => m.userId));
    return members.map((m) => ({
      userId: m.userId,
      displayName: people.get(m.userId)?.displayName ?? '',
      email: people.get(m.userId)?.email ?? null,
      role: m.role,
      since: m.createdAt,
    }));
  }

  /** Where to write to the organisation's people: its active members (not disabled or erased). */
  async memberEmails(organisationId: string): Promise<MemberContact[]> {
    const members = await this.repo.listMembers(organisationId);
    const people = await this.users.findManyByIds(members.map((m) => m.userId));
    const contacts: MemberContact[] = [];
    for (const member of members) {
      const person = people.get(member.userId);
      if (person?.status === 'active' && person.email) {
        contacts.push({ email: person.email, preferredLanguage: person.preferredLanguage });
      }
    }
    return contacts;
  }

  async invite(
    organisationId: string,
    caller: AuthenticatedUser,
    email: string,
    role: MemberRole,
  ): Promise<InvitationView> {
    await this.assertMember(organisationId, caller.id, ['owner']);
    const organisation = await this.repo.findOrganisation(organisationId);
    if (!organisation) throw organisationNotFound();
    const token = newOpaqueToken();
    const invitation = await this.repo.createInvitation({
      organisationId,
      email: email.trim(),
      role,
      tokenHash: hashToken(token),
      invitedBy: caller.id,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    });
    const link = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/invitations/accept?token=${token}`;
    await this.mailer.send(
      await invitationMail(
        invitation.email,
        caller.preferredLanguage,
        organisation.name,
        role,
        link,
      ),
    );
    return toInvitationView(invitation);
  }

  async listInvitations(
    organisationId: string,
    caller: AuthenticatedUser,
  ): Promise<InvitationView[]> {
    await this.assertMember(organisationId, caller.id, ['owner']);
    return (await this.repo.listPendingInvitations(organisationId)).map(toInvitationView);
  }

  async revokeInvitation(
    organisationId: string,
    invitationId: string,
    caller: AuthenticatedUser,
  ): Promise<void> {
    await this.assertMember(organisationId, caller.id, ['owner']);
    const invitation = await this.repo.findInvitation(invitationId, organisationId);
    if (!invitation) throw invitationNotFound();
    await this.repo.revokeInvitation(invitation.id);
  }

  /**
   * What an invitation link offers, without using it: the organisation and the role. Given
   * the caller, it refuses like `accept` would (another address, not an organisation account),
   * so a page can explain before the person clicks. The invitation stays live.
   */
  async previewInvitation(token: string, caller?: AuthenticatedUser): Promise<InvitationPreview> {
    const invitation = await this.repo.transaction((m) =>
      this.repo.findLiveInvitationByHash(hashToken(token), m),
    );
    if (!invitation) throw invalidInvitation();
    const organisation = await this.repo.findOrganisation(invitation.organisationId);
    if (!organisation) throw invalidInvitation();
    if (caller) {
      if (invitation.email.toLowerCase() !== caller.email.toLowerCase())
        throw invitationForAnotherAddress();
      if (caller.kind !== 'organisation_member') throw organisationAccountRequired();
    }
    return {
      organisationId: organisation.id,
      organisationName: organisation.name,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
    };
  }

  /** The invited address must be the caller's: a forwarded link cannot be used by someone else. */
  async accept(
    token: string,
    caller: AuthenticatedUser,
  ): Promise<{ organisationId: string; role: MemberRole }> {
    return this.repo.transaction(async (m) => {
      const invitation = await this.repo.findLiveInvitationByHash(hashToken(token), m);
      if (!invitation) throw invalidInvitation();
      if (invitation.email.toLowerCase() !== caller.email.toLowerCase())
        throw invitationForAnotherAddress();
      if (caller.kind !== 'organisation_member') throw organisationAccountRequired();
      if (!(await this.repo.markAccepted(invitation.id, caller.id, m))) throw invalidInvitation();
      await this.repo.lockOrganisation(invitation.organisationId, m);
      const existing = await this.repo.findMembership(invitation.organisationId, caller.id, m);
      // Accepting never demotes an existing owner.
      const role: MemberRole = existing?.role === 'owner' ? 'owner' : invitation.role;
      await this.repo.addMember(invitation.organisationId, caller.id, role, m);
      return { organisationId: invitation.organisationId, role };
    });
  }

  async changeRole(
    organisationId: string,
    userId: string,
    role: MemberRole,
    caller: AuthenticatedUser,
  ): Promise<void> {
    await this.repo.transaction(async (m) => {
      if (!(await this.repo.lockOrganisation(organisationId, m))) throw organisationNotFound();
      const callerRole = await this.roleOf(organisationId, caller.id, m);
      if (callerRole !== 'owner') throw ownerRequired();
      const target = await this.repo.findMembership(organisationId, userId, m);
      if (!target) throw memberNotFound();
      if (
        target.role === 'owner' &&
        role !== 'owner' &&
        (await this.repo.countOwners(organisationId, m)) <= 1
      ) {
        throw lastOwner();
      }
      await this.repo.setRole(organisationId, userId, role, m);
    });
  }

  /** Owners remove anyone; any member may leave. The last owner can do neither to themself. */
  async remove(organisationId: string, userId: string, caller: AuthenticatedUser): Promise<void> {
    await this.repo.transaction(async (m) => {
      if (!(await this.repo.lockOrganisation(organisationId, m))) throw organisationNotFound();
      const callerRole = await this.roleOf(organisationId, caller.id, m);
      if (userId !== caller.id && callerRole !== 'owner') throw ownerRequired();
      const target = await this.repo.findMembership(organisationId, userId, m);
      if (!target) throw memberNotFound();
      if (target.role === 'owner' && (await this.repo.countOwners(organisationId, m)) <= 1)
        throw lastOwner();
      await this.repo.removeMember(organisationId, userId, m);
    });
  }
}

function toInvitationView(i: {
  id: string;
  email: string;
  role: MemberRole;
  createdAt: Date;
  expiresAt: Date;
}) {
  return { id: i.id, email: i.email, role: i.role, createdAt: i.createdAt, expiresAt: i.expiresAt };
}
