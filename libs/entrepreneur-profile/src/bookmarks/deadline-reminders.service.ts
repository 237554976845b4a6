import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, Mailer, type AppConfig } from '@app/core';
import { CONTENT_LANGUAGES, PublicOffersService, type OfferCardView } from '@app/catalogue';
import { PersonalDataRegistry, UserDirectory, type UserSummary } from '@app/identity';
import { OrganisationService } from '@app/support-organisation';
import { DeadlineRemindersRepository } from './deadline-reminders.repository';
import { addDays, daysBetween, reminderThreshold } from './reminder-days';
import { ReminderLinks, type ReminderStop } from './reminder-links';
import { deadlineReminderMail } from './reminder-mails';

export const DEADLINE_REMINDERS_JOB = 'entrepreneur.deadline-reminders';

const BATCH_SIZE = 500;
const FIRST_ID = '00000000-0000-0000-0000-000000000000';

export interface ReminderRunReport {
  /** Published offers closing within the largest threshold. */
  offers: number;
  sent: number;
  /** Reminders that failed to go out (not recorded: the next run tries again). */
  failed: number;
  /** Records of reminders whose deadline has passed, deleted. */
  purged: number;
}

/**
 * Deadline reminders for saved offers (DEADLINE_REMINDER_DAYS before the deadline, once per
 * offer, deadline and threshold), and the switches that stop them: per saved offer, per account.
 */
@Injectable()
export class DeadlineRemindersService implements OnModuleInit {
  private readonly logger = new Logger(DeadlineRemindersService.name);

  constructor(
    private readonly repo: DeadlineRemindersRepository,
    private readonly offers: PublicOffersService,
    private readonly organisations: OrganisationService,
    private readonly users: UserDirectory,
    private readonly links: ReminderLinks,
    private readonly mailer: Mailer,
    private readonly personalData: PersonalDataRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      section: 'deadlineReminders',
      export: async (userId) => ({ allStopped: await this.repo.optedOut(userId) }),
      erase: (userId, m) => this.repo.erase(userId, m),
    });
  }

  /** `now`: the job's clock; its UTC day is "today". */
  async runDue(now = new Date()): Promise<ReminderRunReport> {
    const today = now.toISOString().slice(0, 10);
    const thresholds = this.config.DEADLINE_REMINDER_DAYS;
    const ids = await this.offers.publishedClosingBetween(
      addDays(today, 1),
      addDays(today, Math.max(...thresholds)),
    );
    const report: ReminderRunReport = {
      offers: ids.length,
      sent: 0,
      failed: 0,
      purged: await this.repo.purgeBefore(today),
    };
    if (!ids.length) return report;
    const cards = await this.offers.cards(ids);
    const organisationOf = await this.offers.organisationIdsOf(ids);
    const names = await this.organisations.summaries([...new Set(organisationOf.values())]);
    for (const offerId of ids) {
      const card = cards.get(offerId);
      if (card?.state !== 'published' || !card.deadline) continue;
      const daysLeft = daysBetween(today, card.deadline);
      const thresholdDays = reminderThreshold(daysLeft, thresholds);
      if (thresholdDays === undefined) continue;
      const organisationName = names.get(organisationOf.get(offerId) ?? '')?.name ?? '';
      let after = FIRST_ID;
      for (;;) {
        const userIds = await this.repo.subscribers(offerId, after, BATCH_SIZE);
        if (!userIds.length) break;
        after = userIds[userIds.length - 1];
        const users = await this.users.findManyByIds(userIds);
        for (const user of users.values()) {
          // Only addresses their owner proved: a reminder is not worth mailing a stranger.
          if (user.status !== 'active' || !user.email || !user.emailVerified) continue;
          try {
            const sent = await this.remind(user, card, organisationName, daysLeft, thresholdDays);
            if (sent) report.sent++;
          } catch (error) {
            report.failed++;
            this.logger.error(
              { err: error, offerId, userId: user.id },
              'deadline reminder failed; tried again next run',
            );
          }
        }
      }
    }
    return report;
  }

  /**
   * Records the reminder and sends it in one transaction: when sending fails nothing is
   * recorded (the next run tries again); once committed, no run sends it again.
   */
  private remind(
    user: UserSummary,
    card: OfferCardView,
    organisationName: string,
    daysLeft: number,
    thresholdDays: number,
  ): Promise<boolean> {
    const deadline = card.deadline!;
    return this.repo.transaction(async (m) => {
      const claimed = await this.repo.claim(
        { userId: user.id, offerId: card.id, deadline, thresholdDays },
        m,
      );
      if (!claimed) return false;
      const lang = user.preferredLanguage;
      const title =
        card.titles[lang] ?? CONTENT_LANGUAGES.map((l) => card.titles[l]).find(Boolean) ?? '';
      await this.mailer.send(
        await deadlineReminderMail(user.email!, lang, {
          offerTitle: title,
          organisationName,
          deadline,
          daysLeft,
          offerUrl: this.links.offerUrl(card.slug),
          stopOfferUrl: this.links.stopUrl(
            { scope: 'offer', userId: user.id, offerId: card.id },
            lang,
          ),
          stopAllUrl: this.links.stopUrl({ scope: 'all', userId: user.id }, lang),
        }),
      );
      return true;
    });
  }

  /** Whether the account turned every deadline reminder off. */
  async allStopped(userId: string): Promise<boolean> {
    return this.repo.optedOut(userId);
  }

  async setAccountReminders(userId: string, on: boolean): Promise<void> {
    await this.repo.setOptedOut(userId, !on);
  }

  async setOfferReminders(userId: string, offerId: string, on: boolean): Promise<void> {
    await this.repo.setOfferReminders(userId, offerId, on);
  }

  /** What a stop link names (400 when not ours), without applying it: the page shows it first. */
  stopOf(token: string): ReminderStop {
    return this.links.stopOf(token);
  }

  /** Applies a stop link; idempotent, so the link keeps answering the same. */
  async stop(token: string): Promise<ReminderStop> {
    const stop = this.links.stopOf(token);
    if (stop.scope === 'all') await this.repo.setOptedOut(stop.userId, true);
    else await this.repo.setOfferReminders(stop.userId, stop.offerId, false);
    return stop;
  }
}
