import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Mailer, ValidationFailedError, type MailMessage, type Page } from '@app/core';
import { hashToken, newOpaqueToken, PersonalDataRegistry, type Language } from '@app/identity';
import { SearchService } from '@app/search';
import { AlertLinks, invalidAlertLink } from './alert-links';
import { confirmAlertMail } from './alert-mails';
import { mailLanguage } from './saved-search-description';
import type { SavedSearchEntity } from './saved-search.entity';
import { SavedSearchLabels } from './saved-search-labels';
import { SavedSearchRepository } from './saved-search.repository';
import {
  filtersOf,
  normalizeQuery,
  SAVED_SEARCH_NAME_MAX,
  type AlertFrequency,
  type SavedSearchQuery,
  type SavedSearchView,
} from './saved-search.types';
import { savedSearchNotFound, tooManySavedSearches } from './saved-searches.errors';

/** Enough for anyone's real use; stops a script from filling the table. */
export const MAX_SAVED_SEARCHES_PER_USER = 50;
/** Confirmed alerts without an account, per address. */
export const MAX_ALERTS_PER_EMAIL = 20;
/** Unconfirmed requests per address: bounds the confirmation mail anyone can make us send. */
export const MAX_PENDING_ALERTS_PER_EMAIL = 5;
export const ALERT_CONFIRMATION_TTL_MS = 48 * 3600_000;

export interface SavedSearchInput {
  readonly name: string;
  readonly search: SavedSearchQuery;
  readonly frequency?: AlertFrequency;
}

export interface SavedSearchChanges {
  readonly name?: string;
  readonly search?: SavedSearchQuery;
  readonly frequency?: AlertFrequency;
}

export interface AlertRequest {
  readonly email: string;
  readonly search: SavedSearchQuery;
  readonly frequency: 'daily' | 'weekly';
  /** Defaults to the search in words. */
  readonly name?: string;
  /** Language of the e-mails (fr or en; pt and ar readers get French for now). */
  readonly language?: Language;
}

