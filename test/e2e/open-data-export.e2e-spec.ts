import { parse } from 'csv-parse/sync';
import {
  newAccount,
  newAdmin,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../support/factories';
import {
  checkDataPackage,
  hsdsContract,
  unzipText,
  type CheckedPackage,
  type HsdsContract,
} from '../support/hsds-contract';
import { createTestApp, type TestApp } from '../support/test-app';

type Json = Record<string, unknown>;

/**
 * Open data: the HSDS 3.0 API shape, the HSDS data package and the plain CSV hold exactly the
 * published offers of verified organisations, validate against the upstream HSDS schemas,
 * and carry no personal data beyond each offer's published contact.
 */
describe('open data export (HSDS 3.0, data package, CSV)', () => {
  let t: TestApp;
  let hsds: HsdsContract;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;
  const published: string[] = [];
  const hidden: Record<string, string> = {};
  /** E-mail addresses that must never appear in an export. */
  const secrets: string[] = [];
  const PUBLIC_CONTACT = 'programme-public@baobab.example.org';
  const ORGANISATION_CONTACT = 'contact@baobab.example.org';

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, who?: TestAccount, payload?: Json) =>
    t.app.inject({ method, url, headers: who ? who.auth() : {}, payload });

  const createOffer = async (orgId: string, who: TestAccount, overrides: Json) => {
    const res = await call(
      'POST',
      `/api/v1/organisations/${orgId}/offers`,
      who,
      offerContent(overrides),
    );
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const publish = async (orgId: string, who: TestAccount, overrides: Json) => {
    const id = await createOffer(orgId, who, overrides);
    expect(
      (await call('POST', `/api/v1/organisations/${orgId}/offers/${id}/submit`, who)).statusCode,
    ).toBe(200);
    const decision = await call('POST', `/api/v1/admin/offers/${id}/decision`, admin, {
      decision: 'publish',
    });
    expect(decision.statusCode).toBe(200);
    return id;
  };

  beforeAll(async () => {
    t = await createTestApp();
    hsds = hsdsContract();
    // The validator does reject what breaks the upstream schema.
    expect(hsds.service({ id: 'not-a-uuid', status: 'open' })).toEqual(
      expect.arrayContaining([expect.stringContaining('name'), expect.stringContaining('uuid')]),
    );
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Incubateur Baobab'));
    secrets.push(owner.email, admin.email);
    const profile = await call('PATCH', `/api/v1/organisations/${organisationId}`, owner, {
      description: { fr: 'Incubateur de projets de la diaspora sénégalaise.' },
      website: 'https://baobab.example.org',
      contactEmail: ORGANISATION_CONTACT,
      contactPhone: '+221 33 800 00 00',
    });
    expect(profile.statusCode).toBe(200);

    // A financing offer with every part filled, a public contact and a formula-like title.
    published.push(
      await publish(organisationId, owner, {
        translations: {
          fr: {
            title: '=HYPERLINK("http://evil.example") Bourse d’amorçage',
            summary: 'Une subvention de démarrage pour créer votre entreprise au Sénégal.',
            description:
              'Ce programme finance les premiers mois de votre projet : étude de marché, prototype, premières embauches.',
          },
          en: {
            title: 'Seed grant for diaspora founders',
            summary: 'A start-up grant to create your business in Senegal.',
            description:
              'This programme funds the first months of your project: market study, prototype, first hires.',
          },
        },
        sectorCodes: [],
        contact: { name: 'Équipe programme', email: PUBLIC_CONTACT, phone: '+221 77 000 00 00' },
      }),
    );
    // A paid training, online, rolling; later edited with a revision waiting for review.
    const training = await publish(organisationId, owner, {
      categoryCode: 'training',
      funding: null,
      format: 'online',
      location: null,
      cost: { type: 'paid', amountMinor: 15_000, currency: 'EUR' },
      dates: { rolling: true },
      contact: null,
      apply: { email: 'candidatures@baobab.example.org' },
    });
    published.push(training);
    const revisionContact = 'revision-secret@baobab.example.org';
    secrets.push(revisionContact);
    const edit = await call(
      'PATCH',
      `/api/v1/organisations/${organisationId}/offers/${training}`,
      owner,
      offerContent({ contact: { name: 'Nouveau contact', email: revisionContact } }),
    );
    expect(edit.statusCode).toBe(200);

    // Never exported: a draft, a submitted offer, an archived one.
    const draftContact = 'draft-secret@baobab.example.org';
    secrets.push(draftContact);
    hidden.draft = await createOffer(organisationId, owner, {
      contact: { name: 'Brouillon', email: draftContact },
    });
    hidden.submitted = await createOffer(organisationId, owner, {});
    await call(
      'POST',
      `/api/v1/organisations/${organisationId}/offers/${hidden.submitted}/submit`,
      owner,
    );
    hidden.archived = await publish(organisationId, owner, {});
    expect(
      (
        await call(
          'POST',
          `/api/v1/organisations/${organisationId}/offers/${hidden.archived}/archive`,
          owner,
        )
      ).statusCode,
    ).toBe(200);

    // Published, then its organisation went back to pending verification.
    const other = await newVerifiedOrganisation(t, admin, 'Réseau plus vérifié');
    secrets.push(other.owner.email);
    hidden.unverified = await publish(other.organisationId, other.owner, {
      contact: { name: 'Autre', email: 'unverified-org@example.org' },
    });
    secrets.push('unverified-org@example.org');
    const back = await call('PATCH', `/api/v1/organisations/${other.organisationId}`, other.owner, {
      legalIdentifier: { country: 'SN', registrationNumber: 'SN-DKR-2024-B-12345' },
    });
    expect(back.statusCode).toBe(200);
    expect(back.json().verification.status).toBe('pending');

    // An entrepreneur writes to the organisation: their address stays private.
    const awa = await newAccount(t);
    secrets.push(awa.email);
    const request = await call('POST', `/api/v1/offers/${published[0]}/contact-requests`, awa, {
      message: 'Bonjour, je voudrais candidater à la prochaine cohorte.',
      shareEmail: true,
    });
    expect(request.statusCode).toBe(201);
  });
  afterAll(() => t.close());

  let zip: CheckedPackage;
  const zipPackage = async (): Promise<CheckedPackage> => {
    if (!zip) {
      const res = await call('GET', '/api/v1/open-data/hsds.zip');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/zip');
      expect(res.headers['cache-control']).toMatch(/public/);
      const files = await unzipText(res.rawPayload);
      zip = checkDataPackage(files);
    }
    return zip;
  };

  it('lists the published services of verified organisations in the HSDS API shape', async () => {
    const res = await call('GET', '/api/v1/open-data/hsds/services?per_page=1');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toMatch(/public/);
    const first = res.json();
    expect(hsds.page(first)).toEqual([]);
    expect(first).toMatchObject({
      total_items: 2,
      total_pages: 2,
      page_number: 1,
      size: 1,
      first_page: true,
      last_page: false,
    });
    const second = (await call('GET', '/api/v1/open-data/hsds/services?per_page=1&page=2')).json();
    expect(second).toMatchObject({ page_number: 2, last_page: true, size: 1 });
    const items = [...first.contents, ...second.contents] as Json[];
    expect(items.map((s) => s.id).sort()).toEqual([...published].sort());
    for (const item of items) expect(hsds.serviceListItem(item)).toEqual([]);

    const bad = await call('GET', '/api/v1/open-data/hsds/services?per_page=1000');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(bad.json().errors)).toContain('per_page');
  });

  it('gives each fully nested service, valid against the upstream service schema', async () => {
    for (const id of published) {
      const res = await call('GET', `/api/v1/open-data/hsds/services/${id}`);
      expect(res.statusCode).toBe(200);
      const service = res.json();
      expect(hsds.service(service)).toEqual([]);
    }
    const grant = (await call('GET', `/api/v1/open-data/hsds/services/${published[0]}`)).json();
    expect(grant).toMatchObject({
      status: 'active',
      email: PUBLIC_CONTACT,
      minimum_age: 18,
      maximum_age: 40,
      alternate_name: 'Seed grant for diaspora founders',
      organization: { id: organisationId, name: 'Incubateur Baobab', email: ORGANISATION_CONTACT },
      service_areas: [{ name: 'Sénégal' }],
      languages: [{ code: 'fr' }],
      cost_options: [{ option: 'Gratuit', amount: 0 }],
      contacts: [{ email: PUBLIC_CONTACT, phones: [{ number: '+221 77 000 00 00' }] }],
    });
    expect(grant.funding[0].source).toContain('XOF');
    const attributes = grant.attributes as Array<{ link_type: string; value?: string }>;
    expect(attributes.filter((a) => a.link_type === 'category')).toHaveLength(1);
    expect(
      attributes
        .filter((a) => a.link_type === 'eligibility')
        .map((a) => a.value)
        .sort(),
    ).toEqual(['BE', 'FR', 'SN', 'true']);
    const training = (await call('GET', `/api/v1/open-data/hsds/services/${published[1]}`)).json();
    // The live version, not the revision waiting for review.
    expect(training.contacts).toEqual([]);
    expect(training.cost_options[0]).toMatchObject({ amount: 150, currency: 'EUR' });

    for (const id of Object.values(hidden)) {
      const res = await call('GET', `/api/v1/open-data/hsds/services/${id}`);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const malformed = await call('GET', '/api/v1/open-data/hsds/services/not-a-uuid');
    expect(malformed.statusCode).toBe(400);
  });

  it('zips a valid tabular data package: every table, header and cell matches its schema', async () => {
    const { descriptor, tables, errors } = await zipPackage();
    expect(errors).toEqual([]);
    expect(descriptor).toMatchObject({
      licenses: [
        {
          name: 'Licence Ouverte 2.0 / Etalab',
          path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
        },
      ],
    });
    expect(typeof descriptor.updated).toBe('string');
    expect(descriptor.resources.map((r) => r.name).sort()).toEqual(
      [
        'attribute',
        'contact',
        'cost_option',
        'funding',
        'language',
        'organization',
        'phone',
        'service',
        'service_area',
        'taxonomy',
        'taxonomy_term',
      ].sort(),
    );
    // Every row, turned back into an object, is valid against its upstream table schema.
    for (const [table, rows] of tables)
      for (const row of rows)
        expect({ table, errors: hsds.row(table, row) }).toEqual({ table, errors: [] });
    expect(
      tables
        .get('service')!
        .map((s) => s.id)
        .sort(),
    ).toEqual([...published].sort());
    expect(tables.get('organization')!.map((o) => o.id)).toEqual([organisationId]);
    expect(tables.get('taxonomy_term')!.length).toBeGreaterThan(10);
  });

  it('builds the zip again when the published catalogue changes', async () => {
    const servicesInZip = async () => {
      const res = await call('GET', '/api/v1/open-data/hsds.zip');
      const files = await unzipText(res.rawPayload);
      return (parse(files.get('services.csv')!, { columns: true }) as Array<{ id: string }>)
        .map((s) => s.id)
        .sort();
    };
    expect(await servicesInZip()).toEqual([...published].sort());
    const extra = await publish(organisationId, owner, {});
    expect(await servicesInZip()).toEqual([...published, extra].sort());
    const archived = await call(
      'POST',
      `/api/v1/organisations/${organisationId}/offers/${extra}/archive`,
      owner,
    );
    expect(archived.statusCode).toBe(200);
    expect(await servicesInZip()).toEqual([...published].sort());
  });

  it('gives the catalogue as a spreadsheet CSV: BOM, one row per offer, no formula', async () => {
    const res = await call('GET', '/api/v1/open-data/offers.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parse(res.payload, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.id).sort()).toEqual([...published].sort());
    const grant = rows.find((r) => r.id === published[0])!;
    expect(grant.titre.startsWith("'=HYPERLINK")).toBe(true);
    expect(grant).toMatchObject({
      organisation: 'Incubateur Baobab',
      pays_du_projet: 'Sénégal',
      // XOF has no minor unit: 1,500,000,000 stored is 1,500,000,000 francs.
      montant_max: '1500000000',
      devise_montant: 'XOF',
      contact_email: PUBLIC_CONTACT,
    });
    for (const row of rows)
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('carries no personal data: only the offers’ published contacts', async () => {
    const bodies: string[] = [];
    const res = await call('GET', '/api/v1/open-data/hsds.zip');
    bodies.push(...(await unzipText(res.rawPayload)).values());
    for (const url of [
      '/api/v1/open-data/hsds/services?per_page=100',
      '/api/v1/open-data/offers.csv',
      ...published.map((id) => `/api/v1/open-data/hsds/services/${id}`),
    ])
      bodies.push((await call('GET', url)).payload);
    const everything = bodies.join('\n').toLowerCase();
    for (const secret of secrets)
      expect({ secret, found: everything.includes(secret.toLowerCase()) }).toEqual({
        secret,
        found: false,
      });
    expect(everything).toContain(PUBLIC_CONTACT);
    for (const id of Object.values(hidden)) expect(everything).not.toContain(id);
  });

  it('shows the open data page, in French and English, linked from the footer', async () => {
    const fr = await call('GET', '/donnees-ouvertes');
    expect(fr.statusCode).toBe(200);
    expect(fr.headers['content-type']).toMatch(/text\/html/);
    expect(fr.payload).toContain('Licence Ouverte 2.0 / Etalab');
    expect(fr.payload).toContain('Les offres publiées (2)');
    expect(fr.payload).toContain('href="/api/v1/open-data/hsds.zip"');
    expect(fr.payload).toContain('href="/api/v1/open-data/offers.csv"');
    expect(fr.payload).toContain('href="/api/v1/open-data/hsds/services"');
    expect(fr.payload).toContain('<h1');
    expect(fr.payload).toContain('href="/donnees-ouvertes"');
    const en = await call('GET', '/donnees-ouvertes?lang=en');
    expect(en.statusCode).toBe(200);
    expect(en.payload).toContain('Open data');
    expect(en.payload).toContain('<time datetime="');
  });
});
