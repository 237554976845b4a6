import type { FieldViolation } from '@app/core';
import {
  DESCRIPTION_LANGUAGES,
  type LocalizedText,
  type OrganisationEntity,
  type OrganisationKind,
} from '../entities/organisation.entity';
import { isCountryCode } from './country-code';
import type { LegalIdentifier } from './organisation-profile';

/**
 * A profile edit. An absent field stays as it is; `null` clears a nullable one;
 * `description` and `countriesOfOperation` replace the whole value.
 */
export interface ProfileChanges {
  readonly name?: string;
  readonly kind?: OrganisationKind;
  readonly legalIdentifier?: LegalIdentifier | null;
  readonly countriesOfOperation?: readonly string[];
  readonly description?: LocalizedText;
  readonly website?: string | null;
  readonly contactEmail?: string | null;
  readonly contactPhone?: string | null;
  readonly logoUrl?: string | null;
}

export type ProfilePatch = Partial<
  Pick<
    OrganisationEntity,
    | 'name'
    | 'kind'
    | 'legalCountry'
    | 'legalRegistrationNumber'
    | 'countriesOfOperation'
    | 'description'
    | 'website'
    | 'contactEmail'
    | 'contactPhone'
    | 'logoUrl'
  >
>;

export interface ProfilePlan {
  /** Only the columns whose value changes. */
  readonly patch: ProfilePatch;
  readonly legalIdentifierChanged: boolean;
  /** Country codes that are not ISO 3166-1 alpha-2 (the HTTP layer refuses them first). */
  readonly violations: FieldViolation[];
}

/** Normalises an edit and compares it with the stored organisation. Pure. */
export function planProfileUpdate(
  current: OrganisationEntity,
  changes: ProfileChanges,
): ProfilePlan {
  const patch: ProfilePatch = {};
  const violations: FieldViolation[] = [];

  if (changes.name !== undefined) {
    const name = changes.name.trim();
    if (name !== current.name) patch.name = name;
  }
  if (changes.kind !== undefined && changes.kind !== current.kind) patch.kind = changes.kind;

  let legalIdentifierChanged = false;
  if (changes.legalIdentifier !== undefined) {
    const country = changes.legalIdentifier?.country.trim().toUpperCase() ?? null;
    const number = changes.legalIdentifier?.registrationNumber.trim() ?? null;
    if (country !== null && !isCountryCode(country)) {
      violations.push(countryViolation('legalIdentifier.country'));
    }
    if (country !== current.legalCountry || number !== current.legalRegistrationNumber) {
      legalIdentifierChanged = true;
      patch.legalCountry = country;
      patch.legalRegistrationNumber = number;
    }
  }

  if (changes.countriesOfOperation !== undefined) {
    const codes = [...new Set(changes.countriesOfOperation.map((c) => c.trim().toUpperCase()))];
    if (!codes.every(isCountryCode)) violations.push(countryViolation('countriesOfOperation'));
    if (!sameList(codes, current.countriesOfOperation)) patch.countriesOfOperation = codes;
  }

  if (changes.description !== undefined) {
    const description: LocalizedText = {};
    for (const language of DESCRIPTION_LANGUAGES) {
      const text = changes.description[language]?.trim();
      if (text) description[language] = text;
    }
    if (!sameText(description, current.description)) patch.description = description;
  }

  const optional = (value: string | null | undefined, clean = (v: string) => v.trim()) =>
    value === undefined ? undefined : value === null ? null : clean(value) || null;
  const website = optional(changes.website);
  if (website !== undefined && website !== current.website) patch.website = website;
  const email = optional(changes.contactEmail);
  if (email !== undefined && email !== current.contactEmail) patch.contactEmail = email;
  const phone = optional(changes.contactPhone, (v) => v.replace(/\s+/g, ''));
  if (phone !== undefined && phone !== current.contactPhone) patch.contactPhone = phone;
  const logo = optional(changes.logoUrl);
  if (logo !== undefined && logo !== current.logoUrl) patch.logoUrl = logo;

  return { patch, legalIdentifierChanged, violations };
}

function countryViolation(field: string): FieldViolation {
  return {
    field,
    rule: 'isCountryCode',
    message: `${field} must hold ISO 3166-1 alpha-2 country codes (such as SN or FR)`,
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function sameText(a: LocalizedText, b: LocalizedText): boolean {
  return DESCRIPTION_LANGUAGES.every((language) => (a[language] ?? '') === (b[language] ?? ''));
}
