import { parse } from 'csv-parse/sync';
import { ImportService } from '@app/open-data';
import { BrowserSession } from '../../support/browser-session';
import {
  newAccount,
  newAdmin,
  newVerifiedOrganisation,
  offerTitled,
  type TestAccount,
} from '../../support/factories';
import { multipart } from '../../support/multipart';
import {
  CHECKED_LANGUAGES,
  foreignSentences,
  pageLanguageCheck,
  withLang,
} from '../../support/page-language';
import { createTestApp, type TestApp } from '../../support/test-app';

/**
 * Issue 14: the organisation space read in Portuguese or Arabic shows no word of another
 * language outside what people typed. Every page and state is fetched with ?lang= and
 * checked against the catalogues themselves (see test/support/page-language.ts), so a
 * sentence added later in French only fails here.
 *
 * User content is deliberately French (names, titles, comments, file names): it must be
 * marked as such (dir="auto", lang=, <bdi>) and is then left out of the check.
 */

/** A complete offer as the editor posts it (French content). */
const OFFER_FORM = {
  'translations.fr.title': 'Bourse d’amorçage Diaspora Sénégal',
  'translations.fr.summary': 'Une subvention pour démarrer votre entreprise au Sénégal.',
  'translations.fr.description':
    'Ce programme finance les premiers mois de votre projet : étude de marché, prototype, premières embauches.',
  categoryCode: 'grant',
  stageCodes: ['idea', 'creation'],
  'eligibility.targetCountries': ['SN'],
  'eligibility.genderFocus': 'women',
  deliveryLanguages: ['fr', 'wo'],
  format: 'online',
  'cost.type': 'free',
  'dates.rolling': 'on',
  'apply.url': 'https://example.org/postuler',
  tags: 'diaspora, amorçage',
  action: 'submit',
};

const CSV = [
  'Intitulé;Résumé;Description;Type;Pays;En continu;Site web',
  'Atelier export vers l’Afrique de l’Ouest;Deux jours pour préparer vos premières ventes.;Un atelier pratique sur les douanes, les incoterms et les partenaires logistiques de la région.;Formation;Bénin;oui;https://example.org/export',
  'Trop court;;;Inconnu;Atlantide;peut-être;pas une adresse',
].join('\n');

