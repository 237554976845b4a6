import { Injectable } from '@nestjs/common';
import type { FieldViolation } from '@app/core';
import { MembershipService } from '@app/support-organisation';
import type { EntityManager } from 'typeorm';
import { QualityService } from '../quality/quality.service';
import type { OfferContent } from './offer-content';
import { validateOfferContentShape } from './offer-content.dto';
import type { OfferEntity } from './offer.entity';
import { OfferSlugService } from './offer-slugs.service';
import { derivedColumns, OfferRepository } from './offer.repository';
import { checkTransition, EDITABLE_IN_PLACE, type OfferState } from './offer-state';
import { OfferService } from './offer.service';

/** Who runs an import: an organisation member, an admin on its behalf, or the CLI (system). */
export interface ImportActor {
  readonly id: string | null;
  readonly role: 'organisation' | 'admin' | 'system';
}

export interface ImportedOfferInput {
  readonly organisationId: string;
  /** The source the organisation names (a file, a partner directory): with the id, the row's key. */
  readonly source: string;
  readonly externalId: string;
  readonly content: OfferContent;
  /** Send new and edited drafts for review (never published without a moderator). */
  readonly submit: boolean;
  /** Work out the outcome without writing anything. */
  readonly dryRun: boolean;
}

export interface DuplicateCandidate {
  readonly id: string;
  readonly state: string;
  readonly similarity: number;
  readonly title: string;
}

export type ImportOutcome =
  | {
      readonly outcome: 'created' | 'updated' | 'unchanged';
      readonly offerId: string | null;
      readonly state: OfferState;
    }
  | { readonly outcome: 'refused'; readonly violations: FieldViolation[] }
  | { readonly outcome: 'duplicate'; readonly duplicates: DuplicateCandidate[] };

/** Deterministic JSON: object keys sorted, undefined left out (jsonb reorders keys). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function sameContent(a: OfferContent, b: OfferContent): boolean {
  return canonical(JSON.parse(JSON.stringify(a))) === canonical(JSON.parse(JSON.stringify(b)));
}

/**
 * Writes imported offers (issue 13) with the rules of the editor: the API's DTO and sentences,
 * the taxonomy and cross-field checks, drafts or submitted offers only — nothing is published
 * without a moderator. Rows are keyed on (organisation, source, external id): the same row
 * imported again is `unchanged`, an edited one updates its draft (or, for a published offer,
 * proposes a revision that waits for review). Drafts are not in search, so, like the editor,
 * nothing here goes through the search outbox.
 */
@Injectable()
export class OfferImportService {
  constructor(
    private readonly repo: OfferRepository,
    private readonly slugs: OfferSlugService,
    private readonly offers: OfferService,
    private readonly membership: MembershipService,
    private readonly quality: QualityService,
  ) {}

  /** Throws the API's 404 when an organisation actor is not a member. */
  async assertCanImport(actor: ImportActor, organisationId: string): Promise<void> {
    if (actor.role === 'organisation') {
      await this.membership.assertMember(organisationId, actor.id ?? '');
    }
  }

  /**
   * Checks a plain content object as `POST /organisations/{id}/offers` does: the DTO first
   * (its violations alone when it fails, as the API answers 400 before the service runs),
   * then the service's taxonomy and cross-field rules.
   */
  async validate(
    plain: Record<string, unknown>,
    previous?: OfferContent,
  ): Promise<{ content: OfferContent; violations: FieldViolation[] }> {
    const { value, violations } = await validateOfferContentShape(plain);
    const content = JSON.parse(JSON.stringify(value)) as OfferContent;
    if (violations.length > 0) return { content, violations };
    return { content, violations: await this.offers.contentProblems(content, previous) };
  }

