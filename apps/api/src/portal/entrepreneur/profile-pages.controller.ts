import { Body, Get, Post } from '@nestjs/common';
import type { FieldViolation } from '@app/core';
import { TaxonomyService } from '@app/catalogue';
import {
  ProfileService,
  SENSITIVE_CONSENT_VERSION,
  type EntrepreneurProfileView,
  type ProfileInput,
} from '@app/entrepreneur-profile';
import { Roles } from '@app/identity';
import { ProfileDto } from '../../entrepreneur-profile/profile.dto';
import { discoveryMessages, entrepreneurMessages } from '../messages';
import {
  asForm,
  checked,
  FormErrors,
  list,
  optionalText,
  text,
  validateWith,
  violationsOf,
  type FormBody,
} from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import { Formats, ReferenceLabels } from './page-helpers';
import { SETUP_PATH } from './profile-setup-pages.controller';

/** What the form shows: the stored profile, or what was just sent when it is shown again. */
interface ProfileFormValues {
  residenceCountry: string;
  originCountries: string[];
  targetCountries: string[];
  sectorCodes: string[];
  stageCode: string;
  needCodes: string[];
  languages: string[];
  businessName: string;
  businessDescription: string;
  dateOfBirth: string;
  gender: string;
  consent: boolean;
}

function valuesOf(profile: EntrepreneurProfileView): ProfileFormValues {
  return {
    residenceCountry: profile.residenceCountry ?? '',
    originCountries: profile.originCountries,
    targetCountries: profile.targetCountries,
    sectorCodes: profile.sectorCodes,
    stageCode: profile.stageCode ?? '',
    needCodes: profile.needCodes,
    languages: profile.languages,
    businessName: profile.businessName ?? '',
    businessDescription: profile.businessDescription ?? '',
    dateOfBirth: profile.dateOfBirth ?? '',
    gender: profile.gender ?? '',
    consent: profile.sensitiveConsent.granted,
  };
}

function valuesFromForm(form: FormBody): ProfileFormValues {
  return {
    residenceCountry: text(form, 'residenceCountry'),
    originCountries: list(form, 'originCountries'),
    targetCountries: list(form, 'targetCountries'),
    sectorCodes: list(form, 'sectorCodes'),
    stageCode: text(form, 'stageCode'),
    needCodes: list(form, 'needCodes'),
    languages: list(form, 'languages'),
    businessName: text(form, 'businessName'),
    businessDescription: text(form, 'businessDescription'),
    dateOfBirth: text(form, 'dateOfBirth'),
    gender: text(form, 'gender'),
    consent: checked(form, 'sensitiveConsent'),
  };
}

/**
 * /mon-espace/profil: every field of the profile. Date of birth and gender are sent to the
 * service only with the consent box ticked; unticking it withdraws the consent, which
 * erases them (ProfileService.setConsent).
 */
@PortalController('mon-espace/profil')
@Roles('entrepreneur')
export class ProfilePagesController {
  constructor(
    private readonly profiles: ProfileService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Get()
  async show(@Web([entrepreneurMessages, discoveryMessages]) web: WebContext): Promise<void> {
    const profile = await this.profiles.get(web.user!.id);
    await this.render(web, profile, valuesOf(profile), []);
  }

  @Post()
  async save(
    @Web([entrepreneurMessages, discoveryMessages]) web: WebContext,
    @Body() body: unknown,
  ): Promise<void> {
    const userId = web.user!.id;
    const form = asForm(body);
    const values = valuesFromForm(form);
    const plain: Record<string, unknown> = {
      residenceCountry: optionalText(form, 'residenceCountry') ?? null,
      originCountries: values.originCountries,
      targetCountries: values.targetCountries,
      sectorCodes: values.sectorCodes,
      stageCode: optionalText(form, 'stageCode') ?? null,
      needCodes: values.needCodes,
      languages: values.languages,
      businessName: optionalText(form, 'businessName') ?? null,
      businessDescription: optionalText(form, 'businessDescription') ?? null,
    };
    // Without the consent the two fields are not even read: nothing of them reaches the service.
    if (values.consent) {
      plain.dateOfBirth = optionalText(form, 'dateOfBirth') ?? null;
      plain.gender = optionalText(form, 'gender') ?? null;
    }
    const { value, violations } = await validateWith(ProfileDto, plain);
    const current = await this.profiles.get(userId);
    if (violations.length) return this.render(web, current, values, violations);

    const input: ProfileInput = value;
    const withoutSensitive: ProfileInput = { ...input, dateOfBirth: null, gender: null };
    const granted = current.sensitiveConsent.granted;
    let withdrawn = false;
    try {
      if (values.consent && !granted) {
        // Check and save the rest first, so a refused profile records no consent.
        await this.profiles.update(userId, withoutSensitive);
        await this.profiles.setConsent(userId, true);
        await this.profiles.update(userId, input);
      } else if (!values.consent && granted) {
        await this.profiles.update(userId, withoutSensitive);
        await this.profiles.setConsent(userId, false);
        withdrawn = true;
      } else {
        await this.profiles.update(userId, values.consent ? input : withoutSensitive);
      }
    } catch (error) {
      const refused = violationsOf(error);
      if (!refused) throw error;
      return this.render(web, current, values, refused);
    }
    web.redirect('/mon-espace/profil', withdrawn ? 'profile.savedWithdrawn' : 'profile.saved');
  }

  private async render(
    web: WebContext,
    profile: EntrepreneurProfileView,
    values: ProfileFormValues,
    violations: readonly FieldViolation[],
  ): Promise<void> {
    const labels = await ReferenceLabels.load(this.taxonomy, web.lang);
    await web.render(
      'entrepreneur/profile',
      { title: web.t('profile.title'), noindex: true },
      {
        current: 'profile',
        styles: ['entrepreneur.css'],
        // multi-select.js lists the chosen countries under their (long) selects.
        scripts: ['entrepreneur-profile.js', 'multi-select.js'],
        fmt: new Formats(web.lang),
        errors: new FormErrors(violations, web.t),
        values,
        completeness: profile.completeness,
        setupUrl: `${SETUP_PATH}/1`,
        consent: profile.sensitiveConsent,
        consentVersion: SENSITIVE_CONSENT_VERSION,
        countries: labels.countries(),
        spokenLanguages: labels.languages(),
        sectors: labels.choices('sector'),
        stages: labels.choices('stage'),
        needs: labels.choices('category'),
      },
      { status: violations.length ? 400 : 200 },
    );
  }
}
