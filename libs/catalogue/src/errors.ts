import { AppError, ConflictError, NotFoundError } from '@app/core';
import type { OfferAction, OfferState } from './offers/offer-state';

export const offerNotFound = () => new NotFoundError('CATALOGUE.OFFER_NOT_FOUND', 'No such offer.');

const ACTION_WORDS: Partial<Record<string, string>> = {
  reconfirm: 're-confirm',
  withdraw: 'withdraw the pending change of',
};

/** 409 that tells the caller where the offer stands now. */
export const illegalTransition = (
  action: OfferAction | 'edit' | 'reconfirm' | 'withdraw',
  currentState: OfferState,
  extra: Record<string, unknown> = {},
) =>
  new ConflictError(
    'CATALOGUE.ILLEGAL_TRANSITION',
    `Cannot ${ACTION_WORDS[action] ?? action.replace(/_/g, ' ')} an offer that is ${currentState.replace(/_/g, ' ')}.`,
    { currentState, ...extra },
    { action },
  );

export const staleVersion = (currentVersion: number, currentState: OfferState) =>
  new ConflictError(
    'CATALOGUE.STALE_VERSION',
    'Someone changed this offer since you loaded it: reload it and apply your change again.',
    { currentVersion, currentState },
  );

export const organisationNotVerified = () =>
  new ConflictError(
    'CATALOGUE.ORGANISATION_NOT_VERIFIED',
    'Only offers of verified organisations can be published: verify the organisation first.',
  );

export const reasonRequired = (field: 'reason') =>
  new AppError('validation', 'CORE.VALIDATION_FAILED', 'A reason is required for this decision.', {
    violations: [
      { field, rule: 'required', message: 'Give a reason: the organisation will read it.' },
    ],
    params: { reason: 'decision' },
  });

export const actionForbidden = () =>
  new AppError(
    'forbidden',
    'CATALOGUE.ACTION_FORBIDDEN',
    'Your account cannot take this action on the offer.',
  );
