import { VERIFICATION_STATUSES, type VerificationStatus } from '../entities/organisation.entity';
import { allowedFrom, nextStatus, type VerificationAction } from './verification-state';

describe('verification state machine', () => {
  const table: Array<[VerificationStatus, VerificationAction, VerificationStatus | null]> = [
    ['pending', 'verify', 'verified'],
    ['pending', 'reject', 'rejected'],
    ['pending', 'request', 'pending'],
    ['pending', 'legalIdentifierChanged', 'pending'],
    ['verified', 'verify', null],
    ['verified', 'reject', null],
    ['verified', 'request', null],
    ['verified', 'legalIdentifierChanged', 'pending'],
    // Rejected → verified only through a re-submission.
    ['rejected', 'verify', null],
    ['rejected', 'reject', null],
    ['rejected', 'request', 'pending'],
    ['rejected', 'legalIdentifierChanged', 'pending'],
  ];

  it.each(table)('%s + %s → %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it('covers every status and action', () => {
    const actions: VerificationAction[] = ['verify', 'reject', 'request', 'legalIdentifierChanged'];
    expect(table).toHaveLength(VERIFICATION_STATUSES.length * actions.length);
  });

  it('admin decisions start only from pending', () => {
    expect(allowedFrom('verify')).toEqual(['pending']);
    expect(allowedFrom('reject')).toEqual(['pending']);
  });
});
