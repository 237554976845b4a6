import { BrowserSession, visibleText } from '../../support/browser-session';
import { GOOD_PASSWORD, newAccount, newOrganisationOwner } from '../../support/factories';
import { createTestApp, type TestApp } from '../../support/test-app';

/** /mon-espace/compte: language, password, export of my data, erasure. */
describe('portal: my account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const signIn = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password } });

  it('renders for every signed-in account, in French and English; visitors sign in first', async () => {
    const awa = await newAccount(t);
    const browser = await new BrowserSession(t).signIn(awa.email, awa.password);
    const fr = await browser.get('/mon-espace/compte');
    expect(fr.status).toBe(200);
    expect(fr.body).toContain('<meta name="robots" content="noindex">');
    const text = visibleText(fr.body);
    for (const label of [
      'Mon compte',
      'Langue des pages et des e-mails',
      'Enregistrer la langue',
      'Mot de passe actuel',
      'Nouveau mot de passe',
      'Changer le mot de passe',
      'Télécharger mes données (JSON)',
      'Votre mot de passe, pour confirmer',
      'Supprimer définitivement mon compte',
    ])
      expect(text).toContain(label);
    expect(fr.body).toContain('href="/mon-espace/profil"');
    const en = await browser.get('/mon-espace/compte?lang=en');
    expect(visibleText(en.body)).toContain('Delete my account for good');
    const ar = await browser.get('/mon-espace/compte?lang=ar');
    expect(ar.body).toContain('<html lang="ar" dir="rtl">');
    expect(visibleText(ar.body)).toContain('حذف حسابي نهائيًا');
    // Passwords are typed in their own direction, whatever the page's.
    expect(ar.body).toMatch(/id="f-password"[^>]* dir="auto"/);
    expect(ar.body).not.toMatch(/id="f-password"[^>]* lang="ar"/);

    // An organisation member has the page too, without the entrepreneur menu.
    const { owner } = await newOrganisationOwner(t, 'Incubateur du compte');
    const member = await new BrowserSession(t).signIn(owner.email, owner.password);
    const page = await member.get('/mon-espace/compte');
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('href="/mon-espace/profil"');

    const visitor = await new BrowserSession(t).get('/mon-espace/compte');
    expect(visitor.status).toBe(303);
    expect(visitor.location).toBe('/connexion?next=%2Fmon-espace%2Fcompte');
  });

  it('changes the preferred language; the pages follow it', async () => {
    const awa = await newAccount(t);
    const browser = await new BrowserSession(t).signIn(awa.email, awa.password);
    const res = await browser.submit(
      '/mon-espace/compte',
      { preferredLanguage: 'en' },
      '/mon-espace/compte/langue',
    );
    expect(res.status).toBe(303);
    expect(res.location).toBe('/mon-espace/compte');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: awa.auth() });
    expect(me.json().preferredLanguage).toBe('en');
    const page = await browser.get('/mon-espace/compte');
    expect(page.body).toContain('<html lang="en" dir="ltr">');
    expect(visibleText(page.body)).toContain('Your preferred language is saved.');

    const wrong = await browser.post('/mon-espace/compte/langue', { preferredLanguage: 'xx' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toContain('id="f-preferredLanguage-error"');
  });

  it('changes the password with the current one only', async () => {
    const awa = await newAccount(t);
    const browser = await new BrowserSession(t).signIn(awa.email, awa.password);
    const wrong = await browser.submit(
      '/mon-espace/compte',
      { currentPassword: 'pas le bon mot de passe', newPassword: 'un nouveau baobab à Dakar' },
      '/mon-espace/compte/mot-de-passe',
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatch(
      /id="f-currentPassword-error"><span>Ce mot de passe n’est pas le bon\./,
    );
    const weak = await browser.post('/mon-espace/compte/mot-de-passe', {
      currentPassword: GOOD_PASSWORD,
      newPassword: 'court',
    });
    expect(weak.status).toBe(400);
    expect(weak.body).toMatch(/id="f-newPassword-error"><span>Utilisez au moins 8 caractères\./);

    const done = await browser.post('/mon-espace/compte/mot-de-passe', {
      currentPassword: GOOD_PASSWORD,
      newPassword: 'un nouveau baobab à Dakar',
    });
    expect(done.status).toBe(303);
    expect((await signIn(awa.email, 'un nouveau baobab à Dakar')).statusCode).toBe(200);
    expect((await signIn(awa.email, GOOD_PASSWORD)).statusCode).toBe(401);
    // This browser got a fresh session.
    const page = await browser.get('/mon-espace/compte');
    expect(page.status).toBe(200);
    expect(visibleText(page.body)).toContain('Votre mot de passe est changé.');
  });

  it('exports my data, only mine, as a JSON attachment', async () => {
    const awa = await newAccount(t);
    const moussa = await newAccount(t);
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/profile',
      headers: awa.auth(),
      payload: { residenceCountry: 'FR', businessName: 'Thiès Mangues' },
    });
    const browser = await new BrowserSession(t).signIn(awa.email, awa.password);
    const res = await browser.get('/mon-espace/compte/export');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="passerelle-export.json"',
    );
    expect(res.headers['cache-control']).toBe('no-store');
    const document = JSON.parse(res.body);
    const api = (
      await t.app.inject({ method: 'GET', url: '/api/v1/me/export', headers: awa.auth() })
    ).json();
    expect(Object.keys(document).sort()).toEqual(Object.keys(api).sort());
    expect(document.account).toMatchObject({ id: awa.id, email: awa.email });
    expect(document.entrepreneurProfile.profile).toMatchObject({
      userId: awa.id,
      businessName: 'Thiès Mangues',
    });
    expect(res.body).not.toContain(moussa.email);
    expect(res.body).not.toContain(moussa.id);
  });

  it('deletes the account only with the right password, then signs out', async () => {
    const awa = await newAccount(t);
    const browser = await new BrowserSession(t).signIn(awa.email, awa.password);
    await browser.get('/mon-espace/compte');
    expect(
      (await browser.post('/mon-espace/compte/supprimer', { password: GOOD_PASSWORD, _csrf: '' }))
        .status,
    ).toBe(403);

    const empty = await browser.submit(
      '/mon-espace/compte',
      { password: '' },
      '/mon-espace/compte/supprimer',
    );
    expect(empty.status).toBe(400);
    expect(empty.body).toMatch(/id="f-password-error"><span>Saisissez votre mot de passe\./);

    const wrong = await browser.post('/mon-espace/compte/supprimer', { password: 'pas le bon' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatch(/id="f-password-error"><span>Ce mot de passe n’est pas le bon\./);
    expect(wrong.body).toContain('href="#f-password"');
    expect((await signIn(awa.email, GOOD_PASSWORD)).statusCode).toBe(200);

    const erased = await browser.post('/mon-espace/compte/supprimer', { password: GOOD_PASSWORD });
    expect(erased.status).toBe(303);
    expect(erased.location).toBe('/');
    const cleared = (erased.headers['set-cookie'] as string[]).filter((c) => /=;/.test(c));
    for (const name of ['passerelle_access', 'passerelle_refresh', 'passerelle_session'])
      expect(cleared.some((c) => c.startsWith(`${name}=;`))).toBe(true);
    expect(browser.cookies.passerelle_access).toBeUndefined();
    expect(browser.cookies.passerelle_flash).toBe('flash.accountErased');
    expect((await signIn(awa.email, GOOD_PASSWORD)).statusCode).toBe(401);
    const after = await browser.get('/mon-espace');
    expect(after.status).toBe(303);
    expect(after.location).toBe('/connexion?next=%2Fmon-espace');
  });
});
