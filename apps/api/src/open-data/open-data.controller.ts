import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createReadStream } from 'node:fs';
import { UuidParam } from '@app/core';
import { Public } from '@app/identity';
import { OpenDataExportService } from '@app/open-data';
import { ApiProblems } from '../common/problem-responses';
import {
  HSDS_SERVICE_EXAMPLE,
  HSDS_SERVICE_SUMMARY_EXAMPLE,
  HsdsPageQueryDto,
  HsdsServiceDto,
  HsdsServicePageDto,
} from './open-data.dto';

/** Open data changes when a moderator publishes: five minutes of caching costs nobody. */
const CACHE = 'public, max-age=300';
const DEFAULT_PER_PAGE = 50;

/**
 * Open data: the published offers of verified organisations, in Open Referral HSDS 3.0
 * (API shape and Frictionless data package) and as a plain CSV. No personal data: only what
 * the public pages show. Licence: OPEN_DATA_LICENCE_NAME (Licence Ouverte 2.0 by default).
 */
@ApiTags('open data')
@Public()
@Controller('api/v1/open-data')
export class OpenDataController {
  constructor(private readonly exports: OpenDataExportService) {}

  @Get('hsds.zip')
  @ApiOperation({
    operationId: 'downloadHsdsDataPackage',
    summary: 'The whole catalogue as an HSDS 3.0 data package (zip of CSV tables)',
    description:
      'A Frictionless tabular data package: `datapackage.json` (licence, update time, one table schema per resource, taken from HSDS 3.0) and one CSV per HSDS table (organizations, services, service_areas, languages, cost_options, funding, contacts, phones, attributes, taxonomies, taxonomy_terms). Only published offers of verified organisations. Rebuilt when the data changes; `Last-Modified` is the latest change.',
  })
  @ApiProduces('application/zip')
  @ApiOkResponse({
    description: 'The zip file',
    content: {
      'application/zip': {
        schema: { type: 'string', format: 'binary' },
        example: 'PK… (datapackage.json, services.csv, organizations.csv, …)',
      },
    },
  })
  async hsdsZip(@Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const zip = await this.exports.hsdsZip();
    const file = createReadStream(zip.file);
    void reply.header('cache-control', CACHE);
    if (zip.updatedAt) void reply.header('last-modified', zip.updatedAt.toUTCString());
    return new StreamableFile(file, {
      type: 'application/zip',
      disposition: 'attachment; filename="passerelle-hsds.zip"',
      length: zip.bytes,
    });
  }

  @Get('hsds/services')
  @ApiOperation({
    operationId: 'listHsdsServices',
    summary: 'Services in the HSDS 3.0 API shape, a page at a time',
    description:
      'The HSDS 3.0 `/services` operation: each item holds the service’s one-to-one fields and its organization (schema `compiled/service_list.json`), newest published first. `page` starts at 1; `per_page` is at most 100. Only published offers of verified organisations.',
  })
  @ApiOkResponse({
    type: HsdsServicePageDto,
    description: 'A page of services',
    example: {
      total_items: 1,
      total_pages: 1,
      page_number: 1,
      size: 1,
      first_page: true,
      last_page: true,
      empty: false,
      contents: [HSDS_SERVICE_SUMMARY_EXAMPLE],
    },
  })
  @ApiProblems(400)
  async services(
    @Query() query: HsdsPageQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HsdsServicePageDto> {
    void reply.header('cache-control', CACHE);
    return this.exports.servicesPage(query.page ?? 1, query.per_page ?? DEFAULT_PER_PAGE);
  }

  @Get('hsds/services/:id')
  @ApiOperation({
    operationId: 'getHsdsService',
    summary: 'One fully nested service in HSDS 3.0',
    description:
      'The HSDS 3.0 `/services/{id}` operation (schema `compiled/service.json`): the service with its organization, service areas (countries of the project), languages, cost options, funding (amount range), public contact and attributes (category, sectors, stages and eligibility as taxonomy terms). 404 unless the offer is published by a verified organisation.',
  })
  @ApiOkResponse({
    type: HsdsServiceDto,
    description: 'The service',
    example: HSDS_SERVICE_EXAMPLE,
  })
  @ApiProblems(400, 404)
  async service(
    @Param('id', UuidParam('id')) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HsdsServiceDto> {
    const service = await this.exports.service(id);
    void reply.header('cache-control', CACHE);
    return service;
  }

  @Get('offers.csv')
  @ApiOperation({
    operationId: 'downloadOffersCsv',
    summary: 'The catalogue as a plain CSV for spreadsheets',
    description:
      'One row per published offer of a verified organisation, in plain columns (names in French rather than codes, amounts in the currency’s unit, lists joined with " | "). UTF-8 with a byte-order mark so Excel reads accents; a cell that would start a formula (=, +, -, @) is prefixed with an apostrophe.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The CSV file',
    content: {
      'text/csv': {
        schema: { type: 'string' },
        example:
          'id,url,titre,title_en,…\r\n9b2e7c1d-…,https://passerelle.example.org/offres/bourse-d-amorcage,Bourse d’amorçage…\r\n',
      },
    },
  })
  offersCsv(@Res({ passthrough: true }) reply: FastifyReply): StreamableFile {
    void reply.header('cache-control', CACHE);
    return new StreamableFile(this.exports.offersCsv(), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="passerelle-offres.csv"',
    });
  }
}
