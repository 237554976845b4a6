import { BrowserSession, visibleText } from '../../support/browser-session';
import {
  newAccount,
  newAdmin,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../../support/factories';
import { createTestApp, type TestApp } from '../../support/test-app';

function fieldError(html: string, field: string): string {
  const id = `f-${field.replace(/[^A-Za-z0-9_-]/g, '-')}-error`;
  const match = new RegExp(`<p class="error-message" id="${id}">([\\s\\S]*?)</p>`).exec(html);
  return match ? visibleText(match[1]) : '';
}

const MESSAGE =
  'Bonjour, je développe une activité de transformation de mangues à Thiès et votre bourse ' +
  'm’intéresse. Pouvons-nous en parler ?';

describe('portal: contact request inbox of an organisation', () => {
  let t: TestApp;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;
  let offerId: string;
  let otherOwner: TestAccount;
  let otherOrganisation: string;
  let otherOffer: string;

  const api = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    who: TestAccount,
    payload?: Record<string, unknown>,
  ) => t.app.inject({ method, url, headers: who.auth(), payload });

  const publish = async (who: TestAccount, organisation: string) => {
    const created = await api(
      'POST',
      `/api/v1/organisations/${organisation}/offers`,
      who,
      offerContent(),
    );
    const id = created.json().id as string;
    await api('POST', `/api/v1/organisations/${organisation}/offers/${id}/submit`, who);
    const decided = await api('POST', `/api/v1/admin/offers/${id}/decision`, admin, {
      decision: 'publish',
    });
    if (decided.statusCode !== 200) throw new Error(decided.payload);
    return id;
  };
  const send = async (from: TestAccount, offer: string, body: Record<string, unknown>) => {
    const res = await api('POST', `/api/v1/offers/${offer}/contact-requests`, from, body);
    if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.payload}`);
    return res.json().id as string;
  };
  const browserFor = async (account: TestAccount, language = 'fr') => {
    const browser = await new BrowserSession(t, language).signIn(account.email, account.password);
    if (language !== 'fr') await browser.get(`/?lang=${language}`);
    return browser;
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Réseau Entreprendre'));
    ({ owner: otherOwner, organisationId: otherOrganisation } = await newVerifiedOrganisation(
      t,
      admin,
      'Incubateur Teranga',
    ));
    offerId = await publish(owner, organisationId);
    otherOffer = await publish(otherOwner, otherOrganisation);
  });
  afterAll(() => t.close());

  const inbox = () => `/espace/organisations/${organisationId}/demandes`;

  it('shows an empty inbox in French and English', async () => {
    const fr = await (await browserFor(owner)).get(inbox());
    expect(fr.status).toBe(200);
    expect(fr.body).toContain('<meta name="robots" content="noindex">');
    expect(visibleText(fr.body)).toContain('Aucune demande pour le moment.');
    const en = await (await browserFor(owner, 'en')).get(inbox());
    expect(visibleText(en.body)).toContain('No request yet.');
  });

  describe('a request sent through the API', () => {
    let awa: TestAccount;
    let requestId: string;
    let browser: BrowserSession;

    beforeAll(async () => {
      awa = await newAccount(t);
      const profile = await api('PUT', '/api/v1/me/profile', awa, {
        residenceCountry: 'FR',
        originCountries: ['SN'],
        targetCountries: ['SN'],
        sectorCodes: ['agriculture_agrifood'],
        stageCode: 'creation',
        languages: ['fr', 'wo'],
        businessName: 'Thiès Mangues',
        businessDescription: 'Séchage et transformation de mangues.',
      });
      expect(profile.statusCode).toBe(200);
      requestId = await send(awa, offerId, {
        subject: 'Candidature <script>alert(1)</script>',
        message: MESSAGE,
        sharedFields: ['businessName', 'residenceCountry', 'sectorCodes', 'stageCode', 'languages'],
        shareEmail: true,
      });
      browser = await browserFor(owner);
    });

    it('appears in the inbox, escaped, and with the status filter', async () => {
      const page = await browser.get(inbox());
      expect(page.status).toBe(200);
      const text = visibleText(page.body);
      expect(page.body).toContain('Candidature &lt;script&gt;alert(1)&lt;/script&gt;');
      expect(page.body).not.toContain('<script>alert(1)</script>');
      expect(text).toContain('Awa Diop');
      expect(text).toContain('Nouvelle');
      expect(page.body).toContain(`href="${inbox()}/${requestId}"`);
      const accepted = await browser.get(`${inbox()}?statut=accepted`);
      expect(accepted.body).not.toContain(`href="${inbox()}/${requestId}"`);
      expect(visibleText(accepted.body)).toContain('Aucune demande au statut « Acceptée »');
      const fresh = await browser.get(`${inbox()}?statut=new`);
      expect(fresh.body).toContain(`href="${inbox()}/${requestId}"`);
    });

    it('opens at the address of the notification e-mail, with the shared profile', async () => {
      const mail = await t.mailbox.waitFor(owner.email, { subject: /demande|request/i });
      expect(mail.text).toContain(`https://passerelle.test${inbox()}/${requestId}`);
      const page = await browser.get(`${inbox()}/${requestId}`);
      expect(page.status).toBe(200);
      const text = visibleText(page.body);
      expect(text).toContain(MESSAGE);
      expect(text).toContain('Thiès Mangues');
      expect(text).toContain('France');
      expect(text).toContain('Agriculture');
      expect(text).toContain('wolof');
      expect(text).toContain(awa.email);
      expect(page.body).not.toContain('<script>alert(1)</script>');
      const en = await (await browserFor(owner, 'en')).get(`${inbox()}/${requestId}`);
      expect(visibleText(en.body)).toContain('Shared profile');
    });

    it('refuses to decline without a reason, next to the field', async () => {
      await browser.get(`${inbox()}/${requestId}`);
      const res = await browser.post(`${inbox()}/${requestId}`, { status: 'declined', reason: '' });
      expect(res.status).toBe(400);
      expect(fieldError(res.body, 'reason')).toBe('Indiquez un motif : l’entrepreneur·e le lira.');
      const en = await browserFor(owner, 'en');
      await en.get(`${inbox()}/${requestId}`);
      const noChoice = await en.post(`${inbox()}/${requestId}`, { reason: '' });
      expect(noChoice.status).toBe(400);
      expect(fieldError(noChoice.body, 'status')).toBe('Choose an answer.');
    });

    it('takes it on, and the entrepreneur sees the new status', async () => {
      await browser.get(`${inbox()}/${requestId}`);
      const res = await browser.post(`${inbox()}/${requestId}`, { status: 'in_progress' });
      expect(res.status).toBe(303);
      expect(res.location).toBe(`${inbox()}/${requestId}`);
      const mine = await api('GET', `/api/v1/me/contact-requests/${requestId}`, awa);
      expect(mine.json().status).toBe('in_progress');
      const page = await browser.get(res.location!);
      expect(visibleText(page.body)).toContain('Demande prise en charge.');
      expect(page.body).not.toContain('value="in_progress"');
    });

    it('declines it with a reason the entrepreneur reads; then the answer is final', async () => {
      await browser.get(`${inbox()}/${requestId}`);
      const res = await browser.post(`${inbox()}/${requestId}`, {
        status: 'declined',
        reason: 'Notre cohorte de mars est complète.',
      });
      expect(res.status).toBe(303);
      const mine = (await api('GET', '/api/v1/me/contact-requests', awa)).json();
      expect(mine.items[0]).toMatchObject({
        id: requestId,
        status: 'declined',
        declineReason: 'Notre cohorte de mars est complète.',
      });
      const page = await browser.get(`${inbox()}/${requestId}`);
      expect(visibleText(page.body)).toContain('Cette demande est close');
      expect(visibleText(page.body)).toContain('Notre cohorte de mars est complète.');
      expect(page.body).not.toContain('name="status"');
      const again = await browser.post(`${inbox()}/${requestId}`, { status: 'accepted' });
      expect(again.status).toBe(409);
      expect(visibleText(again.body)).toContain('Cette demande a déjà reçu une autre réponse');
    });
  });

  it('accepts a request directly', async () => {
    const moussa = await newAccount(t);
    const id = await send(moussa, offerId, { message: MESSAGE });
    const browser = await browserFor(owner);
    await browser.get(`${inbox()}/${id}`);
    expect(visibleText((await browser.get(`${inbox()}/${id}`)).body)).toContain(
      'Demande sans objet',
    );
    const res = await browser.post(`${inbox()}/${id}`, { status: 'accepted' });
    expect(res.status).toBe(303);
    expect((await api('GET', `/api/v1/me/contact-requests/${id}`, moussa)).json().status).toBe(
      'accepted',
    );
  });

  it('writes to the entrepreneur with the move: kept on errors, then shown here and to them, escaped', async () => {
    const fatou = await newAccount(t);
    const id = await send(fatou, offerId, { message: MESSAGE });
    const browser = await browserFor(owner);
    const page = `${inbox()}/${id}`;
    const form = await browser.get(page);
    expect(visibleText(form.body)).toContain('Votre message à l’entrepreneur·e');
    expect(visibleText(form.body)).toContain('Il lui est envoyé par e-mail');
    expect(form.body).toMatch(/<textarea id="f-answer" name="answer"[^>]* maxlength="4000"/);

    const xss = '<script>alert(1)</script>';
    const answer = `Bienvenue ${xss} !\nNous vous appelons lundi.`;
    const missingReason = await browser.post(page, { status: 'declined', reason: '', answer });
    expect(missingReason.status).toBe(400);
    expect(fieldError(missingReason.body, 'reason')).toBe(
      'Indiquez un motif : l’entrepreneur·e le lira.',
    );
    expect(missingReason.body).toContain(
      'Bienvenue &lt;script&gt;alert(1)&lt;/script&gt; !\nNous vous appelons lundi.</textarea>',
    );
    expect(missingReason.body).not.toContain(xss);
    await browser.get(page);
    const tooLong = await browser.post(page, { status: 'accepted', answer: 'x'.repeat(4001) });
    expect(tooLong.status).toBe(400);
    expect(fieldError(tooLong.body, 'answer')).toBe(
      'Votre message doit compter au plus 4 000 caractères.',
    );
    expect((await api('GET', `/api/v1/me/contact-requests/${id}`, fatou)).json()).toMatchObject({
      status: 'new',
      answer: null,
    });

    await browser.get(page);
    const accepted = await browser.post(page, { status: 'accepted', answer });
    expect(accepted.status).toBe(303);
    const mine = (await api('GET', `/api/v1/me/contact-requests/${id}`, fatou)).json();
    expect(mine).toMatchObject({ status: 'accepted', answer });
    const mail = await t.mailbox.waitFor(fatou.email, { subject: /a été acceptée/ });
    expect(mail.text).toContain(`> Bienvenue ${xss} !\n> Nous vous appelons lundi.`);

    const shown = await browser.get(page);
    expect(visibleText(shown.body)).toContain('Votre message à l’entrepreneur·e, envoyé le');
    expect(shown.body).toContain(
      '<blockquote dir="auto" id="sent-answer"><p class="message-text">Bienvenue &lt;script&gt;alert(1)&lt;/script&gt; !',
    );
    expect(shown.body).not.toContain(xss);

    const theirs = await (await browserFor(fatou)).get(`/mon-espace/demandes/${id}`);
    expect(theirs.status).toBe(200);
    expect(visibleText(theirs.body)).toContain('Réseau Entreprendre vous a écrit le');
    expect(theirs.body).toContain(
      '<blockquote dir="auto" id="organisation-answer"><p class="message-text">Bienvenue &lt;script&gt;alert(1)&lt;/script&gt; !',
    );
    expect(theirs.body).not.toContain(xss);
  });

  it('answers 404 for a request addressed to another organisation', async () => {
    const binta = await newAccount(t);
    const theirs = await send(binta, otherOffer, { message: MESSAGE });
    const browser = await browserFor(owner);
    // Through my organisation's inbox: not addressed to it.
    expect((await browser.get(`${inbox()}/${theirs}`)).status).toBe(404);
    // Through theirs: not my organisation.
    const foreign = `/espace/organisations/${otherOrganisation}/demandes/${theirs}`;
    const page = await browser.get(foreign);
    expect(page.status).toBe(404);
    expect(visibleText(page.body)).not.toContain(MESSAGE);
    await browser.get(inbox());
    expect((await browser.post(foreign, { status: 'accepted' })).status).toBe(404);
    expect((await browser.post(`${inbox()}/${theirs}`, { status: 'accepted' })).status).toBe(404);
    const stillNew = await api('GET', `/api/v1/me/contact-requests/${theirs}`, binta);
    expect(stillNew.json().status).toBe('new');
  });

  it('refuses an answer posted without a CSRF token (403)', async () => {
    const fatou = await newAccount(t);
    const id = await send(fatou, offerId, { message: MESSAGE });
    const browser = await browserFor(owner);
    await browser.get(`${inbox()}/${id}`);
    const res = await browser.post(`${inbox()}/${id}`, { status: 'accepted', _csrf: '' });
    expect(res.status).toBe(403);
    expect((await api('GET', `/api/v1/me/contact-requests/${id}`, fatou)).json().status).toBe(
      'new',
    );
  });
});
