import { Controller, Get, Header, HttpCode, Param, Post, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCookieAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { UuidParam } from '@app/core';
import type { ImportActor } from '@app/catalogue';
import { CurrentUser, type AuthenticatedUser } from '@app/identity';
import { ImportService, reportCsv, type ImportJobView } from '@app/open-data';
import type { FastifyRequest } from 'fastify';
import { ApiProblems } from '../common/problem-responses';
import {
  IMPORT_UPLOAD_SCHEMA,
  ImportJobListResponse,
  ImportJobResponse,
  ImportPreviewResponse,
} from './imports.dto';
import { importOptionsOf, readImportUpload, requireFile } from './import-upload';

/** Organisation members import for their organisation; admins on behalf of any organisation. */
export function importActor(user: AuthenticatedUser): ImportActor {
  return { id: user.id, role: user.kind === 'admin' ? 'admin' : 'organisation' };
}

const toResponse = (job: ImportJobView): ImportJobResponse => ({
  ...job,
  report: job.report.map((r) => ({
    ...r,
    reasons: r.reasons ? [...r.reasons] : undefined,
    duplicates: r.duplicates ? [...r.duplicates] : undefined,
  })),
});

@ApiTags('catalogue import')
@ApiBearerAuth()
@ApiCookieAuth()
@ApiProblems(401, 404)
@Controller('api/v1/organisations/:organisationId/imports')
export class ImportsController {
  constructor(private readonly imports: ImportService) {}

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'previewCatalogueImport',
    summary: 'Preview an import: format, recognised columns, first rows',
    description:
      'Reads the uploaded file (CSV, XLSX or HSDS 3.0 JSON) without writing anything and answers the detected ' +
      'format and encoding, the field each column was recognised as (French or English headers) and the first ' +
      'rows. Send `mapping` to correct the detection. Members of the organisation, or admins.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: IMPORT_UPLOAD_SCHEMA })
  @ApiOkResponse({ type: ImportPreviewResponse })
  @ApiProblems(400, 413, 415)
  async preview(
    @Param('organisationId', UuidParam('organisationId')) organisationId: string,
    @Req() req: FastifyRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ImportPreviewResponse> {
    const upload = await readImportUpload(req, this.imports.maxBytes);
    const preview = await this.imports.preview(
      importActor(user),
      organisationId,
      requireFile(upload),
      importOptionsOf(upload.fields),
    );
    return {
      ...preview,
      columns: [...preview.columns],
      rows: preview.rows.map((r) => ({ line: r.line, cells: [...r.cells] })),
      unmappedFields: [...preview.unmappedFields],
    };
  }

  @Post()
  @HttpCode(202)
  @ApiOperation({
    operationId: 'startCatalogueImport',
    summary: 'Import offers from a file (in the background)',
    description:
      'Checks the file and queues the import; follow it with getCatalogueImport. Every row is checked with the ' +
      'rules of createOrganisationOffer; offers land as drafts (or submitted with `submit=true`), never ' +
      'published. Rows are keyed on (source, external id): importing the same file again changes nothing. ' +
      '`dryRun=true` reports what would happen without writing. A file that cannot be read (too large, ' +
      'unknown format, wrong encoding) is refused with nothing recorded.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: IMPORT_UPLOAD_SCHEMA })
  @ApiAcceptedResponse({ type: ImportJobResponse })
  @ApiProblems(400, 413, 415)
  async start(
    @Param('organisationId', UuidParam('organisationId')) organisationId: string,
    @Req() req: FastifyRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ImportJobResponse> {
    const upload = await readImportUpload(req, this.imports.maxBytes);
    return toResponse(
      await this.imports.start(
        importActor(user),
        organisationId,
        requireFile(upload),
        importOptionsOf(upload.fields),
      ),
    );
  }

  @Get()
  @ApiOperation({
    operationId: 'listCatalogueImports',
    summary: 'The organisation’s last imports',
    description: 'The 20 most recent import runs, newest first, with their status and counts.',
  })
  @ApiOkResponse({ type: ImportJobListResponse })
  async list(
    @Param('organisationId', UuidParam('organisationId')) organisationId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ImportJobListResponse> {
    const jobs = await this.imports.list(importActor(user), organisationId);
    return { items: jobs.map((j) => ({ ...toResponse(j), report: [] })) };
  }

  @Get(':importId')
  @ApiOperation({
    operationId: 'getCatalogueImport',
    summary: 'One import: progress, counts and row-by-row report',
    description:
      'While it runs, `processed` of `total` rows; once `done`, the report: created, updated, unchanged, ' +
      'refused (with each reason: column, field, rule and sentence) or probable duplicate of an existing offer.',
  })
  @ApiOkResponse({ type: ImportJobResponse })
  async get(
    @Param('organisationId', UuidParam('organisationId')) organisationId: string,
    @Param('importId', UuidParam('importId')) importId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ImportJobResponse> {
    return toResponse(await this.imports.get(importActor(user), organisationId, importId));
  }

  @Get(':importId/report.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiOperation({
    operationId: 'getCatalogueImportReportCsv',
    summary: 'The report of an import as CSV',
    description: 'One line per row and reason, `;`-separated, UTF-8 with BOM, for spreadsheets.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The report',
    content: {
      'text/csv': {
        example:
          '"line";"external_id";"title";"outcome";"offer_id";"column";"field";"rule";"reason"\r\n',
      },
    },
  })
  async reportCsv(
    @Param('organisationId', UuidParam('organisationId')) organisationId: string,
    @Param('importId', UuidParam('importId')) importId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<string> {
    const job = await this.imports.get(importActor(user), organisationId, importId);
    return reportCsv(job.report);
  }
}
