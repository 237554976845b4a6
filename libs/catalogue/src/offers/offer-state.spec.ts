import {
  checkTransition,
  EDITABLE_IN_PLACE,
  OFFER_STATES,
  PUBLIC_STATES,
  TRANSITIONS,
  type Actor,
  type OfferAction,
} from './offer-state';

const actors: Actor[] = ['organisation', 'admin', 'system'];
const legal: Array<[string, OfferAction, Actor, string]> = [
  ['draft', 'submit', 'organisation', 'submitted'],
  ['changes_requested', 'submit', 'organisation', 'submitted'],
  ['submitted', 'publish', 'admin', 'published'],
  ['submitted', 'request_changes', 'admin', 'changes_requested'],
  ['submitted', 'reject', 'admin', 'rejected'],
  ['published', 'archive', 'organisation', 'archived'],
  ['published', 'archive', 'admin', 'archived'],
  ['expired', 'archive', 'organisation', 'archived'],
  ['expired', 'archive', 'admin', 'archived'],
  ['published', 'expire', 'system', 'expired'],
  ['archived', 'reopen', 'organisation', 'draft'],
  ['expired', 'reopen', 'organisation', 'draft'],
];

describe('offer state machine', () => {
  it.each(legal)('%s --%s by %s--> %s', (from, action, actor, to) => {
    expect(checkTransition(from as never, action, actor, 'a reason')).toEqual({ ok: true, to });
  });

  it('refuses every other (state, action, actor) combination', () => {
    const allowed = new Set(legal.map(([from, action, actor]) => `${from}|${action}|${actor}`));
    let refused = 0;
    for (const from of OFFER_STATES) {
      for (const action of Object.keys(TRANSITIONS) as OfferAction[]) {
        for (const actor of actors) {
          if (allowed.has(`${from}|${action}|${actor}`)) continue;
          expect(checkTransition(from, action, actor, 'a reason').ok).toBe(false);
          refused++;
        }
      }
    }
    expect(refused).toBe(
      OFFER_STATES.length * Object.keys(TRANSITIONS).length * actors.length - legal.length,
    );
  });

  it('tells a forbidden actor from an illegal state', () => {
    expect(checkTransition('submitted', 'publish', 'organisation')).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(checkTransition('draft', 'publish', 'admin')).toEqual({ ok: false, reason: 'illegal' });
  });

  it.each(['request_changes', 'reject'] as const)('%s needs a reason', (action) => {
    expect(checkTransition('submitted', action, 'admin', '  ')).toEqual({
      ok: false,
      reason: 'reasonRequired',
    });
  });

  it('edits drafts and returned offers in place; shows published and expired ones', () => {
    expect(EDITABLE_IN_PLACE).toEqual(['draft', 'changes_requested']);
    expect(PUBLIC_STATES).toEqual(['published', 'expired']);
  });
});
