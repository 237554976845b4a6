import { Body, Get, Post, Query, Req } from '@nestjs/common';
import { AppError, NotFoundError, statusOf } from '@app/core';
import { Roles } from '@app/identity';
import {
  FIELD_HEADERS,
  IMPORT_FIELDS,
  ImportService,
  type ImportField,
  type ImportJobView,
} from '@app/open-data';
import { OrganisationService, type OrganisationView } from '@app/support-organisation';
import type { FastifyRequest } from 'fastify';
import { importActor } from '../../open-data/imports.controller';
import { importOptionsOf, readImportUpload, requireFile } from '../../open-data/import-upload';
import { organisationMessages } from '../messages';
import { PageIdParam } from '../page-id';
import { asForm, checked, text, type FormBody } from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { Web, withQuery, type WebContext } from '../web/web-context';
import { sendCsv } from '../web/csv';
import { fieldLabel, localReportCsv, reportProblems, uploadProblem } from './import-messages';
import {
  Formatter,
  OrganisationScopes,
  spaceNav,
  type OrganisationScope,
} from './organisation-web';

/** Seconds between refreshes of a run's page while it is under way (no script needed). */
const REFRESH_SECONDS = 2;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The catalogue import in the organisation space: upload a file (it is checked at once and
 * a dry run starts), see the recognised columns with the first rows and correct them, read
 * the dry run's report, then run the import for real — each run a background job whose page
 * refreshes itself until it is done.
 */
@PortalController('espace/import')
export class ImportPagesController {
  constructor(
    private readonly scopes: OrganisationScopes,
    private readonly imports: ImportService,
    private readonly organisations: OrganisationService,
  ) {}

  /**
   * The organisation the page is about: one of the member's, or — for an admin importing on
   * an organisation's behalf — the one named in the address (no organisation-space menu then).
   */
  /** The organisation a form about one of its imports was posted for: 404 when none is. */
  private async postedOrganisation(web: WebContext, form: FormBody): Promise<OrganisationView> {
    const { scope } = await this.scopeOf(web, text(form, 'organisationId') || undefined);
    if (!scope.current) {
      throw new AppError('not_found', 'OPEN_DATA.IMPORT_NOT_FOUND', 'No such import.');
    }
    return scope.current;
  }

  private async scopeOf(
    web: WebContext,
    requested: string | undefined,
  ): Promise<{ scope: OrganisationScope; nav: ReturnType<typeof spaceNav> | null }> {
    const user = web.user!;
    if (user.kind === 'admin') {
      if (!requested || !UUID.test(requested)) {
        throw new NotFoundError('ORGANISATION.NOT_FOUND', 'No such organisation.');
      }
      const summary = await this.organisations.summary(requested);
      const current = { id: summary.id, name: summary.name } as OrganisationView;
      return { scope: { organisations: [current], current }, nav: null };
    }
    const scope = await this.scopes.resolve(user, requested);
    return { scope, nav: spaceNav(web, scope, 'import') };
  }

  @Get()
  @Roles('organisation_member', 'admin')
  async start(
    @Web(organisationMessages) web: WebContext,
    @Query('organisation') requested?: string,
  ): Promise<void> {
    const { scope, nav } = await this.scopeOf(web, requested);
    await this.showUpload(web, scope, nav);
  }

  /** Multipart: the CSRF token comes in the action's query (the body is a file stream). */
  @Post()
  @Roles('organisation_member', 'admin')
  async upload(
    @Web(organisationMessages) web: WebContext,
    @Req() req: FastifyRequest,
    @Query('organisation') requested?: string,
  ): Promise<void> {
    const user = web.user!;
    const { scope, nav } = await this.scopeOf(web, requested);
    if (!scope.current) {
      web.redirect('/espace/organisations/nouvelle', 'offers.organisationFirst');
      return;
    }
    let run: ImportJobView;
    try {
      const upload = await readImportUpload(req, this.imports.maxBytes);
      const options = importOptionsOf(upload.fields);
      run = await this.imports.start(importActor(user), scope.current.id, requireFile(upload), {
        ...options,
        dryRun: true,
      });
    } catch (error) {
      if (!(error instanceof AppError) || error.kind === 'not_found') throw error;
      await this.showUpload(web, scope, nav, error);
      return;
    }
    web.redirect(this.runPath(run), 'import.dryRunStarted');
  }

