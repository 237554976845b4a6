import fc from 'fast-check';

/**
 * fast-check arbitraries from the API's own OpenAPI document: for each operation, requests
 * that mostly follow the schema (so they reach the service code past validation) and are
 * sometimes broken on purpose (wrong types, missing or extra fields, hostile text). Written
 * here because no maintained package maps OpenAPI 3.x schemas to fast-check (the one that
 * exists, json-schema-fast-check 0.0.6, is unmaintained and knows neither $ref nor nullable).
 * Reads OpenAPI 3.1 (type unions with 'null') as well as 3.0 (`nullable`).
 */

export interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  example?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: Schema;
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }
    >
  >;
  components?: { schemas?: Record<string, Schema> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Percent-encoded; a lone surrogate (which UTF-8 cannot carry) goes as its raw 3-byte form. */
function encodePathValue(value: string): string {
  return value.replace(
    /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]|[^\uD800-\uDFFF]+/g,
    (part) =>
      part.length === 1 && part >= '\uD800' && part <= '\uDFFF'
        ? [
            ...Buffer.from([
              0xe0 | (part.charCodeAt(0) >> 12),
              0x80 | ((part.charCodeAt(0) >> 6) & 0x3f),
              0x80 | (part.charCodeAt(0) & 0x3f),
            ]),
          ]
            .map((b) => `%${b.toString(16).toUpperCase()}`)
            .join('')
        : encodeURIComponent(part),
  );
}

export function operationsOf(doc: OpenApiDocument): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      out.push({
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return out;
}

/** Text that has broken parsers, databases and renderers before. */
export const hostileText = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\u0000',
      'a\u0000b',
      '\ud800',
      'x\udc00y',
      '🚀',
      'تمويل المشاريع',
      'Côte d’Ivoire',
      '<script>alert(1)</script>',
      "'; DROP TABLE offers; --",
      '%00',
      '../../etc/passwd',
      '{"a":1}',
      "=cmd|' /C calc'!A0",
      '9'.repeat(400),
      'x'.repeat(5000),
      '-1',
      '1e309',
      'NaN',
      'null',
      'true',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
);

export class ArbitraryFactory {
  constructor(
    private readonly doc: OpenApiDocument,
    /** Values worth trying for a path or id-like field (ids that exist, so code past lookups runs). */
    private readonly ids: readonly string[],
  ) {}

  /** A request for the operation: path with parameters filled in, query string, JSON body. */
  request(op: Operation): fc.Arbitrary<{ url: string; body: unknown }> {
    const path = op.parameters.filter((p) => p.in === 'path');
    const query = op.parameters.filter((p) => p.in === 'query');
    const pathValues = fc.tuple(...path.map(() => this.pathValue()));
    const queryValues = fc.tuple(
      ...query.map((p) =>
        fc.option(this.queryValue(p.schema ?? {}), { nil: undefined, freq: p.required ? 10 : 2 }),
      ),
    );
    const body = op.body
      ? fc.option(this.value(op.body, 0), { nil: undefined, freq: 12 })
      : fc.constant(undefined);
    return fc.tuple(pathValues, queryValues, body).map(([pv, qv, b]) => {
      let url = op.path;
      path.forEach((p, i) => (url = url.replace(`{${p.name}}`, encodePathValue(pv[i]))));
      const search = new URLSearchParams();
      query.forEach((p, i) => {
        const v = qv[i];
        if (v === undefined) return;
        for (const item of Array.isArray(v) ? v : [v]) search.append(p.name, String(item));
      });
      const qs = search.toString();
      return { url: qs ? `${url}?${qs}` : url, body: b };
    });
  }

