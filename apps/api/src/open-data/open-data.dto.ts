import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The largest HSDS page: a partner mirroring everything uses the zip instead. */
export const HSDS_MAX_PER_PAGE = 100;

/** HSDS 3.0 paging parameters (`page`, `per_page`), as the standard's API names them. */
export class HsdsPageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 10_000, default: 1, example: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: HSDS_MAX_PER_PAGE, default: 50, example: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(HSDS_MAX_PER_PAGE)
  per_page?: number;
}

const ORGANIZATION_EXAMPLE = {
  id: '3f0c2a55-4a7e-4d8b-9a43-6b1d0c2e9f10',
  name: 'Incubateur Baobab',
  description: 'Incubateur de projets portés par la diaspora sénégalaise.',
  email: 'contact@baobab.example.org',
  website: 'https://baobab.example.org',
  uri: 'https://passerelle.example.org/organisations/incubateur-baobab',
};

export const HSDS_SERVICE_SUMMARY_EXAMPLE = {
  id: '9b2e7c1d-5f3a-4e8b-8c6d-2a1f0e9d8c7b',
  organization_id: ORGANIZATION_EXAMPLE.id,
  name: 'Bourse d’amorçage pour entrepreneurs de la diaspora au Sénégal',
  alternate_name: 'Seed grant for diaspora entrepreneurs in Senegal',
  description: 'Ce programme finance les premiers mois de votre projet.',
  url: 'https://passerelle.example.org/offres/bourse-d-amorcage',
  email: 'programme@baobab.example.org',
  status: 'active',
  application_process:
    'Candidater : https://baobab.example.org/postuler. Date limite : 2027-03-31.',
  fees_description: 'Gratuit.',
  eligibility_description:
    'Pays de résidence : France, Belgique. Pays du projet : Sénégal. Âge : 18 à 40 ans.',
  minimum_age: 18,
  maximum_age: 40,
  assured_date: '2026-11-02',
  last_modified: '2026-11-02T09:30:00Z',
  organization: ORGANIZATION_EXAMPLE,
};

export const HSDS_SERVICE_EXAMPLE = {
  ...HSDS_SERVICE_SUMMARY_EXAMPLE,
  service_areas: [
    {
      id: 'c1d2e3f4-a5b6-5c7d-8e9f-0a1b2c3d4e5f',
      service_id: HSDS_SERVICE_SUMMARY_EXAMPLE.id,
      name: 'Sénégal',
      description: 'ISO 3166-1 alpha-2: SN',
    },
  ],
  languages: [
    {
      id: 'd2e3f4a5-b6c7-5d8e-9f0a-1b2c3d4e5f60',
      service_id: HSDS_SERVICE_SUMMARY_EXAMPLE.id,
      name: 'français',
      code: 'fr',
    },
  ],
  cost_options: [
    {
      id: 'e3f4a5b6-c7d8-5e9f-8a1b-2c3d4e5f6071',
      service_id: HSDS_SERVICE_SUMMARY_EXAMPLE.id,
      option: 'Gratuit',
      amount: 0,
    },
  ],
  funding: [
    {
      id: 'f4a5b6c7-d8e9-5f0a-9b2c-3d4e5f607182',
      service_id: HSDS_SERVICE_SUMMARY_EXAMPLE.id,
      source: 'Incubateur Baobab : financement de 1 000 000 à 15 000 000 XOF.',
    },
  ],
  contacts: [
    {
      id: 'a5b6c7d8-e9f0-5a1b-8c3d-4e5f60718293',
      service_id: HSDS_SERVICE_SUMMARY_EXAMPLE.id,
      name: 'Équipe programme',
      email: 'programme@baobab.example.org',
    },
  ],
  attributes: [
    {
      id: 'b6c7d8e9-f0a1-5b2c-9d4e-5f6071829304',
      link_id: HSDS_SERVICE_SUMMARY_EXAMPLE.id,
      taxonomy_term_id: 'c7d8e9f0-a1b2-5c3d-8e5f-607182930415',
      link_type: 'category',
      link_entity: 'service',
      taxonomy_term: {
        id: 'c7d8e9f0-a1b2-5c3d-8e5f-607182930415',
        code: 'category:grant',
        name: 'Subvention',
        description: 'Subvention (en: Grant)',
        taxonomy: 'Passerelle — catégories d’offres',
        language: 'fr',
        taxonomy_id: 'd8e9f0a1-b2c3-5d4e-9f60-718293041526',
      },
    },
  ],
};

