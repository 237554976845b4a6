/**
 * The moderation state machine of an offer (PRODUCT.md, "Moderation"), as data:
 * every legal move, who may make it, and what it needs. Anything else is illegal (409).
 */
export const OFFER_STATES = [
  'draft',
  'submitted',
  'changes_requested',
  'published',
  'rejected',
  'archived',
  'expired',
] as const;
export type OfferState = (typeof OFFER_STATES)[number];

export type OfferAction =
  'submit' | 'publish' | 'request_changes' | 'reject' | 'archive' | 'expire' | 'reopen';
export type Actor = 'organisation' | 'admin' | 'system';

interface Transition {
  readonly from: readonly OfferState[];
  readonly to: OfferState;
  readonly by: readonly Actor[];
  readonly needsReason?: boolean;
}

export const TRANSITIONS: Record<OfferAction, Transition> = {
  submit: { from: ['draft', 'changes_requested'], to: 'submitted', by: ['organisation'] },
  publish: { from: ['submitted'], to: 'published', by: ['admin'] },
  request_changes: {
    from: ['submitted'],
    to: 'changes_requested',
    by: ['admin'],
    needsReason: true,
  },
  reject: { from: ['submitted'], to: 'rejected', by: ['admin'], needsReason: true },
  archive: { from: ['published', 'expired'], to: 'archived', by: ['organisation', 'admin'] },
  expire: { from: ['published'], to: 'expired', by: ['system'] },
  // An archived or expired offer comes back as a draft to update and submit again.
  reopen: { from: ['archived', 'expired'], to: 'draft', by: ['organisation'] },
};

export type TransitionCheck =
  | { readonly ok: true; readonly to: OfferState }
  | { readonly ok: false; readonly reason: 'illegal' | 'forbidden' | 'reasonRequired' };

export function checkTransition(
  from: OfferState,
  action: OfferAction,
  actor: Actor,
  reason?: string,
): TransitionCheck {
  const t = TRANSITIONS[action];
  if (!t.by.includes(actor)) return { ok: false, reason: 'forbidden' };
  if (!t.from.includes(from)) return { ok: false, reason: 'illegal' };
  if (t.needsReason && !reason?.trim()) return { ok: false, reason: 'reasonRequired' };
  return { ok: true, to: t.to };
}

/** States whose content the organisation edits in place (no review of a live version). */
export const EDITABLE_IN_PLACE: readonly OfferState[] = ['draft', 'changes_requested'];
/** States the public can see. */
export const PUBLIC_STATES: readonly OfferState[] = ['published', 'expired'];
