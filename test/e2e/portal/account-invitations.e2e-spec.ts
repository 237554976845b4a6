import { BrowserSession, visibleText } from '../../support/browser-session';
import {
  newAccount,
  newOrganisationOwner,
  uniqueEmail,
  type TestAccount,
} from '../../support/factories';
import { tokenFrom } from '../../support/mailbox';
import { createTestApp, type TestApp } from '../../support/test-app';

describe('invitation pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** Invites through the JSON API, like the organisation's owner would, and reads the mail. */
  async function invite(
    organisationId: string,
    owner: TestAccount,
    email: string,
    role: 'owner' | 'editor' = 'editor',
  ): Promise<{ token: string; path: string }> {
    const before = (await t.mailbox.to(email)).length;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${organisationId}/invitations`,
      headers: owner.auth(),
      payload: { email, role },
    });
    expect(res.statusCode).toBe(201);
    const mail = await t.mailbox.waitFor(email, { count: before + 1 });
    const link = new URL(mail.links.find((l) => l.includes('/invitations/accept?token='))!);
    return { token: tokenFrom(mail), path: `${link.pathname}${link.search}` };
  }

  async function organisationsOf(who: TestAccount): Promise<string[]> {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/organisations/mine',
      headers: who.auth(),
    });
    return res.json().map((o: { id: string; myRole: string }) => `${o.id}:${o.myRole}`);
  }

  it('takes a visitor through sign-in and back, then joins with the role', async () => {
    const { owner, organisationId } = await newOrganisationOwner(t, 'Diaspora Invest Dakar');
    const email = uniqueEmail('invited');
    const { token, path } = await invite(organisationId, owner, email, 'editor');

    const visitor = new BrowserSession(t, 'fr');
    const shown = await visitor.get(path);
    expect(shown.status).toBe(200);
    const text = visibleText(shown.body);
    expect(text).toContain('Invitation à rejoindre Diaspora Invest Dakar');
    expect(text).toContain('Éditeur·rice');
    const back = encodeURIComponent(path);
    expect(shown.body).toContain(`href="/connexion?next=${back}"`);
    expect(shown.body).toContain(`href="/inscription?next=${back}&amp;type=organisation"`);
    expect(shown.body).not.toContain('Accepter l’invitation');

    // The sign-up page it links to is set for an organisation account.
    const signUp = await visitor.get(`/inscription?next=${back}&type=organisation`);
    expect(signUp.body).toMatch(/value="organisation"[^>]*checked/);
    expect(signUp.body).toContain(`name="next" value="${path}"`);

    const invited = await newAccount(t, { kind: 'organisation', email });
    const signedIn = await visitor.submit(`/connexion?next=${back}`, {
      email,
      password: invited.password,
      next: path,
    });
    expect(signedIn.status).toBe(303);
    expect(signedIn.location).toBe(path);

    const page = await visitor.get(path);
    expect(page.status).toBe(200);
    expect(visibleText(page.body)).toContain('Accepter l’invitation');
    expect(page.body).toContain(`name="token" value="${token}"`);
    // Looking does not use the invitation.
    expect(await organisationsOf(invited)).toEqual([]);

    const accepted = await visitor.post('/invitations/accept', { token });
    expect(accepted.status).toBe(303);
    expect(accepted.location).toBe(`/espace/organisations/${organisationId}`);
    expect(await organisationsOf(invited)).toEqual([`${organisationId}:editor`]);

    // Used: the link now explains itself.
    const again = await visitor.get(path);
    expect(again.status).toBe(400);
    expect(visibleText(again.body)).toContain('Cette invitation n’est plus valable');
    const reposted = await visitor.post('/invitations/accept', { token });
    expect(reposted.status).toBe(400);
  });

  it('shows the invitation in English', async () => {
    const { owner, organisationId } = await newOrganisationOwner(t, 'Réseau Entreprendre');
    const email = uniqueEmail('invited');
    const { path } = await invite(organisationId, owner, email, 'owner');
    const invited = await newAccount(t, { kind: 'organisation', email, language: 'en' });
    const browser = await new BrowserSession(t, 'en').signIn(email, invited.password);
    const page = await browser.get(path);
    const text = visibleText(page.body);
    expect(text).toContain('Invitation to join Réseau Entreprendre');
    expect(text).toContain('Owner: manages the organisation');
    expect(text).toContain('Accept the invitation');
    expect(text).toContain(`You are signed in as ${email}.`);
  });

  it('refuses another address and non-organisation accounts, clearly', async () => {
    const { owner, organisationId } = await newOrganisationOwner(t);
    const email = uniqueEmail('invited');
    const { token, path } = await invite(organisationId, owner, email);

    const someoneElse = await newAccount(t, { kind: 'organisation' });
    const other = await new BrowserSession(t).signIn(someoneElse.email, someoneElse.password);
    const shown = await other.get(path);
    expect(shown.status).toBe(403);
    expect(visibleText(shown.body)).toContain('Invitation adressée à une autre adresse');
    expect(visibleText(shown.body)).toContain(someoneElse.email);
    const forced = await other.post('/invitations/accept', { token });
    expect(forced.status).toBe(403);
    expect(await organisationsOf(someoneElse)).toEqual([]);

    const entrepreneurEmail = uniqueEmail('entrepreneur');
    const { token: token2, path: path2 } = await invite(organisationId, owner, entrepreneurEmail);
    const entrepreneur = await newAccount(t, { email: entrepreneurEmail });
    const browser = await new BrowserSession(t).signIn(entrepreneurEmail, entrepreneur.password);
    const refused = await browser.get(path2);
    expect(refused.status).toBe(403);
    expect(visibleText(refused.body)).toContain('compte « structure d’accompagnement »');
    expect((await browser.post('/invitations/accept', { token: token2 })).status).toBe(403);

    // The invitation is still there for the right person.
    const invited = await newAccount(t, { kind: 'organisation', email });
    const right = await new BrowserSession(t).signIn(email, invited.password);
    await right.get(path);
    expect((await right.post('/invitations/accept', { token })).status).toBe(303);
  });

  it('explains a broken or withdrawn link', async () => {
    const browser = new BrowserSession(t, 'en');
    const broken = await browser.get('/invitations/accept?token=not-a-real-invitation-token');
    expect(broken.status).toBe(400);
    expect(visibleText(broken.body)).toContain('This invitation is no longer valid');
    expect((await browser.get('/invitations/accept')).status).toBe(400);

    const { owner, organisationId } = await newOrganisationOwner(t);
    const email = uniqueEmail('withdrawn');
    const { path } = await invite(organisationId, owner, email);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${organisationId}/invitations`,
      headers: owner.auth(),
    });
    const [{ id }] = list.json();
    await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/organisations/${organisationId}/invitations/${id}`,
      headers: owner.auth(),
    });
    const withdrawn = await browser.get(path);
    expect(withdrawn.status).toBe(400);
    expect(visibleText(withdrawn.body)).toContain('the invitation was withdrawn');
  });

  it('escapes the organisation’s name', async () => {
    const { owner, organisationId } = await newOrganisationOwner(t, '<script>alert(1)</script>');
    const { path } = await invite(organisationId, owner, uniqueEmail('invited'));
    const page = await new BrowserSession(t).get(path);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('<script>alert(1)</script>');
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('sends a visitor who posts to sign in, and refuses a post without the token', async () => {
    const { owner, organisationId } = await newOrganisationOwner(t);
    const email = uniqueEmail('invited');
    const { token, path } = await invite(organisationId, owner, email);
    const visitor = new BrowserSession(t);
    await visitor.get(path);
    const res = await visitor.post('/invitations/accept', { token });
    expect(res.status).toBe(303);
    expect(res.location).toMatch(/^\/connexion\?next=/);

    const invited = await newAccount(t, { kind: 'organisation', email });
    const browser = await new BrowserSession(t).signIn(email, invited.password);
    const forged = await browser.post('/invitations/accept', { token, _csrf: '' });
    expect(forged.status).toBe(403);
    expect(visibleText(forged.body)).toContain('Le formulaire a expiré');
  });
});
