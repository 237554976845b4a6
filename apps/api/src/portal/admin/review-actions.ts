import { AppError } from '@app/core';
import {
  checkTransition,
  completenessChecks,
  qualityBreakdown,
  type CompletenessCheck,
  type OfferContent,
  type OfferState,
  type QualityCriterion,
} from '@app/catalogue';
import { DECISIONS } from '../../catalogue/moderation.dto';

type DecisionName = (typeof DECISIONS)[number];

/** What the review page offers, and why the rest is not offered. */
export interface ReviewActions {
  /** Decisions shown as buttons. */
  readonly decisions: readonly DecisionName[];
  /** Decisions the state table allows but that would be refused now, with why. */
  readonly blocked: ReadonlyArray<{ decision: DecisionName; why: 'organisationNotVerified' }>;
  /** When nothing waits: the offer's state, which says why no decision is possible. */
  readonly noDecisionState?: OfferState;
  readonly archive: boolean;
}

/**
 * The moves of offer-state.ts's table an admin can make on this offer now. A first
 * submission follows the table; a revision of a published offer takes the three decisions;
 * publishing needs a verified organisation (the service refuses otherwise), so that button
 * is replaced by its reason rather than offered to fail.
 */
export function reviewActions(
  state: OfferState,
  waits: 'new' | 'revision' | undefined,
  organisationVerified: boolean,
): ReviewActions {
  const archive = checkTransition(state, 'archive', 'admin').ok;
  if (waits === 'revision') return { decisions: DECISIONS, blocked: [], archive };
  if (waits !== 'new') return { decisions: [], blocked: [], noDecisionState: state, archive };
  // Any non-empty reason: the form asks for it next to the buttons.
  const legal = DECISIONS.filter((d) => checkTransition(state, d, 'admin', 'reason').ok);
  const blocked =
    !organisationVerified && legal.includes('publish')
      ? [{ decision: 'publish' as const, why: 'organisationNotVerified' as const }]
      : [];
  return {
    decisions: legal.filter((d) => !blocked.some((b) => b.decision === d)),
    blocked,
    archive,
  };
}

export interface QualityView {
  readonly lines: ReadonlyArray<{ criterion: QualityCriterion; points: number; max: number }>;
  readonly checks: ReadonlyArray<{ check: CompletenessCheck; met: boolean; points: number }>;
  readonly total: number;
}

/** The quality score of this content, today, criterion by criterion (quality-score.ts). */
export function qualityView(
  content: OfferContent,
  facts: {
    organisationVerified: boolean;
    lastVerifiedAt: Date | null;
    views: number;
    now: Date;
  },
): QualityView {
  const checks = completenessChecks(content);
  const lines = qualityBreakdown({
    ...facts,
    completeness: checks.filter((c) => c.met).length / checks.length,
    deadline: content.dates.deadline ?? null,
    rolling: content.dates.rolling,
  });
  const completenessMax = lines.find((l) => l.criterion === 'completeness')?.max ?? 0;
  return {
    lines,
    checks: checks.map((c) => ({ ...c, points: c.met ? completenessMax / checks.length : 0 })),
    total: Math.round(lines.reduce((sum, l) => sum + l.points, 0)),
  };
}

/** Why one item of a bulk decision was refused, as a message key of the admin section. */
export function refusalOf(error: unknown): { key: string; state?: string } | undefined {
  if (!(error instanceof AppError)) return undefined;
  if (error.code === 'CATALOGUE.ORGANISATION_NOT_VERIFIED')
    return { key: 'admin.bulk.refused.notVerified' };
  if (error.code === 'CATALOGUE.OFFER_NOT_FOUND') return { key: 'admin.bulk.refused.notFound' };
  if (error.kind === 'validation') return { key: 'admin.bulk.refused.reason' };
  if (error.kind === 'conflict') {
    const state = error.extra.details?.currentState;
    return {
      key: 'admin.bulk.refused.state',
      state: typeof state === 'string' ? state : undefined,
    };
  }
  return undefined;
}
