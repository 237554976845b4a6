import { Injectable, Logger } from '@nestjs/common';
import { Mailer, ValidationFailedError } from '@app/core';
import { UserDirectory, type Language, type UserSummary } from '@app/identity';
import { SEARCH_LANGUAGES, SearchService, type SearchDocument, type SearchHit } from '@app/search';
import { AlertLinks } from './alert-links';
import { alertMail } from './alert-mails';
import { mailLanguage } from './saved-search-description';
import { SavedSearchLabels } from './saved-search-labels';
import { SavedSearchRepository } from './saved-search.repository';
import { filtersOf } from './saved-search.types';

export const ENTREPRENEUR_ALERTS_JOB = 'entrepreneur.alerts';

/**
 * How far before the last run a new run looks again. An offer reaches the search index a moment
 * after it is published (longer when the engine was down and sync jobs retried): looking back
 * catches it; the record of offers already sent keeps each one to a single e-mail.
 */
export const INDEXING_GRACE_MS = 6 * 3600_000;
/** Offers listed in one e-mail; the rest are counted. */
export const MAX_OFFERS_PER_ALERT = 20;
const FETCH_SIZE = 50;
const BATCH_SIZE = 200;
const FIRST_ID = '00000000-0000-0000-0000-000000000000';

export interface AlertRunReport {
  /** Saved searches this run looked at. */
  checked: number;
  /** E-mails sent. */
  sent: number;
  /** Saved searches that failed (they stay due and are tried again at the next run). */
  failed: number;
  /** Alerts without an account never confirmed within 48 hours, deleted. */
  purgedPending: number;
}

type Outcome = 'skipped' | 'nothing' | 'sent';

/**
 * The alert job: for each saved search due (daily: last looked at 24 h ago or more; weekly:
 * 7 days), the offers published since then that match it, e-mailed once, or no e-mail at all.
 */
@Injectable()
export class AlertsService {
  private readonly logger = new Logger(AlertsService.name);

  constructor(
    private readonly repo: SavedSearchRepository,
    private readonly search: SearchService,
    private readonly users: UserDirectory,
    private readonly labels: SavedSearchLabels,
    private readonly links: AlertLinks,
    private readonly mailer: Mailer,
  ) {}

  async runDue(now = new Date()): Promise<AlertRunReport> {
    const report: AlertRunReport = { checked: 0, sent: 0, failed: 0, purgedPending: 0 };
    report.purgedPending = await this.repo.purgeExpiredPending(now);
    let after = FIRST_ID;
    for (;;) {
      const due = await this.repo.dueAfter(now, after, BATCH_SIZE);
      if (!due.length) break;
      after = due[due.length - 1].id;
      const users = await this.users.findManyByIds([
        ...new Set(due.flatMap((d) => (d.userId ? [d.userId] : []))),
      ]);
      for (const { id, userId } of due) {
        try {
          const outcome = await this.runOne(
            id,
            userId ? (users.get(userId) ?? null) : undefined,
            now,
          );
          if (outcome !== 'skipped') report.checked++;
          if (outcome === 'sent') report.sent++;
        } catch (error) {
          report.failed++;
          this.logger.error(
            { err: error, savedSearchId: id },
            'alert failed; tried again next run',
          );
        }
      }
    }
    return report;
  }

  /**
   * One saved search, in its own transaction holding its row: the e-mail goes out before the
   * run is recorded, so a failure sends nothing and leaves it due (never an offer lost; only a
   * crash between sending and committing could repeat one).
   */
  private runOne(id: string, user: UserSummary | null | undefined, now: Date): Promise<Outcome> {
    return this.repo.transaction(async (m): Promise<Outcome> => {
      const saved = await this.repo.lockIfDue(id, now, m);
      if (!saved) return 'skipped';
      const recipient = saved.userId
        ? user?.status === 'active' && user.email
          ? { email: user.email, language: user.preferredLanguage }
          : null
        : { email: saved.email!, language: saved.language ?? ('fr' as Language) };
      if (!recipient) {
        await this.repo.recordRun(id, now, [], m);
        return 'nothing';
      }
      const since = Math.max(
        saved.watchFrom.getTime(),
        saved.lastCheckedAt ? saved.lastCheckedAt.getTime() - INDEXING_GRACE_MS : 0,
      );
      let hits: SearchHit[];
      let total: number;
      try {
        ({ hits, total } = await this.search.search(
          {
            q: saved.query.q,
            lang: recipient.language,
            // Whole seconds in the index: the second `since` falls in counts as after it.
            filters: { ...filtersOf(saved.query), publishedAfterTs: Math.floor(since / 1000) - 1 },
            sort: 'newest',
            page: 1,
            pageSize: FETCH_SIZE,
          },
          now.toISOString().slice(0, 10),
        ));
      } catch (error) {
        if (!(error instanceof ValidationFailedError)) throw error;
        // A code deleted from the taxonomy since the search was saved: nothing can match it.
        this.logger.warn({ savedSearchId: id, err: error }, 'saved search no longer valid');
        await this.repo.recordRun(id, now, [], m);
        return 'nothing';
      }
      const already = await this.repo.alreadySent(
        id,
        hits.map((h) => h.document.id),
        m,
      );
      const fresh = hits.filter((h) => !already.has(h.document.id));
      if (!fresh.length) {
        await this.repo.recordRun(id, now, [], m);
        return 'nothing';
      }
      const listed = fresh.slice(0, MAX_OFFERS_PER_ALERT);
      const lang = mailLanguage(recipient.language);
      await this.mailer.send(
        await alertMail({
          to: recipient.email,
          lang,
          name: saved.name,
          description: await this.labels.describe(saved.query, lang),
          frequency: saved.frequency === 'weekly' ? 'weekly' : 'daily',
          offers: listed.map((h) => ({
            title: titleOf(h.document, recipient.language),
            organisation: h.document.organisationName,
            url: this.links.offerUrl(h.document.slug),
            deadline: h.document.deadline,
            rolling: h.document.rolling,
          })),
          more: fresh.length - listed.length + Math.max(0, total - hits.length),
          unsubscribeUrl: this.links.unsubscribeUrl(id),
          homeUrl: this.links.homeUrl(),
        }),
      );
      await this.repo.recordRun(
        id,
        now,
        listed.map((h) => h.document.id),
        m,
      );
      return 'sent';
    });
  }
}

/** The title in the reader's language, else the first the offer has. */
function titleOf(d: SearchDocument, lang: Language): string {
  for (const l of [lang, ...SEARCH_LANGUAGES.filter((x) => x !== lang)]) {
    const title = d[`title_${l}`];
    if (title) return title;
  }
  return d.slug;
}
