/**
 * The official Meilisearch OpenAPI document (v1.53) as an executable contract: finds the
 * operation of a request by method and path template, and validates request bodies, query and
 * path parameters and responses with Ajv (OpenAPI 3.1 schemas are JSON Schema draft 2020-12).
 *
 * The whole document is added to Ajv under an `$id`, so every `$ref` into
 * `#/components/schemas/…` resolves as written. A few defects of the document are corrected
 * in memory (ERRATA); each erratum carries a witness that the pristine document gets wrong, and
 * a test checks every witness still fails without the erratum — when Meilisearch fixes its
 * document, that test says which erratum to drop.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The official Meilisearch v1.53 OpenAPI description, copied verbatim from the team's
 * shared folder into the repository so the contract tests run on any clone.
 */
export const OPENAPI_PATH = path.resolve(
  __dirname,
  '../../../../..',
  'test/contracts/meilisearch-openapi-v1.53.json',
);
const DOCUMENT_ID = 'https://contract.passerelle.test/meilisearch-openapi.json';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Erratum {
  readonly id: string;
  readonly why: string;
  readonly apply: (document: Json) => void;
}

const SEARCH_RESULT_LIST = {
  type: 'object',
  required: ['results'],
  properties: {
    results: { type: 'array', items: { $ref: '#/components/schemas/SearchResultWithIndex' } },
  },
  additionalProperties: false,
};

export const ERRATA: readonly Erratum[] = [
  {
    id: 'attribute-patterns-are-a-string-array',
    why:
      'AttributePatterns (the `facets` of a search, the values of `federation.facetsByIndex`) is ' +
      '#[serde(transparent)] over Vec<String> and deserialised from an array of strings ' +
      '(milli attribute_patterns.rs); the document describes the Rust struct, {patterns: [...]}, ' +
      'which the server would reject. The official client also sends string arrays.',
    apply: (doc) => {
      doc.components.schemas.AttributePatterns = { type: 'array', items: { type: 'string' } };
    },
  },
  {
    id: 'multi-search-answers-results-without-federation',
    why:
      'POST /multi-search without `federation` answers {results: SearchResultWithIndex[]}; ' +
      'the document only describes the federated answer (FederatedSearchResult).',
    apply: (doc) => {
      const content = doc.paths['/multi-search'].post.responses['200'].content['application/json'];
      content.schema = { oneOf: [content.schema, SEARCH_RESULT_LIST] };
    },
  },
  {
    id: 'query-vector-keys-are-strings',
    why:
      'FederatedSearchResult.queryVectors declares `propertyNames: {type: integer}`; JSON object ' +
      'keys are always strings, so the schema can never accept a non-empty object (Ajv strict ' +
      'mode refuses to compile it). The keys are query positions: digit strings.',
    apply: (doc) => {
      const result = doc.components.schemas.FederatedSearchResult.allOf[1];
      result.properties.queryVectors.propertyNames = { type: 'string', pattern: '^[0-9]+$' };
    },
  },
];

