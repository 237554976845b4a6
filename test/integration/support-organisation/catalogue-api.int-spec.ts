import {
  MembershipService,
  OrganisationService,
  VerificationService,
} from '@app/support-organisation';
import { AdminUsersService } from '@app/identity';
import { tokenFrom } from '../../support/mailbox';
import { createTestApp, type TestApp } from '../../support/test-app';
import { newCaller } from './helpers';

const NOWHERE = '00000000-0000-4000-8000-000000000000';

/** What other libs (the catalogue, search, moderation) call on support-organisation. */
describe('support organisation services for the catalogue', () => {
  let t: TestApp;
  let organisations: OrganisationService;
  let membership: MembershipService;
  let verification: VerificationService;

  beforeAll(async () => {
    t = await createTestApp();
    organisations = t.app.get(OrganisationService);
    membership = t.app.get(MembershipService);
    verification = t.app.get(VerificationService);
  });
  afterAll(() => t.close());

  it('isVerified and summary follow the decisions', async () => {
    const owner = await newCaller(t);
    const admin = await newCaller(t, 'admin');
    const { id } = await organisations.create(owner, { name: 'Agence Publique Dakar' });
    await organisations.updateProfile(id, owner, { kind: 'public_agency' });

    expect(await organisations.isVerified(id)).toBe(false);
    expect(await organisations.summary(id)).toEqual({
      id,
      name: 'Agence Publique Dakar',
      slug: 'agence-publique-dakar',
      kind: 'public_agency',
      verified: false,
      verifiedAt: null,
    });

    const decided = await verification.verify(id, admin);
    expect(await organisations.isVerified(id)).toBe(true);
    expect(await organisations.summary(id)).toMatchObject({
      verified: true,
      verifiedAt: decided.verification.verifiedAt,
    });
    expect(decided.verification.verifiedAt).toBeInstanceOf(Date);

    const many = await organisations.summaries([id, NOWHERE, id]);
    expect([...many.keys()]).toEqual([id]);
    expect(many.get(id)).toMatchObject({ verified: true });
  });

  it('an unknown organisation is not verified and has no summary', async () => {
    expect(await organisations.isVerified(NOWHERE)).toBe(false);
    await expect(organisations.summary(NOWHERE)).rejects.toMatchObject({
      code: 'ORGANISATION.NOT_FOUND',
    });
  });

  it('memberEmails lists the active members with their language', async () => {
    const owner = await newCaller(t, 'organisation_member', 'fr');
    const { id } = await organisations.create(owner, { name: 'Association Diaspora Lyon' });
    const editors = [];
    for (const language of ['en', 'fr'] as const) {
      const editor = await newCaller(t, 'organisation_member', language);
      await membership.invite(id, owner, editor.email, 'editor');
      const mail = await t.mailbox.waitFor(editor.email, { subject: /invitation/i });
      await membership.accept(tokenFrom(mail), editor);
      editors.push(editor);
    }
    const admin = await newCaller(t, 'admin');
    await t.app.get(AdminUsersService).disable(editors[1].id, admin.id);

    const contacts = await membership.memberEmails(id);
    expect(contacts.sort((a, b) => a.email.localeCompare(b.email))).toEqual(
      [
        { email: owner.email, preferredLanguage: 'fr' },
        { email: editors[0].email, preferredLanguage: 'en' },
      ].sort((a, b) => a.email.localeCompare(b.email)),
    );
    expect(await membership.memberEmails(NOWHERE)).toEqual([]);
  });
});
