import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, countryName, languageName, Mailer, type AppConfig } from '@app/core';
import { PublicOffersService, TaxonomyService, titleIn } from '@app/catalogue';
import { PersonalDataRegistry, UserDirectory, type AuthenticatedUser } from '@app/identity';
import { MembershipService, OrganisationService } from '@app/support-organisation';
import { ProfileService } from '../profile/profile.service';
import { PROFILE_SHAREABLE_FIELDS } from '../profile/profile.types';
import {
  answerViolation,
  contactRequestNotFound,
  illegalStatusChange,
  offerAlreadyContacted,
  offerNotOpenForContact,
  reasonViolation,
  tooManyContactRequests,
} from './contact-request-errors';
import {
  newRequestMail,
  sharedFieldRows,
  statusChangedMail,
  type Labeller,
} from './contact-request-mails';
import {
  answerProblem,
  reasonProblem,
  sourcesOf,
  type ContactRequestStatus,
  type ContactRequestTarget,
} from './contact-request-state';
import type { ContactRequestEntity } from './contact-request.entity';
import { ContactRequestRepository } from './contact-request.repository';
import type {
  ContactRequestInput,
  ReceivedContactRequestView,
  SentContactRequestView,
  SharedProfileFields,
} from './contact-request.types';

/**
 * How many requests an entrepreneur may send: in all, per sliding hour, and per offer,
 * per sliding day. Counted on the stored requests (see `send`), so only requests that
 * were actually sent count, and every API process sees the same numbers.
 */
export const CONTACT_REQUEST_LIMITS = {
  perSender: { max: 5, windowSeconds: 3600 },
  perOffer: { max: 1, windowSeconds: 86_400 },
} as const;

/** What an organisation keeps of an erased sender: their message, under this name. */
export const ERASED_SENDER_NAME = 'Compte supprimé / Deleted account';

const UNNAMED_SENDER = 'Entrepreneur·e / Entrepreneur';

export interface ListQuery {
  readonly status?: ContactRequestStatus;
  readonly offset: number;
  readonly limit: number;
}

/**
 * Contact requests: an entrepreneur writes to the organisation behind a published offer,
 * sharing the profile fields they choose (copied at sending time); the organisation's
 * members answer by moving the request's status. An organisation only ever sees the
 * requests addressed to it, an entrepreneur only their own; anything else is a 404.
 */