  @Get(':id')
  @Roles('organisation_member', 'admin')
  async run(
    @Web(organisationMessages) web: WebContext,
    @PageIdParam('id') id: string,
    @Query('organisation') requested?: string,
  ): Promise<void> {
    const user = web.user!;
    const { scope, nav } = await this.scopeOf(web, requested);
    if (!scope.current) {
      web.redirect('/espace/organisations/nouvelle', 'offers.organisationFirst');
      return;
    }
    const actor = importActor(user);
    const run = await this.imports.get(actor, scope.current.id, id);
    const busy = run.status === 'pending' || run.status === 'running';
    const preview = run.dryRun ? await this.imports.previewOf(actor, scope.current.id, id) : null;
    await web.render(
      'organisation/import-run',
      {
        title: web.t(run.dryRun ? 'import.run.dryTitle' : 'import.run.title'),
        noindex: true,
        refreshSeconds: busy ? REFRESH_SECONDS : undefined,
      },
      {
        nav,
        styles: ['organisation.css'],
        organisation: scope.current,
        f: new Formatter(web.lang),
        run,
        busy,
        preview,
        fields: IMPORT_FIELDS.map((field) => ({ field, label: fieldLabel(field, web.t) })),
        fieldLabel: (field: ImportField | null) => (field ? fieldLabel(field, web.t) : ''),
        problems: reportProblems(run.report, web.t),
        backHref: withQuery('/espace/import', { organisation: scope.current.id }),
        offersHref: withQuery('/espace/offres', { organisation: scope.current.id }),
        reportHref: withQuery(`/espace/import/${run.id}/rapport.csv`, {
          organisation: scope.current.id,
        }),
      },
    );
  }

  /** The run's whole report as CSV, in the page language (the API's keeps codes, in English). */
  @Get(':id/rapport.csv')
  @Roles('organisation_member', 'admin')
  async reportCsv(
    @Web(organisationMessages) web: WebContext,
    @PageIdParam('id') id: string,
    @Query('organisation') requested?: string,
  ): Promise<void> {
    const { scope } = await this.scopeOf(web, requested);
    if (!scope.current) throw new NotFoundError('OPEN_DATA.IMPORT_NOT_FOUND', 'No such import.');
    const run = await this.imports.get(importActor(web.user!), scope.current.id, id);
    sendCsv(web, `import-${run.id}.csv`, localReportCsv(run.report, web.t, web.lang));
  }

  /** Another dry run of the same file with the corrected mapping (`column.<n>` selects). */
  @Post(':id/correspondance')
  @Roles('organisation_member', 'admin')
  async remap(
    @Web(organisationMessages) web: WebContext,
    @PageIdParam('id') id: string,
    @Body() body: unknown,
  ): Promise<void> {
    const form = asForm(body);
    const organisation = await this.postedOrganisation(web, form);
    const mapping: Record<string, string> = {};
    for (const [name, value] of Object.entries(form)) {
      const column = /^column\.(\d{1,3})$/.exec(name);
      if (column && typeof value === 'string') mapping[column[1]] = value;
    }
    const run = await this.imports.rerun(importActor(web.user!), organisation.id, id, {
      dryRun: true,
      mapping,
    });
    web.redirect(this.runPath(run), 'import.dryRunStarted');
  }

  /** The real run of a dry run's file: drafts, or submitted offers when asked. */
  @Post(':id/lancer')
  @Roles('organisation_member', 'admin')
  async launch(
    @Web(organisationMessages) web: WebContext,
    @PageIdParam('id') id: string,
    @Body() body: unknown,
  ): Promise<void> {
    const form = asForm(body);
    const organisation = await this.postedOrganisation(web, form);
    const run = await this.imports.rerun(importActor(web.user!), organisation.id, id, {
      dryRun: false,
      submit: checked(form, 'submit'),
    });
    web.redirect(this.runPath(run), 'import.started');
  }

  private runPath(run: ImportJobView): string {
    return withQuery(`/espace/import/${run.id}`, { organisation: run.organisationId });
  }

  private async showUpload(
    web: WebContext,
    scope: OrganisationScope,
    nav: ReturnType<typeof spaceNav> | null,
    error?: AppError,
  ) {
    const organisation = scope.current;
    const maxMegabytes = Math.round(this.imports.maxBytes / 1_048_576);
    await web.render(
      'organisation/import',
      { title: web.t('import.title'), noindex: true },
      {
        nav,
        styles: ['organisation.css'],
        organisation: organisation ?? null,
        error: error ? uploadProblem(web.t, error, maxMegabytes) : undefined,
        maxMegabytes,
        f: new Formatter(web.lang),
        action: organisation
          ? withQuery('/espace/import', { organisation: organisation.id, _csrf: web.csrf() })
          : '',
        runs: organisation
          ? (await this.imports.list(importActor(web.user!), organisation.id)).map((r) => ({
              ...r,
              href: this.runPath(r),
            }))
          : [],
        headers: IMPORT_FIELDS.filter((f) => !/_(pt|ar)$/.test(f)).map((f) => ({
          field: fieldLabel(f, web.t),
          names: FIELD_HEADERS[f].join(', '),
        })),
      },
      { status: error ? statusOf(error.kind) : 200 },
    );
  }
}
