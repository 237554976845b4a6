import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';

/**
 * Checks of the open-data exports against the upstream HSDS 3.0 schemas kept in
 * test/contracts/hsds-3.0/ (Open Referral, CC BY-SA 4.0): JSON Schema (draft 2020-12) for
 * every object, and a Frictionless-style check of the data package (no maintained JS
 * Frictionless validator exists: frictionless-js and datapackage-js stopped in 2020-2021).
 */
const CONTRACTS = path.resolve(__dirname, '../contracts/hsds-3.0');

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(CONTRACTS, file), 'utf8')) as Record<string, unknown>;
}

export interface HsdsContract {
  /** Errors of a fully nested service (`/services/{id}`), against `service.json` and its refs. */
  service(value: unknown): string[];
  /** Errors of a `/services` item, against `compiled/service_list.json`. */
  serviceListItem(value: unknown): string[];
  /** Errors of a `/services` page envelope, against openapi.json's `Page`. */
  page(value: unknown): string[];
  /** Errors of a CSV row turned back into an object, against its table's schema. */
  row(table: string, value: unknown): string[];
}

function errorsOf(validate: ValidateFunction, value: unknown): string[] {
  return validate(value)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
}

export function hsdsContract(): HsdsContract {
  // HSDS schemas carry their own keywords (core, constraints, datapackage_metadata…): not strict.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const tables = new Map<string, string>();
  for (const file of readdirSync(CONTRACTS)) {
    if (!file.endsWith('.json') || file === 'datapackage.json' || file === 'openapi.json') continue;
    const schema = readJson(file);
    // No $id upstream: the file name is the key its siblings' `$ref`s resolve to.
    ajv.addSchema(schema, file);
    tables.set(String(schema.name), file);
  }
  const listItem = ajv.compile(readJson('compiled/service_list.json'));
  const openapi = readJson('openapi.json') as {
    components: { schemas: { Page: Record<string, unknown> } };
  };
  const page = ajv.compile(openapi.components.schemas.Page);
  const schema = (table: string) => {
    const file = tables.get(table);
    const validate = file ? ajv.getSchema(file) : undefined;
    if (!validate) throw new Error(`No HSDS schema for table ${table}`);
    return validate;
  };
  return {
    service: (value) => errorsOf(schema('service'), value),
    serviceListItem: (value) => errorsOf(listItem, value),
    page: (value) => errorsOf(page, value),
    row: (table, value) => errorsOf(schema(table), value),
  };
}

/** Every file of a zip, as text. */
export function unzipText(zip: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, archive) => {
      if (error || !archive) return reject(error ?? new Error('no zip'));
      const files = new Map<string, string>();
      archive.on('error', reject);
      archive.on('end', () => resolve(files));
      archive.on('entry', (entry: yauzl.Entry) => {
        archive.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            archive.readEntry();
          });
        });
      });
      archive.readEntry();
    });
  });
}

interface TableField {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}
interface Resource {
  name: string;
  path: string;
  schema: {
    fields: TableField[];
    primaryKey?: string;
    foreignKeys?: Array<{ fields: string; reference: { resource: string; fields: string } }>;
  };
}

