import type { OpenAPIObject } from '@nestjs/swagger';

type Json = Record<string, unknown>;

/**
 * operationId when a route names none: the method's verb and the controller's name without
 * "Controller", in camelCase (`PublicOffersController.list` → `listPublicOffers`), instead of
 * Nest's `PublicOffersController_list`. Routes that read better otherwise name their own.
 */
export function readableOperationId(controllerKey: string, methodKey: string): string {
  const subject = controllerKey.replace(/Controller$/, '');
  return `${methodKey}${subject.charAt(0).toUpperCase()}${subject.slice(1)}`;
}

/**
 * @nestjs/swagger 12 writes OpenAPI 3.0 (`nullable: true`). This turns the document into
 * OpenAPI 3.1, whose schemas are JSON Schema 2020-12:
 * - `nullable: true` becomes a `null` member of `type` (or `anyOf` with `{ type: 'null' }`
 *   around a `$ref`/composition, as a sibling cannot widen a reference), and `null` joins an
 *   `enum`;
 * - `servers` names where the API is served (PUBLIC_URL);
 * - a success answer documented with a schema but no example gets one built from its
 *   schema (the properties' own examples first, else a value of the right type and format),
 *   so every operation shows what it returns.
 */
export function toOpenApi31(document: OpenAPIObject, publicUrl: string): OpenAPIObject {
  const doc = structuredClone(document) as unknown as Json;
  doc.openapi = '3.1.0';
  doc.servers = [{ url: publicUrl.replace(/\/$/, ''), description: 'This Passerelle instance' }];
  walk(doc);
  const schemas = ((doc.components as Json | undefined)?.schemas ?? {}) as Json;
  for (const path of Object.values((doc.paths ?? {}) as Record<string, Json>))
    for (const operation of Object.values(path) as Json[]) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      for (const [status, response] of Object.entries(operation.responses as Record<string, Json>))
        if (status.startsWith('2'))
          for (const media of Object.values((response.content ?? {}) as Record<string, Json>))
            if (media.schema && media.example === undefined && media.examples === undefined)
              media.example = exampleOf(media.schema as Json, schemas, 0);
    }
  return doc as unknown as OpenAPIObject;
}

/** Rewrites every 3.0 `nullable` schema in place, depth first. */
function walk(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(walk);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as Json;
  for (const value of Object.values(schema)) walk(value);
  if (typeof schema.nullable !== 'boolean') return;
  const nullable = schema.nullable;
  delete schema.nullable;
  if (!nullable) return;
  if (typeof schema.type === 'string') {
    schema.type = [schema.type, 'null'];
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null);
    return;
  }
  if (Array.isArray(schema.type)) {
    if (!schema.type.includes('null')) schema.type.push('null');
    return;
  }
  // A reference or composition: keep its annotations beside an anyOf with null.
  const { description, example, default: dflt, readOnly, ...inner } = schema;
  for (const key of Object.keys(schema)) delete schema[key];
  Object.assign(
    schema,
    description !== undefined ? { description } : {},
    example !== undefined ? { example } : {},
    dflt !== undefined ? { default: dflt } : {},
    readOnly !== undefined ? { readOnly } : {},
    { anyOf: [inner, { type: 'null' }] },
  );
}

const FORMAT_EXAMPLES: Record<string, unknown> = {
  uuid: '3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  'date-time': '2026-01-31T08:00:00.000Z',
  date: '2026-01-31',
  email: 'contact@example.org',
  uri: 'https://example.org',
  url: 'https://example.org',
};

/** A value matching `schema`: its own example or default first, then by type and format. */
function exampleOf(schema: Json, schemas: Json, depth: number): unknown {
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (typeof schema.$ref === 'string') {
    const target = schemas[schema.$ref.split('/').pop()!] as Json | undefined;
    return target && depth < 6 ? exampleOf(target, schemas, depth + 1) : {};
  }
  const composed = (schema.allOf ?? schema.oneOf ?? schema.anyOf) as Json[] | undefined;
  if (composed?.length) {
    const first = composed.find((s) => s.type !== 'null') ?? composed[0];
    return exampleOf(first, schemas, depth);
  }
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'array':
      return depth < 6 && schema.items ? [exampleOf(schema.items as Json, schemas, depth + 1)] : [];
    case 'object':
    case undefined: {
      const properties = (schema.properties ?? {}) as Record<string, Json>;
      if (depth >= 6) return {};
      return Object.fromEntries(
        Object.entries(properties).map(([k, v]) => [k, exampleOf(v, schemas, depth + 1)]),
      );
    }
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'boolean':
      return true;
    case 'string':
      return FORMAT_EXAMPLES[String(schema.format)] ?? 'text';
    default:
      return null;
  }
}
