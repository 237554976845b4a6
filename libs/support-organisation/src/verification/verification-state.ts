import type { VerificationStatus } from '../entities/organisation.entity';

/**
 * What can happen to an organisation's verification status:
 * - an admin verifies or rejects a pending organisation (and only a pending one);
 * - members re-submit a rejected organisation (`request`), which makes it pending again;
 *   a pending one stays pending; a verified one has nothing to request;
 * - changing the legal identifier makes a verified or rejected organisation pending again.
 * A rejected organisation is therefore verified only after a re-submission.
 */
export type VerificationAction = 'verify' | 'reject' | 'request' | 'legalIdentifierChanged';

const TRANSITIONS: Readonly<
  Record<VerificationAction, { from: readonly VerificationStatus[]; to: VerificationStatus }>
> = {
  verify: { from: ['pending'], to: 'verified' },
  reject: { from: ['pending'], to: 'rejected' },
  request: { from: ['pending', 'rejected'], to: 'pending' },
  legalIdentifierChanged: { from: ['pending', 'verified', 'rejected'], to: 'pending' },
};

/** The statuses `action` may start from (a conditional UPDATE uses them as its guard). */
export function allowedFrom(action: VerificationAction): readonly VerificationStatus[] {
  return TRANSITIONS[action].from;
}

/** The status after `action`, or null when the action is not allowed from `current`. */
export function nextStatus(
  current: VerificationStatus,
  action: VerificationAction,
): VerificationStatus | null {
  const transition = TRANSITIONS[action];
  return transition.from.includes(current) ? transition.to : null;
}
