import { problemFromAppError, uncatalogued } from '@app/core';
import {
  answerViolation,
  illegalStatusChange,
  offerAlreadyContacted,
  reasonViolation,
  tooManyContactRequests,
} from './contact-request-errors';
import { CONTACT_REQUEST_STATUSES, CONTACT_REQUEST_TARGETS } from './contact-request-state';

describe('contact request errors in the problem catalogue', () => {
  it('say what the code says, for every status change and window', () => {
    expect(
      uncatalogued([
        ...CONTACT_REQUEST_STATUSES.flatMap((from) =>
          CONTACT_REQUEST_TARGETS.map((to) => illegalStatusChange(from, to)),
        ),
        ...[3600, 86_400, 7 * 86_400].flatMap((w) => [
          tooManyContactRequests(5, w, 60),
          offerAlreadyContacted(1, w, 60),
        ]),
        reasonViolation('reasonRequired'),
        reasonViolation('reasonOnlyWhenDeclined'),
      ]),
    ).toEqual([]);
  });

  it('translates the answer rules with their limit', () => {
    const problem = problemFromAppError(answerViolation('answerTooLong'), 'fr');
    expect(problem.detail).toBe('Votre réponse doit compter au plus 4000 caractères.');
    expect(problemFromAppError(tooManyContactRequests(5, 86_400, 60), 'pt').detail).toBe(
      'Pode enviar no máximo 5 pedidos de contacto por período de 24 horas: tente novamente mais tarde.',
    );
  });
});
