import { stringify } from 'csv-stringify/sync';
import { HSDS_TABLES, type HsdsTableName, type HsdsTableSchema } from './hsds-tables';
import type { HsdsOrganization, HsdsService, HsdsTaxonomy, HsdsTaxonomyTerm } from './hsds-types';

/** One row of an HSDS table: the object's one-to-one fields (nested arrays become rows of their own). */
export type HsdsRow = Record<string, string | number | boolean | undefined>;
export type HsdsRows = Partial<Record<HsdsTableName, HsdsRow[]>>;

function scalars(value: object): HsdsRow {
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean',
    ),
  ) as HsdsRow;
}

function push(rows: HsdsRows, table: HsdsTableName, row: HsdsRow): void {
  (rows[table] ??= []).push(row);
}

/** The rows an organization adds: itself and its phone. */
export function organizationRows(organization: HsdsOrganization): HsdsRows {
  const rows: HsdsRows = {};
  push(rows, 'organization', scalars(organization));
  for (const phone of organization.phones ?? []) push(rows, 'phone', scalars(phone));
  return rows;
}

/** The rows a service adds to each table (its organization is written once, apart). */
export function serviceRows(service: HsdsService): HsdsRows {
  const rows: HsdsRows = {};
  push(rows, 'service', scalars(service));
  for (const area of service.service_areas) push(rows, 'service_area', scalars(area));
  for (const language of service.languages) push(rows, 'language', scalars(language));
  for (const cost of service.cost_options) push(rows, 'cost_option', scalars(cost));
  for (const funding of service.funding) push(rows, 'funding', scalars(funding));
  for (const contact of service.contacts) {
    push(rows, 'contact', scalars(contact));
    for (const phone of contact.phones ?? []) push(rows, 'phone', scalars(phone));
  }
  for (const attribute of service.attributes) push(rows, 'attribute', scalars(attribute));
  return rows;
}

export function taxonomyRows(
  taxonomies: readonly HsdsTaxonomy[],
  terms: readonly HsdsTaxonomyTerm[],
): HsdsRows {
  return { taxonomy: taxonomies.map(scalars), taxonomy_term: terms.map(scalars) };
}

export function tableSchema(name: HsdsTableName): HsdsTableSchema {
  const table = HSDS_TABLES.find((t) => t.name === name);
  if (!table) throw new RangeError(`Unknown HSDS table ${name}`);
  return table;
}

/** The header line of a table's CSV: every field of its upstream table schema, in order. */
export function csvHeader(name: HsdsTableName): string {
  return stringify([tableSchema(name).fields.map((f) => f.name)], { record_delimiter: '\r\n' });
}

/**
 * Rows as CSV lines with the table's columns, empty cells for unknown values. Values are kept
 * exactly (this is data for programs); the spreadsheet CSV is the one guarded against formulas.
 */
export function csvLines(name: HsdsTableName, rows: readonly HsdsRow[]): string {
  if (rows.length === 0) return '';
  const fields = tableSchema(name).fields;
  return stringify(
    rows.map((row) =>
      fields.map((f) => {
        const v = row[f.name];
        return v === undefined ? '' : String(v);
      }),
    ),
    { record_delimiter: '\r\n' },
  );
}