/** utoipa's integer formats, checked for real rather than ignored. */
const INTEGER_FORMATS: Record<string, [number, number]> = {
  'u-int8': [0, 255],
  'u-int32': [0, 2 ** 32 - 1],
  'u-int64': [0, Number.MAX_SAFE_INTEGER],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

export interface OperationMatch {
  readonly method: string;
  readonly template: string;
  readonly operationId: string;
  readonly operation: Json;
  readonly pathParams: Record<string, string>;
}

export interface ContractOptions {
  /** Apply ERRATA (default true); false gives the pristine document, for the errata witnesses. */
  readonly errata?: boolean;
  /** Ajv `strictTypes` (default true). */
  readonly strictTypes?: boolean;
}

export function loadOpenApiDocument(): Json {
  if (!existsSync(OPENAPI_PATH)) {
    throw new Error(
      `The Meilisearch OpenAPI document is missing at ${OPENAPI_PATH}: the contract tests need it.`,
    );
  }
  return JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as Json;
}

let pristine: Json | undefined;

export class OpenApiContract {
  readonly document: Json;
  private readonly ajv: Ajv2020;
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly templates: { template: string; regex: RegExp; names: string[] }[];

  constructor(options: ContractOptions = {}) {
    pristine ??= loadOpenApiDocument();
    this.document = structuredClone(pristine);
    if (options.errata ?? true) for (const erratum of ERRATA) erratum.apply(this.document);

    this.ajv = new Ajv2020({
      strict: true,
      strictTypes: options.strictTypes ?? true,
      allErrors: true,
    });
    addFormats(this.ajv);
    for (const [name, [min, max]] of Object.entries(INTEGER_FORMATS)) {
      this.ajv.addFormat(name, {
        type: 'number',
        validate: (n: number) => Number.isInteger(n) && n >= min && n <= max,
      });
    }
    for (const name of ['double', 'float']) {
      this.ajv.addFormat(name, { type: 'number', validate: (n: number) => Number.isFinite(n) });
    }
    // OpenAPI keywords around the schemas; Ajv only needs to walk through them to resolve refs.
    this.ajv.addVocabulary([
      'openapi',
      'info',
      'servers',
      'paths',
      'components',
      'tags',
      'example',
    ]);
    this.ajv.addSchema({ ...this.document, $id: DOCUMENT_ID });

    // Literal segments beat parameters (`documents/delete-batch` before `documents/{id}`).
    this.templates = Object.keys(this.document.paths)
      .map((template) => {
        const names: string[] = [];
        const source = template
          .split('/')
          .map((segment) => {
            const param = /^\{(.+)\}$/.exec(segment);
            if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            names.push(param[1]);
            return '([^/]+)';
          })
          .join('/');
        return { template, regex: new RegExp(`^${source}$`), names };
      })
      .sort((a, b) => a.names.length - b.names.length);
  }

  /** The operation answering `method path`, or undefined when the document has none. */
  operation(method: string, pathname: string): OperationMatch | undefined {
    const verb = method.toLowerCase();
    for (const { template, regex, names } of this.templates) {
      const match = regex.exec(pathname);
      const operation = match && this.document.paths[template][verb];
      if (!operation) continue;
      const pathParams = Object.fromEntries(
        names.map((name, i) => [name, decodeURIComponent(match[i + 1])]),
      );
      return { method: verb, template, operationId: operation.operationId, operation, pathParams };
    }
    return undefined;
  }

  /**
   * Validates a JSON request body against the operation's requestBody schema. Unknown top-level
   * keys are refused even where the document leaves an object open (`Settings_Unchecked`,
   * `SearchQuery`): Meilisearch itself rejects unknown fields.
   */
  validateRequestBody(op: OperationMatch, contentType: string | null, body: unknown): string[] {
    const requestBody = op.operation.requestBody;
    if (!requestBody) return body === undefined ? [] : [`${op.operationId} takes no body`];
    if (body === undefined) return requestBody.required ? [`${op.operationId} needs a body`] : [];
    const media = (contentType ?? '').split(';')[0].trim();
    if (!requestBody.content[media]) {
      return [`${op.operationId} does not accept Content-Type "${contentType}"`];
    }
    const pointer = this.pointer('paths', op.template, op.method, 'requestBody', 'content', media);
    const closed = this.isObjectSchema(requestBody.content[media].schema)
      ? { type: 'object', unevaluatedProperties: false }
      : {};
    return this.check({ $ref: `${pointer}/schema`, ...closed }, body);
  }

  private isObjectSchema(schema: Json): boolean {
    const ref = /^#\/components\/schemas\/(.+)$/.exec(schema.$ref ?? '');
    const target = ref ? this.document.components.schemas[ref[1]] : schema;
    return [target.type].flat().includes('object');
  }

  /** Path and query parameters, coerced from text by their declared types. */
  validateParameters(op: OperationMatch, query: URLSearchParams): string[] {
    const declared: Json[] = op.operation.parameters ?? [];
    const problems: string[] = [];
    const schemaOf = (param: Json) =>
      `${this.pointer('paths', op.template, op.method, 'parameters', String(declared.indexOf(param)))}/schema`;
    for (const [name, raw] of Object.entries(op.pathParams)) {
      const param = declared.find((p) => p.in === 'path' && p.name === name);
      if (!param) problems.push(`undeclared path parameter ${name}`);
      else problems.push(...this.check({ $ref: schemaOf(param) }, coerce(raw, param.schema), name));
    }
    for (const name of new Set(query.keys())) {
      const param = declared.find((p) => p.in === 'query' && p.name === name);
      if (!param) {
        problems.push(`${op.operationId} has no query parameter "${name}"`);
        continue;
      }
      const raw = query.getAll(name);
      if (raw.length > 1) problems.push(`query parameter "${name}" repeated`);
      problems.push(...this.check({ $ref: schemaOf(param) }, coerce(raw[0], param.schema), name));
    }
    for (const param of declared) {
      if (param.in === 'query' && param.required && !query.has(param.name)) {
        problems.push(`missing required query parameter "${param.name}"`);
      }
    }
    return problems;
  }

  /** Validates a response; an undeclared error status is checked against ResponseError. */
  validateResponse(op: OperationMatch, status: number, body: unknown): string[] {
    const response = op.operation.responses[String(status)];
    if (!response) {
      if (status >= 400) return this.validateComponent('ResponseError', body);
      return [`${op.operationId} declares no ${status} response`];
    }
    if (!response.content) return body === undefined ? [] : [`${status} has no body`];
    const pointer = this.pointer('paths', op.template, op.method, 'responses', String(status));
    return this.check({ $ref: `${pointer}/content/application~1json/schema` }, body);
  }

  validateComponent(name: string, value: unknown): string[] {
    return this.check({ $ref: `${DOCUMENT_ID}#/components/schemas/${name}` }, value);
  }

  /** `default` of every property of a component schema that declares one. */
  defaultsOf(name: string): Record<string, unknown> {
    const properties: Json = this.document.components.schemas[name].properties ?? {};
    return Object.fromEntries(
      Object.entries(properties)
        .filter(([, schema]) => 'default' in schema)
        .map(([key, schema]) => [key, structuredClone(schema.default)]),
    );
  }

  private check(schema: Json, value: unknown, at = ''): string[] {
    const key = JSON.stringify(schema);
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.validators.set(key, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e: ErrorObject) => describe(e, at));
  }

  private pointer(...segments: string[]): string {
    const escaped = segments.map((s) =>
      encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1')),
    );
    return `${DOCUMENT_ID}#/${escaped.join('/')}`;
  }
}

/**
 * Text → value by the parameter's type. Arrays are comma-separated: that is how Meilisearch
 * reads them (`fields=id,fingerprint`) and how the client writes them, although the document
 * leaves `style`/`explode` at OpenAPI's default (repeated parameters).
 */
function coerce(raw: string, schema: Json = {}): unknown {
  const types: string[] = [schema.type ?? []].flat();
  if (types.includes('array')) return raw === '' ? [] : raw.split(',');
  if (types.includes('integer') || types.includes('number')) {
    return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  }
  if (types.includes('boolean')) return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

function describe(error: ErrorObject, at: string): string {
  const where = `${at}${error.instancePath}` || '(body)';
  const params = JSON.stringify(error.params);
  return `${where} ${error.message ?? error.keyword} ${params} [${error.schemaPath}]`;
}

let shared: OpenApiContract | undefined;

/** One compiled contract per test file (compiling the document costs a little). */
export function sharedContract(): OpenApiContract {
  shared ??= new OpenApiContract();
  return shared;
}