  private pathValue(): fc.Arbitrary<string> {
    return fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...this.ids) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 2, arbitrary: hostileText.filter((s) => s.length > 0 && s.length < 300) },
    );
  }

  private queryValue(schema: Schema): fc.Arbitrary<unknown> {
    return fc.oneof(
      { weight: 3, arbitrary: this.value(schema, 3) },
      { weight: 2, arbitrary: hostileText.filter((s) => s.length < 2000) },
    );
  }

  /** A value for the schema; at any level, now and then a value of the wrong shape. */
  value(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    return fc.oneof(
      { weight: 12, arbitrary: this.conforming(this.resolve(schema), depth) },
      { weight: 1, arbitrary: anyJson },
    );
  }

  private resolve(schema: Schema): Schema {
    if (schema.$ref) {
      const name = schema.$ref.split('/').pop()!;
      return this.resolve(this.doc.components?.schemas?.[name] ?? {});
    }
    const composed = schema.allOf ?? schema.oneOf ?? schema.anyOf;
    if (composed?.length) {
      // OpenAPI 3.1 writes a nullable reference as anyOf [{ $ref }, { type: 'null' }].
      const members = composed.filter((s) => s.type !== 'null');
      return {
        ...schema,
        ...this.resolve(members[0] ?? composed[0]),
        ...(members.length < composed.length ? { nullable: true } : {}),
        allOf: undefined,
        oneOf: undefined,
        anyOf: undefined,
      };
    }
    return schema;
  }

  private conforming(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    const base = this.shaped(schema, depth);
    // OpenAPI 3.0 `nullable: true`, or a 3.1 type union with 'null'.
    const nullable =
      schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes('null'));
    return nullable ? fc.option(base, { nil: null, freq: 6 }) : base;
  }

  private shaped(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    if (schema.enum?.length) return fc.constantFrom(...schema.enum);
    const type = Array.isArray(schema.type)
      ? (schema.type.find((t) => t !== 'null') ?? 'null')
      : schema.type;
    switch (type) {
      case 'string':
        return this.string(schema);
      case 'integer':
        return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1_000_000 });
      case 'number':
        return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1e9, noNaN: true });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return depth > 6
          ? fc.constant([])
          : fc.array(this.value(schema.items ?? {}, depth + 1), {
              maxLength: Math.min(schema.maxItems ?? 4, 4),
            });
      default:
        if (schema.properties) return this.object(schema, depth);
        return anyJson;
    }
  }

  private object(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    if (depth > 6) return fc.constant({});
    const required = new Set(schema.required ?? []);
    const entries = Object.entries(schema.properties ?? {}).map(([key, property]) =>
      // Required fields are nearly always there; an optional one, half the time.
      fc
        .option(this.value(property, depth + 1), {
          nil: undefined,
          freq: required.has(key) ? 30 : 1,
        })
        .map((v) => [key, v] as const),
    );
    return fc
      .tuple(
        fc.tuple(...entries),
        fc.option(fc.constantFrom('role', 'isAdmin', 'id', 'status'), { freq: 10 }),
      )
      .map(([pairs, extra]) => {
        const out: Record<string, unknown> = {};
        for (const [k, v] of pairs) if (v !== undefined) out[k] = v;
        if (extra) out[extra] = 'admin';
        return out;
      });
  }

  private string(schema: Schema): fc.Arbitrary<string> {
    const typical: fc.Arbitrary<string> = (() => {
      switch (schema.format) {
        case 'uuid':
          return fc.oneof(fc.constantFrom(...this.ids), fc.uuid());
        case 'email':
          return fc.emailAddress();
        case 'date':
          return fc
            .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10));
        case 'date-time':
          return fc
            .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
            .map((d) => d.toISOString());
        case 'uri':
          return fc.webUrl();
        default:
          return fc.string({
            minLength: schema.minLength ?? 0,
            maxLength: Math.min(schema.maxLength ?? 60, 200),
          });
      }
    })();
    const example = typeof schema.example === 'string' ? [fc.constant(schema.example)] : [];
    return fc.oneof(
      { weight: 4, arbitrary: typical },
      ...example.map((arbitrary) => ({ weight: 3, arbitrary })),
      { weight: 2, arbitrary: hostileText },
    );
  }
}
