import { AppError, ConflictError, NotFoundError } from '@app/core';
import type { VerificationStatus } from './entities/organisation.entity';

/** Non-members get the same 404 as for an organisation that does not exist. */
export const organisationNotFound = () =>
  new NotFoundError('ORGANISATION.NOT_FOUND', 'No such organisation among yours.', {
    scope: 'yours',
  });
/** Where membership is not the question (admins, the public page). */
export const unknownOrganisation = () =>
  new NotFoundError('ORGANISATION.NOT_FOUND', 'No such organisation.');
/** The decision or request does not apply to the organisation's current verification status. */
export const verificationConflict = (currentStatus: VerificationStatus) =>
  new ConflictError(
    'ORGANISATION.VERIFICATION_CONFLICT',
    currentStatus === 'pending'
      ? 'This organisation is pending verification.'
      : currentStatus === 'verified'
        ? 'This organisation is already verified.'
        : 'This organisation was rejected: its members must request verification again first.',
    { currentStatus },
  );
export const memberNotFound = () =>
  new NotFoundError('ORGANISATION.MEMBER_NOT_FOUND', 'No such member.');
export const invitationNotFound = () =>
  new NotFoundError('ORGANISATION.INVITATION_NOT_FOUND', 'No such invitation.');
export const ownerRequired = () =>
  new AppError(
    'forbidden',
    'ORGANISATION.OWNER_REQUIRED',
    'Only an owner of the organisation can do this.',
  );
export const lastOwner = () =>
  new ConflictError(
    'ORGANISATION.LAST_OWNER',
    'An organisation needs at least one owner: make another member owner first.',
  );
export const invalidInvitation = () =>
  new AppError(
    'validation',
    'ORGANISATION.INVALID_INVITATION',
    'This invitation is invalid, expired or already used.',
    {
      violations: [
        {
          field: 'token',
          rule: 'validToken',
          message: 'This invitation is invalid, expired or already used.',
        },
      ],
    },
  );
export const invitationForAnotherAddress = () =>
  new AppError(
    'forbidden',
    'ORGANISATION.INVITATION_EMAIL_MISMATCH',
    'This invitation was sent to another e-mail address: sign in with that address to accept it.',
  );
export const organisationAccountRequired = () =>
  new AppError(
    'forbidden',
    'ORGANISATION.ORGANISATION_ACCOUNT_REQUIRED',
    'Only organisation accounts can join an organisation: sign up as an organisation member with this address.',
  );
