/**
 * The HSDS 3.0 objects we export (a subset of the standard's fields: the ones the catalogue
 * can fill). Field names are the standard's, hence snake_case. Absent means "not known";
 * `null` is never written.
 */
export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  uri?: string;
  version?: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  parent_id?: string;
  taxonomy: string;
  language: string;
  taxonomy_id: string;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  taxonomy_term_id: string;
  link_type: string;
  link_entity: 'service';
  value?: string;
  taxonomy_term?: HsdsTaxonomyTerm;
}

export interface HsdsPhone {
  id: string;
  organization_id?: string;
  contact_id?: string;
  number: string;
}

export interface HsdsContact {
  id: string;
  service_id: string;
  name?: string;
  email?: string;
  phones?: HsdsPhone[];
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  logo?: string;
  uri: string;
  phones?: HsdsPhone[];
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  description: string;
}

export interface HsdsLanguage {
  id: string;
  service_id: string;
  name: string;
  code: string;
}

export interface HsdsCostOption {
  id: string;
  service_id: string;
  option: string;
  currency?: string;
  amount?: number;
  amount_description?: string;
}

export interface HsdsFunding {
  id: string;
  service_id: string;
  source: string;
}

/** The one-to-one fields of a service, as `/services` lists them (with its organization). */
export interface HsdsServiceSummary {
  id: string;
  organization_id: string;
  name: string;
  alternate_name?: string;
  description: string;
  url: string;
  email?: string;
  status: 'active';
  application_process: string;
  fees_description: string;
  eligibility_description: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  last_modified: string;
  organization: HsdsOrganization;
}

/** A fully nested service, as `/services/{id}` gives it. */
export interface HsdsService extends HsdsServiceSummary {
  service_areas: HsdsServiceArea[];
  languages: HsdsLanguage[];
  cost_options: HsdsCostOption[];
  funding: HsdsFunding[];
  contacts: HsdsContact[];
  attributes: HsdsAttribute[];
}
