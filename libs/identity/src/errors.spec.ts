import { uncatalogued } from '@app/core';
import {
  apiKeyReadOnly,
  forbidden,
  invalidCredentials,
  invalidLinkToken,
  invalidRefreshToken,
  unauthenticated,
  userNotFound,
} from './errors';

describe('identity errors in the problem catalogue', () => {
  it('say what the code says, for every reason a request is not authenticated', () => {
    const reasons = [
      'signIn',
      'apiKey',
      'session',
      'serviceTokenMissing',
      'serviceTokenWrong',
    ] as const;
    expect(
      uncatalogued([
        ...reasons.map((r) => unauthenticated(r)),
        unauthenticated(),
        invalidCredentials(),
        invalidRefreshToken(),
        invalidLinkToken(),
        apiKeyReadOnly(),
        forbidden(),
        userNotFound(),
      ]),
    ).toEqual([]);
  });
});
