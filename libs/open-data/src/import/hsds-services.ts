import { IMPORT_FIELDS, type ImportField } from './import-columns';
import { importUnreadable } from './import-errors';
import type { ImportRow, ImportTable } from './import-table';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/**
 * The services of an HSDS 3.0 JSON document: a list of services, an object with a `services`
 * (or `service`, or the API's paginated `contents`) list, or a Frictionless data package whose
 * `service` resource carries its rows inline (`data`).
 */
function servicesOf(doc: unknown): unknown[] | null {
  if (Array.isArray(doc)) return doc;
  if (!isObject(doc)) return null;
  for (const key of ['services', 'service', 'contents']) {
    if (Array.isArray(doc[key])) return doc[key] as unknown[];
  }
  if (Array.isArray(doc.resources)) {
    const resource = list(doc.resources).find((r) => r.name === 'service' || r.name === 'services');
    if (resource && Array.isArray(resource.data)) return resource.data as unknown[];
  }
  if (typeof doc.name === 'string' && typeof doc.id === 'string') return [doc];
  return null;
}

/**
 * HSDS 3.0 services as import rows over the import's own fields, so they go through the same
 * conversion and checks as a spreadsheet row. The mapping:
 * `id` → external id; `name` → title; `alternate_name` (else the start of `description`) →
 * summary; `description`; `url` / `email` → how to apply; `eligibility_description` → other
 * conditions; `minimum_age` / `maximum_age`; `languages[].code`; `service_areas[].name` →
 * target countries; `cost_options[0]` (`amount` > 0 → paid) ; `contacts[0]` (name, e-mail,
 * first phone); `schedules[0].valid_from` / `valid_to` → opening date / deadline (no
 * `valid_to`: open all year); `attributes[].taxonomy_term` of the taxonomies `category`,
 * `sector` and `stage` (by code or name); the text language is `fr`.
 */
export function hsdsTable(text: string): ImportTable {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw importUnreadable('notJson');
  }
  const services = servicesOf(doc);
  if (!services || services.length === 0) {
    throw importUnreadable('noHsdsServices');
  }
  const headers = [...IMPORT_FIELDS];
  const rows: ImportRow[] = services.map((service, index) => {
    const values = isObject(service) ? hsdsValues(service) : {};
    return {
      line: index + 1,
      cells: headers.map((field) => ({ text: values[field] ?? '' })),
    };
  });
  return { format: 'hsds', headers, rows, fixedMapping: true };
}

function hsdsValues(s: Json): Partial<Record<ImportField, string>> {
  const description = str(s.description);
  const cost = list(s.cost_options)[0];
  const contact = list(s.contacts)[0];
  const schedule = list(s.schedules)[0];
  const terms = list(s.attributes)
    .map((a) => a.taxonomy_term)
    .filter(isObject);
  const termsOf = (taxonomy: string) =>
    terms
      .filter((t) => str(t.taxonomy).toLowerCase() === taxonomy)
      .map((t) => str(t.code) || str(t.name))
      .filter(Boolean)
      .join(';');
  const amount = cost && typeof cost.amount === 'number' ? cost.amount : null;
  const validTo = str(schedule?.valid_to);
  return {
    externalId: str(s.id),
    language: 'fr',
    title: str(s.name),
    summary: str(s.alternate_name) || description.slice(0, 500),
    description,
    applyUrl: str(s.url),
    applyEmail: str(s.email),
    otherConditions: str(s.eligibility_description),
    ageMin: str(s.minimum_age),
    ageMax: str(s.maximum_age),
    deliveryLanguages: list(s.languages)
      .map((l) => str(l.code) || str(l.name))
      .filter(Boolean)
      .join(';'),
    targetCountries: list(s.service_areas)
      .map((a) => str(a.name) || str(a.extent))
      .filter(Boolean)
      .join(';'),
    costType: amount !== null && amount > 0 ? 'paid' : 'free',
    price: amount !== null && amount > 0 ? String(amount) : '',
    currency: amount !== null && amount > 0 ? str(cost?.currency) : '',
    contactName: str(contact?.name),
    contactEmail: str(contact?.email),
    contactPhone: str(list(contact?.phones)[0]?.number),
    opensOn: str(schedule?.valid_from),
    deadline: validTo,
    rolling: validTo ? 'no' : 'yes',
    category: termsOf('category'),
    sectors: termsOf('sector'),
    stages: termsOf('stage'),
    format: 'online',
  };
}
