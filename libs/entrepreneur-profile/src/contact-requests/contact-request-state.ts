/**
 * The life of a contact request, as the organisation answers it:
 * new → in_progress → accepted | declined, or new → accepted | declined directly.
 * accepted and declined are final. Anything else is illegal (409 with the current status).
 */
export const CONTACT_REQUEST_STATUSES = ['new', 'in_progress', 'accepted', 'declined'] as const;
export type ContactRequestStatus = (typeof CONTACT_REQUEST_STATUSES)[number];

/** The statuses an organisation may move a request to (never back to `new`). */
export const CONTACT_REQUEST_TARGETS = ['in_progress', 'accepted', 'declined'] as const;
export type ContactRequestTarget = (typeof CONTACT_REQUEST_TARGETS)[number];

export const NEXT_STATUSES: Readonly<
  Record<ContactRequestStatus, readonly ContactRequestTarget[]>
> = {
  new: ['in_progress', 'accepted', 'declined'],
  in_progress: ['accepted', 'declined'],
  accepted: [],
  declined: [],
};

export function canMove(from: ContactRequestStatus, to: ContactRequestStatus): boolean {
  return (NEXT_STATUSES[from] as readonly ContactRequestStatus[]).includes(to);
}

/** Every status from which `to` may be reached: the WHERE of the conditional UPDATE. */
export function sourcesOf(to: ContactRequestTarget): ContactRequestStatus[] {
  return CONTACT_REQUEST_STATUSES.filter((from) => canMove(from, to));
}

export type ReasonProblem = 'reasonRequired' | 'reasonOnlyWhenDeclined';

/** A decline needs a reason the entrepreneur will read; the other moves take none. */
export function reasonProblem(
  to: ContactRequestTarget,
  reason: string | null | undefined,
): ReasonProblem | null {
  const given = !!reason?.trim();
  if (to === 'declined') return given ? null : 'reasonRequired';
  return reason == null ? null : 'reasonOnlyWhenDeclined';
}

/** The longest written answer an organisation may send, in characters after trimming. */
export const CONTACT_REQUEST_ANSWER_MAX = 4000;

export type AnswerProblem = 'answerEmpty' | 'answerTooLong';

/** A written answer is optional; when given it has 1 to 4,000 characters once trimmed. */
export function answerProblem(answer: string | null | undefined): AnswerProblem | null {
  if (answer == null) return null;
  // Characters as people count them (code points), like the API's MaxLength.
  const length = [...answer.trim()].length;
  if (length === 0) return 'answerEmpty';
  return length > CONTACT_REQUEST_ANSWER_MAX ? 'answerTooLong' : null;
}
