import { signReminderStop, verifyReminderStop } from './reminder-links';

const secret = 'a-secret-long-enough-for-the-tests-0123456789';
const userId = '3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const offerId = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

describe('reminder stop links', () => {
  it('round-trips both scopes', () => {
    const offer = { scope: 'offer', userId, offerId } as const;
    const all = { scope: 'all', userId } as const;
    expect(verifyReminderStop(secret, signReminderStop(secret, offer))).toEqual(offer);
    expect(verifyReminderStop(secret, signReminderStop(secret, all))).toEqual(all);
  });

  it('refuses a token turned into another scope, another id, or signed with another secret', () => {
    const token = signReminderStop(secret, { scope: 'offer', userId, offerId });
    const [, , , signature] = token.split('.');
    expect(verifyReminderStop(secret, `all.${userId}.${signature}`)).toBeUndefined();
    expect(verifyReminderStop(secret, token.replace(offerId, userId))).toBeUndefined();
    expect(verifyReminderStop(`${secret}x`, token)).toBeUndefined();
    expect(verifyReminderStop(secret, `${token}x`)).toBeUndefined();
    expect(verifyReminderStop(secret, 'all.not-a-uuid.abc')).toBeUndefined();
  });
});
