import { DataSource } from 'typeorm';
import { BrowserSession, visibleText } from '../../support/browser-session';
import {
  GOOD_PASSWORD,
  newAccount,
  newAdmin,
  newOrganisationOwner,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../../support/factories';
import { createTestApp, type TestApp } from '../../support/test-app';

const SCRIPT = '<script>alert(1)</script>';
const ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;';

type Json = Record<string, unknown>;

/** An offer whose French texts are these (complete enough to be submitted). */
function offerTitled(title: string, description?: string): Json {
  return offerContent({
    translations: {
      fr: {
        title,
        summary: 'Un accompagnement de six mois pour lancer votre entreprise au Sénégal.',
        description:
          description ??
          'Le programme finance les premiers mois de votre projet : étude de marché, prototype et premières embauches.',
      },
    },
  });
}

describe('portal back office: review queue and offer review', () => {
  let t: TestApp;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;
  let browser: BrowserSession;

  const api = (
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    who?: TestAccount,
    payload?: object,
  ) => t.app.inject({ method, url, headers: who ? who.auth() : {}, payload });
  const offers = () => `/api/v1/organisations/${organisationId}/offers`;
  const create = async (content: Json, by = owner, orgId = organisationId) => {
    const res = await api('POST', `/api/v1/organisations/${orgId}/offers`, by, content);
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; slug: string };
  };
  const submit = async (id: string, by = owner, orgId = organisationId) => {
    const res = await api('POST', `/api/v1/organisations/${orgId}/offers/${id}/submit`, by);
    expect(res.statusCode).toBe(200);
  };
  const publishByApi = async (id: string) => {
    const res = await api('POST', `/api/v1/admin/offers/${id}/decision`, admin, {
      decision: 'publish',
    });
    expect(res.statusCode).toBe(200);
  };
  const stateOf = async (id: string) =>
    (await api('GET', `${offers()}/${id}`, owner)).json() as {
      state: string;
      moderationComment: string | null;
      pendingRevision: { state: string } | null;
    };
  const fieldError = (html: string, id: string) =>
    visibleText(
      new RegExp(`<p class="error-message" id="${id}-error">([\\s\\S]*?)</p>`).exec(html)?.[1] ??
        '',
    );

  beforeAll(async () => {
    t = await createTestApp();
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Kora Incubation'));
    browser = await new BrowserSession(t).signIn(admin.email, GOOD_PASSWORD);
    await browser.get('/admin/offres?lang=fr');
  });
  afterAll(() => t.close());

  it('lists submitted offers oldest first, with their organisation and filters like the API', async () => {
    const older = await create(offerTitled('Programme Tremplin Casamance'));
    const newer = await create(offerTitled('Fonds Horizon Thiès pour les artisans'));
    await submit(older.id);
    await submit(newer.id);

    const res = await browser.get('/admin/offres?pageSize=100');
    expect(res.status).toBe(200);
    const olderAt = res.body.indexOf(`href="/admin/offres/${older.id}"`);
    const newerAt = res.body.indexOf(`href="/admin/offres/${newer.id}"`);
    expect(olderAt).toBeGreaterThan(0);
    expect(newerAt).toBeGreaterThan(olderAt);
    const text = visibleText(res.body);
    expect(text).toContain('Programme Tremplin Casamance');
    expect(text).toContain('Kora Incubation');
    expect(text).toContain('Nouvelle offre');

    const filtered = await browser.get(
      `/admin/offres?kind=new&category=grant&country=sn&organisationId=${organisationId}&minAgeHours=0`,
    );
    expect(filtered.status).toBe(200);
    expect(filtered.body).toContain(`/admin/offres/${older.id}`);
    expect(filtered.body).toContain('<option value="SN" selected>');
    const revisions = await browser.get('/admin/offres?kind=revision');
    expect(revisions.body).not.toContain(`/admin/offres/${older.id}"`);
    const old = await browser.get('/admin/offres?minAgeHours=24');
    expect(old.body).not.toContain(`/admin/offres/${older.id}"`);

    const bad = await browser.get('/admin/offres?country=XYZ&organisationId=nope&kind=other');
    expect(bad.status).toBe(400);
    expect(fieldError(bad.body, 'f-organisationId')).toBe(
      'Saisissez un identifiant complet (36 caractères).',
    );
    expect(fieldError(bad.body, 'f-kind')).toBe('Choisissez une valeur de la liste.');
    expect(bad.body).toContain('href="#f-country"');

    const page2 = await browser.get('/admin/offres?pageSize=1');
    expect(page2.body).toContain('rel="next"');
  });

  it('publishes a submitted offer through its review page', async () => {
    const offer = await create(offerTitled('Prêt d’honneur Diaspora Dakar'));
    await submit(offer.id);
    const page = await browser.get(`/admin/offres/${offer.id}`);
    expect(page.status).toBe(200);
    const text = visibleText(page.body);
    expect(text).toContain('Contenu soumis');
    expect(text).toContain('Titre (français)');
    expect(text).toContain('Prêt d’honneur Diaspora Dakar');
    expect(text).toContain('Kora Incubation');
    expect(text).toContain('Vérifiée');
    expect(text).toContain('Sénégal');
    expect(page.body).toContain('name="decision" value="publish"');
    expect(page.body).toContain('<meta name="robots" content="noindex">');

    expect((await api('GET', `/api/v1/offers/${offer.id}`)).statusCode).toBe(404);
    const res = await browser.post(`/admin/offres/${offer.id}/decision`, {
      decision: 'publish',
      reason: '',
    });
    expect(res.status).toBe(303);
    expect(res.location).toBe('/admin/offres');
    const live = await api('GET', `/api/v1/offers/${offer.id}`);
    expect(live.statusCode).toBe(200);
    expect(live.json().state).toBe('published');
    const queue = await browser.get('/admin/offres');
    expect(visibleText(queue.body)).toContain('Décision enregistrée : publiée.');
    expect(queue.body).not.toContain(`/admin/offres/${offer.id}"`);

    // A second decision on the same offer (another admin was quicker): 409, shown clearly.
    const again = await browser.post(`/admin/offres/${offer.id}/decision`, {
      decision: 'reject',
      reason: 'Doublon',
    });
    expect(again.status).toBe(409);
    expect(visibleText(again.body)).toContain(
      'Cette offre a déjà été traitée : état actuel « Publiée ». Votre décision n’a pas été enregistrée.',
    );
  });

  it('needs a comment to request changes and a reason to reject', async () => {
    const offer = await create(offerTitled('Mentorat Retour au pays Bamako'));
    await submit(offer.id);
    const noComment = await browser.submit(
      `/admin/offres/${offer.id}`,
      { decision: 'request_changes', reason: '   ' },
      `/admin/offres/${offer.id}/decision`,
    );
    expect(noComment.status).toBe(400);
    expect(fieldError(noComment.body, 'f-reason')).toBe(
      'Donnez un commentaire : l’organisation le lira.',
    );
    expect(noComment.body).toContain('href="#f-reason"');
    const noReason = await browser.post(`/admin/offres/${offer.id}/decision`, {
      decision: 'reject',
    });
    expect(noReason.status).toBe(400);
    expect(fieldError(noReason.body, 'f-reason')).toBe(
      'Donnez un commentaire : l’organisation le lira.',
    );
    const unknown = await browser.post(`/admin/offres/${offer.id}/decision`, {
      decision: 'delete',
    });
    expect(unknown.status).toBe(400);
    expect((await stateOf(offer.id)).state).toBe('submitted');

    const changes = await browser.post(`/admin/offres/${offer.id}/decision`, {
      decision: 'request_changes',
      reason: 'Ajoutez la date limite en anglais aussi.',
    });
    expect(changes.status).toBe(303);
    const after = await stateOf(offer.id);
    expect(after.state).toBe('changes_requested');
    expect(after.moderationComment).toBe('Ajoutez la date limite en anglais aussi.');
    const page = await browser.get(`/admin/offres/${offer.id}`);
    expect(visibleText(page.body)).toContain('Rien n’attend de décision');
    expect(page.body).not.toContain('/decision"');
  });

  it('refuses to publish an offer of an organisation that is not verified, saying why', async () => {
    const other = await newOrganisationOwner(t, 'Pas encore vérifiée');
    const offer = await create(
      offerTitled('Atelier export Abidjan'),
      other.owner,
      other.organisationId,
    );
    await submit(offer.id, other.owner, other.organisationId);
    const page = await browser.get(`/admin/offres/${offer.id}`);
    // Publishing is not offered but explained (issue 15.4); a forged POST is still refused.
    expect(visibleText(page.body)).toContain(
      'Publication impossible : l’organisation n’est pas encore vérifiée.',
    );
    expect(page.body).not.toContain('name="decision" value="publish"');
    const res = await browser.post(`/admin/offres/${offer.id}/decision`, { decision: 'publish' });
    expect(res.status).toBe(409);
    expect(visibleText(res.body)).toContain(
      'Seules les offres d’organisations vérifiées peuvent être publiées',
    );
    expect(res.body).toContain(`href="/admin/organisations/${other.organisationId}"`);
  });

  it('shows a revision of a published offer beside the live version, changed fields and words marked', async () => {
    const content = offerTitled(
      'Bourse Jeunes Pousses Saint-Louis',
      'Le programme finance six mois de votre projet au Sénégal, avec un mentor dédié et des ateliers collectifs.',
    );
    const offer = await create(content);
    await submit(offer.id);
    await publishByApi(offer.id);
    const revised = offerTitled(
      'Bourse Jeunes Pousses Saint-Louis',
      'Le programme finance douze mois de votre projet au Sénégal, avec un mentor dédié et des ateliers collectifs.',
    );
    (revised.dates as Json).deadline = '2099-06-30';
    const patched = await api('PATCH', `${offers()}/${offer.id}`, owner, revised);
    expect(patched.statusCode).toBe(200);
    expect(patched.json().pendingRevision.state).toBe('submitted');

    const queue = await browser.get('/admin/offres?kind=revision');
    expect(queue.body).toContain(`/admin/offres/${offer.id}`);
    expect(visibleText(queue.body)).toContain('Modification');

    const page = await browser.get(`/admin/offres/${offer.id}`);
    expect(page.status).toBe(200);
    expect(visibleText(page.body)).toContain('Version en ligne et modification proposée');
    const row = (field: string) =>
      new RegExp(
        `<tr id="field-[^"]+" class="([^"]+)" data-field="${field.replace(/\./g, '\\.')}"[^>]*>([\\s\\S]*?)</tr>`,
      ).exec(page.body);
    const description = row('translations.fr.description');
    expect(description?.[1]).toBe('diff-changed');
    expect(description?.[0]).toContain('data-changed="true"');
    expect(description?.[2]).toContain('<del class="diff-old">six</del>');
    expect(description?.[2]).toContain('<ins class="diff-new">douze</ins>');
    expect(visibleText(description![2])).toContain('Modifié');
    const deadline = row('dates.deadline');
    expect(deadline?.[1]).toBe('diff-changed');
    const title = row('translations.fr.title');
    expect(title?.[1]).toBe('diff-same');
    expect(title?.[2]).not.toContain('<ins');
    expect(visibleText(page.body)).toContain('2 champs modifiés');
    expect(page.body).toContain('Approuver la modification');

    const approved = await browser.post(`/admin/offres/${offer.id}/decision`, {
      decision: 'publish',
    });
    expect(approved.status).toBe(303);
    const live = await api('GET', `/api/v1/offers/${offer.id}`);
    expect(live.json().content.translations.fr.description).toContain('douze mois');
    // Another admin, on the page they loaded before: told the change was already decided.
    const late = await browser.post(`/admin/offres/${offer.id}/decision`, {
      decision: 'request_changes',
      reason: 'Précisez la durée.',
    });
    expect(late.status).toBe(409);
    expect(visibleText(late.body)).toContain(
      'Cette offre a déjà été traitée : état actuel « Publiée ». Votre décision n’a pas été enregistrée.',
    );
  });

  it('lists the duplicate candidates the queue finds, with links', async () => {
    const first = await create(offerTitled('Incubateur Agritech de Ziguinchor'));
    const second = await create(offerTitled('Incubateur Agritech de Ziguinchor'));
    await submit(second.id);
    const queue = await browser.get(`/admin/offres?organisationId=${organisationId}&pageSize=100`);
    expect(queue.body).toMatch(
      new RegExp(`href="/admin/offres/${second.id}"[\\s\\S]*?href="/admin/offres/${first.id}"`),
    );
    const page = await browser.get(`/admin/offres/${second.id}`);
    const duplicates =
      /<section aria-labelledby="duplicates">([\s\S]*?)<\/section>/.exec(page.body)?.[1] ?? '';
    expect(duplicates).toContain(`href="/admin/offres/${first.id}"`);
    expect(visibleText(duplicates)).toContain('Incubateur Agritech de Ziguinchor');
    expect(visibleText(duplicates)).toContain('Brouillon');
  });

  it('says the duplicate check is not available when the offer is beyond the queue read', async () => {
    const { owner: busy, organisationId: busyOrg } = await newVerifiedOrganisation(
      t,
      admin,
      'Organisation très chargée',
    );
    const offer = await create(offerTitled('Programme au bout de la file'), busy, busyOrg);
    await submit(offer.id, busy, busyOrg);
    // 500 submissions of the same organisation waiting longer: the offer is 501st in its queue.
    const db = t.app.get(DataSource);
    const columns = (
      (await db.query(
        `SELECT column_name FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name = 'offers' AND is_generated = 'NEVER'
            AND column_name NOT IN ('id', 'slug', 'submitted_at')`,
      )) as Array<{ column_name: string }>
    ).map((c) => `"${c.column_name}"`);
    await db.query(
      `INSERT INTO offers (id, slug, submitted_at, ${columns.join(', ')})
       SELECT gen_random_uuid(), o.slug || '-copie-' || n, o.submitted_at - make_interval(hours => n),
              ${columns.map((c) => `o.${c}`).join(', ')}
         FROM offers o CROSS JOIN generate_series(1, 500) n WHERE o.id = $1`,
      [offer.id],
    );
    try {
      const page = await browser.get(`/admin/offres/${offer.id}`);
      expect(page.status).toBe(200);
      const duplicates =
        /<section aria-labelledby="duplicates">([\s\S]*?)<\/section>/.exec(page.body)?.[1] ?? '';
      expect(visibleText(duplicates)).toContain(
        'Recherche de doublons indisponible pour cette offre.',
      );
      expect(visibleText(duplicates)).not.toContain('Aucune offre au titre proche.');
      // An offer the queue does reach, without look-alikes, still says so.
      const alone = await create(offerTitled('Fonds de garantie sans pareil'));
      await submit(alone.id);
      const found = await browser.get(`/admin/offres/${alone.id}`);
      expect(visibleText(found.body)).toContain('Aucune offre au titre proche.');
    } finally {
      await db.query(`DELETE FROM offers WHERE organisation_id = $1 AND slug LIKE $2`, [
        busyOrg,
        `${offer.slug}-copie-%`,
      ]);
    }
  });

  it('answers a malformed id with the 404 page, not the API’s 400', async () => {
    const page = await browser.get('/admin/offres/pas-un-id');
    expect(page.status).toBe(404);
    expect(visibleText(page.body)).toContain('Page introuvable');
    expect(page.body).not.toContain('must be a UUID');
    await browser.get('/admin/offres');
    const post = await browser.post('/admin/offres/pas-un-id/decision', { decision: 'publish' });
    expect(post.status).toBe(404);
  });

  it('escapes an offer title in the queue and on the review page', async () => {
    const offer = await create(offerTitled(SCRIPT));
    await submit(offer.id);
    const queue = await browser.get('/admin/offres?pageSize=100');
    expect(queue.body).toContain(ESCAPED);
    expect(queue.body).not.toContain(SCRIPT);
    const page = await browser.get(`/admin/offres/${offer.id}`);
    expect(page.body).toContain(`<h1 dir="auto">${ESCAPED}</h1>`);
    expect(page.body).not.toContain(SCRIPT);
  });

  it('archives a published offer with a reason and shows its history', async () => {
    const offer = await create(offerTitled('Salon des investisseurs de Douala'));
    await submit(offer.id);
    await publishByApi(offer.id);
    const long = 'x'.repeat(4001);
    const tooLong = await browser.submit(
      `/admin/offres/${offer.id}`,
      { archiveReason: long },
      `/admin/offres/${offer.id}/archiver`,
    );
    expect(tooLong.status).toBe(400);
    expect(fieldError(tooLong.body, 'f-archiveReason')).toBe(
      'Ce texte est trop long (4 000 caractères au plus).',
    );
    const archived = await browser.post(`/admin/offres/${offer.id}/archiver`, {
      archiveReason: 'Le salon est annulé.',
    });
    expect(archived.status).toBe(303);
    expect((await stateOf(offer.id)).state).toBe('archived');
    const page = await browser.get(`/admin/offres/${offer.id}`);
    const text = visibleText(page.body);
    expect(text).toContain('Offre archivée : elle n’est plus publiée.');
    expect(text).toContain('Le salon est annulé.');
    expect(text).toContain('Offre publiée');
    expect(page.body).not.toContain('/archiver"');
    const again = await browser.post(`/admin/offres/${offer.id}/archiver`, { archiveReason: '' });
    expect(again.status).toBe(409);
  });

  it('renders in English, answers 404 for an unknown offer and 403 for other roles', async () => {
    const offer = await create(offerTitled('Accélérateur Fintech Lomé'));
    await submit(offer.id);
    const en = await new BrowserSession(t, 'en').signIn(admin.email, GOOD_PASSWORD);
    const page = await en.get(`/admin/offres/${offer.id}`);
    expect(page.body).toContain('<html lang="en" dir="ltr">');
    expect(visibleText(page.body)).toContain('Submitted content');
    expect(visibleText(page.body)).toContain('Title (French)');
    expect(page.body).toContain('Request changes');

    expect((await browser.get('/admin/offres/00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
    const entrepreneur = await newAccount(t);
    const other = await new BrowserSession(t).signIn(entrepreneur.email, entrepreneur.password);
    expect((await other.get(`/admin/offres/${offer.id}`)).status).toBe(403);
    const post = await other.post(`/admin/offres/${offer.id}/decision`, { decision: 'publish' });
    expect(post.status).toBe(403);
    expect((await stateOf(offer.id)).state).toBe('submitted');
    expect((await new BrowserSession(t).get(`/admin/offres/${offer.id}`)).location).toBe(
      `/connexion?next=${encodeURIComponent(`/admin/offres/${offer.id}`)}`,
    );
  });
});
