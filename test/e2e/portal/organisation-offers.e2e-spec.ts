import { DataSource } from 'typeorm';
import { BrowserSession, visibleText } from '../../support/browser-session';
import {
  newAdmin,
  newOrganisationOwner,
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

const AR_TITLE = 'منحة انطلاق للمغتربين في السنغال';

/** A complete multilingual offer (French and Arabic) as the editor posts it. */
const OFFER_FORM = {
  'translations.fr.title': 'Bourse d’amorçage Diaspora Sénégal',
  'translations.fr.summary': 'Une subvention pour démarrer votre entreprise au Sénégal.',
  'translations.fr.description':
    'Ce programme finance les premiers mois de votre projet : étude de marché, prototype, premières embauches.',
  'translations.ar.title': AR_TITLE,
  'translations.ar.summary': 'منحة لبدء مشروعك في السنغال مع مرافقة لمدة ستة أشهر.',
  'translations.ar.description':
    'يمول هذا البرنامج الأشهر الأولى من مشروعك: دراسة السوق والنموذج الأولي والتوظيفات الأولى مع مرافقة.',
  categoryCode: 'grant',
  sectorCodes: ['agriculture_agrifood', 'digital_tech'],
  stageCodes: ['idea', 'creation'],
  'eligibility.residenceCountries': ['FR', 'BE'],
  'eligibility.targetCountries': ['SN'],
  'eligibility.diasporaOnly': 'on',
  'eligibility.genderFocus': 'women',
  'eligibility.ageMin': '18',
  'eligibility.ageMax': '40',
  'eligibility.otherConditions.fr': 'Avoir un projet au Sénégal.',
  deliveryLanguages: ['fr', 'wo'],
  format: 'hybrid',
  'location.countryCode': 'SN',
  'location.city': 'Dakar',
  'cost.type': 'free',
  'funding.minMinor': '1 000 000',
  'funding.maxMinor': '15000000',
  'funding.currency': 'XOF',
  'dates.opensOn': '2026-01-15',
  'dates.deadline': '2099-03-31',
  'apply.url': 'https://example.org/postuler',
  'contact.name': 'Équipe programme',
  'contact.email': 'programme@example.org',
  tags: 'diaspora, amorçage, diaspora',
  action: 'save',
};

describe('portal: organisation offers and the multilingual editor', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Diaspora Invest Dakar'));
  });
  afterAll(() => t.close());

  const browserFor = async (account: TestAccount, language = 'fr') => {
    const browser = await new BrowserSession(t, language).signIn(account.email, account.password);
    if (language !== 'fr') await browser.get(`/?lang=${language}`);
    return browser;
  };
  const api = (
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    who: TestAccount,
    payload?: Record<string, unknown>,
  ) => t.app.inject({ method, url, headers: who.auth(), payload });
  const offerApi = (id: string) => `/api/v1/organisations/${organisationId}/offers/${id}`;
  const getOffer = async (id: string) => (await api('GET', offerApi(id), owner)).json();
  /** A draft made through the API, for the tests that start from an existing offer. */
  const apiDraft = async (overrides: Record<string, unknown> = {}) => {
    const res = await api(
      'POST',
      `/api/v1/organisations/${organisationId}/offers`,
      owner,
      offerContent(overrides),
    );
    if (res.statusCode !== 201) throw new Error(res.payload);
    return res.json().id as string;
  };
  const apiPublished = async () => {
    const id = await apiDraft();
    await api('POST', `${offerApi(id)}/submit`, owner);
    const res = await api('POST', `/api/v1/admin/offers/${id}/decision`, admin, {
      decision: 'publish',
    });
    if (res.statusCode !== 200) throw new Error(res.payload);
    return id;
  };

  it('lists the offers in French and English, with the empty state and the new-offer link', async () => {
    const { owner: fresh } = await newOrganisationOwner(t, 'Sans offres');
    const fr = await (await browserFor(fresh)).get('/espace/offres');
    expect(fr.status).toBe(200);
    expect(visibleText(fr.body)).toContain('Aucune offre pour le moment.');
    expect(fr.body).toMatch(/href="\/espace\/offres\/nouvelle\?organisation=[0-9a-f-]{36}"/);
    const en = await (await browserFor(fresh, 'en')).get('/espace/offres');
    expect(en.status).toBe(200);
    expect(visibleText(en.body)).toContain('No offer yet.');
  });

  it('shows one fieldset per content language, Arabic right-to-left', async () => {
    const page = await (await browserFor(owner)).get('/espace/offres/nouvelle');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<meta name="robots" content="noindex">');
    for (const lang of ['fr', 'en', 'pt', 'ar']) {
      expect(page.body).toContain(`<fieldset class="language-version" data-language="${lang}">`);
    }
    // Inputs of another language than the page's say so; Arabic ones are right-to-left.
    expect(page.body).toMatch(/<input id="f-translations-en-title"[^>]* lang="en">/);
    expect(page.body).toMatch(/<input id="f-translations-ar-title"[^>]* dir="rtl" lang="ar">/);
    expect(page.body).toMatch(/<textarea id="f-translations-ar-description"[^>]* dir="rtl"/);
    expect(page.body).toContain('<label for="f-dates-deadline">Date limite');
    const en = await (await browserFor(owner, 'en')).get('/espace/offres/nouvelle');
    expect(visibleText(en.body)).toContain('Save and submit for review');
  });

  describe('writing an offer through the form', () => {
    let browser: BrowserSession;
    let offerId: string;

    beforeAll(async () => {
      browser = await browserFor(owner, 'en');
    });

    it('shows the API’s sentences next to the fields and keeps every value', async () => {
      const res = await browser.submit('/espace/offres/nouvelle', {
        ...OFFER_FORM,
        'dates.opensOn': '2026-05-01',
        'dates.deadline': '2026-04-01',
        'funding.minMinor': '20000000',
      });
      expect(res.status).toBe(400);
      expect(fieldError(res.body, 'dates.deadline')).toBe(
        'The deadline must be on or after the opening date.',
      );
      expect(fieldError(res.body, 'funding.minMinor')).toBe(
        'The minimum amount must not exceed the maximum amount.',
      );
      expect(res.body).toContain('href="#f-dates-deadline"');
      expect(res.body).toContain('href="#f-funding-minMinor"');
      // Every value as entered: texts, lists, checkboxes, selects, amounts.
      expect(res.body).toContain(`value="${AR_TITLE}"`);
      expect(res.body).toContain('value="2026-04-01"');
      expect(res.body).toContain('value="20000000"');
      expect(res.body).toContain('value="15000000"');
      expect(res.body).toMatch(/value="agriculture_agrifood" checked>/);
      expect(res.body).toMatch(/value="wo" checked>/);
      expect(res.body).toMatch(/<option value="BE" selected>/);
      expect(res.body).toMatch(
        /id="f-eligibility-diasporaOnly" name="eligibility.diasporaOnly" value="on" checked/,
      );
      expect(res.body).toContain('value="diaspora, amorçage, diaspora"');
      const list = await api('GET', `/api/v1/organisations/${organisationId}/offers`, owner);
      expect(list.json().total).toBe(0);
    });

    it('shows the same rules in French, and the one-language rule on the texts', async () => {
      const fr = await browserFor(owner);
      const res = await fr.submit('/espace/offres/nouvelle', {
        ...OFFER_FORM,
        'translations.fr.description': 'Trop court.',
        'translations.ar.description': '',
        'eligibility.ageMin': '50',
        'dates.deadline': '2026-01-01',
      });
      expect(res.status).toBe(400);
      expect(fieldError(res.body, 'translations')).toContain(
        'Au moins une langue doit avoir un titre',
      );
      expect(fieldError(res.body, 'eligibility.ageMax')).toBe(
        'L’âge maximum ne doit pas être inférieur à l’âge minimum.',
      );
      expect(fieldError(res.body, 'dates.deadline')).toBe(
        'La date limite doit être le jour de l’ouverture ou après.',
      );
      expect(res.body).toContain('Trop court.</textarea>');
    });

    it('creates the draft once corrected, with the JSON shape of the API', async () => {
      const res = await browser.submit('/espace/offres/nouvelle', OFFER_FORM);
      expect(res.status).toBe(303);
      expect(res.location).toMatch(/^\/espace\/offres\/[0-9a-f-]{36}$/);
      offerId = res.location!.split('/').pop()!;
      const offer = await getOffer(offerId);
      expect(offer.state).toBe('draft');
      expect(offer.content).toMatchObject({
        translations: {
          fr: { title: 'Bourse d’amorçage Diaspora Sénégal' },
          ar: { title: AR_TITLE },
        },
        categoryCode: 'grant',
        sectorCodes: ['agriculture_agrifood', 'digital_tech'],
        stageCodes: ['idea', 'creation'],
        eligibility: {
          residenceCountries: ['FR', 'BE'],
          targetCountries: ['SN'],
          diasporaOnly: true,
          genderFocus: 'women',
          ageMin: 18,
          ageMax: 40,
          otherConditions: { fr: 'Avoir un projet au Sénégal.' },
        },
        deliveryLanguages: ['fr', 'wo'],
        format: 'hybrid',
        location: { city: 'Dakar', countryCode: 'SN' },
        cost: { type: 'free' },
        funding: { minMinor: 1_000_000, maxMinor: 15_000_000, currency: 'XOF' },
        dates: { opensOn: '2026-01-15', deadline: '2099-03-31', rolling: false },
        apply: { url: 'https://example.org/postuler' },
        contact: { name: 'Équipe programme', email: 'programme@example.org' },
        tags: ['diaspora', 'amorçage'],
      });
      expect(offer.content.translations.en).toBeUndefined();
      const page = await browser.get(res.location!);
      expect(visibleText(page.body)).toContain('Draft saved.');
      expect(page.body).toContain(`value="${AR_TITLE}"`);
      expect(page.body).toContain('value="1000000"');
    });

    it('submits for review from the form', async () => {
      await browser.get(`/espace/offres/${offerId}`);
      const res = await browser.post(`/espace/offres/${offerId}`, {
        ...OFFER_FORM,
        expectedVersion: (await getOffer(offerId)).version,
        action: 'submit',
      });
      expect(res.status).toBe(303);
      expect((await getOffer(offerId)).state).toBe('submitted');
      const page = await browser.get(`/espace/offres/${offerId}`);
      expect(visibleText(page.body)).toContain('Offer submitted for review.');
      expect(visibleText(page.body)).toContain('In review');
      // Nothing to save while it is reviewed.
      expect(page.body).toContain('<fieldset class="editor-fieldset" disabled>');
      expect(page.body).not.toContain('name="action" value="save"');
    });

    it('shows the moderator’s comment after changes are requested through the API', async () => {
      const decided = await api('POST', `/api/v1/admin/offers/${offerId}/decision`, admin, {
        decision: 'request_changes',
        reason: 'Précisez les pièces justificatives demandées.',
      });
      expect(decided.statusCode).toBe(200);
      const page = await browser.get(`/espace/offres/${offerId}`);
      const text = visibleText(page.body);
      expect(text).toContain('Changes requested');
      expect(text).toContain('Moderator comments');
      expect(text).toContain('Précisez les pièces justificatives demandées.');
      expect(page.body).toContain('name="action" value="submit"');
      // The history says who did what, with the reason.
      expect(text).toContain('Submitted for review');
      expect(text).toContain('Passerelle moderation');
    });

    it('keeps the values and explains a 409 when someone else changed the offer', async () => {
      const page = await browser.get(`/espace/offres/${offerId}`);
      const version = /name="expectedVersion" value="(\d+)"/.exec(page.body)![1];
      const { content } = await getOffer(offerId);
      const other = await api('PATCH', offerApi(offerId), owner, { ...content, tags: ['autre'] });
      expect(other.statusCode).toBe(200);
      const res = await browser.post(`/espace/offres/${offerId}`, {
        ...OFFER_FORM,
        'translations.fr.title': 'Mon titre à moi',
        expectedVersion: version,
      });
      expect(res.status).toBe(409);
      expect(visibleText(res.body)).toContain(
        'Someone changed this offer since you loaded it: reload it and apply your change again.',
      );
      expect(res.body).toContain('value="Mon titre à moi"');
      expect((await getOffer(offerId)).content.tags).toEqual(['autre']);
    });
  });

  describe('a published offer', () => {
    let browser: BrowserSession;
    let offerId: string;

    beforeAll(async () => {
      browser = await browserFor(owner);
      offerId = await apiPublished();
    });

    it('re-confirms it unchanged, which updates the last-verified date', async () => {
      await db.query(
        `UPDATE offers SET last_verified_at = now() - interval '8 months' WHERE id = $1`,
        [offerId],
      );
      const before = new Date((await getOffer(offerId)).lastVerifiedAt).getTime();
      const page = await browser.get(`/espace/offres/${offerId}`);
      expect(visibleText(page.body)).toContain('Confirmer : toujours exacte');
      expect(page.body).not.toContain(`/espace/offres/${offerId}/rouvrir`);
      const res = await browser.post(`/espace/offres/${offerId}/reconfirmer`);
      expect(res.status).toBe(303);
      const after = new Date((await getOffer(offerId)).lastVerifiedAt).getTime();
      expect(after).toBeGreaterThan(before + 30 * 86_400_000);
      expect(visibleText((await browser.get(res.location!)).body)).toContain(
        'La date de dernière vérification est mise à jour.',
      );
    });

    it('sends an edit for review while the published version stays, and withdraws it', async () => {
      await browser.get(`/espace/offres/${offerId}`);
      const { content, version } = await getOffer(offerId);
      const res = await browser.post(`/espace/offres/${offerId}`, {
        ...OFFER_FORM,
        'translations.fr.title': 'Bourse d’amorçage — édition 2027',
        expectedVersion: version,
      });
      expect(res.status).toBe(303);
      const offer = await getOffer(offerId);
      expect(offer.state).toBe('published');
      expect(offer.content.translations.fr.title).toBe(content.translations.fr.title);
      expect(offer.pendingRevision.content.translations.fr.title).toBe(
        'Bourse d’amorçage — édition 2027',
      );
      const page = await browser.get(`/espace/offres/${offerId}`);
      expect(visibleText(page.body)).toContain('La version publiée reste en ligne');
      // The form shows the pending change.
      expect(page.body).toContain('value="Bourse d’amorçage — édition 2027"');
      const withdraw = await browser.post(`/espace/offres/${offerId}/revision/retirer`);
      expect(withdraw.status).toBe(303);
      expect((await getOffer(offerId)).pendingRevision).toBeNull();
    });

    it('archives it, then reopens it as a draft', async () => {
      await browser.get(`/espace/offres/${offerId}`);
      expect((await browser.post(`/espace/offres/${offerId}/archiver`)).status).toBe(303);
      expect((await getOffer(offerId)).state).toBe('archived');
      const page = await browser.get(`/espace/offres/${offerId}`);
      expect(page.body).not.toContain(`/espace/offres/${offerId}/archiver`);
      expect(page.body).not.toContain(`/espace/offres/${offerId}/reconfirmer`);
      expect((await browser.post(`/espace/offres/${offerId}/rouvrir`)).status).toBe(303);
      expect((await getOffer(offerId)).state).toBe('draft');
      const list = await browser.get(`/espace/offres?state=draft`);
      expect(list.body).toContain(`href="/espace/offres/${offerId}"`);
      const published = await browser.get(`/espace/offres?state=published`);
      expect(published.body).not.toContain(`href="/espace/offres/${offerId}"`);
    });

    it('answers an action the state no longer allows with the 409 sentence', async () => {
      await browser.get(`/espace/offres/${offerId}`);
      const res = await browser.post(`/espace/offres/${offerId}/archiver`);
      expect(res.status).toBe(409);
      expect(visibleText(res.body)).toContain('Cette action n’est pas possible');
    });
  });

  it('pages through a long list of offers', async () => {
    const { owner: busy, organisationId: busyOrg } = await newOrganisationOwner(t, 'Très active');
    for (let i = 0; i < 21; i++) {
      const res = await api(
        'POST',
        `/api/v1/organisations/${busyOrg}/offers`,
        busy,
        offerContent(),
      );
      expect(res.statusCode).toBe(201);
    }
    const browser = await browserFor(busy);
    const first = await browser.get('/espace/offres?state=draft');
    expect(visibleText(first.body)).toContain('21 offres');
    expect(visibleText(first.body)).toContain('Page 1 sur 2');
    expect(first.body).toContain(
      `href="/espace/offres?organisation=${busyOrg}&amp;state=draft&amp;page=2" rel="next"`,
    );
    const second = await browser.get(`/espace/offres?organisation=${busyOrg}&state=draft&page=2`);
    expect(second.status).toBe(200);
    expect(second.body.match(/<tr>\s*<th scope="row"><a href="\/espace\/offres\//g)?.length).toBe(
      1,
    );
  });

  it('answers 404 for another organisation’s offer, and never shows it', async () => {
    const { owner: other, organisationId: otherOrg } = await newOrganisationOwner(t, 'Autre');
    const res = await api(
      'POST',
      `/api/v1/organisations/${otherOrg}/offers`,
      other,
      offerContent({
        translations: {
          fr: {
            title: 'Offre confidentielle de l’autre organisation',
            summary: 'Un résumé qui ne doit pas apparaître ailleurs.',
            description:
              'Une description suffisamment longue pour que l’offre soit valide et enregistrée.',
          },
        },
      }),
    );
    const theirs = res.json().id as string;
    const browser = await browserFor(owner);
    const page = await browser.get(`/espace/offres/${theirs}`);
    expect(page.status).toBe(404);
    expect(visibleText(page.body)).not.toContain('Offre confidentielle');
    for (const action of ['', '/archiver', '/reconfirmer', '/rouvrir', '/revision/retirer']) {
      await browser.get('/espace/offres');
      const post = await browser.post(`/espace/offres/${theirs}${action}`, OFFER_FORM);
      expect([action, post.status]).toEqual([action, 404]);
    }
    expect(
      (await api('GET', `/api/v1/organisations/${otherOrg}/offers/${theirs}`, other)).json().state,
    ).toBe('draft');
    // A malformed id names no page either: the same 404 page, never an API problem.
    for (const path of ['/espace/offres/pas-un-id', '/espace/offres/pas-un-id?historique=2']) {
      const malformed = await browser.get(path);
      expect(malformed.status).toBe(404);
      expect(malformed.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(visibleText(malformed.body)).toContain('Page introuvable');
      expect(malformed.body).not.toContain('must be a UUID');
    }
    await browser.get('/espace/offres');
    expect((await browser.post('/espace/offres/pas-un-id/archiver')).status).toBe(404);
  });

  describe('creating with "submit" when the submission is refused', () => {
    let other: TestAccount;
    let otherOrg: string;

    beforeAll(async () => {
      ({ owner: other, organisationId: otherOrg } = await newVerifiedOrganisation(
        t,
        admin,
        'Soumissions refusées',
      ));
    });
    const offersOf = async () =>
      (await api('GET', `/api/v1/organisations/${otherOrg}/offers`, other)).json().items as Array<{
        id: string;
        state: string;
      }>;

    it('keeps the draft and says why on its page when the state moved meanwhile (409)', async () => {
      // Someone else's change wins the race: the submission's update finds no row to change.
      await db.query(`CREATE FUNCTION test_skip_submission() RETURNS trigger LANGUAGE plpgsql
        AS $$ BEGIN RETURN NULL; END $$`);
      await db.query(`CREATE TRIGGER test_skip_submission BEFORE UPDATE ON offers FOR EACH ROW
        WHEN (NEW.state = 'submitted' AND NEW.organisation_id = '${otherOrg}')
        EXECUTE FUNCTION test_skip_submission()`);
      try {
        const browser = await browserFor(other);
        const res = await browser.submit('/espace/offres/nouvelle', {
          ...OFFER_FORM,
          action: 'submit',
        });
        expect(res.status).toBe(303);
        const [draft] = await offersOf();
        expect(draft.state).toBe('draft');
        expect(res.location).toBe(`/espace/offres/${draft.id}`);
        const page = await browser.get(res.location!);
        expect(page.status).toBe(200);
        expect(visibleText(page.body)).toContain(
          'Brouillon enregistré, mais pas soumis pour relecture : son état a changé entre-temps.',
        );
        expect(page.body).toContain('name="action" value="submit"');
      } finally {
        await db.query(`DROP TRIGGER test_skip_submission ON offers`);
        await db.query(`DROP FUNCTION test_skip_submission()`);
      }
    });

    it('keeps the draft and says why on its page when its content is refused (400)', async () => {
      const earlier = new Set((await offersOf()).map((o) => o.id));
      // What is stored breaks a rule the submission checks again (ages the wrong way round).
      await db.query(`CREATE FUNCTION test_bad_ages() RETURNS trigger LANGUAGE plpgsql
        AS $$ BEGIN
          NEW.content := jsonb_set(NEW.content, '{eligibility,ageMin}', '60');
          RETURN NEW;
        END $$`);
      await db.query(`CREATE TRIGGER test_bad_ages BEFORE INSERT ON offers FOR EACH ROW
        WHEN (NEW.organisation_id = '${otherOrg}') EXECUTE FUNCTION test_bad_ages()`);
      try {
        const browser = await browserFor(other, 'en');
        const res = await browser.submit('/espace/offres/nouvelle', {
          ...OFFER_FORM,
          action: 'submit',
        });
        expect(res.status).toBe(303);
        const [draft] = (await offersOf()).filter((o) => !earlier.has(o.id));
        expect(draft.state).toBe('draft');
        expect(res.location).toBe(`/espace/offres/${draft.id}`);
        const page = await browser.get(res.location!);
        expect(page.status).toBe(200);
        expect(visibleText(page.body)).toContain(
          'Draft saved, but not submitted for review: some information is not accepted.',
        );
        // Submitting again from the page shows what to correct, next to the field.
        const again = await browser.post(res.location!, {
          ...OFFER_FORM,
          'eligibility.ageMin': '60',
          expectedVersion: /name="expectedVersion" value="(\d+)"/.exec(page.body)![1],
          action: 'submit',
        });
        expect(again.status).toBe(400);
        expect(fieldError(again.body, 'eligibility.ageMax')).toBe(
          'The maximum age must not be below the minimum age.',
        );
      } finally {
        await db.query(`DROP TRIGGER test_bad_ages ON offers`);
        await db.query(`DROP FUNCTION test_bad_ages()`);
      }
    });
  });

  it('escapes an offer title containing markup', async () => {
    const browser = await browserFor(owner);
    const res = await browser.submit('/espace/offres/nouvelle', {
      ...OFFER_FORM,
      'translations.fr.title': '<script>alert(1)</script> Bourse',
    });
    expect(res.status).toBe(303);
    const page = await browser.get(res.location!);
    expect(page.body).not.toContain('<script>alert(1)</script>');
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Bourse');
    const list = await browser.get('/espace/offres');
    expect(list.body).not.toContain('<script>alert(1)</script>');
  });

  it('refuses an editor post without a CSRF token (403)', async () => {
    const id = await apiDraft();
    const browser = await browserFor(owner);
    await browser.get(`/espace/offres/${id}`);
    const res = await browser.post(`/espace/offres/${id}`, { ...OFFER_FORM, _csrf: '' });
    expect(res.status).toBe(403);
    expect((await getOffer(id)).content.translations.ar).toBeUndefined();
  });
});
