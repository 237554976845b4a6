import { DataSource } from 'typeorm';
import { BrowserSession, visibleText } from '../../support/browser-session';
import {
  GOOD_PASSWORD,
  newAdmin,
  newOrganisationOwner,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../../support/factories';
import { createTestApp, type TestApp } from '../../support/test-app';

type Json = Record<string, unknown>;

/** Issue 15.3 and 15.4: the offer editor's preview, and moderation at scale. */
describe('portal: faster offer editor and moderation at scale', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;
  let unverified: { owner: TestAccount; organisationId: string };
  let adminPages: BrowserSession;
  let ownerPages: BrowserSession;

  const create = async (title: string, by = owner, orgId = organisationId, extra: Json = {}) => {
    const content = offerContent({
      translations: {
        fr: {
          title,
          summary: 'Un accompagnement de six mois pour lancer votre entreprise au Sénégal.',
          description:
            'Le programme finance les premiers mois de votre projet : étude de marché et prototype.',
        },
      },
      ...extra,
    });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${orgId}/offers`,
      headers: by.auth(),
      payload: content,
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; slug: string };
  };
  const submit = async (id: string, by = owner, orgId = organisationId) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${orgId}/offers/${id}/submit`,
      headers: by.auth(),
    });
    expect(res.statusCode).toBe(200);
  };
  const auditActions = async (offerId: string): Promise<string[]> =>
    (
      await db.query(
        `SELECT action FROM catalogue_audit_events WHERE offer_id = $1 AND actor_role = 'admin' ORDER BY id`,
        [offerId],
      )
    ).map((r: { action: string }) => r.action);

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Incubateur Teranga'));
    unverified = await newOrganisationOwner(t, 'Coopérative Sahel Nouvelle');
    adminPages = await new BrowserSession(t).signIn(admin.email, GOOD_PASSWORD);
    await adminPages.get('/admin/offres?lang=fr');
    ownerPages = await new BrowserSession(t).signIn(owner.email, GOOD_PASSWORD);
  });
  afterAll(() => t.close());

  describe('bulk moderation', () => {
    it('publishes the ticked offers one by one, each audited, and reports the refused one with why', async () => {
      const first = await create('Bourse Teranga numérique');
      const second = await create('Prêt Teranga artisans');
      const blocked = await create(
        'Atelier Sahel export',
        unverified.owner,
        unverified.organisationId,
      );
      for (const o of [first, second]) await submit(o.id);
      await submit(blocked.id, unverified.owner, unverified.organisationId);

      const queue = await adminPages.get('/admin/offres?pageSize=100');
      expect(queue.status).toBe(200);
      expect(queue.body).toContain(`name="offerIds" value="${first.id}"`);
      expect(queue.body).toContain('data-select-all="offerIds"');
      const res = await adminPages.post('/admin/offres/lot', {
        offerIds: [first.id, blocked.id, second.id],
        decision: 'publish',
      });
      expect(res.status).toBe(200);
      const text = visibleText(res.body);
      expect(text).toContain('2 offres publiées.');
      expect(text).toContain('1 offre n’a pas pu être traitée.');
      const refused = visibleText(/<ul id="refused-list">([\s\S]*?)<\/ul>/.exec(res.body)![1]);
      expect(refused).toContain('Atelier Sahel export');
      expect(refused).toContain('l’organisation n’est pas encore vérifiée');
      expect(res.body).toContain(`href="/admin/organisations/${unverified.organisationId}"`);
      const decided = visibleText(/<ul id="decided-list">([\s\S]*?)<\/ul>/.exec(res.body)![1]);
      expect(decided).toContain('Bourse Teranga numérique');
      expect(decided).toContain('Prêt Teranga artisans');
      expect(decided).not.toContain('Atelier Sahel');

      expect(await auditActions(first.id)).toEqual(['offer.published']);
      expect(await auditActions(second.id)).toEqual(['offer.published']);
      expect(await auditActions(blocked.id)).toEqual([]);

      // Again: both are published now, so the state forbids it and each says so.
      const again = await adminPages.post('/admin/offres/lot', {
        offerIds: [first.id],
        decision: 'reject',
        reason: 'Doublon.',
      });
      expect(visibleText(again.body)).toContain('plus rien à décider, état actuel « Publiée »');
      expect(await auditActions(first.id)).toEqual(['offer.published']);
    });

    it('asks for offers and, to request changes or reject, for a comment (400, nothing decided)', async () => {
      const offer = await create('Fonds Teranga rural');
      await submit(offer.id);
      await adminPages.get('/admin/offres');
      const none = await adminPages.post('/admin/offres/lot', { decision: 'publish' });
      expect(none.status).toBe(400);
      expect(visibleText(none.body)).toContain('Cochez au moins une offre.');
      const noReason = await adminPages.post('/admin/offres/lot', {
        offerIds: [offer.id],
        decision: 'request_changes',
      });
      expect(noReason.status).toBe(400);
      expect(noReason.body).toContain('href="#f-reason"');
      expect(noReason.body).toMatch(
        new RegExp(`value="${offer.id}" id="pick-${offer.id}" checked`),
      );
      const forged = await adminPages.post('/admin/offres/lot', {
        offerIds: ['pas-un-id'],
        decision: 'publish',
      });
      expect(forged.status).toBe(200);
      expect(visibleText(forged.body)).toContain('offre introuvable');
      expect(await auditActions(offer.id)).toEqual([]);
    });

    it('filters the queue by organisation name among those with offers waiting', async () => {
      const offer = await create(
        'Incubation Sahel verte',
        unverified.owner,
        unverified.organisationId,
      );
      await submit(offer.id, unverified.owner, unverified.organisationId);
      const queue = await adminPages.get('/admin/offres');
      expect(queue.body).toContain('data-combobox');
      expect(queue.body).toMatch(
        new RegExp(
          `<option value="${unverified.organisationId}">Coopérative Sahel Nouvelle \\(\\d+ à relire\\)</option>`,
        ),
      );
      const filtered = await adminPages.get(
        `/admin/offres?organisationId=${unverified.organisationId}`,
      );
      expect(filtered.status).toBe(200);
      expect(filtered.body).toContain(`/admin/offres/${offer.id}`);
      expect(filtered.body).not.toContain('Fonds Teranga rural');
    });
  });

  describe('review page', () => {
    it('explains the quality score line by line', async () => {
      const offer = await create('Mentorat Teranga femmes', owner, organisationId, {
        tags: [],
        dates: { opensOn: null, deadline: '2099-12-31', rolling: false },
      });
      await submit(offer.id);
      const page = await adminPages.get(`/admin/offres/${offer.id}`);
      const lines = visibleText(
        /<ul class="quality-lines"[^>]*>([\s\S]*?)<\/section>/.exec(page.body)![1],
      );
      expect(lines).toContain('Organisation vérifiée : 30 / 30');
      expect(lines).toContain('Description d’au moins 300 caractères : 0 / 1,9');
      expect(lines).toContain('Mots-clés : 0 / 1,9');
      expect(lines).toContain('Page de candidature : 1,9 / 1,9');
      expect(lines).toContain('Date limite non dépassée (ou ouverte toute l’année) : 10 / 10');
      expect(lines).toContain('Consultations (tous les points à 1 000 vues) : 0 / 10');
      expect(lines).toMatch(/Total : \d+ \/ 100/);
    });

    it('does not offer what cannot succeed, and says why', async () => {
      const offer = await create(
        'Atelier Sahel douane',
        unverified.owner,
        unverified.organisationId,
      );
      await submit(offer.id, unverified.owner, unverified.organisationId);
      const page = await adminPages.get(`/admin/offres/${offer.id}`);
      expect(page.body).not.toContain('name="decision" value="publish"');
      expect(page.body).toContain('name="decision" value="request_changes"');
      expect(page.body).toContain('name="decision" value="reject"');
      const blocked = visibleText(
        /<p class="notice" id="blocked-publish">([\s\S]*?)<\/p>/.exec(page.body)![1],
      );
      expect(blocked).toContain(
        'Publication impossible : l’organisation n’est pas encore vérifiée.',
      );
      expect(page.body).toContain(
        `<a href="/admin/organisations/${unverified.organisationId}">Vérifier l’organisation</a>`,
      );

      const draft = await create('Brouillon Teranga');
      const draftPage = await adminPages.get(`/admin/offres/${draft.id}`);
      expect(draftPage.body).not.toContain('/decision"');
      expect(draftPage.body).not.toContain('/archiver"');
      expect(visibleText(draftPage.body)).toContain(
        'Rien à décider : l’organisation n’a pas encore soumis ce brouillon.',
      );
    });
  });

  describe('editor', () => {
    it('renders stacked language fieldsets and native pickers the scripts enhance', async () => {
      const page = await ownerPages.get(`/espace/offres/nouvelle?organisation=${organisationId}`);
      expect(page.status).toBe(200);
      expect(page.body).toContain('data-language-tabs');
      expect(page.body.match(/<fieldset class="language-version"/g)).toHaveLength(4);
      expect(page.body).toMatch(
        /<select id="f-eligibility-targetCountries" name="eligibility.targetCountries" multiple[^>]* data-combobox /,
      );
      expect(page.body).toMatch(/<fieldset id="f-sectorCodes"[^>]* data-combobox /);
      expect(page.body).toContain('0 champ rempli sur 4');
      expect(page.body).toContain('name="action" value="preview"');
      expect(page.body).toContain('data-unsaved-warning=');
    });

    it('saves and shows the draft with the public template, to its organisation only', async () => {
      await ownerPages.get(`/espace/offres/nouvelle?organisation=${organisationId}`);
      const saved = await ownerPages.post('/espace/offres/nouvelle', {
        organisationId,
        'translations.fr.title': 'Bourse Teranga aperçu',
        'translations.fr.summary': 'Une subvention pour démarrer votre entreprise au Sénégal.',
        'translations.fr.description':
          'Ce programme finance les premiers mois de votre projet : étude de marché, prototype.',
        categoryCode: 'grant',
        'eligibility.targetCountries': ['SN'],
        'eligibility.genderFocus': 'any',
        format: 'online',
        'cost.type': 'free',
        'apply.url': 'https://example.org/postuler',
        'dates.rolling': 'on',
        action: 'preview',
      });
      expect(saved.status === 303 ? '' : visibleText(saved.body).slice(0, 600)).toBe('');
      expect(saved.status).toBe(303);
      const id = /^\/espace\/offres\/([0-9a-f-]{36})\/apercu$/.exec(saved.location ?? '')?.[1];
      expect(id).toBeDefined();

      const preview = await ownerPages.get(saved.location!);
      expect(preview.status).toBe(200);
      expect(preview.body).toContain('<meta name="robots" content="noindex">');
      expect(preview.body).not.toContain('rel="canonical"');
      expect(preview.body).toContain('<article class="offer"');
      const banner = visibleText(
        /<div class="preview-banner"[\s\S]*?<\/div>/.exec(preview.body)![0],
      );
      expect(banner).toContain('Aperçu : cette page n’est pas publiée.');
      expect(preview.body).toContain(`href="/espace/offres/${id}"`);
      const text = visibleText(preview.body);
      expect(text).toContain('Bourse Teranga aperçu');
      expect(text).toContain('Sénégal');
      expect(text).toContain('Offre enregistrée. Voici son aperçu.');

      // Not public yet, and not for another organisation, an admin's page session or a visitor.
      const slug = (await db.query(`SELECT slug FROM offers WHERE id = $1`, [id]))[0].slug;
      expect((await new BrowserSession(t).get(`/offres/${slug}`)).status).toBe(404);
      const stranger = await new BrowserSession(t).signIn(unverified.owner.email, GOOD_PASSWORD);
      expect((await stranger.get(`/espace/offres/${id}/apercu`)).status).toBe(404);
      expect((await adminPages.get(`/espace/offres/${id}/apercu`)).status).toBe(403);
      const visitor = await new BrowserSession(t).get(`/espace/offres/${id}/apercu`);
      expect(visitor.status).toBe(303);
      expect(visitor.location).toContain('/connexion');

      // In Arabic too (the preview's sentences exist in the four languages).
      const ar = await ownerPages.get(`/espace/offres/${id}/apercu?lang=ar`);
      expect(ar.body).toContain('<html lang="ar" dir="rtl">');
      expect(visibleText(ar.body)).toContain('معاينة: هذه الصفحة غير منشورة.');
      await ownerPages.get(`/espace/offres/${id}/apercu?lang=fr`);
    });
  });
});
