import { Inject, Injectable, Logger } from '@nestjs/common';
import { PublicOffersService, TaxonomyService, type PublicOfferView } from '@app/catalogue';
import { OrganisationService } from '@app/support-organisation';
import { SEARCH_ENGINE, type SearchEngine } from '../engine/search-engine';
import { buildSearchDocument, type SearchDocument } from '../search-document';

export interface ReconcileReport {
  readonly checked: number;
  readonly upserted: number;
  readonly deleted: number;
}

/**
 * Turns catalogue rows into search documents and keeps the engine in step. Jobs carry ids
 * only: the current row is read here, so a replayed or late job writes the current truth.
 */
@Injectable()
export class SearchIndexer {
  private readonly logger = new Logger(SearchIndexer.name);

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly offers: PublicOffersService,
    private readonly organisations: OrganisationService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** Replaces the offer's document, or removes it when the offer is no longer public. Idempotent. */
  async syncOffer(offerId: string): Promise<'upserted' | 'deleted'> {
    const offer = await this.offers.findForIndex(offerId);
    if (!offer) {
      await this.engine.delete([offerId]);
      return 'deleted';
    }
    await this.engine.upsert(await this.documents([offer]));
    return 'upserted';
  }

  /** An organisation's name, kind or badge changed: every one of its public offers shows it. */
  async syncOrganisation(organisationId: string): Promise<number> {
    const ids = await this.offers.publishedIdsOfOrganisation(organisationId);
    for (const id of ids) await this.syncOffer(id);
    return ids.length;
  }

  /** Documents for a batch of offers, with two queries for their organisations and labels. */
  async documents(offers: readonly PublicOfferView[]): Promise<SearchDocument[]> {
    const organisations = await this.organisations.summaries([
      ...new Set(offers.map((o) => o.organisationId)),
    ]);
    const out: SearchDocument[] = [];
    for (const offer of offers) {
      const organisation = organisations.get(offer.organisationId);
      if (!organisation) continue;
      const [category] = await this.taxonomy.labelsFor('category', [offer.content.categoryCode]);
      const categories = [
        ...(category?.parentCode
          ? await this.taxonomy.labelsFor('category', [category.parentCode])
          : []),
        ...(category ? [category] : []),
      ];
      out.push(
        buildSearchDocument({
          offer,
          organisation: {
            name: organisation.name,
            kind: organisation.kind,
            verified: organisation.verified,
          },
          categories,
          sectors: await this.taxonomy.labelsFor('sector', offer.content.sectorCodes),
          stages: await this.taxonomy.labelsFor('stage', offer.content.stageCodes),
        }),
      );
    }
    return out;
  }

  async *allDocuments(batchSize = 1000): AsyncGenerator<SearchDocument[]> {
    for await (const batch of this.offers.publishedBatches(batchSize)) yield this.documents(batch);
  }

  /** Finds and fixes every difference between the database and the index. */
  async reconcile(): Promise<ReconcileReport> {
    const indexed = await this.engine.indexedFingerprints();
    let checked = 0;
    let upserted = 0;
    for await (const batch of this.allDocuments()) {
      checked += batch.length;
      const stale = batch.filter((d) => indexed.get(d.id) !== d.fingerprint);
      if (stale.length) await this.engine.upsert(stale);
      upserted += stale.length;
      for (const d of batch) indexed.delete(d.id);
    }
    const extra = [...indexed.keys()];
    if (extra.length) await this.engine.delete(extra);
    const report = { checked, upserted, deleted: extra.length };
    if (upserted || extra.length) this.logger.warn(report, 'search index drift fixed');
    return report;
  }

  async rebuild(onProgress?: (done: number) => void): Promise<void> {
    await this.engine.prepare();
    await this.engine.rebuild(this.allDocuments(), onProgress);
  }
}
