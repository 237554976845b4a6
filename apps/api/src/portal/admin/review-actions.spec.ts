import { AppError } from '@app/core';
import { refusalOf, reviewActions } from './review-actions';

describe('reviewActions', () => {
  it('offers the three decisions on a submission of a verified organisation', () => {
    expect(reviewActions('submitted', 'new', true)).toEqual({
      decisions: ['publish', 'request_changes', 'reject'],
      blocked: [],
      archive: false,
    });
  });

  it('replaces publishing by its reason when the organisation is not verified', () => {
    const actions = reviewActions('submitted', 'new', false);
    expect(actions.decisions).toEqual(['request_changes', 'reject']);
    expect(actions.blocked).toEqual([{ decision: 'publish', why: 'organisationNotVerified' }]);
  });

  it('takes the three decisions on a revision, verified or not, and archiving a live offer', () => {
    expect(reviewActions('published', 'revision', false)).toEqual({
      decisions: ['publish', 'request_changes', 'reject'],
      blocked: [],
      archive: true,
    });
  });

  it.each([
    ['draft', false],
    ['changes_requested', false],
    ['rejected', false],
    ['archived', false],
    ['published', true],
    ['expired', true],
  ] as const)(
    'offers no decision on a %s offer, only what the state table allows',
    (state, archive) => {
      expect(reviewActions(state, undefined, true)).toEqual({
        decisions: [],
        blocked: [],
        noDecisionState: state,
        archive,
      });
    },
  );
});

describe('refusalOf', () => {
  it('names why one item of a bulk decision was refused', () => {
    const conflict = new AppError('conflict', 'CATALOGUE.ILLEGAL_TRANSITION', 'x', {
      details: { currentState: 'published' },
    });
    expect(refusalOf(conflict)).toEqual({ key: 'admin.bulk.refused.state', state: 'published' });
    expect(refusalOf(new AppError('conflict', 'CATALOGUE.ORGANISATION_NOT_VERIFIED', 'x'))).toEqual(
      { key: 'admin.bulk.refused.notVerified' },
    );
    expect(refusalOf(new Error('boom'))).toBeUndefined();
  });
});
