import { createTestApp, type TestApp } from '../support/test-app';

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * The published OpenAPI document is 3.1 and complete enough for a partner to write a client
 * from it alone: every operation has a readable operationId, a description and an example
 * of what it returns.
 */
describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: Json;

  beforeAll(async () => {
    t = await createTestApp();
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    doc = res.json();
  });
  afterAll(() => t.close());

  const operations = () =>
    Object.entries(doc.paths as Record<string, Json>).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((m) => ({
        name: `${m.toUpperCase()} ${path}`,
        op: item[m] as Json,
      })),
    );

  it('is OpenAPI 3.1 with servers from PUBLIC_URL and no 3.0-only keywords', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([expect.objectContaining({ url: 'https://passerelle.test' })]);
    expect(JSON.stringify(doc)).not.toMatch(/"nullable":/);
  });

  it('every operation has a readable, unique operationId, a description and an example', () => {
    const problems: string[] = [];
    const ids = new Map<string, string>();
    for (const { name, op } of operations()) {
      const id = op.operationId;
      if (typeof id !== 'string' || !/^[a-z]+[A-Z0-9][A-Za-z0-9]*$/.test(id))
        problems.push(`${name}: operationId ${String(id)} is not a camelCase verb phrase`);
      else if (ids.has(id)) problems.push(`${name}: operationId ${id} also on ${ids.get(id)}`);
      else ids.set(id, name);
      if (typeof op.description !== 'string' || op.description.trim().length < 10)
        problems.push(`${name}: no description`);
      const successes = Object.entries(op.responses as Record<string, Json>).filter(([s]) =>
        s.startsWith('2'),
      );
      if (successes.length === 0) problems.push(`${name}: no success response documented`);
      for (const [status, response] of successes)
        for (const [type, media] of Object.entries(
          (response.content ?? {}) as Record<string, Json>,
        ))
          if (media.example === undefined && media.examples === undefined)
            problems.push(`${name}: ${status} ${type} has no example`);
    }
    expect(problems).toEqual([]);
  });

  it('nullable fields are type unions with null (JSON Schema 2020-12)', () => {
    const schemas = (doc.components as Json).schemas as Record<string, Json>;
    const lastVerifiedAt = (schemas.PublicOfferResponse.properties as Record<string, Json>)
      .lastVerifiedAt;
    expect(lastVerifiedAt.type).toEqual(['string', 'null']);
  });
});
