import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createWriteStream } from 'node:fs';
import { mkdtemp, open, rm, stat, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { PublicOffersService, TaxonomyService, type PublicOfferView } from '@app/catalogue';
import { APP_CONFIG, NotFoundError, type AppConfig } from '@app/core';
import { OrganisationService, type PublicOrganisationView } from '@app/support-organisation';
import { dataPackageDescriptor, type OpenDataLicence } from './data-package';
import {
  hsdsService,
  hsdsServiceSummary,
  hsdsTaxonomies,
  hsdsTaxonomyTerms,
  hsdsOrganization,
  type ExportContext,
} from './hsds-mapper';
import {
  csvHeader,
  csvLines,
  organizationRows,
  serviceRows,
  taxonomyRows,
  type HsdsRows,
} from './hsds-rows';
import { HSDS_TABLES, type HsdsTableName } from './hsds-tables';
import type { HsdsService, HsdsServiceSummary } from './hsds-types';
import { offerCsvHeader, offerCsvLines, termNames } from './offers-csv';

/** Offers read from the database at a time: an export never holds the whole catalogue. */
const BATCH_SIZE = 500;
/** A built zip is served again while the data has not changed, at most this long. */
const ZIP_MAX_AGE_MS = 10 * 60_000;

export interface OpenDataSummary {
  readonly licence: OpenDataLicence;
  /** Latest change of a published offer or of its organisation; null when nothing is published. */
  readonly updatedAt: Date | null;
  readonly services: number;
}

export interface HsdsServicePage {
  readonly total_items: number;
  readonly total_pages: number;
  readonly page_number: number;
  readonly size: number;
  readonly first_page: boolean;
  readonly last_page: boolean;
  readonly empty: boolean;
  readonly contents: HsdsServiceSummary[];
}

export interface BuiltZip {
  readonly file: string;
  readonly bytes: number;
  readonly updatedAt: Date | null;
  readonly builtAt: Date;
}

/**
 * The open-data exports: HSDS 3.0 services (API shape), the HSDS data package (zip of CSV
 * tables + datapackage.json) and the plain CSV. Only published offers of verified
 * organisations, through the catalogue's and organisations' public views.
 */
@Injectable()
export class OpenDataExportService implements OnModuleDestroy {
  private readonly logger = new Logger(OpenDataExportService.name);
  private zip?: { key: string; built: BuiltZip };
  private building?: { key: string; promise: Promise<BuiltZip> };

  constructor(
    private readonly offers: PublicOffersService,
    private readonly organisations: OrganisationService,
    private readonly taxonomy: TaxonomyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get licence(): OpenDataLicence {
    return { name: this.config.OPEN_DATA_LICENCE_NAME, url: this.config.OPEN_DATA_LICENCE_URL };
  }

  private get publicUrl(): string {
    return this.config.PUBLIC_URL.replace(/\/$/, '');
  }

  async summary(): Promise<OpenDataSummary> {
    const [updatedAt, page] = await Promise.all([
      this.offers.openDataUpdatedAt(),
      this.offers.openDataPage(0, 1),
    ]);
    return { licence: this.licence, updatedAt, services: page.total };
  }

  private async context(): Promise<ExportContext> {
    return {
      publicUrl: this.publicUrl,
      terms: await this.taxonomy.list(undefined, { includeRetired: true }),
    };
  }

  /** Services a page at a time, newest published first (HSDS `/services`). */
  async servicesPage(page: number, perPage: number): Promise<HsdsServicePage> {
    const { items, total } = await this.offers.openDataPage((page - 1) * perPage, perPage);
    const context = await this.context();
    const organisations = await this.organisationsOf(items);
    const contents = items.flatMap((offer) => {
      const organisation = organisations.get(offer.organisationId);
      return organisation ? [hsdsServiceSummary(offer, organisation, context)] : [];
    });
    const totalPages = Math.ceil(total / perPage);
    return {
      total_items: total,
      total_pages: totalPages,
      page_number: page,
      size: contents.length,
      first_page: page === 1,
      last_page: page >= totalPages,
      empty: contents.length === 0,
      contents,
    };
  }

  /** One fully nested service; 404 error unless published by a verified organisation. */
  async service(id: string): Promise<HsdsService> {
    const offer = await this.offers.openDataOffer(id);
    const organisation = (await this.organisationsOf([offer])).get(offer.organisationId);
    // The offer query already asked for a verified organisation; gone since means not found.
    if (!organisation) throw new NotFoundError('CATALOGUE.OFFER_NOT_FOUND', 'No such offer.');
    return hsdsService(offer, organisation, await this.context());
  }

  private organisationsOf(
    offers: readonly PublicOfferView[],
  ): Promise<Map<string, PublicOrganisationView>> {
    return this.organisations.verifiedPublicProfiles([
      ...new Set(offers.map((o) => o.organisationId)),
    ]);
  }

  /** Every open-data offer with its organisation, batch by batch. */
  private async *batches(): AsyncGenerator<
    Array<{ offer: PublicOfferView; organisation: PublicOrganisationView }>
  > {
    for await (const offers of this.offers.openDataBatches(BATCH_SIZE)) {
      const organisations = await this.organisationsOf(offers);
      yield offers.flatMap((offer) => {
        const organisation = organisations.get(offer.organisationId);
        return organisation ? [{ offer, organisation }] : [];
      });
    }
  }

  /** The plain CSV, produced batch by batch as the response is read. */
  offersCsv(): Readable {
    return Readable.from(this.offersCsvChunks(), { objectMode: false });
  }

  private async *offersCsvChunks(): AsyncGenerator<string> {
    const names = termNames(await this.taxonomy.list(undefined, { includeRetired: true }));
    yield offerCsvHeader();
    for await (const batch of this.batches()) yield offerCsvLines(batch, names, this.publicUrl);
  }

  /**
   * The HSDS data package as a zip file on disk: built once per state of the data (and at
   * most every ZIP_MAX_AGE_MS), shared by concurrent requests, streamed from the file.
   */
  async hsdsZip(): Promise<BuiltZip> {
    const summary = await this.summary();
    const key = `${summary.updatedAt?.toISOString() ?? '-'}|${summary.services}`;
    const fresh = (b: BuiltZip) => Date.now() - b.builtAt.getTime() < ZIP_MAX_AGE_MS;
    if (this.zip && this.zip.key === key && fresh(this.zip.built)) return this.zip.built;
    if (this.building?.key === key) return this.building.promise;
    const promise = this.buildZip(summary.updatedAt).then(async (built) => {
      const previous = this.zip;
      this.zip = { key, built };
      if (previous) await this.discard(previous.built);
      return built;
    });
    this.building = { key, promise };
    try {
      return await promise;
    } finally {
      if (this.building?.promise === promise) this.building = undefined;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.building?.promise.catch(() => undefined);
    if (this.zip) await this.discard(this.zip.built);
    this.zip = undefined;
  }

  private async discard(built: BuiltZip): Promise<void> {
    await rm(path.dirname(built.file), { recursive: true, force: true });
  }

  /**
   * One pass over the catalogue: each batch's rows are appended to one CSV file per table in
   * a temporary folder, then the files are zipped with `datapackage.json`.
   */
  private async buildZip(updatedAt: Date | null): Promise<BuiltZip> {
    const dir = await mkdtemp(path.join(tmpdir(), 'passerelle-hsds-'));
    const handles = new Map<HsdsTableName, FileHandle>();
    try {
      for (const table of HSDS_TABLES) {
        const handle = await open(path.join(dir, table.path), 'w');
        handles.set(table.name, handle);
        await handle.write(csvHeader(table.name));
      }
      const write = async (rows: HsdsRows) => {
        for (const [table, list] of Object.entries(rows) as Array<[HsdsTableName, never[]]>) {
          const text = csvLines(table, list);
          if (text) await handles.get(table)!.write(text);
        }
      };
      const context = await this.context();
      await write(taxonomyRows(hsdsTaxonomies(), hsdsTaxonomyTerms(context)));
      const organisationsWritten = new Set<string>();
      for await (const batch of this.batches()) {
        const rows: HsdsRows = {};
        const merge = (more: HsdsRows) => {
          for (const [table, list] of Object.entries(more) as Array<[HsdsTableName, never[]]>)
            (rows[table] ??= []).push(...list);
        };
        for (const { offer, organisation } of batch) {
          if (!organisationsWritten.has(organisation.id)) {
            organisationsWritten.add(organisation.id);
            merge(organizationRows(hsdsOrganization(organisation, context)));
          }
          merge(serviceRows(hsdsService(offer, organisation, context)));
        }
        await write(rows);
      }
      for (const handle of handles.values()) await handle.close();
      handles.clear();

      const builtAt = new Date();
      const descriptor = dataPackageDescriptor({
        licence: this.licence,
        updatedAt,
        createdAt: builtAt,
        publicUrl: this.publicUrl,
      });
      const zip = new ZipFile();
      zip.addBuffer(Buffer.from(JSON.stringify(descriptor, null, 2)), 'datapackage.json', {
        mtime: builtAt,
      });
      for (const table of HSDS_TABLES)
        zip.addFile(path.join(dir, table.path), table.path, { mtime: builtAt });
      zip.end();
      const file = path.join(dir, 'hsds.zip');
      await pipeline(zip.outputStream, createWriteStream(file));
      const { size } = await stat(file);
      this.logger.log({ bytes: size, organisations: organisationsWritten.size }, 'HSDS zip built');
      return { file, bytes: size, updatedAt, builtAt };
    } catch (error) {
      for (const handle of handles.values()) await handle.close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
  }
}
