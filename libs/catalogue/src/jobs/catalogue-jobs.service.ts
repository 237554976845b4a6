import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, Mailer, type AppConfig } from '@app/core';
import { JobQueue } from '@app/database';
import { MembershipService } from '@app/support-organisation';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { titleIn, type OfferContent } from '../offers/offer-content';
import { OFFER_CHANGED_JOB } from '../offers/offer.service';
import { OfferRepository } from '../offers/offer.repository';
import { QualityService } from '../quality/quality.service';
import { OfferEntity } from '../offers/offer.entity';

export const EXPIRE_OFFERS_JOB = 'catalogue.expire-offers';
export const FRESHNESS_REMINDERS_JOB = 'catalogue.freshness-reminders';
export const RECOMPUTE_QUALITY_JOB = 'catalogue.recompute-quality';

/** A published offer not verified for this long needs re-confirming (reminders, the organisation dashboard). */
export const STALE_AFTER_MONTHS = 6;

/** Scheduled upkeep of the catalogue, run by the worker (and callable directly in tests). */
@Injectable()
export class CatalogueJobsService {
  private readonly logger = new Logger(CatalogueJobsService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: OfferRepository,
    private readonly quality: QualityService,
    private readonly membership: MembershipService,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
  ) {}

  /** Published offers whose deadline has passed become expired, each with its audit row and search job. */
  async expireDueOffers(today = new Date().toISOString().slice(0, 10)): Promise<string[]> {
    return this.db.transaction(async (m) => {
      // TypeORM answers UPDATE … RETURNING as [rows, affected].
      const [rows]: [Array<{ id: string; organisation_id: string }>, number] = await m.query(
        `UPDATE offers SET state = 'expired', expired_at = now(), version = version + 1, updated_at = now()
          WHERE state = 'published' AND NOT rolling AND deadline < $1::date
          RETURNING id, organisation_id`,
        [today],
      );
      for (const row of rows) {
        await this.repo.audit(
          {
            organisationId: row.organisation_id,
            offerId: row.id,
            actorRole: 'system',
            action: 'offer.expired',
            fromState: 'published',
            toState: 'expired',
            reason: 'deadline passed',
          },
          m,
        );
        await this.jobs.sendInTransaction(m, OFFER_CHANGED_JOB, { offerId: row.id });
        await this.quality.refresh(row.id, m);
      }
      if (rows.length) this.logger.log({ count: rows.length }, 'offers expired');
      return rows.map((r) => r.id);
    });
  }

  /**
   * E-mails each organisation the list of its published offers not verified for six months,
   * at most once a month per offer, so the "last verified" date users see stays meaningful.
   */
  async sendFreshnessReminders(now = new Date()): Promise<number> {
    const stale: Array<{
      id: string;
      organisation_id: string;
      content: OfferContent;
      last_verified_at: Date | null;
    }> = await this.db.query(
      `SELECT id, organisation_id, content, last_verified_at FROM offers
          WHERE state = 'published'
            AND coalesce(last_verified_at, published_at) < $1::timestamptz - make_interval(months => $2)
            AND (freshness_reminded_at IS NULL OR freshness_reminded_at < $1::timestamptz - interval '30 days')
          ORDER BY organisation_id, last_verified_at`,
      [now.toISOString(), STALE_AFTER_MONTHS],
    );
    const byOrganisation = new Map<string, typeof stale>();
    for (const offer of stale)
      byOrganisation.set(offer.organisation_id, [
        ...(byOrganisation.get(offer.organisation_id) ?? []),
        offer,
      ]);
    let sent = 0;
    for (const [organisationId, offers] of byOrganisation) {
      const base = this.config.PUBLIC_URL.replace(/\/$/, '');
      const lines = offers
        .map((o) => `- ${titleIn(o.content)}: ${base}/espace/offres/${o.id}`)
        .join('\n');
      for (const member of await this.membership.memberEmails(organisationId)) {
        await this.mailer.send({
          to: member.email,
          subject: 'Vos offres sont-elles toujours à jour ? / Are your offers still up to date?',
          text:
            `Ces offres n'ont pas été vérifiées depuis plus de ${STALE_AFTER_MONTHS} mois. Confirmez-les (« toujours exacte ») ou mettez-les à jour :\n${lines}\n\n----\n\n` +
            `These offers were not verified for more than ${STALE_AFTER_MONTHS} months. Re-confirm them ("still accurate") or update them:\n${lines}\n\n— Passerelle\n`,
        });
        sent++;
      }
      await this.db.query(
        `UPDATE offers SET freshness_reminded_at = $2 WHERE id = ANY($1::uuid[])`,
        [offers.map((o) => o.id), now],
      );
    }
    return sent;
  }

  /** Freshness decays with time, so scores are recomputed daily even when nothing was edited. */
  async recomputeQuality(now = new Date()): Promise<number> {
    let changed = 0;
    const offers = await this.db
      .getRepository(OfferEntity)
      .find({ where: [{ state: 'published' }, { state: 'expired' }] });
    for (const offer of offers) {
      const score = await this.quality.scoreFor(offer, now);
      if (score !== offer.qualityScore) {
        await this.db.transaction(async (m) => {
          await m.query(`UPDATE offers SET quality_score = $2 WHERE id = $1`, [offer.id, score]);
          await this.jobs.sendInTransaction(m, OFFER_CHANGED_JOB, { offerId: offer.id });
        });
        changed++;
      }
    }
    return changed;
  }
}