@Injectable()
export class ContactRequestService implements OnModuleInit {
  private readonly logger = new Logger(ContactRequestService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: ContactRequestRepository,
    private readonly profiles: ProfileService,
    private readonly offers: PublicOffersService,
    private readonly taxonomy: TaxonomyService,
    private readonly organisations: OrganisationService,
    private readonly membership: MembershipService,
    private readonly users: UserDirectory,
    private readonly mailer: Mailer,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      section: 'contactRequests',
      export: (userId) => this.exportOf(userId),
      // The requests were addressed to organisations and stay with them, anonymised: the
      // message is kept (it is the organisation's correspondence), the personal snapshot
      // (shared profile fields, e-mail, name) and the link to the account go.
      erase: (userId, m) => this.repo.anonymiseSender(userId, ERASED_SENDER_NAME, m),
    });
  }

  /** Sends a request about a published offer to its organisation (429 over the limits). */
  async send(
    sender: AuthenticatedUser,
    offerId: string,
    input: ContactRequestInput,
  ): Promise<SentContactRequestView> {
    const offer = await this.offers.get(offerId);
    if (offer.state !== 'published') throw offerNotOpenForContact();
    const person = await this.users.findById(sender.id);
    const chosen = PROFILE_SHAREABLE_FIELDS.filter((f) => input.sharedFields?.includes(f));
    const sharedFields = await this.profiles.shareable(sender.id, chosen);
    const subject = input.subject?.trim() || null;
    const message = input.message.trim();
    const request = await this.repo.transaction(async (m) => {
      await this.repo.lockSender(sender.id, m);
      const { perOffer, perSender } = CONTACT_REQUEST_LIMITS;
      const offerWait = await this.repo.secondsUntilAllowed(
        sender.id,
        { ...perOffer, offerId: offer.id },
        m,
      );
      if (offerWait !== null)
        throw offerAlreadyContacted(perOffer.max, perOffer.windowSeconds, offerWait);
      const senderWait = await this.repo.secondsUntilAllowed(sender.id, perSender, m);
      if (senderWait !== null)
        throw tooManyContactRequests(perSender.max, perSender.windowSeconds, senderWait);
      return this.repo.insert(
        {
          organisationId: offer.organisationId,
          offerId: offer.id,
          offerTitle: titleIn(offer.content, sender.preferredLanguage),
          senderId: sender.id,
          // Never the e-mail as a fallback: it is shared only on purpose.
          senderDisplayName: person?.displayName.trim() || UNNAMED_SENDER,
          senderEmail: input.shareEmail ? (person?.email ?? sender.email) : null,
          subject,
          message,
          sharedFields: sharedFields as Record<string, unknown>,
        },
        m,
      );
    });
    await this.notifyOrganisation(request);
    return (await this.sentViews([request]))[0];
  }

  async listReceived(
    caller: AuthenticatedUser,
    organisationId: string,
    query: ListQuery,
  ): Promise<{ items: ReceivedContactRequestView[]; total: number }> {
    await this.membership.assertMember(organisationId, caller.id);
    const [rows, total] = await this.repo.listForOrganisation(organisationId, query);
    return { items: rows.map(toReceivedView), total };
  }

  async getReceived(
    caller: AuthenticatedUser,
    organisationId: string,
    id: string,
  ): Promise<ReceivedContactRequestView> {
    await this.membership.assertMember(organisationId, caller.id);
    const request = await this.repo.findForOrganisation(id, organisationId);
    if (!request) throw contactRequestNotFound();
    return toReceivedView(request);
  }

  /**
   * Moves the request (new → in_progress → accepted | declined, or new → accepted | declined)
   * with a conditional UPDATE: of two members answering at once, one wins, the other gets
   * a 409 with the status the request is in now. An optional written `answer` (1–4,000
   * characters once trimmed, stored as given) goes with any move, in the same UPDATE; it
   * replaces an earlier one. The entrepreneur is e-mailed, with the answer.
   */
  async changeStatus(
    caller: AuthenticatedUser,
    organisationId: string,
    id: string,
    to: ContactRequestTarget,
    reason?: string | null,
    answer?: string | null,
  ): Promise<ReceivedContactRequestView> {
    await this.membership.assertMember(organisationId, caller.id);
    const problem = reasonProblem(to, reason);
    if (problem) throw reasonViolation(problem);
    const answerIssue = answerProblem(answer);
    if (answerIssue) throw answerViolation(answerIssue);
    const declineReason = to === 'declined' ? reason!.trim() : null;
    const written = answer ?? null;
    const moved = await this.repo.moveStatus(
      id,
      organisationId,
      sourcesOf(to),
      to,
      declineReason,
      written,
    );
    if (!moved) {
      const current = await this.repo.findForOrganisation(id, organisationId);
      if (!current) throw contactRequestNotFound();
      throw illegalStatusChange(current.status, to);
    }
    await this.notifySender(moved, to, written);
    return toReceivedView(moved);
  }

  async listSent(
    caller: AuthenticatedUser,
    query: ListQuery,
  ): Promise<{ items: SentContactRequestView[]; total: number }> {
    const [rows, total] = await this.repo.listForSender(caller.id, query);
    return { items: await this.sentViews(rows), total };
  }

  async getSent(caller: AuthenticatedUser, id: string): Promise<SentContactRequestView> {
    const request = await this.repo.findForSender(id, caller.id);
    if (!request) throw contactRequestNotFound();
    return (await this.sentViews([request]))[0];
  }

  private async exportOf(userId: string): Promise<SentContactRequestView[]> {
    return this.sentViews(await this.repo.allOfSender(userId));
  }

  private async sentViews(rows: ContactRequestEntity[]): Promise<SentContactRequestView[]> {
    const names = await this.organisations.summaries([
      ...new Set(rows.map((r) => r.organisationId)),
    ]);
    return rows.map((r) => ({
      id: r.id,
      organisation: { id: r.organisationId, name: names.get(r.organisationId)?.name ?? '' },
      offer: { id: r.offerId, title: r.offerTitle },
      subject: r.subject,
      message: r.message,
      sharedFields: r.sharedFields as SharedProfileFields,
      emailShared: r.senderEmail !== null,
      status: r.status,
      declineReason: r.declineReason,
      answer: r.answer,
      answeredAt: r.answeredAt,
      createdAt: r.createdAt,
      statusChangedAt: r.statusChangedAt,
    }));
  }

  /** Mail failures are logged; they never undo a request that was stored. */
  private async notifyOrganisation(request: ContactRequestEntity): Promise<void> {
    try {
      const label = await this.labeller(request.sharedFields);
      const link = `${this.publicUrl()}/espace/organisations/${request.organisationId}/demandes/${request.id}`;
      const mail = {
        offerTitle: request.offerTitle,
        senderName: request.senderDisplayName,
        senderEmail: request.senderEmail,
        subject: request.subject,
        message: request.message,
        link,
      };
      for (const member of await this.membership.memberEmails(request.organisationId)) {
        const lang = member.preferredLanguage;
        const rows = sharedFieldRows(request.sharedFields, label, lang);
        await this.mailer.send(await newRequestMail(member.email, lang, { ...mail, rows }));
      }
    } catch (error) {
      this.logger.error(
        { err: error, contactRequestId: request.id },
        'could not e-mail the organisation about a new contact request',
      );
    }
  }

  /** `answer`: the one written with this change only (an earlier answer was already sent). */
  private async notifySender(
    request: ContactRequestEntity,
    to: ContactRequestTarget,
    answer: string | null,
  ) {
    try {
      if (!request.senderId) return;
      const sender = await this.users.findById(request.senderId);
      if (sender?.status !== 'active' || !sender.email) return;
      const organisation = await this.organisations.summary(request.organisationId);
      await this.mailer.send(
        await statusChangedMail(sender.email, sender.preferredLanguage, {
          offerTitle: request.offerTitle,
          organisationName: organisation.name,
          status: to,
          reason: request.declineReason,
          answer,
          link: `${this.publicUrl()}/mon-espace/demandes/${request.id}`,
        }),
      );
    } catch (error) {
      this.logger.error(
        { err: error, contactRequestId: request.id },
        'could not e-mail the entrepreneur about a status change',
      );
    }
  }

  /** Country and language names from the reference lists, sectors and stages from the taxonomy. */
  private async labeller(shared: Record<string, unknown>): Promise<Labeller> {
    const codes = (value: unknown): string[] =>
      Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
    const [sectors, stages] = await Promise.all([
      this.taxonomy.labelsFor('sector', codes(shared.sectorCodes)),
      this.taxonomy.labelsFor('stage', codes(shared.stageCode)),
    ]);
    const terms = new Map([
      ...sectors.map((t) => [`sector:${t.code}`, t.labels] as const),
      ...stages.map((t) => [`stage:${t.code}`, t.labels] as const),
    ]);
    return (kind, code, lang) => {
      if (kind === 'country') return countryName(code, lang) ?? code;
      if (kind === 'language') return languageName(code, lang) ?? code;
      return terms.get(`${kind}:${code}`)?.[lang] ?? code;
    };
  }

  private publicUrl(): string {
    return this.config.PUBLIC_URL.replace(/\/$/, '');
  }
}

function toReceivedView(r: ContactRequestEntity): ReceivedContactRequestView {
  return {
    id: r.id,
    organisationId: r.organisationId,
    offer: { id: r.offerId, title: r.offerTitle },
    sender: {
      displayName: r.senderDisplayName,
      email: r.senderEmail,
      accountErased: r.senderErasedAt !== null,
    },
    subject: r.subject,
    message: r.message,
    sharedFields: r.sharedFields as SharedProfileFields,
    status: r.status,
    declineReason: r.declineReason,
    answer: r.answer,
    answeredAt: r.answeredAt,
    createdAt: r.createdAt,
    statusChangedAt: r.statusChangedAt,
  };
}
