import { HSDS_TABLES } from './hsds-tables';

export interface OpenDataLicence {
  readonly name: string;
  readonly url: string;
}

/**
 * The `datapackage.json` of the HSDS zip: a Frictionless tabular data package whose resources
 * are the upstream HSDS 3.0 table schemas of the tables we fill (same names, paths, fields and
 * constraints), with our licence and the time the data last changed.
 */
export function dataPackageDescriptor(options: {
  readonly licence: OpenDataLicence;
  readonly updatedAt: Date | null;
  readonly createdAt: Date;
  readonly publicUrl: string;
}): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'passerelle-hsds',
    title: 'Passerelle — offres publiées (HSDS 3.0)',
    description:
      'Published offers of verified organisations on Passerelle, in the Open Referral Human Services Data Specification 3.0 (tabular form).',
    homepage: `${options.publicUrl}/donnees-ouvertes`,
    version: '3.0.0',
    created: options.createdAt.toISOString(),
    ...(options.updatedAt ? { updated: options.updatedAt.toISOString() } : {}),
    licenses: [
      { name: options.licence.name, path: options.licence.url, title: options.licence.name },
    ],
    sources: [{ title: 'Passerelle', path: options.publicUrl }],
    resources: HSDS_TABLES.map((table) => ({
      name: table.name,
      path: table.path,
      description: table.description,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
      schema: {
        fields: table.fields,
        primaryKey: table.primaryKey,
        ...(table.foreignKeys.length ? { foreignKeys: table.foreignKeys } : {}),
      },
    })),
  };
}