export interface CheckedPackage {
  readonly descriptor: Record<string, unknown> & { resources: Resource[] };
  /** Each table's rows as typed objects (empty cells left out), by resource name. */
  readonly tables: Map<string, Array<Record<string, unknown>>>;
  /** Everything wrong, as "file:row:field rule" lines; empty when the package is valid. */
  readonly errors: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A cell read as its Frictionless field type, or an error naming the rule it broke. */
function cast(field: TableField, cell: string): { value?: unknown; error?: string } {
  switch (field.type) {
    case 'number': {
      const n = Number(cell);
      return cell.trim() !== '' && Number.isFinite(n) ? { value: n } : { error: 'type number' };
    }
    case 'integer':
      return /^-?\d+$/.test(cell) ? { value: Number(cell) } : { error: 'type integer' };
    case 'boolean':
      return ['true', 'false'].includes(cell)
        ? { value: cell === 'true' }
        : { error: 'type boolean' };
    case 'date':
      return DATE.test(cell) && !Number.isNaN(Date.parse(cell))
        ? { value: cell }
        : { error: 'type date' };
    case 'datetime':
      return DATETIME.test(cell) && !Number.isNaN(Date.parse(cell))
        ? { value: cell }
        : { error: 'type datetime' };
    case 'string': {
      if (field.format === 'uuid' && !UUID.test(cell)) return { error: 'format uuid' };
      if (field.format === 'email' && !EMAIL.test(cell)) return { error: 'format email' };
      if (field.format === 'uri') {
        try {
          new URL(cell);
        } catch {
          return { error: 'format uri' };
        }
      }
      return { value: cell };
    }
    default:
      return { error: `unknown type ${field.type}` };
  }
}

/**
 * What a Frictionless validator checks of a tabular data package: every resource listed is
 * in the zip; each CSV's header is its schema's fields in order; every cell has its field's
 * type and format; required cells are filled, enums respected, unique and primary keys
 * unique; every foreign key points at an existing row. No file in the zip is left unlisted.
 */
export function checkDataPackage(files: Map<string, string>): CheckedPackage {
  const errors: string[] = [];
  const descriptorText = files.get('datapackage.json');
  if (!descriptorText) throw new Error('datapackage.json missing');
  const descriptor = JSON.parse(descriptorText) as CheckedPackage['descriptor'];
  if (descriptor.profile !== 'tabular-data-package') errors.push('datapackage: profile');
  const tables = new Map<string, Array<Record<string, unknown>>>();
  const listed = new Set(['datapackage.json']);
  for (const resource of descriptor.resources) {
    listed.add(resource.path);
    const text = files.get(resource.path);
    if (text === undefined) {
      errors.push(`${resource.path}: listed but missing`);
      continue;
    }
    const records = parse(text, { relax_column_count: false }) as string[][];
    const [header = [], ...rows] = records;
    const fields = resource.schema.fields;
    if (JSON.stringify(header) !== JSON.stringify(fields.map((f) => f.name)))
      errors.push(`${resource.path}: header ${header.join(',')} is not the schema's fields`);
    const objects: Array<Record<string, unknown>> = [];
    const seen = new Map<string, Set<string>>();
    rows.forEach((cells, index) => {
      const at = `${resource.path}:${index + 2}`;
      const object: Record<string, unknown> = {};
      fields.forEach((field, column) => {
        const cell = cells[column] ?? '';
        const c = field.constraints ?? {};
        if (cell === '') {
          if (c.required) errors.push(`${at}:${field.name} required`);
          return;
        }
        const { value, error } = cast(field, cell);
        if (error) errors.push(`${at}:${field.name} ${error} (${cell})`);
        if (c.enum && !c.enum.includes(cell)) errors.push(`${at}:${field.name} enum (${cell})`);
        if (c.unique || resource.schema.primaryKey === field.name) {
          const values = seen.get(field.name) ?? new Set<string>();
          if (values.has(cell)) errors.push(`${at}:${field.name} unique (${cell})`);
          values.add(cell);
          seen.set(field.name, values);
        }
        object[field.name] = value;
      });
      objects.push(object);
    });
    tables.set(resource.name, objects);
  }
  for (const resource of descriptor.resources) {
    for (const fk of resource.schema.foreignKeys ?? []) {
      const target = new Set(
        (tables.get(fk.reference.resource) ?? []).map((r) => r[fk.reference.fields]),
      );
      (tables.get(resource.name) ?? []).forEach((row, index) => {
        const value = row[fk.fields];
        if (value !== undefined && !target.has(value))
          errors.push(
            `${resource.path}:${index + 2}:${fk.fields} foreign key to ${fk.reference.resource} (${String(value)})`,
          );
      });
    }
  }
  for (const name of files.keys())
    if (!listed.has(name)) errors.push(`${name}: in the zip but not in datapackage.json`);
  return { descriptor, tables, errors };
}