/** An HSDS 3.0 organization (upstream schema `organization.json`), as nested in a service. */
export class HsdsOrganizationDto {
  @ApiProperty({ format: 'uuid', example: ORGANIZATION_EXAMPLE.id }) id: string;
  @ApiProperty({ example: ORGANIZATION_EXAMPLE.name }) name: string;
  @ApiProperty({ example: ORGANIZATION_EXAMPLE.description }) description: string;
  @ApiPropertyOptional({ format: 'email', example: ORGANIZATION_EXAMPLE.email }) email?: string;
  @ApiPropertyOptional({ format: 'uri', example: ORGANIZATION_EXAMPLE.website }) website?: string;
  @ApiPropertyOptional({ example: 'https://baobab.example.org/logo.png' }) logo?: string;
  @ApiProperty({ format: 'uri', example: ORGANIZATION_EXAMPLE.uri }) uri: string;
}

/** The one-to-one fields of an HSDS 3.0 service (upstream schema `compiled/service_list.json`). */
export class HsdsServiceSummaryDto {
  @ApiProperty({ format: 'uuid', example: HSDS_SERVICE_SUMMARY_EXAMPLE.id }) id: string;
  @ApiProperty({ format: 'uuid', example: ORGANIZATION_EXAMPLE.id }) organization_id: string;
  @ApiProperty({ example: HSDS_SERVICE_SUMMARY_EXAMPLE.name }) name: string;
  @ApiPropertyOptional({ example: HSDS_SERVICE_SUMMARY_EXAMPLE.alternate_name })
  alternate_name?: string;
  @ApiProperty({ example: HSDS_SERVICE_SUMMARY_EXAMPLE.description }) description: string;
  @ApiProperty({ format: 'uri', example: HSDS_SERVICE_SUMMARY_EXAMPLE.url }) url: string;
  @ApiPropertyOptional({
    format: 'email',
    example: HSDS_SERVICE_SUMMARY_EXAMPLE.email,
    description: 'The offer’s public contact (or application) e-mail, as the offer page shows it',
  })
  email?: string;
  @ApiProperty({ enum: ['active'], example: 'active' }) status: string;
  @ApiProperty({ example: HSDS_SERVICE_SUMMARY_EXAMPLE.application_process })
  application_process: string;
  @ApiProperty({ example: 'Gratuit.' }) fees_description: string;
  @ApiProperty({ example: HSDS_SERVICE_SUMMARY_EXAMPLE.eligibility_description })
  eligibility_description: string;
  @ApiPropertyOptional({ example: 18 }) minimum_age?: number;
  @ApiPropertyOptional({ example: 40 }) maximum_age?: number;
  @ApiPropertyOptional({
    example: '2026-11-02',
    description: 'Last verified by a person (not the last edit)',
  })
  assured_date?: string;
  @ApiProperty({ format: 'date-time', example: HSDS_SERVICE_SUMMARY_EXAMPLE.last_modified })
  last_modified: string;
  @ApiProperty({ type: HsdsOrganizationDto }) organization: HsdsOrganizationDto;
}

/** A fully nested HSDS 3.0 service (upstream schema `compiled/service.json`). */
export class HsdsServiceDto extends HsdsServiceSummaryDto {
  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    example: HSDS_SERVICE_EXAMPLE.service_areas,
    description: 'The countries of the project (target countries)',
  })
  service_areas: object[];
  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    example: HSDS_SERVICE_EXAMPLE.languages,
  })
  languages: object[];
  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    example: HSDS_SERVICE_EXAMPLE.cost_options,
  })
  cost_options: object[];
  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    example: HSDS_SERVICE_EXAMPLE.funding,
    description: 'For financing offers: the amount range',
  })
  funding: object[];
  @ApiProperty({ type: 'array', items: { type: 'object' }, example: HSDS_SERVICE_EXAMPLE.contacts })
  contacts: object[];
  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    example: HSDS_SERVICE_EXAMPLE.attributes,
    description:
      'Category, sectors and stages (taxonomy terms), and the eligibility criteria (value: a country code, true, a gender focus)',
  })
  attributes: object[];
}

/** A page of services in the HSDS 3.0 API shape (`Page` + `contents`). */
export class HsdsServicePageDto {
  @ApiProperty({ example: 1 }) total_items: number;
  @ApiProperty({ example: 1 }) total_pages: number;
  @ApiProperty({ example: 1 }) page_number: number;
  @ApiProperty({ example: 1, description: 'Services in this page' }) size: number;
  @ApiProperty({ example: true }) first_page: boolean;
  @ApiProperty({ example: true }) last_page: boolean;
  @ApiProperty({ example: false }) empty: boolean;
  @ApiProperty({ type: [HsdsServiceSummaryDto] }) contents: HsdsServiceSummaryDto[];
}
