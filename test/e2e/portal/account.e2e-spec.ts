import { BrowserSession, visibleText, type PageResponse } from '../../support/browser-session';
import {
  GOOD_PASSWORD,
  newAccount,
  newAccountOfKind,
  newAdmin,
  signIn,
  uniqueEmail,
} from '../../support/factories';
import { tokenFrom } from '../../support/mailbox';
import { createTestApp, type TestApp } from '../../support/test-app';

/** The Set-Cookie lines of a response. */
function setCookies(res: PageResponse): string[] {
  const value = res.headers['set-cookie'];
  return Array.isArray(value) ? value : value === undefined ? [] : [String(value)];
}

function cookieLine(res: PageResponse, name: string): string | undefined {
  return setCookies(res).find((line) => line.startsWith(`${name}=`));
}

describe('account pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** The account as the JSON API sees it. */
  async function me(email: string, password = GOOD_PASSWORD) {
    const account = await signIn(t, email, password);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: account.auth() });
    return res.json() as { emailVerified: boolean; preferredLanguage: string; kind: string };
  }

  describe('sign-up', () => {
    it('renders the form in French and in English, language defaulting to the page’s', async () => {
      const fr = await new BrowserSession(t, 'fr').get('/inscription');
      expect(fr.status).toBe(200);
      expect(fr.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(fr.body).toContain('<meta name="robots" content="noindex">');
      const text = visibleText(fr.body);
      for (const label of [
        'Créer un compte',
        'Type de compte',
        'Entrepreneur·e',
        'Structure d’accompagnement',
        'Nom affiché',
        'Adresse e-mail',
        'Mot de passe',
        'De 8 à 128 caractères',
        'Langue préférée',
        'Créer mon compte',
      ]) {
        expect(text).toContain(label);
      }
      expect(fr.body).toMatch(/<option value="fr" lang="fr" selected>/);
      expect(fr.body).toContain('<label for="f-displayName">');
      expect(fr.body).toContain('<legend>Type de compte');

      const en = await new BrowserSession(t, 'en').get('/inscription');
      const enText = visibleText(en.body);
      for (const label of [
        'Create an account',
        'Account type',
        'Support organisation',
        'Display name',
        'E-mail address',
        'Password',
        'Preferred language',
        'Create my account',
      ]) {
        expect(enText).toContain(label);
      }
      expect(en.body).toMatch(/<option value="en" lang="en" selected>/);
      // Pages keep scripts in files: no inline script or handler.
      expect(en.body).not.toMatch(/<script>|<script [^>]*>[^<]|\son[a-z]+="/);
    });

    it('goes from the form to the e-mail, confirms only on POST, then signs in through the page', async () => {
      const browser = new BrowserSession(t, 'fr');
      const email = uniqueEmail('journey');
      const sent = await browser.submit('/inscription', {
        accountType: 'entrepreneur',
        displayName: 'Awa Diop',
        email,
        password: GOOD_PASSWORD,
        preferredLanguage: 'fr',
      });
      expect(sent.status).toBe(303);
      expect(sent.location).toBe('/inscription/confirmation');
      const check = await browser.get(sent.location!);
      expect(visibleText(check.body)).toContain('Vérifiez votre boîte e-mail');

      const mail = await t.mailbox.waitFor(email, { subject: /confirm/i });
      const link = mail.links.find((l) => l.includes('/verify-email?token='))!;
      expect(link).toMatch(/^https:\/\/passerelle\.test\/verify-email\?token=/);
      const url = new URL(link);

      // A mail scanner's prefetch (GET) shows a button and does not use the token.
      const page = await browser.get(`${url.pathname}${url.search}`);
      expect(page.status).toBe(200);
      expect(visibleText(page.body)).toContain('Confirmer mon adresse');
      expect((await me(email)).emailVerified).toBe(false);
      const again = await browser.get(`${url.pathname}${url.search}`);
      expect(again.status).toBe(200);

      const confirmed = await browser.post('/verify-email', { token: tokenFrom(mail) });
      expect(confirmed.status).toBe(303);
      expect(confirmed.location).toBe('/verify-email/confirmee');
      const done = await browser.get(confirmed.location!);
      expect(visibleText(done.body)).toContain('Adresse e-mail confirmée');
      expect(done.body).toContain('href="/connexion"');
      expect((await me(email)).emailVerified).toBe(true);

      // The link is single-use: a second POST explains and offers a new one.
      await browser.get(`${url.pathname}${url.search}`);
      const reused = await browser.post('/verify-email', { token: tokenFrom(mail) });
      expect(reused.status).toBe(400);
      expect(visibleText(reused.body)).toContain('n’est plus valable');
      expect(reused.body).toContain('href="/connexion?next=%2Fcompte%2Fverification"');

      const signedIn = await browser.submit('/connexion', { email, password: GOOD_PASSWORD });
      expect(signedIn.status).toBe(303);
      expect(signedIn.location).toBe('/mon-espace');
      for (const name of ['passerelle_access', 'passerelle_refresh', 'passerelle_session']) {
        const line = cookieLine(signedIn, name);
        expect(line).toBeDefined();
        expect(line).toMatch(/HttpOnly/i);
        expect(line).toMatch(/Secure/i);
        expect(line).toMatch(/SameSite=Lax/i);
      }
      expect(cookieLine(signedIn, 'passerelle_refresh')).toContain('Path=/api/v1/auth');
      const api = await t.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        cookies: { passerelle_access: browser.cookies.passerelle_access! },
      });
      expect(api.statusCode).toBe(200);
      expect(api.json().displayName).toBe('Awa Diop');
    });

    it('shows the API’s rules next to the fields, with a summary linking to them', async () => {
      const browser = new BrowserSession(t, 'fr');
      const res = await browser.submit('/inscription', {
        displayName: '',
        email: 'not-an-address',
        password: 'azertyuiop',
        preferredLanguage: 'fr',
      });
      expect(res.status).toBe(400);
      const text = visibleText(res.body);
      expect(text).toContain('Le formulaire contient');
      expect(text).toContain('Choisissez le type de compte.');
      expect(text).toContain('Indiquez un nom de 1 à 120 caractères.');
      expect(text).toContain('Saisissez une adresse e-mail valide');
      expect(res.body).toContain('href="#f-accountType"');
      expect(res.body).toContain('href="#f-email"');
      // What was typed stays, except the password.
      expect(res.body).toContain('value="not-an-address"');
      expect(res.body).not.toContain('azertyuiop');

      // The password policy of the service (common password), in the page's language.
      const weak = await browser.submit('/inscription', {
        accountType: 'organisation',
        displayName: 'Moussa',
        email: uniqueEmail('weak'),
        password: 'azertyuiop',
        preferredLanguage: 'fr',
      });
      expect(weak.status).toBe(400);
      expect(visibleText(weak.body)).toContain('Ce mot de passe est trop courant');
      expect(weak.body).toContain('id="f-password-error"');
      expect(weak.body).toMatch(/value="organisation"[^>]*checked/);

      const short = await new BrowserSession(t, 'en').submit('/inscription', {
        accountType: 'entrepreneur',
        displayName: 'Moussa',
        email: uniqueEmail('short'),
        password: 'abc',
        preferredLanguage: 'en',
      });
      expect(short.status).toBe(400);
      expect(visibleText(short.body)).toContain('Use at least 8 characters.');
    });

    it('answers the same for an address that already has an account', async () => {
      const existing = await newAccount(t);
      const res = await new BrowserSession(t).submit('/inscription', {
        accountType: 'entrepreneur',
        displayName: 'Someone',
        email: existing.email,
        password: 'un autre mot de passe solide',
        preferredLanguage: 'fr',
      });
      expect(res.status).toBe(303);
      expect(res.location).toBe('/inscription/confirmation');
      const mail = await t.mailbox.waitFor(existing.email, { subject: /déjà un compte/ });
      expect(mail.text).toContain('/reset-password?token=');
    });

    it('escapes what it shows back', async () => {
      const res = await new BrowserSession(t).submit('/inscription', {
        accountType: 'entrepreneur',
        displayName: '<script>alert(1)</script>',
        email: '"><script>alert(2)</script>',
        password: 'x',
        preferredLanguage: 'fr',
      });
      expect(res.status).toBe(400);
      expect(res.body).not.toContain('<script>alert(');
      expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    });

    it('sends a signed-in person to their space', async () => {
      const account = await newAccount(t);
      const browser = await new BrowserSession(t).signIn(account.email, account.password);
      const res = await browser.get('/inscription');
      expect(res.status).toBe(303);
      expect(res.location).toBe('/mon-espace');
    });

    it('refuses a post without the form’s token', async () => {
      const res = await new BrowserSession(t).post('/inscription', {
        _csrf: '',
        accountType: 'entrepreneur',
        displayName: 'X',
        email: uniqueEmail(),
        password: GOOD_PASSWORD,
        preferredLanguage: 'fr',
      });
      expect(res.status).toBe(403);
      expect(visibleText(res.body)).toContain('Le formulaire a expiré');
    });
  });

  describe('sign-in', () => {
    it('renders in French and English with links to reset and sign up', async () => {
      const fr = await new BrowserSession(t, 'fr').get('/connexion');
      expect(fr.status).toBe(200);
      const text = visibleText(fr.body);
      for (const label of [
        'Se connecter',
        'Adresse e-mail',
        'Mot de passe',
        'Mot de passe oublié ?',
        'Créer un compte',
      ]) {
        expect(text).toContain(label);
      }
      expect(fr.body).toContain('href="/mot-de-passe-oublie"');
      expect(fr.body).toContain('href="/inscription"');
      expect(fr.body).toContain('autocomplete="current-password"');
      const en = visibleText((await new BrowserSession(t, 'en').get('/connexion')).body);
      for (const label of ['Sign in', 'E-mail address', 'Password', 'Forgot your password?']) {
        expect(en).toContain(label);
      }
    });

    it('is written in Portuguese and in Arabic (right to left) too', async () => {
      const pt = await new BrowserSession(t, 'pt').get('/connexion');
      expect(pt.body).toContain('<html lang="pt" dir="ltr">');
      expect(visibleText(pt.body)).toContain('Esqueceu-se da palavra-passe?');
      const ar = await new BrowserSession(t, 'ar').get('/inscription');
      expect(ar.body).toContain('<html lang="ar" dir="rtl">');
      expect(visibleText(ar.body)).toContain('إنشاء حسابي');
      // Addresses and passwords stay left to right inside the Arabic page.
      expect(ar.body).toMatch(/id="f-email"[^>]*dir="ltr"/);
    });

    it('follows a local next= and ignores one that leaves the site', async () => {
      const account = await newAccount(t);
      const browser = new BrowserSession(t);
      const page = await browser.get('/connexion?next=%2Frecherche%3Fq%3Dmicrocr%C3%A9dit');
      expect(page.body).toContain('name="next" value="/recherche?q=microcrédit"');
      expect(visibleText(page.body)).toContain('Connectez-vous pour continuer.');
      const res = await browser.post('/connexion', {
        email: account.email,
        password: account.password,
        next: '/recherche?q=microcrédit',
      });
      expect(res.status).toBe(303);
      expect(res.location).toBe('/recherche?q=microcrédit');

      for (const evil of ['//evil.example', 'https://evil.example/', '/\\evil.example']) {
        const other = new BrowserSession(t);
        const shown = await other.get(`/connexion?next=${encodeURIComponent(evil)}`);
        expect(shown.body).not.toContain('name="next"');
        const out = await other.post('/connexion', {
          email: account.email,
          password: account.password,
          next: evil,
        });
        expect(out.status).toBe(303);
        expect(out.location).toBe('/mon-espace');
      }
    });

    it('says only that the e-mail or the password is wrong, and sets no cookie', async () => {
      const account = await newAccount(t);
      const browser = new BrowserSession(t, 'fr');
      const wrong = await browser.submit('/connexion', {
        email: account.email,
        password: 'pas le bon mot de passe',
      });
      expect(wrong.status).toBe(400);
      expect(visibleText(wrong.body)).toContain('Adresse e-mail ou mot de passe incorrect.');
      expect(wrong.body).toContain(`value="${account.email}"`);
      expect(cookieLine(wrong, 'passerelle_access')).toBeUndefined();
      expect(browser.cookies.passerelle_access).toBeUndefined();

      const unknown = await browser.submit('/connexion', {
        email: uniqueEmail('nobody'),
        password: 'pas le bon mot de passe',
      });
      expect(unknown.status).toBe(400);
      expect(visibleText(unknown.body)).toContain('Adresse e-mail ou mot de passe incorrect.');

      const en = await new BrowserSession(t, 'en').submit('/connexion', {
        email: account.email,
        password: 'nope nope nope',
      });
      expect(visibleText(en.body)).toContain('The e-mail address or the password is incorrect.');

      const empty = await browser.submit('/connexion', { email: '', password: '' });
      expect(empty.status).toBe(400);
      expect(visibleText(empty.body)).toContain('Ce champ est obligatoire.');
    });

    it('sends each kind of account to its own home', async () => {
      const organisation = await newAccount(t, { kind: 'organisation' });
      const toSpace = await new BrowserSession(t).submit('/connexion', {
        email: organisation.email,
        password: organisation.password,
      });
      expect(toSpace.location).toBe('/espace');
      const admin = await newAdmin(t);
      const toAdmin = await new BrowserSession(t).submit('/connexion', {
        email: admin.email,
        password: admin.password,
      });
      expect(toAdmin.location).toBe('/admin');

      // Already signed in: the sign-in page sends them home.
      const browser = await new BrowserSession(t).signIn(organisation.email, GOOD_PASSWORD);
      const again = await browser.get('/connexion');
      expect(again.status).toBe(303);
      expect(again.location).toBe('/espace');
    });

    it('signs in an unconfirmed account and says clearly how to confirm it', async () => {
      const email = uniqueEmail('unconfirmed');
      const browser = new BrowserSession(t, 'fr');
      await browser.submit('/inscription', {
        accountType: 'entrepreneur',
        displayName: 'Fatou',
        email,
        password: GOOD_PASSWORD,
        preferredLanguage: 'en',
      });
      await t.mailbox.waitFor(email, { subject: /confirm/i });
      const res = await browser.submit('/connexion', { email, password: GOOD_PASSWORD });
      expect(res.status).toBe(303);
      expect(res.location).toBe('/compte/verification?next=%2Fmon-espace');
      // The account's preferred language (English) now applies: no cookie chose another.
      const page = await browser.get(res.location!);
      expect(page.status).toBe(200);
      expect(page.body).toContain('<html lang="en"');
      const text = visibleText(page.body);
      expect(text).toContain('You are signed in.');
      expect(text).toContain(`Your address ${email} is not confirmed yet.`);
      expect(text).toContain('Send the confirmation link again');
      expect(page.body).toContain('href="/mon-espace"');

      const resent = await browser.post('/compte/verification', { next: '/mon-espace' });
      expect(resent.status).toBe(303);
      expect(resent.location).toBe('/compte/verification?next=%2Fmon-espace');
      const second = await t.mailbox.waitFor(email, { subject: /confirm/i, count: 2 });
      const after = await browser.get(resent.location!);
      expect(visibleText(after.body)).toContain('A new confirmation link is on its way.');

      // Confirming while signed in offers the way to the space.
      await browser.get(`/verify-email?token=${tokenFrom(second)}`);
      const confirmed = await browser.post('/verify-email', { token: tokenFrom(second) });
      const done = await browser.get(confirmed.location!);
      expect(visibleText(done.body)).toContain('E-mail address confirmed');
      expect(done.body).toContain('href="/mon-espace"');
      const status = await browser.get('/compte/verification');
      expect(visibleText(status.body)).toContain(`Your address ${email} is confirmed.`);
      // An old link, now that the address is confirmed, says so rather than failing.
      const old = await browser.get(`/verify-email?token=${tokenFrom(second)}`);
      expect(visibleText(old.body)).toContain('already confirmed');
    });

    it('sends visitors of the confirmation page to sign in and back', async () => {
      const res = await new BrowserSession(t).get('/compte/verification');
      expect(res.status).toBe(303);
      expect(res.location).toBe('/connexion?next=%2Fcompte%2Fverification');
    });

    it('refuses a sign-in post without the form’s token', async () => {
      const account = await newAccount(t);
      const res = await new BrowserSession(t).post('/connexion', {
        _csrf: 'forged',
        email: account.email,
        password: account.password,
      });
      expect(res.status).toBe(403);
      expect(visibleText(res.body)).toContain('Le formulaire a expiré');
      expect(cookieLine(res, 'passerelle_access')).toBeUndefined();
    });
  });

  describe('sign-out', () => {
    it('ends the session, clears the cookies and says so', async () => {
      const account = await newAccount(t, { language: 'en' });
      const browser = new BrowserSession(t, 'fr');
      await browser.submit('/connexion', { email: account.email, password: account.password });
      const access = browser.cookies.passerelle_access!;
      expect(access).toBeDefined();

      await browser.get('/compte/verification');
      const res = await browser.post('/deconnexion');
      expect(res.status).toBe(303);
      expect(res.location).toBe('/');
      for (const name of ['passerelle_access', 'passerelle_refresh', 'passerelle_session']) {
        expect(cookieLine(res, name)).toMatch(/^[a-z_]+=;/);
      }
      expect(browser.cookies.passerelle_access).toBeUndefined();
      const old = await t.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        cookies: { passerelle_access: access },
      });
      expect(old.statusCode).toBe(401);
      // The page language the person was reading (their account's: English) stays.
      const home = await browser.get('/');
      expect(home.body).toContain('<html lang="en"');
      expect(visibleText(home.body)).toContain('You are signed out.');
    });

    it('refuses a forged sign-out', async () => {
      const account = await newAccount(t);
      const browser = await new BrowserSession(t).signIn(account.email, account.password);
      const res = await browser.post('/deconnexion', { _csrf: 'forged' });
      expect(res.status).toBe(403);
      expect(res.body).toContain('Le formulaire a expiré');
      expect(
        (
          await t.app.inject({
            method: 'GET',
            url: '/api/v1/me',
            cookies: { passerelle_access: browser.cookies.passerelle_access! },
          })
        ).statusCode,
      ).toBe(200);
    });
  });

  describe('password reset', () => {
    it('renders the request form in French and English', async () => {
      const fr = await new BrowserSession(t, 'fr').get('/mot-de-passe-oublie');
      expect(fr.status).toBe(200);
      expect(visibleText(fr.body)).toContain('Mot de passe oublié');
      expect(visibleText(fr.body)).toContain('Recevoir le lien');
      const en = await new BrowserSession(t, 'en').get('/mot-de-passe-oublie');
      expect(visibleText(en.body)).toContain('Forgotten password');
      expect(visibleText(en.body)).toContain('Send me the link');
    });

    it('answers the same for unknown addresses and checks the address format', async () => {
      const browser = new BrowserSession(t);
      const unknown = await browser.submit('/mot-de-passe-oublie', {
        email: uniqueEmail('ghost'),
      });
      expect(unknown.status).toBe(303);
      expect(unknown.location).toBe('/mot-de-passe-oublie/envoye');
      const sent = await browser.get(unknown.location!);
      expect(visibleText(sent.body)).toContain('Si un compte existe avec cette adresse');
      const bad = await browser.submit('/mot-de-passe-oublie', { email: 'nope' });
      expect(bad.status).toBe(400);
      expect(visibleText(bad.body)).toContain('Saisissez une adresse e-mail valide');
    });

    it('sets a new password through the e-mailed link, once', async () => {
      const account = await newAccount(t);
      const browser = new BrowserSession(t, 'fr');
      const asked = await browser.submit('/mot-de-passe-oublie', { email: account.email });
      expect(asked.location).toBe('/mot-de-passe-oublie/envoye');
      const mail = await t.mailbox.waitFor(account.email, { subject: /nouveau mot de passe/ });
      const token = tokenFrom(mail);

      const form = await browser.get(`/reset-password?token=${token}`);
      expect(form.status).toBe(200);
      expect(visibleText(form.body)).toContain('Nouveau mot de passe');
      expect(form.body).toContain(`name="token" value="${token}"`);

      const weak = await browser.post('/reset-password', { token, newPassword: 'password1' });
      expect(weak.status).toBe(400);
      expect(visibleText(weak.body)).toContain('Ce mot de passe est trop courant');
      expect(weak.body).toContain('id="f-newPassword-error"');

      const newPassword = 'la pirogue rentre au port';
      const done = await browser.post('/reset-password', { token, newPassword });
      expect(done.status).toBe(303);
      expect(done.location).toBe('/connexion');
      const signInPage = await browser.get('/connexion');
      expect(visibleText(signInPage.body)).toContain('Votre mot de passe est changé.');

      const old = await browser.post('/connexion', {
        email: account.email,
        password: account.password,
      });
      expect(old.status).toBe(400);
      await browser.get('/connexion');
      const fresh = await browser.post('/connexion', {
        email: account.email,
        password: newPassword,
      });
      expect(fresh.status).toBe(303);
      // The sessions opened with the old password ended.
      const before = await t.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: account.auth(),
      });
      expect(before.statusCode).toBe(401);

      const reused = await new BrowserSession(t).get(`/reset-password?token=${token}`);
      expect(reused.status).toBe(400);
      expect(visibleText(reused.body)).toContain('Lien invalide ou expiré');
      expect(reused.body).toContain('href="/mot-de-passe-oublie"');
      const reposted = await browser.post('/reset-password', {
        token,
        newPassword: 'encore une autre phrase',
      });
      expect(reposted.status).toBe(400);
      expect(visibleText(reposted.body)).toContain('n’est plus valable');
    });

    it('explains an unknown link in English too', async () => {
      const res = await new BrowserSession(t, 'en').get('/reset-password?token=not-a-real-token');
      expect(res.status).toBe(400);
      expect(visibleText(res.body)).toContain('Invalid or expired link');
      expect(visibleText(res.body)).toContain('Ask for a new link');
      const none = await new BrowserSession(t, 'en').get('/verify-email');
      expect(none.status).toBe(400);
      expect(visibleText(none.body)).toContain('Sign in to get a new link');
    });
  });

  describe('preferred language', () => {
    it('uses a signed-in person’s language when no switch or cookie says otherwise', async () => {
      const account = await newAccountOfKind(t, 'organisation_member');
      const browser = await new BrowserSession(t, 'fr').signIn(account.email, account.password);
      const page = await browser.get('/compte/verification');
      expect(page.body).toContain('<html lang="en"');
      expect(visibleText(page.body)).toContain('E-mail address confirmation');
      const switched = await browser.get('/compte/verification?lang=pt');
      expect(visibleText(switched.body)).toContain('Confirmação do endereço de e-mail');
    });
  });
});
