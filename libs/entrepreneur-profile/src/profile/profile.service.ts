import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AppError, ValidationFailedError } from '@app/core';
import { TaxonomyService } from '@app/catalogue';
import { PersonalDataRegistry } from '@app/identity';
import type { EntrepreneurProfileEntity } from './profile.entity';
import { ProfileRepository } from './profile.repository';
import {
  PROFILE_SHAREABLE_FIELDS,
  type EntrepreneurProfileView,
  type ProfileSetupOutcome,
  type ProfileSetupState,
  type ShareableProfileField,
} from './profile.types';

/** The version of the consent text shown to the user; a new text means a new version. */
export const SENSITIVE_CONSENT_VERSION = '2026-11';

export interface ProfileInput {
  residenceCountry?: string | null;
  originCountries?: string[];
  targetCountries?: string[];
  sectorCodes?: string[];
  stageCode?: string | null;
  needCodes?: string[];
  languages?: string[];
  businessName?: string | null;
  businessDescription?: string | null;
  dateOfBirth?: string | null;
  gender?: 'woman' | 'man' | 'other' | null;
}

const consentRequired = () =>
  new AppError(
    'validation',
    'PROFILE.CONSENT_REQUIRED',
    'Date of birth and gender are stored only with your consent: give it first (PUT /api/v1/me/profile/consent).',
    {
      violations: [
        {
          field: 'dateOfBirth',
          rule: 'consentRequired',
          message: 'Give your consent to store your date of birth and gender.',
        },
      ],
    },
  );

@Injectable()
export class ProfileService implements OnModuleInit {
  constructor(
    private readonly repo: ProfileRepository,
    private readonly taxonomy: TaxonomyService,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      section: 'entrepreneurProfile',
      export: async (userId) => ({
        profile: await this.get(userId),
        consents: await this.repo.consents(userId),
        setup: await this.repo.setupOf(userId),
      }),
      erase: (userId, m) => this.repo.erase(userId, m),
    });
  }

  async get(userId: string): Promise<EntrepreneurProfileView> {
    const [profile, consent] = await Promise.all([
      this.repo.find(userId),
      this.repo.latestConsent(userId),
    ]);
    return toView(userId, profile, consent);
  }

  /** Replaces the profile with what is given; sensitive fields need a granted consent. */
  async update(userId: string, input: ProfileInput): Promise<EntrepreneurProfileView> {
    const violations = [];
    for (const [field, vocabulary, codes] of [
      ['sectorCodes', 'sector', input.sectorCodes ?? []],
      ['stageCode', 'stage', input.stageCode ? [input.stageCode] : []],
      ['needCodes', 'category', input.needCodes ?? []],
    ] as const) {
      try {
        await this.taxonomy.assertSelectable(field, vocabulary, [...codes]);
      } catch (error) {
        if (error instanceof ValidationFailedError)
          violations.push(...(error.extra.violations ?? []));
        else throw error;
      }
    }
    if (violations.length) throw new ValidationFailedError(violations, violations[0].message);
    await this.repo.transaction(async (m) => {
      const consent = await this.repo.latestConsent(userId, m);
      const sensitive = input.dateOfBirth != null || input.gender != null;
      if (sensitive && !consent?.granted) throw consentRequired();
      await this.repo.save(
        {
          userId,
          residenceCountry: input.residenceCountry ?? null,
          originCountries: input.originCountries ?? [],
          targetCountries: input.targetCountries ?? [],
          sectorCodes: input.sectorCodes ?? [],
          stageCode: input.stageCode ?? null,
          needCodes: input.needCodes ?? [],
          languages: input.languages ?? [],
          businessName: input.businessName?.trim() || null,
          businessDescription: input.businessDescription?.trim() || null,
          dateOfBirth: consent?.granted ? (input.dateOfBirth ?? null) : null,
          gender: consent?.granted ? (input.gender ?? null) : null,
        },
        m,
      );
    });
    return this.get(userId);
  }

  /**
   * Changes only the given fields and keeps the others (the set-up asks a few at a time).
   * Date of birth and gender are kept as stored, which they are only under consent.
   */
  async patch(userId: string, changes: ProfileInput): Promise<EntrepreneurProfileView> {
    const current = await this.get(userId);
    return this.update(userId, {
      residenceCountry: current.residenceCountry,
      originCountries: current.originCountries,
      targetCountries: current.targetCountries,
      sectorCodes: current.sectorCodes,
      stageCode: current.stageCode,
      needCodes: current.needCodes,
      languages: current.languages,
      businessName: current.businessName,
      businessDescription: current.businessDescription,
      dateOfBirth: current.dateOfBirth,
      gender: current.gender,
      // A field left undefined is not a change (a DTO instance may list every field).
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    });
  }

  /** Null until the guided set-up was finished or skipped once. */
  setupState(userId: string): Promise<ProfileSetupState | null> {
    return this.repo.setupOf(userId);
  }

  async finishSetup(userId: string, outcome: ProfileSetupOutcome): Promise<void> {
    await this.repo.finishSetup(userId, outcome);
  }

  /** Granting records the consent; withdrawing records it and erases the sensitive fields at once. */
  async setConsent(userId: string, granted: boolean): Promise<EntrepreneurProfileView> {
    await this.repo.transaction(async (m) => {
      await this.repo.recordConsent(userId, SENSITIVE_CONSENT_VERSION, granted, m);
      if (!granted) await this.repo.clearSensitive(userId, m);
    });
    return this.get(userId);
  }

  /** The fields an entrepreneur chose to share with an organisation (contact requests). */
  async shareable(
    userId: string,
    fields: readonly ShareableProfileField[],
  ): Promise<Partial<EntrepreneurProfileView>> {
    const profile = await this.get(userId);
    const out: Record<string, unknown> = {};
    for (const field of fields)
      if (PROFILE_SHAREABLE_FIELDS.includes(field)) out[field] = profile[field];
    return out as Partial<EntrepreneurProfileView>;
  }
}

function toView(
  userId: string,
  p: EntrepreneurProfileEntity | null,
  consent: { granted: boolean; version: string; recordedAt: Date } | null,
): EntrepreneurProfileView {
  const view = {
    userId,
    residenceCountry: p?.residenceCountry ?? null,
    originCountries: p?.originCountries ?? [],
    targetCountries: p?.targetCountries ?? [],
    sectorCodes: p?.sectorCodes ?? [],
    stageCode: p?.stageCode ?? null,
    needCodes: p?.needCodes ?? [],
    languages: p?.languages ?? [],
    businessName: p?.businessName ?? null,
    businessDescription: p?.businessDescription ?? null,
    dateOfBirth: p?.dateOfBirth ?? null,
    gender: p?.gender ?? null,
    sensitiveConsent: {
      granted: consent?.granted ?? false,
      version: consent?.version ?? null,
      recordedAt: consent?.recordedAt ?? null,
    },
    updatedAt: p?.updatedAt ?? null,
  };
  const filled = [
    !!view.residenceCountry,
    view.originCountries.length > 0,
    view.targetCountries.length > 0,
    view.sectorCodes.length > 0,
    !!view.stageCode,
    view.needCodes.length > 0,
    view.languages.length > 0,
    !!view.businessName,
    !!view.businessDescription,
  ];
  return {
    ...view,
    completeness: Math.round((100 * filled.filter(Boolean).length) / filled.length),
  };
}
