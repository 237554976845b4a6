import type { InjectOptions } from 'fastify';
import {
  newAccount,
  newOrganisationOwner,
  uniqueEmail,
  type TestAccount,
} from '../support/factories';
import { tokenFrom } from '../support/mailbox';
import { createTestApp, type TestApp } from '../support/test-app';

const NOWHERE = '00000000-0000-4000-8000-000000000000';

describe('organisation membership', () => {
  let t: TestApp;
  // Every test signs several people up: lift the per-IP sign-up limit, not what is tested here.
  beforeAll(async () => {
    t = await createTestApp({ env: { AUTH_IP_LIMIT_PER_MINUTE: '10000' } });
  });
  afterAll(() => t.close());

  function call(
    method: InjectOptions['method'],
    url: string,
    who?: TestAccount,
    payload?: Record<string, unknown>,
  ) {
    return t.app.inject({ method, url, headers: who?.auth() ?? {}, payload });
  }

  /** `userId:role` pairs of the organisation, as its member `viewer` sees them. */
  async function membersOf(organisationId: string, viewer: TestAccount): Promise<string[]> {
    const res = await call('GET', `/api/v1/organisations/${organisationId}/members`, viewer);
    expect(res.statusCode).toBe(200);
    return res
      .json()
      .map((m: { userId: string; role: string }) => `${m.userId}:${m.role}`)
      .sort();
  }

  async function mine(who: TestAccount): Promise<Array<{ id: string; myRole: string }>> {
    const res = await call('GET', '/api/v1/organisations/mine', who);
    expect(res.statusCode).toBe(200);
    return res.json();
  }

  /** Invites through the API and returns the invitation with the token from the e-mail. */
  async function invite(
    organisationId: string,
    owner: TestAccount,
    email: string,
    role: 'owner' | 'editor' = 'editor',
  ) {
    const before = (await t.mailbox.to(email)).length;
    const res = await call('POST', `/api/v1/organisations/${organisationId}/invitations`, owner, {
      email,
      role,
    });
    expect(res.statusCode).toBe(201);
    const mail = await t.mailbox.waitFor(email, { count: before + 1 });
    return { id: res.json().id as string, body: res.json(), mail, token: tokenFrom(mail) };
  }

  function accept(token: string, who: TestAccount) {
    return call('POST', '/api/v1/invitations/accept', who, { token });
  }

  /** A new organisation account that joined through an invitation, with `role`. */
  async function newMember(
    organisationId: string,
    owner: TestAccount,
    role: 'owner' | 'editor' = 'editor',
  ) {
    const email = uniqueEmail('member');
    const { token } = await invite(organisationId, owner, email, role);
    const member = await newAccount(t, { kind: 'organisation', email });
    const res = await accept(token, member);
    expect(res.statusCode).toBe(200);
    return member;
  }

  describe('creating an organisation', () => {
    it('makes the creator its owner', async () => {
      const creator = await newAccount(t, { kind: 'organisation' });
      const res = await call('POST', '/api/v1/organisations', creator, {
        name: 'Coopérative Ndeye',
      });
      expect(res.statusCode).toBe(201);
      const created = res.json();
      expect(created).toMatchObject({
        id: expect.any(String),
        name: 'Coopérative Ndeye',
        slug: 'cooperative-ndeye',
        myRole: 'owner',
      });

      expect(await mine(creator)).toEqual([
        expect.objectContaining({ id: created.id, name: 'Coopérative Ndeye', myRole: 'owner' }),
      ]);
      expect(await membersOf(created.id, creator)).toEqual([`${creator.id}:owner`]);
    });

    it('is refused to an entrepreneur account (403)', async () => {
      const entrepreneur = await newAccount(t, { kind: 'entrepreneur' });
      const res = await call('POST', '/api/v1/organisations', entrepreneur, { name: 'Mon asso' });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('IDENTITY.FORBIDDEN');
      expect(await mine(entrepreneur)).toEqual([]);
    });

    it('needs a signed-in account (401)', async () => {
      const res = await call('POST', '/api/v1/organisations', undefined, { name: 'Anonyme' });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().code).toBe('IDENTITY.UNAUTHENTICATED');
      expect((await call('GET', '/api/v1/organisations/mine')).statusCode).toBe(401);
    });

    it('400 names a name that is too short', async () => {
      const creator = await newAccount(t, { kind: 'organisation' });
      const res = await call('POST', '/api/v1/organisations', creator, { name: 'A' });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({ status: 400, code: 'CORE.VALIDATION_FAILED' });
      expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['name']);
      expect(await mine(creator)).toEqual([]);
    });

    it('400 names a name made only of spaces', async () => {
      const creator = await newAccount(t, { kind: 'organisation' });
      const res = await call('POST', '/api/v1/organisations', creator, { name: '    ' });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['name']);
      expect(await mine(creator)).toEqual([]);
    });

    it('400 names an unknown property: nobody chooses the owner', async () => {
      const creator = await newAccount(t, { kind: 'organisation' });
      const other = await newAccount(t, { kind: 'organisation' });
      const res = await call('POST', '/api/v1/organisations', creator, {
        name: 'Prise de contrôle',
        ownerId: other.id,
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().errors).toEqual([
        expect.objectContaining({ field: 'ownerId', rule: 'unknownProperty' }),
      ]);
      expect(await mine(creator)).toEqual([]);
      expect(await mine(other)).toEqual([]);
    });
  });

  describe('isolation between organisations', () => {
    it('a member of A gets 404 for everything about B, and B is unchanged', async () => {
      const a = await newOrganisationOwner(t, 'Organisation Alpha');
      const b = await newOrganisationOwner(t, 'Organisation Bravo');
      const editorOfB = await newMember(b.organisationId, b.owner);
      const pendingOfB = await invite(b.organisationId, b.owner, uniqueEmail('pending'));
      const before = await membersOf(b.organisationId, b.owner);
      expect(before).toEqual([`${b.owner.id}:owner`, `${editorOfB.id}:editor`].sort());

      const outsider = a.owner; // an owner, but of A only
      const intruderEmail = uniqueEmail('intruder');
      const B = `/api/v1/organisations/${b.organisationId}`;
      const attempts = [
        await call('GET', `${B}/members`, outsider),
        await call('POST', `${B}/invitations`, outsider, { email: intruderEmail, role: 'owner' }),
        await call('PATCH', `${B}/members/${editorOfB.id}`, outsider, { role: 'owner' }),
        await call('PATCH', `${B}/members/${b.owner.id}`, outsider, { role: 'editor' }),
        await call('DELETE', `${B}/members/${editorOfB.id}`, outsider),
        await call('DELETE', `${B}/members/${b.owner.id}`, outsider),
        await call('GET', `${B}/invitations`, outsider),
        await call('DELETE', `${B}/invitations/${pendingOfB.id}`, outsider),
      ];
      for (const res of attempts) {
        expect(res.statusCode).toBe(404);
        expect(res.json().code).toBe('ORGANISATION.NOT_FOUND');
      }
      // Indistinguishable from an organisation that does not exist.
      const missing = await call('GET', `/api/v1/organisations/${NOWHERE}/members`, outsider);
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe('ORGANISATION.NOT_FOUND');

      expect(await membersOf(b.organisationId, b.owner)).toEqual(before);
      const invitations = await call('GET', `${B}/invitations`, b.owner);
      expect(invitations.json().map((i: { id: string }) => i.id)).toEqual([pendingOfB.id]);
      expect(await t.mailbox.to(intruderEmail)).toEqual([]);
      expect(await mine(outsider)).toEqual([expect.objectContaining({ id: a.organisationId })]);
    });

    it("A's own routes cannot reach B's members or invitations", async () => {
      const a = await newOrganisationOwner(t, 'Organisation Charlie');
      const b = await newOrganisationOwner(t, 'Organisation Delta');
      const editorOfB = await newMember(b.organisationId, b.owner);
      const pendingOfB = await invite(b.organisationId, b.owner, uniqueEmail('pending'));
      const A = `/api/v1/organisations/${a.organisationId}`;

      const promote = await call('PATCH', `${A}/members/${editorOfB.id}`, a.owner, {
        role: 'owner',
      });
      expect(promote.statusCode).toBe(404);
      expect(promote.json().code).toBe('ORGANISATION.MEMBER_NOT_FOUND');
      const remove = await call('DELETE', `${A}/members/${b.owner.id}`, a.owner);
      expect(remove.statusCode).toBe(404);
      expect(remove.json().code).toBe('ORGANISATION.MEMBER_NOT_FOUND');
      const revoke = await call('DELETE', `${A}/invitations/${pendingOfB.id}`, a.owner);
      expect(revoke.statusCode).toBe(404);
      expect(revoke.json().code).toBe('ORGANISATION.INVITATION_NOT_FOUND');

      expect(await membersOf(b.organisationId, b.owner)).toEqual(
        [`${b.owner.id}:owner`, `${editorOfB.id}:editor`].sort(),
      );
      const invitations = await call(
        'GET',
        `/api/v1/organisations/${b.organisationId}/invitations`,
        b.owner,
      );
      expect(invitations.json().map((i: { id: string }) => i.id)).toEqual([pendingOfB.id]);
    });
  });

  describe('invitations', () => {
    it('the invited person receives a link, signs up and joins with the role', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Fonds Teranga');
      const email = uniqueEmail('invited');
      const { body, mail, token } = await invite(organisationId, owner, email, 'editor');
      expect(body).toMatchObject({ email, role: 'editor', expiresAt: expect.any(String) });
      expect(mail.subject).toContain('Fonds Teranga');
      expect(mail.links).toContainEqual(
        expect.stringMatching(/^https:\/\/passerelle\.test\/invitations\/accept\?token=/),
      );

      const invited = await newAccount(t, { kind: 'organisation', email });
      const res = await accept(token, invited);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ organisationId, role: 'editor' });

      expect(await mine(invited)).toEqual([
        expect.objectContaining({ id: organisationId, myRole: 'editor' }),
      ]);
      expect(await membersOf(organisationId, owner)).toEqual(
        [`${owner.id}:owner`, `${invited.id}:editor`].sort(),
      );
      const pending = await call(
        'GET',
        `/api/v1/organisations/${organisationId}/invitations`,
        owner,
      );
      expect(pending.json()).toEqual([]);
    });

    it('a token works only once', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Fonds Kora');
      const email = uniqueEmail('invited');
      const { token } = await invite(organisationId, owner, email);
      const invited = await newAccount(t, { kind: 'organisation', email });
      expect((await accept(token, invited)).statusCode).toBe(200);

      const again = await accept(token, invited);
      expect(again.statusCode).toBe(400);
      expect(again.json().code).toBe('ORGANISATION.INVALID_INVITATION');
      expect(again.json().errors).toEqual([expect.objectContaining({ field: 'token' })]);
    });

    it('a forwarded link is refused to another address and stays usable by the invitee', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Fonds Sahel');
      const email = uniqueEmail('invited');
      const { token } = await invite(organisationId, owner, email);

      const someoneElse = await newAccount(t, { kind: 'organisation' });
      const refused = await accept(token, someoneElse);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe('ORGANISATION.INVITATION_EMAIL_MISMATCH');
      expect(await mine(someoneElse)).toEqual([]);

      const invited = await newAccount(t, { kind: 'organisation', email });
      expect((await accept(token, invited)).statusCode).toBe(200);
      expect(await membersOf(organisationId, owner)).toEqual(
        [`${owner.id}:owner`, `${invited.id}:editor`].sort(),
      );
    });

    it('an editor cannot invite nor see invitations (403)', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Fonds Baobab');
      const editor = await newMember(organisationId, owner);
      const email = uniqueEmail('invited');
      const res = await call(
        'POST',
        `/api/v1/organisations/${organisationId}/invitations`,
        editor,
        {
          email,
          role: 'editor',
        },
      );
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('ORGANISATION.OWNER_REQUIRED');
      expect(await t.mailbox.to(email)).toEqual([]);

      const list = await call('GET', `/api/v1/organisations/${organisationId}/invitations`, editor);
      expect(list.statusCode).toBe(403);
      expect(list.json().code).toBe('ORGANISATION.OWNER_REQUIRED');
    });

    it('a revoked invitation cannot be accepted', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Fonds Casamance');
      const email = uniqueEmail('invited');
      const { id, token } = await invite(organisationId, owner, email);
      const revoke = await call(
        'DELETE',
        `/api/v1/organisations/${organisationId}/invitations/${id}`,
        owner,
      );
      expect(revoke.statusCode).toBe(204);
      const pending = await call(
        'GET',
        `/api/v1/organisations/${organisationId}/invitations`,
        owner,
      );
      expect(pending.json()).toEqual([]);

      const invited = await newAccount(t, { kind: 'organisation', email });
      const res = await accept(token, invited);
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('ORGANISATION.INVALID_INVITATION');
      expect(await mine(invited)).toEqual([]);
      expect(await membersOf(organisationId, owner)).toEqual([`${owner.id}:owner`]);
    });

    it('400 names a malformed id in the path', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Fonds Saloum');
      const cases = [
        { method: 'GET', url: '/api/v1/organisations/not-a-uuid/members', field: 'id' },
        {
          method: 'DELETE',
          url: `/api/v1/organisations/${organisationId}/invitations/42`,
          field: 'invitationId',
        },
        {
          method: 'DELETE',
          url: `/api/v1/organisations/${organisationId}/members/12345`,
          field: 'userId',
        },
      ] as const;
      for (const { method, url, field } of cases) {
        const res = await call(method, url, owner);
        expect(res.statusCode).toBe(400);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.json().errors).toEqual([expect.objectContaining({ field, rule: 'isUuid' })]);
      }
    });

    it('400 names a bad e-mail or an unknown role in an invitation', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Fonds Niayes');
      const res = await call('POST', `/api/v1/organisations/${organisationId}/invitations`, owner, {
        email: 'not-an-address',
        role: 'admin',
      });
      expect(res.statusCode).toBe(400);
      expect(
        res
          .json()
          .errors.map((e: { field: string }) => e.field)
          .sort(),
      ).toEqual(['email', 'role']);
    });
  });

  describe('the last owner', () => {
    it('the only owner can neither leave nor demote themself', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Réseau Solo');
      const members = `/api/v1/organisations/${organisationId}/members/${owner.id}`;

      const leave = await call('DELETE', members, owner);
      expect(leave.statusCode).toBe(409);
      expect(leave.json().code).toBe('ORGANISATION.LAST_OWNER');
      const demote = await call('PATCH', members, owner, { role: 'editor' });
      expect(demote.statusCode).toBe(409);
      expect(demote.json().code).toBe('ORGANISATION.LAST_OWNER');

      expect(await membersOf(organisationId, owner)).toEqual([`${owner.id}:owner`]);
    });

    it('after promoting an editor to owner, the first owner can leave', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Réseau Relais');
      const editor = await newMember(organisationId, owner);
      const M = `/api/v1/organisations/${organisationId}/members`;

      expect((await call('PATCH', `${M}/${editor.id}`, owner, { role: 'owner' })).statusCode).toBe(
        204,
      );
      expect((await call('DELETE', `${M}/${owner.id}`, owner)).statusCode).toBe(204);

      expect(await mine(owner)).toEqual([]);
      expect(await membersOf(organisationId, editor)).toEqual([`${editor.id}:owner`]);
      const gone = await call('GET', M, owner);
      expect(gone.statusCode).toBe(404);
    });

    it('an editor can leave', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Réseau Départ');
      const editor = await newMember(organisationId, owner);
      const res = await call(
        'DELETE',
        `/api/v1/organisations/${organisationId}/members/${editor.id}`,
        editor,
      );
      expect(res.statusCode).toBe(204);
      expect(await mine(editor)).toEqual([]);
      expect(await membersOf(organisationId, owner)).toEqual([`${owner.id}:owner`]);
    });

    it('an editor cannot remove or re-role anyone else (403)', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Réseau Équipe');
      const editor = await newMember(organisationId, owner);
      const colleague = await newMember(organisationId, owner);
      const M = `/api/v1/organisations/${organisationId}/members`;
      const before = await membersOf(organisationId, owner);

      for (const res of [
        await call('DELETE', `${M}/${owner.id}`, editor),
        await call('DELETE', `${M}/${colleague.id}`, editor),
        await call('PATCH', `${M}/${editor.id}`, editor, { role: 'owner' }),
      ]) {
        expect(res.statusCode).toBe(403);
        expect(res.json().code).toBe('ORGANISATION.OWNER_REQUIRED');
      }
      expect(await membersOf(organisationId, owner)).toEqual(before);
    });
  });

  describe('personal data', () => {
    it("a member's export lists their organisations and roles", async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Collectif Export');
      const editor = await newMember(organisationId, owner);
      const res = await call('GET', '/api/v1/me/export', editor);
      expect(res.statusCode).toBe(200);
      expect(res.json().organisationMemberships).toEqual([
        expect.objectContaining({
          organisationId,
          organisationName: 'Collectif Export',
          role: 'editor',
        }),
      ]);
    });

    it("erasing an editor's account keeps the organisation and drops the membership", async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Collectif Mémoire');
      const editor = await newMember(organisationId, owner);
      const erase = await t.app.inject({
        method: 'DELETE',
        url: '/api/v1/me',
        headers: editor.auth(),
        payload: { password: editor.password },
      });
      expect(erase.statusCode).toBe(204);

      expect(await mine(owner)).toEqual([
        expect.objectContaining({ id: organisationId, myRole: 'owner' }),
      ]);
      expect(await membersOf(organisationId, owner)).toEqual([`${owner.id}:owner`]);
    });

    it('erasing the only owner hands ownership to the longest-standing member', async () => {
      const { owner, organisationId } = await newOrganisationOwner(t, 'Collectif Relève');
      const first = await newMember(organisationId, owner);
      const second = await newMember(organisationId, owner);
      const erase = await t.app.inject({
        method: 'DELETE',
        url: '/api/v1/me',
        headers: owner.auth(),
        payload: { password: owner.password },
      });
      expect(erase.statusCode).toBe(204);
      expect((await membersOf(organisationId, first)).sort()).toEqual(
        [`${first.id}:owner`, `${second.id}:editor`].sort(),
      );
    });
  });
});
