import { AppError } from '@app/core';

export const invalidCredentials = () =>
  new AppError(
    'unauthenticated',
    'IDENTITY.INVALID_CREDENTIALS',
    'The e-mail or the password is not right.',
  );
/** Why a request is not authenticated: the sentence, and its key in the problem catalogue. */
const UNAUTHENTICATED = {
  signIn: 'Sign in to continue.',
  apiKey: 'This API key is unknown or was revoked.',
  session: 'Your session is invalid or has expired: sign in again.',
  serviceTokenMissing: 'Send the service token as Authorization: Bearer.',
  serviceTokenWrong: 'The service token is not right.',
} as const;
export const unauthenticated = (reason: keyof typeof UNAUTHENTICATED = 'signIn') =>
  new AppError('unauthenticated', 'IDENTITY.UNAUTHENTICATED', UNAUTHENTICATED[reason], {
    params: { reason },
  });
export const invalidRefreshToken = () =>
  new AppError(
    'unauthenticated',
    'IDENTITY.INVALID_REFRESH_TOKEN',
    'This session has ended: sign in again.',
  );
export const invalidLinkToken = () =>
  new AppError(
    'validation',
    'IDENTITY.INVALID_TOKEN',
    'This link is invalid, expired or already used.',
    {
      violations: [
        {
          field: 'token',
          rule: 'validToken',
          message: 'This link is invalid, expired or already used.',
        },
      ],
    },
  );
export const apiKeyReadOnly = () =>
  new AppError(
    'forbidden',
    'IDENTITY.API_KEY_READ_ONLY',
    'An API key only reads public data (GET): sign in as a person to change anything.',
  );
export const forbidden = () =>
  new AppError('forbidden', 'IDENTITY.FORBIDDEN', 'Your account cannot do this.');
export const userNotFound = () =>
  new AppError('not_found', 'IDENTITY.USER_NOT_FOUND', 'No such user.');
