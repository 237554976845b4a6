/**
 * The HSDS 3.0 tables this platform exports, with their Frictionless table schemas, taken from
 * the upstream data package (Open Referral `specification`, branch 3.0, schema/datapackage.json,
 * CC BY-SA 4.0): same names, paths, field order, types, formats and constraints. Foreign keys
 * pointing at tables we do not export (program, location, service_at_location) are left out.
 * Regenerate from test/contracts/hsds-3.0/datapackage.json rather than editing by hand.
 */
// prettier-ignore
export const HSDS_TABLES = [
  {
    "name": "organization",
    "path": "organizations.csv",
    "description": "The details about each organization delivering services. Each service should be linked to the organization responsible for its delivery. One organization may deliver many services.",
    "fields": [
      {
        "name": "id",
        "type": "string",
        "format": "uuid",
        "constraints": {
          "required": true,
          "unique": true
        },
        "description": "The identifier for the organization. Each organization must have a unique identifier."
      },
      {
        "name": "name",
        "type": "string",
        "constraints": {
          "required": true
        },
        "description": "The official or public name of the organization."
      },
      {
        "name": "alternate_name",
        "type": "string",
        "description": "An (optional) alternative or commonly used name for the organization."
      },
      {
        "name": "description",
        "type": "string",
        "constraints": {
          "required": true
        },
        "description": "A free text description containing a brief summary about the organization. It can contain markup such as HTML or Markdown."
      },
      {
        "name": "email",
        "type": "string",
        "format": "email",
        "description": "The contact e-mail address for the organization."
      },
      {
        "name": "website",
        "type": "string",
        "format": "uri",
        "description": "The URL (website address) of the organization."
      },
      {
        "name": "tax_status",
        "type": "string",
        "description": "DEPRECATED: Government assigned tax designation for tax-exempt organizations."
      },
      {
        "name": "tax_id",
        "type": "string",
        "description": "DEPRECATED: A government issued identifier used for the purpose of tax administration."
      },
      {
        "name": "year_incorporated",
        "type": "number",
        "description": "The year in which the organization was legally formed."
      },
      {
        "name": "legal_status",
        "type": "string",
        "description": "The legal conditions that an organization is operating under."
      },
      {
        "name": "logo",
        "type": "string",
        "description": "A URL to an image associated with the organization which can be presented alongside its name."
      },
      {
        "name": "uri",
        "type": "string",
        "format": "uri",
        "description": "A persistent identifier to uniquely identify the organization such as those provided by Open Corporates or some other relevant URI provider. This is not for listing the website of the organization: that can be done through the website field of the Organization."
      },
      {
        "name": "parent_organization_id",
        "type": "string",
        "format": "uuid",
        "description": "The identifier of the organization's parent organization."
      }
    ],
    "primaryKey": "id",
    "foreignKeys": []
  },
  {
    "name": "service",
    "path": "services.csv",
    "description": "The details of the services provided by organizations to a range of different groups.",
    "fields": [
      {
        "name": "id",
        "type": "string",
        "format": "uuid",
        "constraints": {
          "required": true,
          "unique": true
        },
        "description": "The identifier for the service. Each service must have a unique identifier."
      },
      {
        "name": "organization_id",
        "type": "string",
        "format": "uuid",
        "constraints": {
          "required": true
        },
        "description": "The identifier of the organization that provides this service."
      },
      {
        "name": "program_id",
        "type": "string",
        "format": "uuid",
        "description": "The identifier of the program this service is delivered under."
      },
      {
        "name": "name",
        "type": "string",
        "constraints": {
          "required": true
        },
        "description": "The official or public name of the service."
      },
      {
        "name": "alternate_name",
        "type": "string",
        "description": "An (optional) alternative name for this service."
      },
      {
        "name": "description",
        "type": "string",
        "description": "A free text description of the service."
      },
      {
        "name": "url",
        "type": "string",
        "format": "uri",
        "description": "URL of the service"
      },
      {
        "name": "email",
        "type": "string",
        "format": "email",
        "description": "An email address which can be used to contact the service provider."
      },
      {
        "name": "status",
        "type": "string",
        "constraints": {
          "required": true,
          "enum": [
            "active",
            "inactive",
            "defunct",
            "temporarily closed"
          ]
        },
        "description": "The current status of the service which can be active, inactive, defunct, or temporarily closed."
      },
      {
        "name": "interpretation_services",
        "type": "string",
        "description": "A free text description of any interpretation services available for accessing this service."
      },
      {
        "name": "application_process",
        "type": "string",
        "description": "A free text description of the steps needed to access this service."
      },
      {
        "name": "fees_description",
        "type": "string",
        "description": "A free text description of any charges for service users to access this service."
      },
      {
        "name": "wait_time",
        "type": "string",
        "description": "DEPRECATED: The time a client may expect to wait before receiving a service."
      },
      {
        "name": "fees",
        "type": "string",
        "description": "DEPRECATED: Details of any charges for service users to access this service."
      },
      {
        "name": "accreditations",
        "type": "string",
        "description": "A free text description of any accreditations. Accreditation is the formal evaluation of an organization or program against best practice standards set by an accrediting organization."
      },
      {
        "name": "eligibility_description",
        "type": "string",
        "description": "A free text description of the type of person for whom this service is intended."
      },
      {
        "name": "minimum_age",
        "type": "number",
        "description": "The minimum age of a person required to meet this eligibility requirement."
      },
      {
        "name": "maximum_age",
        "type": "number",
        "description": "The maximum age of a person required to meet this eligibility requirement."
      },
      {
        "name": "assured_date",
        "type": "date",
        "description": "The date that the information about the service was last checked."
      },
      {
        "name": "assurer_email",
        "type": "string",
        "format": "email",
        "description": "The contact e-mail address for the person or organization which last assured the service."
      },
      {
        "name": "licenses",
        "type": "string",
        "description": "DEPRECATED: An organization may have a license issued by a government entity to operate legally. A list of any such licenses can be provided here."
      },
      {
        "name": "alert",
        "type": "string",
        "description": "A description of any short term alerts concerning the service."
      },
      {
        "name": "last_modified",
        "type": "datetime",
        "description": "The datetime when the service, or any related information about the service, has changed. Should have millisecond accuracy."
      }
    ],
    "primaryKey": "id",
    "foreignKeys": [
      {
        "fields": "organization_id",
        "reference": {
          "resource": "organization",
          "fields": "id"
        }
      }
    ]
  },
  {
    "name": "attribute",
    "path": "attributes.csv",
    "description": "A link between a service and one or more classifications that describe the nature of the service provided.",
    "fields": [
      {
        "name": "id",
        "type": "string",
        "format": "uuid",
        "constraints": {
          "required": true,
          "unique": true
        },
        "description": "The identifier of the attribute entry. Each attribute entry should have a unique identifier."
      },
      {
        "name": "link_id",
        "type": "string",
        "format": "uuid",
        "constraints": {
          "required": true
        },
        "description": "The identifier of the entity to which this taxonomy term applies."
      },
      {
        "name": "taxonomy_term_id",
        "type": "string",
        "format": "uuid",
        "constraints": {
          "required": true
        },
        "description": "The identifier of this taxonomy term from the taxonomy table."
      },
      {
        "name": "link_type",
        "type": "string",
        "description": "A code taken from an enumerated open codelist to indicate what the taxonomy term describes, e.g. the service eligibility or intended audience."
      },
      {
        "name": "link_entity",
        "type": "string",
        "constraints": {
          "required": true
        },
        "description": "The table of the Link Identifier."
      },
      {
        "name": "value",
        "type": "string",
        "description": "The value (if any) of an attribute."
      }
    ],
    "primaryKey": "id",
    "foreignKeys": [
      {
        "fields": "taxonomy_term_id",
        "reference": {
          "resource": "taxonomy_term",
          "fields": "id"
        }
      }
    ]
  },
  {
    "name": "phone",
    "path": "phones.csv",
    "description": "The details of the telephone numbers used to contact organizations, services, and locations.",
    "fields": [
      {
        "name": "id",
        "type": "string",
        "format": "uuid",
        "constraints": {
          "required": true,
          "unique": true
        },
        "description": "The identifier for the phone number. Each entry must have a unique identifier."
      },
      {
        "name": "location_id",
        "type": "string",
        "format": "uuid",
        "description": "The identifier of the location where this phone number is located."
      },
      {
        "name": "service_id",
        "type": "string",
        "format": "uuid",
        "description": "The identifier of the service for which this is the phone number."
      },
      {
        "name": "organization_id",
        "type": "string",
        "format": "uuid",
        "description": "The identifier of the organization for which this is the phone number."
      },
      {
        "name": "contact_id",
        "type": "string",
        "format": "uuid",
        "description": "The identifier of the contact for which this is the phone number."
      },
      {
        "name": "service_at_location_id",
        "type": "string",
        "format": "uuid",
        "description": "The identifier of the ‘service at location’ table entry, when this phone number is specific to a service in a particular location."
      },
      {
        "name": "number",
        "type": "string",
        "constraints": {
          "required": true
        },
        "description": "The phone number."
      },
      {
        "name": "extension",
        "type": "number",
        "description": "The extension of the phone number."
      },
      {
        "name": "type",
        "type": "string",
        "description": "Indicates the type of phone service, drawing from the RFC6350 list of types (text (for SMS), voice, fax, cell, video, pager, textphone)."
      },
      {
        "name": "description",
        "type": "string",
        "description": "A free text description providing extra information about the phone service"
      }
    ],
    "primaryKey": "id",
    "foreignKeys": [
      {
        "fields": "contact_id",
        "reference": {
          "resource": "contact",
          "fields": "id"
        }
      },
      {
        "fields": "organization_id",
        "reference": {
          "resource": "organization",
          "fields": "id"
        }
      },
      {
        "fields": "service_id",
        "reference": {
          "resource": "service",
          "fields": "id"
        }
      }
    ]
  },
  {
    "name": "contact",
    "path": "contacts.csv",
    "description": "The details of the named contacts for services and organizations.",
    "fields": [
      {
        "name": "id",
        "type": "string",
        "format": "uuid",
        "constraints": {
          "required": true,
          "unique": true
        },
        "description": "The identifier for the contact. Each contact must have a unique identifier."
      },
      {
        "name": "organization_id",
        "type": "string",
        "format": "uuid",
        "description": "The identifier of the organization for which this is a contact."
      },
      {
        "name": "service_id",
        "type": "string",
        "format": "uuid",
        "description": "The identifier of the service for which this is a contact."
      },
      {
        "name": "service_at_location_id",
        "type": "string",
        "format": "uuid",
        "description": "The identifier of the ‘service at location’ entry, when this contact is specific to a service in a particular location."
      },
      {
        "name": "location_id",
        "type": "string",
        "format": "uuid",
        "description": "The identifier for the location of the contact."
      },
      {
        "name": "name",
        "type": "string",
        "description": "The name of the contact."
      },
      {
        "name": "title",
        "type": "string",
        "description": "The job title of the contact."
      },
      {
        "name": "department",
        "type": "string",
        "description": "The department that the contact is a part of."
      },
      {
        "name": "email",
        "type": "string",
        "format": "email",
        "description": "The email address of the contact."
      }
    ],
    "primaryKey": "id",
    "foreignKeys": [
      {
        "fields": "organization_id",
        "reference": {
          "resource": "organization",
          "fields": "id"
        }
      },
      {
        "fields": "service_id",
        "reference": {
          "resource": "service",
          "fields": "id"
        }
      }
    ]
  },
  {
    "name": "funding",
    "path": "funding.csv",
    "description": "The sources of funding for a service or organization.",
    "fields": [
      {
        "name": "id",
        "type": "string",
        "format": "uuid",
        "constraints": {
          "required": true,
          "unique": true
        },
        "description": "The identifier for the funding. Each entry must have a unique identifier."
      },
      {
        "name": "organization_id",
        "type": "string",
        "format": "uuid",
        "description": "The identifier of the organization in receipt of this funding."
      },
      {
        "name": "service_id",
        "type": "string",
        "format": "uuid",
        "description": "The identifier of the service in receipt of this funding."
      },
      {
        "name": "source",
        "type": "string",
        "description": "A free text description of the source of funds for this organization or service."
      }
    ],
    "primaryKey": "id",
    "foreignKeys": [
      {
        "fields": "organization_id",
        "reference": {
          "resource": "organization",
          "fields": "id"
        }
      },
      {
        "fields": "service_id",
        "reference": {
          "resource": "service",
          "fields": "id"
        }
      }
    ]
  },
  {
    "name": "service_area",
    "path": "service_areas.csv",
    "description": "The details of the geographic area for which a service is available.",
    "fields": [
      {
        "name": "id",
        "type": "string",
        "format": "uuid",
        "constraints": {
          "required": true,
          "unique": true
        },
        "description": "The identifier for the service area. Each service area must have a unique identifier."
      },
      {
        "name": "service_id",
        "type": "string",
        "format": "uuid",
        "description": "The identifier of the service for which this entry describes the service area"
      },
      {
        "name": "name",
        "type": "string",
        "description": "A free text geographic area where a service is available."
      },
      {
        "name": "description",
        "type": "string",
        "description": "A more detailed free text description of this service area. Used to provide any additional information that cannot be communicated using the structured area and geometry fields."
      },
      {
        "name": "extent",
        "type": "string",
        "description": "A definition of the polygon defining the area."
      },
      {
        "name": "extent_type",
        "type": "string",
        "description": "The format of the extent field  populated from an enum of  \"geojson\", \"topojson\",  \"kml\",and (for legacy systems or early state during transformation) \"text\"."
      },
      {
        "name": "uri",
        "type": "string",
        "description": "A URI which acts as a persistent identifier to identify an area."
      }
    ],
    "primaryKey": "id",
    "foreignKeys": [
      {
        "fields": "service_id",
        "reference": {
          "resource": "service",
          "fields": "id"
        }
      }
    ]
  },
  {
    "name": "language",
    "path": "languages.csv",
    "description": "The languages that are spoken at locations or services. This does not include languages which can only be used with interpretation.",
    "fields": [
      {
        "name": "id",
        "type": "string",
        "format": "uuid",
        "constraints": {
          "required": true,
          "unique": true
        },
        "description": "The identifier for the language. Each entry must have a unique identifier."
      },
      {
        "name": "service_id",
        "type": "string",
        "format": "uuid",
        "description": "The identifier of the service for which the entry describes the languages in which services are delivered."
      },
      {
        "name": "location_id",
        "type": "string",
        "format": "uuid",
        "description": "The identifier of the location for which the entry describes the languages in which services are delivered."
      },
      {
        "name": "phone_id",
        "type": "string",
        "format": "uuid",
        "description": "The identifier of the phone for which the entry describes the languages in which services delivered."
      },
      {
        "name": "name",
        "type": "string",
        "description": "The name of the language in which the service is delivered."
      },
      {
        "name": "code",
        "type": "string",
        "description": "The ISO 639-1 or ISO 639-3 code for the language."
      },
      {
        "name": "note",
        "type": "string",
        "description": "A free text description of any additional context or services provided for this language."
      }
    ],
    "primaryKey": "id",
    "foreignKeys": [
      {
        "fields": "phone_id",
        "reference": {
          "resource": "phone",
          "fields": "id"
        }
      },
      {
        "fields": "service_id",
        "reference": {
          "resource": "service",
          "fields": "id"
        }
      }
    ]
  },
  {
    "name": "taxonomy_term",
    "path": "taxonomy_terms.csv",
    "description": "Each service can be categorized according to one or more taxonomy terms. The taxonomy_term object contains a list of taxonomy terms, their names, and, for hierarchical taxonomies, their structure.",
    "fields": [
      {
        "name": "id",
        "type": "string",
        "format": "uuid",
        "constraints": {
          "required": true,
          "unique": true
        },
        "description": "The identifier for this taxonomy term. Each taxonomy term must have a unique identifier, within the scope of the dataset."
      },
      {
        "name": "code",
        "type": "string",
        "constraints": {
          "unique": true
        },
        "description": "The term identfier as used in the taxonomy. This and the taxonomy_id combined define the term."
      },
      {
        "name": "name",
        "type": "string",
        "constraints": {
          "required": true
        },
        "description": "The taxonomy term itself."
      },
      {
        "name": "description",
        "type": "string",
        "constraints": {
          "required": true
        },
        "description": "A free text description of the term."
      },
      {
        "name": "parent_id",
        "type": "string",
        "format": "uuid",
        "description": "If this is a child term in a hierarchical taxonomy, give the identifier of the parent category. For top-level categories, this is not required."
      },
      {
        "name": "taxonomy",
        "type": "string",
        "description": "If this is an established taxonomy, a free text description of which taxonomy is in use. If possible, provide a URI."
      },
      {
        "name": "language",
        "type": "string",
        "description": "An ISO 639-1, or ISO 639-2 [language code](available at http://www.loc.gov/standards/iso639-2/php/code_list.php) to represent the language of the term. The three-letter codes from ISO 639-2 provide greater accuracy when describing variants of languages, which may be relevant to particular communities."
      },
      {
        "name": "taxonomy_id",
        "type": "string",
        "format": "uuid",
        "description": "The identifier of the taxonomy containing the term."
      },
      {
        "name": "term_uri",
        "type": "string",
        "format": "uri",
        "description": "URI of the term."
      }
    ],
    "primaryKey": "id",
    "foreignKeys": [
      {
        "fields": "taxonomy_id",
        "reference": {
          "resource": "taxonomy",
          "fields": "id"
        }
      }
    ]
  },
  {
    "name": "cost_option",
    "path": "cost_options.csv",
    "description": "The costs of a service at certain points in time. This is an LGA Extension. This object provides a structured version of the text information contained in the 'fees' field of the 'service' object.",
    "fields": [
      {
        "name": "id",
        "type": "string",
        "format": "uuid",
        "constraints": {
          "required": true,
          "unique": true
        },
        "description": "The identifier for the cost option. Each entry must have a unique identifier"
      },
      {
        "name": "service_id",
        "type": "string",
        "format": "uuid",
        "constraints": {
          "required": true
        },
        "description": "The identifier of the services for which the entry describes the cost."
      },
      {
        "name": "valid_from",
        "type": "date",
        "description": "The date when this price is valid from."
      },
      {
        "name": "valid_to",
        "type": "date",
        "description": "The date when this price is valid to."
      },
      {
        "name": "option",
        "type": "string",
        "description": "Conditions associated with the cost option."
      },
      {
        "name": "currency",
        "type": "string",
        "description": "The 3 letter currency code of this cost option (expected to be gbp by Open Referral UK)."
      },
      {
        "name": "amount",
        "type": "number",
        "description": "The cost of the option, expressed as an amount."
      },
      {
        "name": "amount_description",
        "type": "string",
        "description": "Specific details qualifying the cost amount."
      }
    ],
    "primaryKey": "id",
    "foreignKeys": [
      {
        "fields": "service_id",
        "reference": {
          "resource": "service",
          "fields": "id"
        }
      }
    ]
  },
  {
    "name": "taxonomy",
    "path": "taxonomies.csv",
    "description": "The taxonomies from which taxonomy terms are taken.",
    "fields": [
      {
        "name": "id",
        "type": "string",
        "format": "uuid",
        "constraints": {
          "required": true,
          "unique": true
        },
        "description": "The identifier of the taxonomy. Each entry must have a unique identifier"
      },
      {
        "name": "name",
        "type": "string",
        "constraints": {
          "required": true
        },
        "description": "The name of the taxonomy from which terms are sourced."
      },
      {
        "name": "description",
        "type": "string",
        "constraints": {
          "required": true
        },
        "description": "A free text description of the taxonomy."
      },
      {
        "name": "uri",
        "type": "string",
        "format": "uri",
        "description": "The URI of the taxonomy."
      },
      {
        "name": "version",
        "type": "string",
        "description": "The version of the taxonomy."
      }
    ],
    "primaryKey": "id",
    "foreignKeys": []
  }
] as const satisfies readonly HsdsTableSchema[];

export interface HsdsField {
  readonly name: string;
  readonly type: 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'datetime';
  readonly format?: string;
  readonly constraints?: {
    readonly required?: boolean;
    readonly unique?: boolean;
    readonly enum?: readonly string[];
  };
  readonly description: string;
}

export interface HsdsTableSchema {
  readonly name: string;
  readonly path: string;
  readonly description: string;
  readonly fields: readonly HsdsField[];
  readonly primaryKey: string;
  readonly foreignKeys: ReadonlyArray<{
    readonly fields: string;
    readonly reference: { readonly resource: string; readonly fields: string };
  }>;
}

export type HsdsTableName = (typeof HSDS_TABLES)[number]['name'];
