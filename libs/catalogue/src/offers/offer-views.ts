import type { OfferContent } from './offer-content';
import type { OfferEntity, OfferRevisionEntity } from './offer.entity';
import type { OfferState } from './offer-state';

/** What the organisation's members see of their offer (entities stay in the lib). */
export interface OfferView {
  readonly id: string;
  readonly organisationId: string;
  readonly slug: string;
  readonly state: OfferState;
  readonly version: number;
  readonly content: OfferContent;
  readonly qualityScore: number;
  readonly viewCount: number;
  readonly lastVerifiedAt: Date | null;
  readonly moderationComment: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly submittedAt: Date | null;
  readonly publishedAt: Date | null;
  readonly pendingRevision: RevisionView | null;
}

export interface RevisionView {
  readonly id: string;
  readonly state: string;
  readonly content: OfferContent;
  readonly submittedAt: Date;
  readonly comment: string | null;
}

export function toRevisionView(r: OfferRevisionEntity): RevisionView {
  return {
    id: r.id,
    state: r.state,
    content: r.content,
    submittedAt: r.submittedAt,
    comment: r.comment,
  };
}

export function toOfferView(o: OfferEntity, revision: OfferRevisionEntity | null): OfferView {
  return {
    id: o.id,
    organisationId: o.organisationId,
    slug: o.slug,
    state: o.state,
    version: o.version,
    content: o.content,
    qualityScore: o.qualityScore,
    viewCount: o.viewCount,
    lastVerifiedAt: o.lastVerifiedAt,
    moderationComment: o.moderationComment,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
    submittedAt: o.submittedAt,
    publishedAt: o.publishedAt,
    pendingRevision: revision ? toRevisionView(revision) : null,
  };
}

/** The public face of a published (or expired) offer: no moderation details, no counters. */
export interface PublicOfferView {
  readonly id: string;
  readonly slug: string;
  readonly organisationId: string;
  readonly state: 'published' | 'expired';
  readonly content: OfferContent;
  readonly lastVerifiedAt: Date | null;
  readonly publishedAt: Date | null;
  readonly updatedAt: Date;
  readonly qualityScore: number;
}

export function toPublicOfferView(o: OfferEntity): PublicOfferView {
  return {
    id: o.id,
    slug: o.slug,
    organisationId: o.organisationId,
    state: o.state as 'published' | 'expired',
    content: o.content,
    lastVerifiedAt: o.lastVerifiedAt,
    publishedAt: o.publishedAt,
    updatedAt: o.updatedAt,
    qualityScore: o.qualityScore,
  };
}
