import { AppError, ConflictError, NotFoundError, ValidationFailedError } from './app-error';
import type { ErrorKind } from './app-error';
import {
  catalogued,
  negotiateLanguage,
  problemFromAppError,
  statusOf,
  titleFor,
  violationMessage,
} from './problem-details';

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['en-GB,fr;q=0.5', 'en'],
    ['pt-PT,fr;q=0.4,en;q=0.3', 'pt'],
    ['pt-BR', 'pt'],
    ['ar', 'ar'],
    ['ar-SN;q=0.8, wo;q=0.9', 'ar'],
    ['en;q=0.2, fr;q=0.9', 'fr'],
    ['de-DE,es;q=0.9', 'en'],
    ['ar;q=0, pt;q=0.1', 'pt'],
    ['*', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});

describe('titleFor', () => {
  it('names the status in the four languages, 4xx and 5xx falling back to 400 and 500', () => {
    expect(['fr', 'en', 'pt', 'ar'].map((l) => titleFor(404, l as 'fr'))).toEqual([
      'Introuvable',
      'Not found',
      'Não encontrado',
      'غير موجود',
    ]);
    expect(titleFor(418, 'pt')).toBe(titleFor(400, 'pt'));
    expect(titleFor(502, 'ar')).toBe(titleFor(500, 'ar'));
  });
});

describe('problemFromAppError', () => {
  it('answers English with the code’s own sentence, and other languages from the catalogue', () => {
    const error = new NotFoundError('CATALOGUE.OFFER_NOT_FOUND', 'No such offer.');
    expect(problemFromAppError(error, 'en')).toMatchObject({
      title: 'Not found',
      detail: 'No such offer.',
    });
    expect(problemFromAppError(error, 'pt')).toMatchObject({
      title: 'Não encontrado',
      detail: 'Esta oferta não existe.',
    });
    expect(problemFromAppError(error, 'ar').detail).toBe('هذا العرض غير موجود.');
  });

  it('fills the sentence with the error’s details and params (ICU select)', () => {
    const error = new ConflictError(
      'TAXONOMY.TERM_EXISTS',
      'The sector code "agri" is taken by a retired term: unretire it instead.',
      { vocabulary: 'sector', termCode: 'agri' },
      { retired: 'yes' },
    );
    expect(problemFromAppError(error, 'fr').detail).toBe(
      'Le code de secteur « agri » est pris par un terme retiré : réactivez-le plutôt.',
    );
    // Details stay extension members; params are not sent.
    expect(problemFromAppError(error, 'fr')).toMatchObject({ vocabulary: 'sector' });
    expect(problemFromAppError(error, 'fr')).not.toHaveProperty('retired');
  });

  it('keeps the English of a sentence the catalogue does not say, and of an unknown code', () => {
    const computed = new AppError('unauthenticated', 'IDENTITY.UNAUTHENTICATED', 'Go away.');
    expect(problemFromAppError(computed, 'pt').detail).toBe('Go away.');
    expect(problemFromAppError(computed, 'pt').title).toBe('Autenticação necessária');
    const unknown = new AppError('conflict', 'NOWHERE.UNKNOWN_CODE', 'Something clashed.');
    expect(problemFromAppError(unknown, 'ar')).toMatchObject({
      title: 'تعارض',
      detail: 'Something clashed.',
      code: 'NOWHERE.UNKNOWN_CODE',
    });
  });

  it('translates violations with their values, and a detail that repeats the first one', () => {
    const violation = {
      field: 'name',
      rule: 'maxLength',
      message: 'name must be shorter than or equal to 120 characters',
      params: { max: 120 },
    };
    const error = new ValidationFailedError([violation], violation.message);
    const pt = problemFromAppError(error, 'pt');
    expect(pt.errors).toEqual([
      { field: 'name', rule: 'maxLength', message: 'Use no máximo 120 caracteres.' },
    ]);
    expect(pt.detail).toBe('Use no máximo 120 caracteres.');
    // English: today's sentences, and the values never leave the server.
    expect(problemFromAppError(error, 'en').errors).toEqual([
      { field: 'name', rule: 'maxLength', message: violation.message },
    ]);
    expect(problemFromAppError(new ValidationFailedError([]), 'ar').detail).toBe('الطلب غير صالح.');
  });
});

describe('violationMessage', () => {
  it('prefers the field’s sentence, then the rule’s, then the code’s own', () => {
    const phone = { field: 'contactPhone', rule: 'matches', message: 'contactPhone bad' };
    expect(violationMessage(phone, 'fr')).toBe(
      'Saisissez un numéro international : + puis 6 à 15 chiffres.',
    );
    expect(violationMessage({ ...phone, field: 'code' }, 'fr')).toBe(
      'La valeur n’a pas la forme attendue.',
    );
    expect(violationMessage({ field: 'x', rule: 'noSuchRule', message: 'As said.' }, 'ar')).toBe(
      'As said.',
    );
    expect(violationMessage({ field: 'role', rule: 'unknownProperty', message: 'm' }, 'ar')).toBe(
      'الخاصية role غير مقبولة.',
    );
  });

  it('writes Arabic counts in their forms', () => {
    const at = (max: number) =>
      violationMessage({ field: 'f', rule: 'maxLength', message: 'm', params: { max } }, 'ar');
    expect([1, 2, 5, 11].map(at)).toEqual([
      'استخدم حرف واحد على الأكثر.',
      'استخدم حرفان على الأكثر.',
      'استخدم 5 أحرف على الأكثر.',
      'استخدم 11 حرفًا على الأكثر.',
    ]);
  });
});

describe('catalogued', () => {
  it('translates only when the catalogue’s English, with the arguments, is the code’s sentence', () => {
    const key = 'detail.SAVED_SEARCHES.LIMIT_REACHED';
    const english = 'You can keep up to 20 saved searches: delete one before saving another.';
    expect(catalogued(key, 'pt', english, { max: 20 })).toBe(
      'Pode guardar até 20 pesquisas: elimine uma antes de guardar outra.',
    );
    expect(catalogued(key, 'pt', english, { max: 30 })).toBe(english);
    expect(catalogued(key, 'pt', english)).toBe(english);
    expect(catalogued(key, 'en', english, { max: 20 })).toBe(english);
  });
});

describe('statusOf', () => {
  it('maps every error kind to a 4xx/5xx status', () => {
    const kinds: ErrorKind[] = [
      'validation',
      'unauthenticated',
      'forbidden',
      'not_found',
      'conflict',
      'payload_too_large',
      'unsupported_media_type',
      'rate_limited',
      'unavailable',
    ];
    expect(kinds.map(statusOf)).toEqual([400, 401, 403, 404, 409, 413, 415, 429, 503]);
  });
});
