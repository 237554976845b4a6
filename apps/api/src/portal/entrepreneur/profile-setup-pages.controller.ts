import { Body, Get, Param, Post, type PipeTransform } from '@nestjs/common';
import { NotFoundError, type FieldViolation } from '@app/core';
import { TaxonomyService } from '@app/catalogue';
import {
  ProfileService,
  type EntrepreneurProfileView,
  type ProfileInput,
} from '@app/entrepreneur-profile';
import { Roles } from '@app/identity';
import { ProfileDto } from '../../entrepreneur-profile/profile.dto';
import { discoveryMessages, entrepreneurMessages } from '../messages';
import {
  asForm,
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
import { ReferenceLabels } from './page-helpers';

export const SETUP_PATH = '/mon-espace/demarrage';
export const SETUP_STEPS = 3;
/** Where the set-up ends: the recommendations it was for. */
const FOR_YOU = '/mon-espace#for-you';
const MESSAGES = [discoveryMessages, entrepreneurMessages];

type Step = 1 | 2 | 3;

/** `1`, `2` or `3`; anything else names no page (the 404 page, in the reader's language). */
class StepPipe implements PipeTransform<unknown, Step> {
  transform(value: unknown): Step {
    if (value === '1' || value === '2' || value === '3') return Number(value) as Step;
    throw new NotFoundError('PORTAL.NOT_FOUND', 'No such page.');
  }
}

/** What a step's form holds: stored values, or what was just sent when shown again. */
interface StepValues {
  residenceCountry: string;
  targetCountry: string;
  stageCode: string;
  sectorCodes: string[];
}

function valuesOf(p: EntrepreneurProfileView): StepValues {
  return {
    residenceCountry: p.residenceCountry ?? '',
    targetCountry: p.targetCountries[0] ?? '',
    stageCode: p.stageCode ?? '',
    sectorCodes: p.sectorCodes,
  };
}

/** The fields one step changes, in the API's shape (the others are kept by `patch`). */
function changesOf(step: Step, form: FormBody, current: EntrepreneurProfileView) {
  switch (step) {
    case 1:
      return { residenceCountry: optionalText(form, 'residenceCountry') ?? null };
    case 2: {
      // One country here; others chosen on the profile page are kept after it.
      const chosen = optionalText(form, 'targetCountry')?.toUpperCase();
      return {
        targetCountries: chosen
          ? [chosen, ...current.targetCountries.filter((c) => c !== chosen)].slice(0, 10)
          : [],
      };
    }
    case 3:
      return {
        stageCode: optionalText(form, 'stageCode') ?? null,
        sectorCodes: list(form, 'sectorCodes'),
      };
  }
}

/**
 * /mon-espace/demarrage/1…3: the three questions eligibility needs most, asked once after
 * sign-up (the dashboard sends a new, empty profile here until it is finished or skipped),
 * and again on request from the profile page. Plain forms: each step saves its fields and
 * moves on; "skip this step" moves on without saving; "skip" ends it at once.
 */
@PortalController('mon-espace/demarrage')
@Roles('entrepreneur')
export class ProfileSetupPagesController {
  constructor(
    private readonly profiles: ProfileService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Get()
  start(@Web(MESSAGES) web: WebContext): void {
    web.redirect(`${SETUP_PATH}/1`);
  }

  @Get(':step')
  async show(
    @Web(MESSAGES) web: WebContext,
    @Param('step', new StepPipe()) step: Step,
  ): Promise<void> {
    const profile = await this.profiles.get(web.user!.id);
    await this.render(web, step, valuesOf(profile), []);
  }

  /** Skipping the whole set-up: remembered, so it is not offered again. */
  @Post('passer')
  async skipAll(@Web(MESSAGES) web: WebContext): Promise<void> {
    await this.profiles.finishSetup(web.user!.id, 'skipped');
    web.redirect(FOR_YOU, 'setup.skipped');
  }

  @Post(':step')
  async submit(
    @Web(MESSAGES) web: WebContext,
    @Param('step', new StepPipe()) step: Step,
    @Body() body: unknown,
  ): Promise<void> {
    const userId = web.user!.id;
    const form = asForm(body);
    if (text(form, 'action') !== 'skip') {
      const current = await this.profiles.get(userId);
      const { value, violations } = await validateWith(ProfileDto, changesOf(step, form, current));
      const sent: StepValues = {
        ...valuesOf(current),
        residenceCountry: text(form, 'residenceCountry'),
        targetCountry: text(form, 'targetCountry'),
        stageCode: text(form, 'stageCode'),
        sectorCodes: list(form, 'sectorCodes'),
      };
      if (violations.length) return this.render(web, step, sent, violations);
      try {
        await this.profiles.patch(userId, value as ProfileInput);
      } catch (error) {
        const refused = violationsOf(error);
        if (!refused) throw error;
        return this.render(web, step, sent, refused);
      }
    }
    if (step < SETUP_STEPS) return web.redirect(`${SETUP_PATH}/${step + 1}`);
    await this.profiles.finishSetup(userId, 'completed');
    web.redirect(FOR_YOU, 'setup.done');
  }

  private async render(
    web: WebContext,
    step: Step,
    values: StepValues,
    violations: readonly FieldViolation[],
  ): Promise<void> {
    const labels = await ReferenceLabels.load(this.taxonomy, web.lang);
    await web.render(
      'entrepreneur/setup',
      {
        title: `${web.t(`setup.step${step}.title`)} · ${web.t('setup.progress', { step, total: SETUP_STEPS })}`,
        noindex: true,
      },
      {
        current: 'profile',
        styles: ['entrepreneur.css'],
        step,
        total: SETUP_STEPS,
        action: `${SETUP_PATH}/${step}`,
        back: step > 1 ? `${SETUP_PATH}/${step - 1}` : undefined,
        errors: new FormErrors(violations, web.t),
        values,
        countries: labels.countries(),
        stages: step === 3 ? labels.choices('stage') : [],
        sectors: step === 3 ? labels.choices('sector') : [],
      },
      { status: violations.length ? 400 : 200 },
    );
  }
}
