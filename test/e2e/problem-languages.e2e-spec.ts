import { createTestApp, type TestApp } from '../support/test-app';

/** Problem documents in the language Accept-Language asks for, from the message catalogues. */
describe('problem+json in the request’s language', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const invalidSignUp = (language?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      headers: language ? { 'accept-language': language } : {},
      payload: {
        email: 'not-an-address',
        password: 'a long enough passphrase',
        displayName: 'x'.repeat(121),
        preferredLanguage: 'fr',
        accountType: 'entrepreneur',
        role: 'admin',
      },
    });
  const missingOffer = (language?: string) =>
    t.app.inject({
      method: 'GET',
      url: '/api/v1/offers/00000000-0000-4000-8000-000000000000',
      headers: language ? { 'accept-language': language } : {},
    });
  const messages = (body: { errors: Array<{ field: string; rule: string; message: string }> }) =>
    Object.fromEntries(body.errors.map((e) => [`${e.field}:${e.rule}`, e.message]));

  it('writes an invalid request in Portuguese: title, detail and each violation', async () => {
    const res = await invalidSignUp('pt-PT,pt;q=0.9,en;q=0.5');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-language']).toBe('pt');
    const body = res.json();
    expect(body).toMatchObject({
      code: 'CORE.VALIDATION_FAILED',
      title: 'Pedido inválido',
      detail: 'O pedido não é válido.',
    });
    expect(messages(body)).toEqual({
      'email:isEmail': 'Introduza um endereço de e-mail válido (nome@exemplo.org).',
      'displayName:isLength': 'Use entre 1 e 120 caracteres.',
      'role:unknownProperty': 'A propriedade role não é aceite.',
    });
  });

  it('writes an invalid request in Arabic', async () => {
    const res = await invalidSignUp('ar');
    expect(res.headers['content-language']).toBe('ar');
    const body = res.json();
    expect(body).toMatchObject({ title: 'طلب غير صالح', detail: 'الطلب غير صالح.' });
    expect(messages(body)).toMatchObject({
      'displayName:isLength': 'استخدم من 1 إلى 120 حرفًا.',
      'role:unknownProperty': 'الخاصية role غير مقبولة.',
    });
  });

  it('writes a missing offer in Portuguese and Arabic, the code unchanged', async () => {
    const pt = await missingOffer('pt');
    expect(pt.statusCode).toBe(404);
    expect(pt.headers['content-language']).toBe('pt');
    expect(pt.json()).toMatchObject({
      code: 'CATALOGUE.OFFER_NOT_FOUND',
      title: 'Não encontrado',
      detail: 'Esta oferta não existe.',
    });
    const ar = await missingOffer('fr;q=0.5, ar');
    expect(ar.headers['content-language']).toBe('ar');
    expect(ar.json()).toMatchObject({
      code: 'CATALOGUE.OFFER_NOT_FOUND',
      title: 'غير موجود',
      detail: 'هذا العرض غير موجود.',
    });
  });

  it('answers in English, as before, without Accept-Language or in a language we lack', async () => {
    for (const language of [undefined, 'de-DE']) {
      const res = await missingOffer(language);
      expect(res.headers['content-language']).toBe('en');
      expect(res.json()).toMatchObject({ title: 'Not found', detail: 'No such offer.' });
    }
    const invalid = (await invalidSignUp()).json();
    expect(invalid).toMatchObject({
      title: 'Invalid request',
      detail: 'The request is not valid.',
    });
    expect(messages(invalid)).toMatchObject({
      'email:isEmail': 'email must be a valid e-mail address',
      'role:unknownProperty': 'role is not an accepted property',
    });
  });
});