function toView(s: SavedSearchEntity): SavedSearchView {
  return {
    id: s.id,
    name: s.name,
    search: s.query,
    frequency: s.frequency,
    lastAlertAt: s.lastAlertAt,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

@Injectable()
export class SavedSearchesService implements OnModuleInit {
  private readonly logger = new Logger(SavedSearchesService.name);

  constructor(
    private readonly repo: SavedSearchRepository,
    private readonly search: SearchService,
    private readonly labels: SavedSearchLabels,
    private readonly links: AlertLinks,
    private readonly mailer: Mailer,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      section: 'savedSearches',
      export: async (userId) => {
        const searches = await this.repo.allForUser(userId);
        const sent = await this.repo.sentOffers(searches.map((s) => s.id));
        return searches.map((s) => ({
          ...toView(s),
          lastCheckedAt: s.lastCheckedAt,
          offersAlerted: sent
            .filter((o) => o.savedSearchId === s.id)
            .map((o) => ({ offerId: o.offerId, sentAt: o.sentAt })),
        }));
      },
      erase: (userId, m) => this.repo.eraseForUser(userId, m),
    });
  }

  // --- an account's saved searches -------------------------------------------------------------

  async list(
    userId: string,
    window: { page: number; pageSize: number; offset: number; limit: number },
  ): Promise<Page<SavedSearchView>> {
    const [rows, total] = await this.repo.pageForUser(userId, window.offset, window.limit);
    return { items: rows.map(toView), page: window.page, pageSize: window.pageSize, total };
  }

  /** 404 for someone else's saved search as for one that does not exist. */
  async get(userId: string, id: string): Promise<SavedSearchView> {
    const found = await this.repo.findForUser(userId, id);
    if (!found) throw savedSearchNotFound();
    return toView(found);
  }

  async create(userId: string, input: SavedSearchInput): Promise<SavedSearchView> {
    const query = await this.checked(input.search);
    if ((await this.repo.countForUser(userId)) >= MAX_SAVED_SEARCHES_PER_USER)
      throw tooManySavedSearches(MAX_SAVED_SEARCHES_PER_USER);
    const created = await this.repo.insert({
      userId,
      name: input.name.trim(),
      query,
      frequency: input.frequency ?? 'daily',
      confirmedAt: new Date(),
    });
    return this.get(userId, created.id);
  }

  /**
   * Changing the search, or turning alerts back on, starts watching from now: the next alert
   * never brings offers published while the search was different or silent.
   */
  async update(userId: string, id: string, changes: SavedSearchChanges): Promise<SavedSearchView> {
    const current = await this.repo.findForUser(userId, id);
    if (!current) throw savedSearchNotFound();
    const query = changes.search ? await this.checked(changes.search) : undefined;
    const restarts =
      (query && JSON.stringify(query) !== JSON.stringify(normalizeQuery(current.query))) ||
      (current.frequency === 'off' && changes.frequency && changes.frequency !== 'off');
    const updated = await this.repo.updateForUser(userId, id, {
      ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
      ...(query ? { query } : {}),
      ...(changes.frequency ? { frequency: changes.frequency } : {}),
      ...(restarts ? { watchFrom: new Date() } : {}),
    });
    if (!updated) throw savedSearchNotFound();
    return this.get(userId, id);
  }

  async remove(userId: string, id: string): Promise<void> {
    if (!(await this.repo.deleteForUser(userId, id))) throw savedSearchNotFound();
  }

  // --- alerts without an account -------------------------------------------------------------

  /**
   * Stores a pending alert and e-mails a confirmation link. The caller gets the same answer
   * whatever the address (known, with alerts already, over its limits): nothing tells them apart.
   */
  async requestAlert(input: AlertRequest, now = new Date()): Promise<void> {
    const query = await this.checked(input.search);
    const email = input.email.trim().toLowerCase();
    const lang = mailLanguage(input.language);
    const description = await this.labels.describe(query, lang);
    const name = input.name?.trim() || truncate(description, SAVED_SEARCH_NAME_MAX);
    const existing = await this.repo.countAlertsForEmail(email);
    if (
      existing.confirmed >= MAX_ALERTS_PER_EMAIL ||
      existing.pending >= MAX_PENDING_ALERTS_PER_EMAIL
    )
      return;
    const token = newOpaqueToken();
    await this.repo.insert({
      email,
      language: input.language ?? 'fr',
      name,
      query,
      frequency: input.frequency,
      confirmTokenHash: hashToken(token),
      confirmExpiresAt: new Date(now.getTime() + ALERT_CONFIRMATION_TTL_MS),
    });
    this.sendLater(
      confirmAlertMail({
        to: email,
        lang,
        name,
        description,
        frequency: input.frequency,
        confirmUrl: this.links.confirmUrl(token),
      }),
    );
  }

  /** Activates a pending alert; the link works once, for 48 hours. */
  async confirmAlert(
    token: string,
    now = new Date(),
  ): Promise<{ name: string; frequency: AlertFrequency }> {
    const confirmed = await this.repo.confirm(hashToken(token), now);
    if (!confirmed) throw invalidAlertLink();
    return { name: confirmed.name, frequency: confirmed.frequency };
  }

  /**
   * The one-click link of every alert e-mail (no sign-in): an account's search stops sending,
   * an alert without an account is deleted. Clicking again answers the same.
   */
  async unsubscribe(token: string): Promise<{ name: string | null }> {
    const id = this.links.unsubscribeTarget(token);
    const done = await this.repo.unsubscribe(id);
    return { name: done?.name ?? null };
  }

  /** Checks the search as GET /api/v1/search would (same rules, same messages). */
  private async checked(search: SavedSearchQuery): Promise<SavedSearchQuery> {
    const query = normalizeQuery(search);
    try {
      await this.search.validate({
        q: query.q,
        lang: 'fr',
        filters: filtersOf(query),
        sort: 'relevance',
        page: 1,
        pageSize: 1,
      });
    } catch (error) {
      if (!(error instanceof ValidationFailedError)) throw error;
      // The search sits under `search` in the request body.
      const violations = (error.extra.violations ?? []).map((v) => ({
        ...v,
        field: `search.${v.field}`,
      }));
      throw new ValidationFailedError(violations, error.message);
    }
    return query;
  }

  /** After the response: its timing must not depend on the mail server. */
  private sendLater(message: Promise<MailMessage>): void {
    message
      .then(async (rendered) => {
        // After the response: its timing must not tell known addresses from others.
        await new Promise((resolve) => setImmediate(resolve));
        await this.mailer.send(rendered);
      })
      .catch((error: unknown) => this.logger.error({ err: error }, 'could not send e-mail'));
  }
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
