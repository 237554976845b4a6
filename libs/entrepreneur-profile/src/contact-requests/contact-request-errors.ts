import { AppError, ConflictError, NotFoundError, ValidationFailedError } from '@app/core';
import {
  CONTACT_REQUEST_ANSWER_MAX,
  type AnswerProblem,
  type ContactRequestStatus,
  type ReasonProblem,
} from './contact-request-state';

/** Not found, or not addressed to this organisation / not sent by this entrepreneur. */
export const contactRequestNotFound = () =>
  new NotFoundError('CONTACT_REQUEST.NOT_FOUND', 'No such contact request.');

/** Contact goes only through published offers: drafts, archived and expired offers 404. */
export const offerNotOpenForContact = () =>
  new NotFoundError('CATALOGUE.OFFER_NOT_FOUND', 'No such offer.');

export const illegalStatusChange = (currentStatus: ContactRequestStatus, to: string) =>
  new ConflictError(
    'CONTACT_REQUEST.ILLEGAL_STATUS_CHANGE',
    `A request that is ${currentStatus.replace('_', ' ')} cannot become ${to.replace('_', ' ')}.`,
    { currentStatus },
    { to },
  );

export const reasonViolation = (problem: ReasonProblem) =>
  new ValidationFailedError(
    [
      {
        field: 'reason',
        rule: problem,
        message:
          problem === 'reasonRequired'
            ? 'Give a reason: the entrepreneur will read it.'
            : 'A reason is only given when declining.',
      },
    ],
    problem === 'reasonRequired'
      ? 'A reason is required to decline a request.'
      : 'A reason is only given when declining.',
    { reason: problem === 'reasonRequired' ? 'decline' : 'onlyWhenDeclining' },
  );

export const answerViolation = (problem: AnswerProblem) => {
  const message =
    problem === 'answerEmpty'
      ? 'Write your answer, or leave it out: it cannot be only blank.'
      : `Your answer must be at most ${CONTACT_REQUEST_ANSWER_MAX} characters long.`;
  return new ValidationFailedError(
    [{ field: 'answer', rule: problem, message, params: { max: CONTACT_REQUEST_ANSWER_MAX } }],
    message,
  );
};

const hours = (seconds: number) => {
  const h = Math.round(seconds / 3600);
  return h === 1 ? 'hour' : `${h} hours`;
};

/** Too many requests from one entrepreneur in the sliding window (all offers together). */
export const tooManyContactRequests = (
  max: number,
  windowSeconds: number,
  retryAfterSeconds: number,
) =>
  new AppError(
    'rate_limited',
    'CONTACT_REQUEST.TOO_MANY_REQUESTS',
    `You can send at most ${max} contact requests per ${hours(windowSeconds)}: try again later.`,
    {
      retryAfterSeconds,
      details: { limit: max, windowSeconds },
      params: { hours: Math.round(windowSeconds / 3600) },
    },
  );

/** This entrepreneur already wrote about this offer within the window. */
export const offerAlreadyContacted = (
  max: number,
  windowSeconds: number,
  retryAfterSeconds: number,
) =>
  new AppError(
    'rate_limited',
    'CONTACT_REQUEST.OFFER_ALREADY_CONTACTED',
    `You already contacted the organisation about this offer in the last ${hours(windowSeconds)}: wait for its answer or try again later.`,
    {
      retryAfterSeconds,
      details: { limit: max, windowSeconds },
      params: { hours: Math.round(windowSeconds / 3600) },
    },
  );
