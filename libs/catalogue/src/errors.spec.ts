import { problemFromAppError, uncatalogued } from '@app/core';
import { illegalTransition, staleVersion } from './errors';
import { OFFER_STATES } from './offers/offer-state';
import { termExists, termNotFound } from './taxonomy/taxonomy-errors';
import { TAXONOMY_VOCABULARIES } from './taxonomy/taxonomy.types';

describe('catalogue errors in the problem catalogue', () => {
  const actions = [
    'submit',
    'publish',
    'request_changes',
    'reject',
    'archive',
    'expire',
    'reopen',
    'edit',
    'reconfirm',
    'withdraw',
  ] as const;

  it('says every illegal move and taxonomy clash as the code does, so each translates', () => {
    const errors = [
      ...actions.flatMap((a) => OFFER_STATES.map((s) => illegalTransition(a, s))),
      ...TAXONOMY_VOCABULARIES.flatMap((v) => [
        termNotFound(v, 'agri'),
        termExists(v, 'agri', true),
        termExists(v, 'agri', false),
      ]),
      staleVersion(3, 'published'),
    ];
    expect(uncatalogued(errors)).toEqual([]);
  });

  it('reads naturally in Portuguese and Arabic', () => {
    const error = illegalTransition('withdraw', 'draft');
    expect(error.message).toBe('Cannot withdraw the pending change of an offer that is draft.');
    expect(problemFromAppError(error, 'pt').detail).toBe(
      'Não é possível retirar a alteração pendente de uma oferta em rascunho.',
    );
    expect(problemFromAppError(illegalTransition('publish', 'archived'), 'ar').detail).toBe(
      'لا يمكن نشر عرض مؤرشف.',
    );
  });
});