  async apply(actor: ImportActor, input: ImportedOfferInput): Promise<ImportOutcome> {
    const { organisationId, source, externalId } = input;
    const existing = await this.repo.findByImportKey(organisationId, source, externalId);
    if (existing) return this.applyToExisting(actor, existing, input);

    const duplicates = await this.repo.similarToContent(organisationId, input.content, source);
    if (duplicates.length > 0) return { outcome: 'duplicate', duplicates };
    const state: OfferState = input.submit ? 'submitted' : 'draft';
    if (input.dryRun) return { outcome: 'created', offerId: null, state };

    const slug = await this.slugs.freeSlug(input.content);
    const offer = await this.repo.transaction(async (m) => {
      const created = await this.repo.insert(
        {
          organisationId,
          slug,
          state,
          content: input.content,
          ...derivedColumns(input.content),
          createdBy: actor.id,
          importSource: source,
          importExternalId: externalId,
          submittedAt: input.submit ? new Date() : null,
        },
        m,
      );
      await this.audit(actor, created, 'offer.created', null, 'draft', m);
      if (input.submit) await this.audit(actor, created, 'offer.submitted', 'draft', state, m);
      await this.quality.refresh(created.id, m);
      return created;
    });
    return { outcome: 'created', offerId: offer.id, state };
  }

  private async applyToExisting(
    actor: ImportActor,
    offer: OfferEntity,
    input: ImportedOfferInput,
  ): Promise<ImportOutcome> {
    const revision = offer.state === 'published' ? await this.repo.openRevision(offer.id) : null;
    const current = revision?.content ?? offer.content;
    if (sameContent(current, input.content)) {
      return { outcome: 'unchanged', offerId: offer.id, state: offer.state };
    }
    if (EDITABLE_IN_PLACE.includes(offer.state)) {
      const submit = input.submit && checkTransition(offer.state, 'submit', 'organisation').ok;
      const state: OfferState = submit ? 'submitted' : offer.state;
      if (input.dryRun) return { outcome: 'updated', offerId: offer.id, state };
      await this.repo.transaction(async (m) => {
        const ok = await this.repo.updateIf(
          offer.id,
          { state: offer.state, version: offer.version },
          {
            content: input.content,
            ...derivedColumns(input.content),
            ...(submit ? { state, submittedAt: new Date(), moderationComment: null } : {}),
          },
          m,
        );
        if (!ok) throw new Error(`offer ${offer.id} changed during the import`);
        await this.audit(actor, offer, 'offer.updated', offer.state, offer.state, m);
        if (submit) await this.audit(actor, offer, 'offer.submitted', offer.state, state, m);
        await this.quality.refresh(offer.id, m);
      });
      return { outcome: 'updated', offerId: offer.id, state };
    }
    if (offer.state === 'published') {
      if (input.dryRun) return { outcome: 'updated', offerId: offer.id, state: offer.state };
      await this.repo.transaction(async (m) => {
        const open = await this.repo.openRevision(offer.id, m);
        const revisionId = open
          ? (await this.repo.updateRevisionIf(
              open.id,
              open.state,
              {
                content: input.content,
                state: 'submitted',
                submittedAt: new Date(),
                basedOnVersion: offer.version,
              },
              m,
            ),
            open.id)
          : (
              await this.repo.saveRevision(
                {
                  offerId: offer.id,
                  state: 'submitted',
                  content: input.content,
                  basedOnVersion: offer.version,
                  createdBy: actor.id,
                },
                m,
              )
            ).id;
        await this.repo.audit(
          {
            organisationId: offer.organisationId,
            offerId: offer.id,
            revisionId,
            actorId: actor.id,
            actorRole: actor.role,
            action: 'revision.submitted',
            fromState: 'published',
            toState: 'published',
          },
          m,
        );
      });
      return { outcome: 'updated', offerId: offer.id, state: offer.state };
    }
    return {
      outcome: 'refused',
      violations: [
        {
          field: 'offer',
          rule: 'offerNotEditable',
          message: `Cannot edit an offer that is ${offer.state.replace(/_/g, ' ')}.`,
        },
      ],
    };
  }

  private audit(
    actor: ImportActor,
    offer: OfferEntity,
    action: string,
    fromState: string | null,
    toState: string,
    m: EntityManager,
  ): Promise<void> {
    return this.repo.audit(
      {
        organisationId: offer.organisationId,
        offerId: offer.id,
        actorId: actor.id,
        actorRole: actor.role,
        action,
        fromState,
        toState,
        reason: `import: ${offer.importSource ?? ''}`.slice(0, 500),
      },
      m,
    );
  }
}
