import type { INestApplicationContext } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { createLogger } from '@app/core';
import { ImportService } from '@app/open-data';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';
import { BrowserSession, visibleText } from '../support/browser-session';
import { eventually } from '../support/eventually';
import {
  newAccount,
  newAdmin,
  newOrganisationOwner,
  newVerifiedOrganisation,
  offerContent,
  type TestAccount,
} from '../support/factories';
import { multipart, windows1252 } from '../support/multipart';
import { runNode } from '../support/spawn-node';
import { createTestApp, type TestApp } from '../support/test-app';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Above the JSON body limit (1 MB): an upload is bounded by IMPORT_MAX_BYTES alone. */
const MAX_BYTES = 1_500_000;
const CLI = 'dist/apps/worker/src/cli/catalogue-import.cli.js';
const EXISTING_TITLE = 'Bourse d’amorçage pour entrepreneurs de la diaspora au Sénégal';

/** Messy headers: case, accents, extra spaces, French and English mixed. */
const HEADERS = [
  ' IDENTIFIANT ',
  'Titre',
  'Summary',
  'DESCRIPTION',
  'catégorie',
  'Country',
  'Pays de  résidence',
  'Date limite',
  'Montant max',
  'Currency',
  'Lien',
  'Langues',
  'Format',
  'Étapes',
];
const COUNTRIES = ['Sénégal', 'Senegal', 'SN', ' sénégal ', 'Côte d’Ivoire', 'Mali'];
const CATEGORIES = ['Subvention', 'Grant', 'grant', 'Prêt', 'loan'];

/** The refused rows and why (API field and rule), by id. */
const REFUSED: Record<string, { column: string | null; field: string; rule: string }> = {
  'R-10': { column: 'Date limite', field: 'dates.deadline', rule: 'isIso8601' },
  'R-20': { column: 'Date limite', field: 'dates.deadline', rule: 'isIso8601' },
  'R-30': { column: 'Country', field: 'eligibility.targetCountries', rule: 'isCountryCode' },
  'R-40': { column: 'catégorie', field: 'categoryCode', rule: 'taxonomy.unknown' },
  'R-50': { column: 'Lien', field: 'applyUrl', rule: 'csvInjection' },
  'R-80': { column: 'Lien', field: 'apply', rule: 'howToApply' },
  'R-90': { column: 'Titre', field: 'translations', rule: 'oneLanguageComplete' },
};

function csvRow(i: number, edited = false): string[] {
  const id = `R-${i}`;
  const euro = i % 2 === 0;
  const row = [
    id,
    i === 60
      ? EXISTING_TITLE
      : `Fonds numéro ${i} pour jeunes pousses ${['agricoles', 'numériques', 'culturelles'][i % 3]}`,
    edited
      ? 'Un résumé corrigé : le financement couvre aussi le conseil juridique.'
      : 'Un financement pour lancer et développer votre activité.',
    'Ce programme finance les premiers mois de votre projet : étude de marché, prototype, premières embauches.',
    i === 40 ? 'Licorne' : CATEGORIES[i % CATEGORIES.length],
    i === 30 ? 'Atlantide' : COUNTRIES[i % COUNTRIES.length],
    i % 3 === 0 ? 'France; Belgique' : i % 3 === 1 ? 'FR,BE' : '',
    i === 10 ? '31/02/2099' : i === 20 ? 'bientôt' : i % 2 ? '31/12/2099' : '2099-06-30',
    euro ? '10 000 €' : '1 500 000',
    euro ? '' : 'XOF',
    i === 50 ? '=cmd|/c calc' : i === 80 ? '' : `https://example.org/r/${i}`,
    ['Français; Wolof', 'fr, en', 'English'][i % 3],
    ['En ligne', 'online', 'Hybride'][i % 3],
    ['Création', 'Idée', ''][i % 3],
  ];
  if (i === 90) row[1] = 'Aide';
  return row;
}