describe('portal: the organisation space in Portuguese and Arabic', () => {
  let t: TestApp;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;
  const offers: Record<string, string> = {};
  let requestId: string;
  let declinedRequestId: string;
  let importRunId: string;

  const api = async (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    who: TestAccount,
    payload?: Record<string, unknown>,
  ) => {
    const res = await t.app.inject({ method, url, headers: who.auth(), payload });
    if (res.statusCode >= 300)
      throw new Error(`${method} ${url}: ${res.statusCode} ${res.payload}`);
    return res.json();
  };
  const offerApi = (id = '') => `/api/v1/organisations/${organisationId}/offers${id && `/${id}`}`;
  const draft = async (title: string) =>
    (await api('POST', offerApi(), owner, offerTitled(title))).id as string;
  const submitted = async (title: string) => {
    const id = await draft(title);
    await api('POST', `${offerApi(id)}/submit`, owner);
    return id;
  };
  const decided = async (title: string, decision: string, reason?: string) => {
    const id = await submitted(title);
    await api('POST', `/api/v1/admin/offers/${id}/decision`, admin, { decision, reason });
    return id;
  };
  const inbox = () => `/espace/organisations/${organisationId}/demandes`;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Réseau Kora Diaspora'));
    // A second organisation: the space then shows its organisation switch.
    await api('POST', '/api/v1/organisations', owner, { name: 'Collectif Téranga Lyon' });
    offers.draft = await draft('Programme Kenya 2027 pour les créatrices');
    offers.submitted = await submitted('Bourse d’amorçage en relecture');
    offers.changes = await decided(
      'Prêt d’honneur à compléter',
      'request_changes',
      'Précisez les pièces justificatives demandées.',
    );
    offers.rejected = await decided('Offre hors sujet', 'reject', 'Ce n’est pas un service.');
    offers.published = await decided('Mentorat export publié', 'publish');
    offers.revision = await decided('Incubation avec modification en attente', 'publish');
    offers.archived = await decided('Formation archivée', 'publish');
    await api('POST', `${offerApi(offers.archived)}/archive`, owner);
    // A pending change of a published offer, sent the way the editor sends it.
    const { content, version } = await api('GET', offerApi(offers.revision), owner);
    await api('PATCH', offerApi(offers.revision), owner, {
      ...content,
      tags: ['nouveau'],
      expectedVersion: version,
    });

    const awa = await newAccount(t);
    await api('PUT', '/api/v1/me/profile', awa, {
      residenceCountry: 'FR',
      originCountries: ['SN'],
      targetCountries: ['SN'],
      sectorCodes: ['agriculture_agrifood'],
      stageCode: 'creation',
      languages: ['fr', 'wo'],
      businessName: 'Thiès Mangues',
      businessDescription: 'Séchage et transformation de mangues.',
    });
    const send = async (offer: string, subject: string) =>
      (
        await api('POST', `/api/v1/offers/${offer}/contact-requests`, awa, {
          subject,
          message: 'Bonjour, votre programme m’intéresse beaucoup. Pouvons-nous en parler ?',
          sharedFields: ['businessName', 'businessDescription', 'residenceCountry', 'languages'],
          shareEmail: true,
        })
      ).id as string;
    requestId = await send(offers.published, 'Question sur le calendrier');
    declinedRequestId = await send(offers.revision, 'Candidature spontanée');
    const asOwner = await new BrowserSession(t).signIn(owner.email, owner.password);
    await asOwner.get(`${inbox()}/${declinedRequestId}`);
    const declined = await asOwner.post(`${inbox()}/${declinedRequestId}`, {
      status: 'declined',
      reason: 'Notre programme est complet cette année.',
      answer: 'Merci, revenez vers nous en septembre.',
    });
    expect(declined.status).toBe(303);

    // A finished dry run, with refused rows, run here rather than by a worker.
    const page = await asOwner.get(`/espace/import?organisation=${organisationId}`);
    const action = /<form method="post" action="([^"]+)" enctype/.exec(page.body)![1];
    const body = multipart(
      { source: 'tableur' },
      { name: 'offres-été.csv', data: Buffer.from(CSV) },
    );
    const uploaded = await t.app.inject({
      method: 'POST',
      url: action.replace(/&amp;/g, '&'),
      headers: { accept: 'text/html', ...body.headers },
      cookies: asOwner.cookies,
      payload: body.payload,
    });
    expect(uploaded.statusCode).toBe(303);
    importRunId = /\/espace\/import\/([0-9a-f-]{36})/.exec(uploaded.headers.location as string)![1];
    await t.app.get(ImportService).run(importRunId);
  });
  afterAll(() => t?.close());

  describe.each(CHECKED_LANGUAGES)('in $lang', ({ lang, dir }) => {
    let browser: BrowserSession;
    const forbidden = foreignSentences(lang);
    /** The page is in `lang` with its direction, and says nothing in another language. */
    const expectInLanguage = pageLanguageCheck(lang, dir);

    beforeAll(async () => {
      browser = await new BrowserSession(t, lang).signIn(owner.email, owner.password);
    });

    const read = async (url: string) =>
      expectInLanguage(url, await browser.get(withLang(url, lang)));

    it('the dashboard, the offer list and its state filters', async () => {
      await read('/espace');
      await read('/espace/offres');
      for (const state of ['draft', 'submitted', 'changes_requested', 'published', 'archived']) {
        await read(`/espace/offres?state=${state}`);
      }
      await read('/espace/offres?state=expired');
    });

    it('the offer editor, new and in every state of an offer', async () => {
      await read('/espace/offres/nouvelle');
      for (const id of Object.values(offers)) await read(`/espace/offres/${id}`);
    });

    it('the members, the organisation profile, the inbox and a request', async () => {
      await read(`/espace/organisations/${organisationId}/membres`);
      await read(`/espace/organisations/${organisationId}`);
      await read('/espace/organisations/nouvelle');
      await read(inbox());
      await read(`${inbox()}?statut=declined`);
      await read(`${inbox()}?statut=accepted`);
      await read(`${inbox()}/${requestId}`);
      await read(`${inbox()}/${declinedRequestId}`);
    });

    it('the import upload page and a finished dry run, with its report to download', async () => {
      await read(`/espace/import?organisation=${organisationId}`);
      await read(`/espace/import/${importRunId}?organisation=${organisationId}`);
      const run = await browser.get(
        `/espace/import/${importRunId}?organisation=${organisationId}&lang=${lang}`,
      );
      const href = /<a href="([^"]+)" download>/.exec(run.body)![1].replace(/&amp;/g, '&');
      expect(href).toBe(`/espace/import/${importRunId}/rapport.csv?organisation=${organisationId}`);
      const csv = await browser.get(href);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      const [header, ...rows] = parse(csv.body, { delimiter: ';', bom: true }) as string[][];
      expect(header).toHaveLength(7);
      expect(rows.some((r) => r[2] === 'Trop court' && r[6] !== '')).toBe(true);
      // Headings, outcomes and reasons in the page's language (the file's own words as they are).
      const ours = [...header, ...rows.flatMap((r) => [r[3], r[6]])].join('\n');
      for (const sentence of forbidden) {
        expect([sentence, ours.includes(sentence)]).toEqual([sentence, false]);
      }
      expect(ours).not.toMatch(/\b(?:The|must|should|cannot)\b/);
    });

    it('the form pages answered after a wrong POST', async () => {
      await browser.get(`/espace/offres/nouvelle?lang=${lang}`);
      const offer = await browser.post('/espace/offres/nouvelle', {
        organisationId,
        'translations.fr.title': 'Court',
        'translations.fr.description': 'Trop court.',
        categoryCode: '',
        format: 'in_person',
        'cost.type': 'paid',
        'cost.amountMinor': 'beaucoup',
        'funding.minMinor': '900',
        'funding.maxMinor': '100',
        'eligibility.ageMin': '60',
        'eligibility.ageMax': '20',
        'dates.opensOn': '2027-05-01',
        'dates.deadline': '2027-04-01',
        'dates.rolling': 'on',
        'dates.startsOn': '2027-06-01',
        'dates.endsOn': '2027-05-01',
        'contact.phone': '12',
        'eligibility.genderFocus': 'any',
        action: 'submit',
      });
      expectInLanguage('offer editor, 400', offer, 400);

      const editor = await browser.get(`/espace/offres/${offers.draft}?lang=${lang}`);
      const version = /name="expectedVersion" value="(\d+)"/.exec(editor.body)![1];
      const current = await api('GET', offerApi(offers.draft), owner);
      await api('PATCH', offerApi(offers.draft), owner, {
        ...current.content,
        expectedVersion: current.version,
      });
      const stale = await browser.post(`/espace/offres/${offers.draft}`, {
        ...OFFER_FORM,
        expectedVersion: version,
        action: 'save',
      });
      expectInLanguage('offer editor, 409', stale, 409);

      const illegal = await browser.post(`/espace/offres/${offers.submitted}/archiver`);
      expectInLanguage('archive of a submitted offer, 409', illegal, 409);

      await browser.get(`/espace/organisations/${organisationId}?lang=${lang}`);
      const profile = await browser.post(`/espace/organisations/${organisationId}`, {
        name: 'R',
        kind: 'ngo',
        website: 'http://pas-https.example.org',
        logoUrl: 'pas une adresse',
        contactPhone: '0033',
        'legalIdentifier.registrationNumber': 'SN-DKR-2020-B-1234',
      });
      expectInLanguage('organisation profile, 400', profile, 400);

      await browser.get(`/espace/organisations/${organisationId}/membres?lang=${lang}`);
      const invite = await browser.post(
        `/espace/organisations/${organisationId}/membres/invitations`,
        {
          email: 'pas-une-adresse',
          role: 'chef',
        },
      );
      expectInLanguage('members, 400', invite, 400);
      const lastOwner = await browser.post(
        `/espace/organisations/${organisationId}/membres/${owner.id}/role`,
        { role: 'editor' },
      );
      expectInLanguage('members, last owner 409', lastOwner, 409);

      await browser.get(`${inbox()}/${requestId}?lang=${lang}`);
      const answer = await browser.post(`${inbox()}/${requestId}`, {
        status: 'declined',
        reason: '',
        answer: 'Nous regrettons.',
      });
      expectInLanguage('request answer, 400', answer, 400);
      const closed = await browser.post(`${inbox()}/${declinedRequestId}`, { status: 'accepted' });
      expectInLanguage('answer to a closed request, 409', closed, 409);

      const upload = await browser.get(
        `/espace/import?organisation=${organisationId}&lang=${lang}`,
      );
      const action = /<form method="post" action="([^"]+)" enctype/.exec(upload.body)![1];
      const pdf = multipart({}, { name: 'offres.pdf', data: Buffer.from('%PDF-1.7\n') });
      const refused = await t.app.inject({
        method: 'POST',
        url: action.replace(/&amp;/g, '&'),
        headers: { accept: 'text/html', ...pdf.headers },
        cookies: browser.cookies,
        payload: pdf.payload,
      });
      expectInLanguage(
        'import upload, 415',
        { status: refused.statusCode, body: refused.body, headers: refused.headers },
        415,
      );
    });

    it('the page after each action, with its message', async () => {
      await browser.get(`/espace/offres/nouvelle?lang=${lang}`);
      const created = await browser.post('/espace/offres/nouvelle', {
        ...OFFER_FORM,
        organisationId,
      });
      expect(created.status).toBe(303);
      expectInLanguage('after creating and submitting', await browser.get(created.location!));
      const id = await decided('Formation au pitch à Abidjan', 'publish');
      const actions = ['reconfirmer', 'archiver', 'rouvrir'];
      for (const action of actions) {
        await browser.get(`/espace/offres/${id}`);
        const done = await browser.post(`/espace/offres/${id}/${action}`);
        expect([action, done.status]).toEqual([action, 303]);
        expectInLanguage(`after ${action}`, await browser.get(done.location!));
      }
      await browser.get(`/espace/offres/${offers.revision}`);
      const withdrawn = await browser.post(`/espace/offres/${offers.revision}/revision/retirer`);
      expect(withdrawn.status).toBe(303);
      expectInLanguage('after withdrawing a change', await browser.get(withdrawn.location!));
      // Put the change back for the other language.
      const { content, version } = await api('GET', offerApi(offers.revision), owner);
      await api('PATCH', offerApi(offers.revision), owner, {
        ...content,
        tags: ['nouveau'],
        expectedVersion: version,
      });
    });
  });
});