/** 500 data rows with blank lines among them, `;`-separated, quoted where needed. */
function csvFile(edit?: number): string {
  const quote = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [HEADERS.map(quote).join(';')];
  for (let i = 1; i <= 500; i++) {
    lines.push(
      csvRow(i, i === edit)
        .map(quote)
        .join(';'),
    );
    if (i === 100) lines.push('');
    if (i === 200) lines.push(';;;;;;;;;;;;;');
  }
  return lines.join('\r\n') + '\r\n';
}

describe('catalogue import (CSV, XLSX, HSDS JSON; API, worker and CLI)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let db: DataSource;
  let admin: TestAccount;
  let owner: TestAccount;
  let organisationId: string;
  let existingOfferId: string;
  let dir: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { IMPORT_MAX_BYTES: String(MAX_BYTES) } });
    worker = await createWorkerApp({
      config: t.config,
      databaseUrl: t.database.url,
      logger: createLogger({ level: 'silent', name: 'worker' }),
    });
    db = t.app.get(DataSource);
    admin = await newAdmin(t);
    ({ owner, organisationId } = await newVerifiedOrganisation(t, admin, 'Kora Import Dakar'));
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${organisationId}/offers`,
      headers: owner.auth(),
      payload: offerContent(),
    });
    expect(res.statusCode).toBe(201);
    existingOfferId = res.json().id;
    dir = await mkdtemp(path.join(tmpdir(), 'passerelle-import-'));
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const upload = (
    account: TestAccount,
    file: { name: string; data: Buffer } | undefined,
    fields: Record<string, string> = {},
    url = `/api/v1/organisations/${organisationId}/imports`,
  ) => {
    const body = multipart(fields, file);
    return t.app.inject({
      method: 'POST',
      url,
      headers: { ...account.auth(), ...body.headers },
      payload: body.payload,
    });
  };

  async function finished(account: TestAccount, importId: string, org = organisationId) {
    let job: Json = {};
    await eventually(async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/organisations/${org}/imports/${importId}`,
        headers: account.auth(),
      });
      expect(res.statusCode).toBe(200);
      job = res.json();
      expect(['done', 'failed']).toContain(job.status);
    }, 60_000);
    expect(job.error).toBeNull();
    expect(job.status).toBe('done');
    return job;
  }

  async function runImport(
    account: TestAccount,
    file: { name: string; data: Buffer },
    fields: Record<string, string> = {},
    org = organisationId,
  ) {
    const res = await upload(account, file, fields, `/api/v1/organisations/${org}/imports`);
    expect(res.statusCode).toBe(202);
    expect(res.json().status).toBe('pending');
    return finished(account, res.json().id, org);
  }

  const offersSnapshot = async () =>
    (await db.query(
      `SELECT id, state, version, updated_at, import_external_id FROM offers WHERE organisation_id = $1 ORDER BY id`,
      [organisationId],
    )) as Json[];
  const importCount = async () =>
    Number((await db.query(`SELECT count(*) AS n FROM import_jobs`))[0].n);

  const byId = (job: Json) => new Map<string, Json>(job.report.map((r: Json) => [r.externalId, r]));

  describe('a messy CSV of 500 rows in Windows-1252', () => {
    const file = () => ({ name: 'partenaires.csv', data: windows1252(csvFile()) });
    /** The first import of the file, whichever test needs it first (each test can run alone). */
    let firstImport: Promise<Json> | undefined;
    const importedOnce = () => (firstImport ??= runImport(owner, file()));

    it('previews the recognised columns, the encoding and the first rows', async () => {
      const res = await upload(
        owner,
        file(),
        {},
        `/api/v1/organisations/${organisationId}/imports/preview`,
      );
      expect(res.statusCode).toBe(200);
      const preview = res.json();
      expect(preview).toMatchObject({
        format: 'csv',
        encoding: 'windows-1252',
        source: 'partenaires',
        totalRows: 500,
      });
      expect(preview.columns.map((c: Json) => c.field)).toEqual([
        'externalId',
        'title',
        'summary',
        'description',
        'category',
        'targetCountries',
        'residenceCountries',
        'deadline',
        'amountMax',
        'currency',
        'applyUrl',
        'deliveryLanguages',
        'format',
        'stages',
      ]);
      expect(preview.rows[0].cells[5]).toBe(COUNTRIES[1]);
      expect(preview.rows[3].cells[5]).toBe('Côte d’Ivoire');
    });

    it('imports as drafts, with each refused row’s reason and the probable duplicate', async () => {
      const job = await importedOnce();
      expect(job.counts).toEqual({
        created: 492,
        updated: 0,
        unchanged: 0,
        refused: 7,
        duplicate: 1,
      });
      expect(job.report).toHaveLength(500);
      const rows = byId(job);
      for (const [id, reason] of Object.entries(REFUSED)) {
        const row = rows.get(id)!;
        expect({ id, outcome: row.outcome }).toEqual({ id, outcome: 'refused' });
        expect(row.reasons[0]).toMatchObject(reason);
      }
      expect(rows.get('R-60')).toMatchObject({
        outcome: 'duplicate',
        duplicates: [expect.objectContaining({ id: existingOfferId })],
      });
      // The API's own sentence for the same mistake.
      const api = await t.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${organisationId}/offers`,
        headers: owner.auth(),
        payload: offerContent({
          eligibility: { ...(offerContent().eligibility as Json), targetCountries: ['ATLANTIDE'] },
        }),
      });
      expect(api.statusCode).toBe(400);
      expect(rows.get('R-30')!.reasons[0].message).toBe(api.json().errors[0].message);
      expect(rows.get('R-30')!.reasons[0].value).toBe('Atlantide');
      expect(rows.get('R-50')!.reasons[0].message).toMatch(/column "Lien"/);

      const offers = await db.query(
        `SELECT state, content, import_source FROM offers WHERE organisation_id = $1 AND import_external_id IS NOT NULL`,
        [organisationId],
      );
      expect(offers).toHaveLength(492);
      expect(new Set(offers.map((o: Json) => o.state))).toEqual(new Set(['draft']));
      expect(new Set(offers.map((o: Json) => o.import_source))).toEqual(new Set(['partenaires']));
      const one = (id: string) =>
        db
          .query(`SELECT content FROM offers WHERE import_external_id = $1`, [id])
          .then((r: Json[]) => r[0].content);
      // "Sénégal", "Senegal", "SN" and " sénégal " are all SN; labels became codes.
      for (const i of [1, 2, 3])
        expect((await one(`R-${i}`)).eligibility.targetCountries).toEqual(['SN']);
      const fourth = await one('R-4');
      expect(fourth.eligibility.targetCountries).toEqual(['CI']);
      expect(fourth.funding).toEqual({ maxMinor: 1_000_000, currency: 'EUR' });
      expect(fourth.categoryCode).toBe('loan');
      expect((await one('R-1')).categoryCode).toBe('grant');
      const third = await one('R-3');
      expect(third).toMatchObject({
        categoryCode: 'loan',
        stageCodes: ['creation'],
        deliveryLanguages: ['fr', 'wo'],
        eligibility: { residenceCountries: ['FR', 'BE'] },
        funding: { maxMinor: 1_500_000, currency: 'XOF' },
        dates: { deadline: '2099-12-31', rolling: false },
      });
    });

    it('a second run of the same file changes nothing', async () => {
      await importedOnce();
      const before = await offersSnapshot();
      const job = await runImport(owner, file());
      expect(job.counts).toEqual({
        created: 0,
        updated: 0,
        unchanged: 492,
        refused: 7,
        duplicate: 1,
      });
      expect(await offersSnapshot()).toEqual(before);
    });

    it('an edited row updates its draft, and only it', async () => {
      await importedOnce();
      const before = await offersSnapshot();
      const job = await runImport(owner, {
        name: 'partenaires.csv',
        data: windows1252(csvFile(5)),
      });
      expect(job.counts).toEqual({
        created: 0,
        updated: 1,
        unchanged: 491,
        refused: 7,
        duplicate: 1,
      });
      const edited = byId(job).get('R-5')!;
      expect(edited.outcome).toBe('updated');
      const after = await offersSnapshot();
      const changed = after.filter(
        (o, i) => o.version !== before[i].version || o.state !== before[i].state,
      );
      expect(changed.map((o) => o.import_external_id)).toEqual(['R-5']);
      expect(changed[0].state).toBe('draft');
      const csv = await t.app.inject({
        method: 'GET',
        url: `/api/v1/organisations/${organisationId}/imports/${job.id}/report.csv`,
        headers: owner.auth(),
      });
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.payload).toMatch(/"R-5";"[^"]+";"updated"/);
      expect(csv.payload).toMatch(/"R-50";.*"csvInjection"/);
      // Back to the file as it was, for the other tests in any order.
      expect((await runImport(owner, file())).counts.updated).toBe(1);
    });
  });

  it('imports an XLSX workbook, refusing the row with a formula, and submits on request', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Offres');
    sheet.addRow([
      'Id',
      'Title',
      'Summary',
      'Description',
      'Category',
      'Country',
      'Deadline',
      'Apply URL',
      'Languages',
    ]);
    const text = {
      summary: 'Mentoring sessions with entrepreneurs who have already succeeded.',
      description:
        'Twelve monthly sessions with a mentor from the diaspora, online, in English or French.',
    };
    sheet.addRow([
      'X-1',
      'Mentoring circle for founders in Ghana',
      text.summary,
      text.description,
      'Mentorat et coaching',
      'Ghana',
      new Date(Date.UTC(2099, 2, 31)),
      'https://example.org/x1',
      'English',
    ]);
    sheet.addRow([
      'X-2',
      { formula: 'CONCAT("Mentoring ","circle")', result: 'Mentoring circle' },
      text.summary,
      text.description,
      'mentoring',
      'GH',
      '2099-03-31',
      'https://example.org/x2',
      'en',
    ]);
    sheet.addRow([
      'X-3',
      'Training week for women founders in Dakar',
      text.summary,
      text.description,
      'Formation',
      'Sénégal',
      '15/04/2099',
      'https://example.org/x3',
      'French',
    ]);
    const data = Buffer.from(await workbook.xlsx.writeBuffer());

    const job = await runImport(owner, { name: 'mentorat.xlsx', data }, { submit: 'true' });
    expect(job.format).toBe('xlsx');
    expect(job.counts).toEqual({ created: 2, updated: 0, unchanged: 0, refused: 1, duplicate: 0 });
    const rows = byId(job);
    expect(rows.get('X-2')).toMatchObject({
      line: 3,
      outcome: 'refused',
      reasons: [expect.objectContaining({ column: 'Title', rule: 'formula' })],
    });
    const [x1] = await db.query(
      `SELECT state, content FROM offers WHERE import_external_id = 'X-1'`,
    );
    expect(x1.state).toBe('submitted');
    expect(x1.content).toMatchObject({
      categoryCode: 'mentoring',
      translations: { en: { title: 'Mentoring circle for founders in Ghana' } },
      eligibility: { targetCountries: ['GH'] },
      dates: { deadline: '2099-03-31' },
      deliveryLanguages: ['en'],
    });
  });

  it('imports an HSDS 3.0 service list, by an admin on behalf of the organisation', async () => {
    const services = [
      {
        id: 'svc-1',
        name: 'Incubateur numérique de Thiès',
        alternate_name: 'Six mois d’incubation pour les projets numériques.',
        description:
          'Un bureau, un mentor et des ateliers chaque semaine pour lancer votre start-up numérique à Thiès.',
        status: 'active',
        url: 'https://example.org/incubateur',
        service_areas: [{ id: 'a-1', name: 'Senegal' }],
        languages: [{ id: 'l-1', code: 'fr' }],
        attributes: [
          {
            id: 'at-1',
            taxonomy_term: {
              id: 'tt-1',
              name: 'Incubation',
              description: '',
              taxonomy: 'category',
            },
          },
        ],
      },
    ];
    const data = Buffer.from(JSON.stringify(services));
    const job = await runImport(admin, { name: 'services.json', data });
    expect(job).toMatchObject({ format: 'hsds', counts: { created: 1 } });
    const [offer] = await db.query(
      `SELECT state, content FROM offers WHERE import_external_id = 'svc-1'`,
    );
    expect(offer.state).toBe('draft');
    expect(offer.content).toMatchObject({
      categoryCode: 'incubation',
      eligibility: { targetCountries: ['SN'] },
      dates: { rolling: true },
      apply: { url: 'https://example.org/incubateur' },
    });
  });

  describe('files that cannot be taken change nothing', () => {
    const cases: Array<[string, { name: string; data: Buffer }, number, string]> = [
      [
        'UTF-16 text',
        {
          name: 'offres.csv',
          data: Buffer.concat([
            Buffer.from([0xff, 0xfe]),
            Buffer.from('Titre;Pays\r\n', 'utf16le'),
          ]),
        },
        400,
        'OPEN_DATA.IMPORT_WRONG_ENCODING',
      ],
      [
        'a PDF',
        { name: 'offres.pdf', data: Buffer.from('%PDF-1.7\n%âãÏÓ\n') },
        415,
        'OPEN_DATA.IMPORT_UNKNOWN_FORMAT',
      ],
      [
        'a legacy .xls',
        { name: 'offres.xls', data: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
        415,
        'OPEN_DATA.IMPORT_UNKNOWN_FORMAT',
      ],
      [
        'a file over the limit',
        { name: 'offres.csv', data: Buffer.alloc(MAX_BYTES + 1, 'a;b\r\n') },
        413,
        'OPEN_DATA.IMPORT_FILE_TOO_LARGE',
      ],
      [
        'a broken XLSX',
        { name: 'offres.xlsx', data: Buffer.from('PK\x03\x04 not really a zip') },
        400,
        'OPEN_DATA.IMPORT_UNREADABLE_FILE',
      ],
      [
        'invalid JSON',
        { name: 'services.json', data: Buffer.from('[{"id": ') },
        400,
        'OPEN_DATA.IMPORT_UNREADABLE_FILE',
      ],
      [
        'a header and no rows',
        { name: 'offres.csv', data: Buffer.from('Titre;Pays\r\n') },
        400,
        'OPEN_DATA.IMPORT_UNREADABLE_FILE',
      ],
    ];
    it.each(cases)('%s', async (_label, file, status, code) => {
      const jobs = await importCount();
      const before = await offersSnapshot();
      const res = await upload(owner, file);
      expect({ status: res.statusCode, code: res.json().code }).toEqual({ status, code });
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(await importCount()).toBe(jobs);
      expect(await offersSnapshot()).toEqual(before);
    });

    it('takes a file above the JSON body limit but within IMPORT_MAX_BYTES', async () => {
      const rows = Array.from({ length: 60_000 }, (_, i) => `Aide numéro ${i};SN`);
      const data = Buffer.from(['Titre;Pays', ...rows].join('\r\n'));
      expect(data.length).toBeGreaterThan(t.config.BODY_LIMIT_BYTES);
      const res = await upload(
        owner,
        { name: 'grand.csv', data },
        {},
        `/api/v1/organisations/${organisationId}/imports/preview`,
      );
      expect(res.statusCode).toBe(200);
      expect(res.json().totalRows).toBe(60_000);
    });

    it('a JSON body, a missing file, a bad option or someone else’s organisation', async () => {
      const json = await t.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${organisationId}/imports`,
        headers: owner.auth(),
        payload: { file: 'x' },
      });
      expect(json.statusCode).toBe(415);
      expect((await upload(owner, undefined, { dryRun: 'true' })).json().code).toBe(
        'OPEN_DATA.IMPORT_NO_FILE',
      );
      const csv = { name: 'a.csv', data: Buffer.from('Titre;Pays\r\nAide;SN\r\n') };
      const bad = await upload(owner, csv, { mapping: '{"Titre":"nope"}' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].field).toBe('mapping.Titre');
      expect((await upload(owner, csv, { submit: 'peut-être' })).statusCode).toBe(400);
      const stranger = await newOrganisationOwner(t, 'Autre Structure');
      expect((await upload(stranger.owner, csv)).statusCode).toBe(404);
      const other = await t.app.inject({
        method: 'GET',
        url: `/api/v1/organisations/${stranger.organisationId}/imports`,
        headers: owner.auth(),
      });
      expect(other.statusCode).toBe(404);
    });
  });

  it('the organisation space: upload, dry run with the recognised columns, then the import', async () => {
    const browser = await new BrowserSession(t, 'fr').signIn(owner.email, owner.password);
    const page = await browser.get(`/espace/import?organisation=${organisationId}`);
    expect(page.status).toBe(200);
    const action = /<form method="post" action="([^"]+)" enctype="multipart\/form-data"/
      .exec(page.body)![1]
      .replace(/&amp;/g, '&');
    const post = (data: Buffer, name: string) => {
      const body = multipart({ source: 'portail' }, { name, data });
      return t.app.inject({
        method: 'POST',
        url: action,
        headers: { accept: 'text/html', ...body.headers },
        cookies: browser.cookies,
        payload: body.payload,
      });
    };
    const refused = await post(Buffer.from('%PDF-1.7\n'), 'offres.pdf');
    expect(refused.statusCode).toBe(415);
    expect(visibleText(refused.body)).toContain('ni un CSV, ni un XLSX, ni un JSON HSDS');

    const csv = [
      'Intitulé;Résumé;Description;Type;Pays;En continu;Site web',
      'Atelier export vers l’Afrique de l’Ouest;Deux jours pour préparer vos premières ventes.;Un atelier pratique sur les douanes, les incoterms et les partenaires logistiques de la région.;Formation;Bénin;oui;https://example.org/export',
    ].join('\n');
    const uploaded = await post(Buffer.from(csv), 'export.csv');
    expect(uploaded.statusCode).toBe(303);
    const runPage = uploaded.headers.location as string;
    let shown = '';
    await eventually(async () => {
      const res = await browser.get(runPage);
      expect(res.status).toBe(200);
      shown = res.body;
      expect(shown).not.toContain('http-equiv="refresh"');
    }, 30_000);
    expect(visibleText(shown)).toContain('Essai à blanc : rien n’a été enregistré');
    // "Intitulé" and "Site web" were recognised; the mapping can be corrected on the page.
    expect(shown).toMatch(/name="column\.1"[^>]*>[\s\S]*?value="title" selected/);
    expect(shown).toMatch(/name="column\.7"[^>]*>[\s\S]*?value="applyUrl" selected/);

    const runId = /\/espace\/import\/([0-9a-f-]+)\/lancer/.exec(shown)![1];
    const launched = await browser.post(`/espace/import/${runId}/lancer`, {
      organisationId,
      submit: '1',
    });
    expect(launched.status).toBe(303);
    await eventually(async () => {
      const res = await browser.get(launched.location!);
      expect(res.body).not.toContain('http-equiv="refresh"');
      expect(visibleText(res.body)).toMatch(/Créées : 1/);
    }, 30_000);
    const [offer] = await db.query(
      `SELECT state, content FROM offers WHERE import_source = 'portail'`,
    );
    expect(offer.state).toBe('submitted');
    expect(offer.content.dates.rolling).toBe(true);
    expect(offer.content.eligibility.targetCountries).toEqual(['BJ']);
  });

  it('admins open the import pages for an organisation; entrepreneurs may not', async () => {
    const asAdmin = await new BrowserSession(t, 'en').signIn(admin.email, admin.password);
    const page = await asAdmin.get(`/espace/import?organisation=${organisationId}`);
    expect(page.status).toBe(200);
    expect(visibleText(page.body)).toContain('Kora Import Dakar');
    expect((await asAdmin.get('/espace/import')).status).toBe(404);
    const orgPage = await asAdmin.get(`/admin/organisations/${organisationId}`);
    expect(orgPage.body).toContain(`/espace/import?organisation=${organisationId}`);
    const entrepreneur = await newAccount(t);
    const asEntrepreneur = await new BrowserSession(t).signIn(
      entrepreneur.email,
      entrepreneur.password,
    );
    expect((await asEntrepreneur.get(`/espace/import?organisation=${organisationId}`)).status).toBe(
      403,
    );
  });

  it('a dry run keeps its file for 7 days only; the report stays', async () => {
    const csv = 'Titre;Pays\r\nAide;SN\r\n';
    const job = await runImport(
      owner,
      { name: 'court.csv', data: Buffer.from(csv) },
      { dryRun: 'true' },
    );
    const kept = async () =>
      (
        await db.query(`SELECT payload IS NOT NULL AS kept FROM import_jobs WHERE id = $1`, [
          job.id,
        ])
      )[0].kept as boolean;
    expect(await kept()).toBe(true);
    await t.app.get(ImportService).dropOldFiles();
    expect(await kept()).toBe(true);
    await db.query(`UPDATE import_jobs SET finished_at = now() - interval '8 days' WHERE id = $1`, [
      job.id,
    ]);
    await t.app.get(ImportService).dropOldFiles();
    expect(await kept()).toBe(false);
    expect((await finished(owner, job.id)).report).toHaveLength(1);
  });

  it('a run whose worker died mid-way is queued again and finishes; a live one is left alone', async () => {
    const csv = 'Titre;Pays\r\nAide;SN\r\nAutre aide;ML\r\n';
    const job = await runImport(
      owner,
      { name: 'reprise.csv', data: Buffer.from(csv) },
      { dryRun: 'true' },
    );
    const recover = () => worker.get(ImportService).recoverStalled();
    // As a worker killed after its first row leaves it: running, file kept, heartbeat silent.
    const dies = (silentFor: string) =>
      db.query(
        `UPDATE import_jobs SET status = 'running', processed = 1, counts = '{}', report = '[]',
                finished_at = NULL, heartbeat_at = now() - $2::interval WHERE id = $1`,
        [job.id, silentFor],
      );
    await dies('1 minute');
    expect(await recover()).not.toContain(job.id);
    await dies('10 minutes');
    expect(await recover()).toEqual([job.id]);
    const again = await finished(owner, job.id);
    expect(again.processed).toBe(2);
    expect(again.report).toHaveLength(2);
    expect(again.counts).toEqual(job.counts);
  });

  it('the CLI does a dry run, then the import, and writes the report as CSV', async () => {
    const [{ slug }] = await db.query(`SELECT slug FROM organisations WHERE id = $1`, [
      organisationId,
    ]);
    const file = path.join(dir, 'annuaire.csv');
    const lines = [
      'Référence;Titre;Résumé;Description;Catégorie;Pays;Date limite;Lien',
      'C-1;Prêt d’honneur pour commerçants de Bamako;Un prêt sans intérêt ni garantie pour démarrer.;Un prêt d’honneur de 2 000 000 FCFA remboursable en trois ans, avec un accompagnement.;Prêt;Mali;30/09/2099;https://example.org/c1',
      'C-2;Atelier export;Court;Trop court;Formation;Mali;30/09/2099;https://example.org/c2',
    ];
    await writeFile(file, lines.join('\n'));
    const env = {
      DATABASE_URL: t.database.url,
      JWT_SECRET: 'x'.repeat(40),
      LOG_LEVEL: 'silent',
      DATA_DIR: dir,
    };
    const dry = await runNode(CLI, env, {
      args: [file, '--organisation', slug, '--dry-run'],
      timeoutMs: 60_000,
    });
    expect(dry.stderr).not.toMatch(/Error/);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/Dry run .* 1 created, 0 updated, 0 unchanged, 1 refused/);
    expect(await db.query(`SELECT 1 FROM offers WHERE import_external_id = 'C-1'`)).toHaveLength(0);

    const real = await runNode(CLI, env, {
      args: [file, '--organisation', slug, '--submit'],
      timeoutMs: 60_000,
    });
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/1 created, 0 updated, 0 unchanged, 1 refused/);
    const reportPath = /Report: (.+)$/m.exec(real.stdout)![1];
    const report = await readFile(reportPath, 'utf8');
    expect(report).toMatch(/"C-2";"Atelier export";"refused"/);
    const [offer] = await db.query(`SELECT state FROM offers WHERE import_external_id = 'C-1'`);
    expect(offer.state).toBe('submitted');

    const usage = await runNode(CLI, env, { args: [file] });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--organisation/);
  });
});
