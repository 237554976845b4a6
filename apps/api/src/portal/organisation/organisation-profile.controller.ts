import { Body, Get, Post } from '@nestjs/common';
import { Roles } from '@app/identity';
import {
  DESCRIPTION_LANGUAGES,
  ORGANISATION_KINDS,
  OrganisationService,
  VerificationService,
  type OrganisationProfileView,
  type ProfileChanges,
} from '@app/support-organisation';
import { PageIdParam } from '../page-id';
import { UpdateOrganisationDto } from '../../support-organisation/organisation-profile.dto';
import { organisationMessages } from '../messages';
import {
  asForm,
  FormErrors,
  list,
  text,
  validateWith,
  violationsOf,
  type FormBody,
} from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import {
  Formatter,
  OrganisationScopes,
  spaceNav,
  type OrganisationScope,
} from './organisation-web';

type ProfileValues = Record<string, string | string[]>;

/** The profile form, from a stored organisation. */
function valuesFromProfile(o: OrganisationProfileView): ProfileValues {
  const values: ProfileValues = {
    name: o.name,
    kind: o.kind,
    'legalIdentifier.country': o.legalIdentifier?.country ?? '',
    'legalIdentifier.registrationNumber': o.legalIdentifier?.registrationNumber ?? '',
    countriesOfOperation: [...o.countriesOfOperation],
    website: o.website ?? '',
    contactEmail: o.contactEmail ?? '',
    contactPhone: o.contactPhone ?? '',
    logoUrl: o.logoUrl ?? '',
  };
  for (const lang of DESCRIPTION_LANGUAGES)
    values[`description.${lang}`] = o.description[lang] ?? '';
  return values;
}

function valuesFromForm(form: FormBody): ProfileValues {
  const values: ProfileValues = {
    name: text(form, 'name'),
    kind: text(form, 'kind'),
    'legalIdentifier.country': text(form, 'legalIdentifier.country'),
    'legalIdentifier.registrationNumber': text(form, 'legalIdentifier.registrationNumber'),
    countriesOfOperation: list(form, 'countriesOfOperation'),
    website: text(form, 'website'),
    contactEmail: text(form, 'contactEmail'),
    contactPhone: text(form, 'contactPhone'),
    logoUrl: text(form, 'logoUrl'),
  };
  for (const lang of DESCRIPTION_LANGUAGES)
    values[`description.${lang}`] = text(form, `description.${lang}`);
  return values;
}

/** UpdateOrganisationDto's shape: every field given, empty ones cleared (null). */
function bodyFromValues(v: ProfileValues): Record<string, unknown> {
  const s = (name: string) => (typeof v[name] === 'string' ? (v[name] as string) : '');
  const description: Record<string, string> = {};
  for (const lang of DESCRIPTION_LANGUAGES) {
    if (s(`description.${lang}`)) description[lang] = s(`description.${lang}`);
  }
  const country = s('legalIdentifier.country');
  const number = s('legalIdentifier.registrationNumber');
  return {
    name: s('name'),
    kind: s('kind'),
    legalIdentifier: country || number ? { country, registrationNumber: number } : null,
    countriesOfOperation: Array.isArray(v.countriesOfOperation) ? v.countriesOfOperation : [],
    description,
    website: s('website') || null,
    contactEmail: s('contactEmail') || null,
    contactPhone: s('contactPhone') || null,
    logoUrl: s('logoUrl') || null,
  };
}

@PortalController('espace/organisations')
export class OrganisationProfilePagesController {
  constructor(
    private readonly scopes: OrganisationScopes,
    private readonly organisations: OrganisationService,
    private readonly verification: VerificationService,
  ) {}

  @Get('nouvelle')
  @Roles('organisation_member')
  async newForm(@Web(organisationMessages) web: WebContext): Promise<void> {
    const scope = await this.scopes.resolve(web.user!, undefined);
    await this.show(web, scope, null, { kind: 'other', countriesOfOperation: [] });
  }

  @Post('nouvelle')
  @Roles('organisation_member')
  async create(@Web(organisationMessages) web: WebContext, @Body() body: unknown): Promise<void> {
    const user = web.user!;
    const values = valuesFromForm(asForm(body));
    const { value, violations } = await validateWith(UpdateOrganisationDto, bodyFromValues(values));
    if (violations.length > 0) {
      const scope = await this.scopes.resolve(user, undefined);
      await this.show(web, scope, null, values, new FormErrors(violations, web.t), 400);
      return;
    }
    const { name, ...rest } = value;
    const created = await this.organisations.create(user, { name: name! });
    try {
      await this.organisations.updateProfile(created.id, user, rest as ProfileChanges);
    } catch (error) {
      const found = violationsOf(error);
      if (!found) throw error;
      // The organisation exists now: the rest of the form is corrected on its own page.
      const scope = await this.scopes.of(user, created.id);
      const profile = await this.organisations.get(created.id, user);
      await this.show(web, scope, profile, values, new FormErrors(found, web.t), 400);
      return;
    }
    web.redirect(`/espace?organisation=${created.id}`, 'orgProfile.created');
  }

  @Get(':id')
  @Roles('organisation_member')
  async edit(
    @Web(organisationMessages) web: WebContext,
    @PageIdParam('id') id: string,
  ): Promise<void> {
    const profile = await this.organisations.get(id, web.user!);
    const scope = await this.scopes.of(web.user!, id);
    await this.show(web, scope, profile, valuesFromProfile(profile));
  }

  @Post(':id')
  @Roles('organisation_member')
  async update(
    @Web(organisationMessages) web: WebContext,
    @PageIdParam('id') id: string,
    @Body() body: unknown,
  ): Promise<void> {
    const user = web.user!;
    const before = await this.organisations.get(id, user);
    const values = valuesFromForm(asForm(body));
    const { value, violations } = await validateWith(UpdateOrganisationDto, bodyFromValues(values));
    let errors = violations;
    let after: OrganisationProfileView | undefined;
    if (errors.length === 0) {
      try {
        after = await this.organisations.updateProfile(id, user, value as ProfileChanges);
      } catch (error) {
        const found = violationsOf(error);
        if (!found) throw error;
        errors = [...found];
      }
    }
    if (!after) {
      const scope = await this.scopes.of(user, id);
      await this.show(web, scope, before, values, new FormErrors(errors, web.t), 400);
      return;
    }
    const backToPending =
      before.verification.status !== 'pending' && after.verification.status === 'pending';
    web.redirect(
      `/espace/organisations/${id}`,
      backToPending ? 'orgProfile.savedBackToPending' : 'orgProfile.saved',
    );
  }

  @Post(':id/verification')
  @Roles('organisation_member')
  async requestVerification(
    @Web(organisationMessages) web: WebContext,
    @PageIdParam('id') id: string,
  ): Promise<void> {
    await this.verification.requestVerification(id, web.user!);
    web.redirect(`/espace?organisation=${id}`, 'orgProfile.verificationRequested');
  }

  private async show(
    web: WebContext,
    scope: OrganisationScope,
    profile: OrganisationProfileView | null,
    values: ProfileValues,
    errors = new FormErrors(),
    status = 200,
  ): Promise<void> {
    const title = profile ? web.t('orgProfile.editTitle') : web.t('orgProfile.newTitle');
    await web.render(
      'organisation/organisation-form',
      { title: errors.any ? `${web.t('form.errorPrefix')} ${title}` : title, noindex: true },
      {
        nav: spaceNav(web, profile ? scope : { ...scope, current: undefined }, 'profile'),
        styles: ['organisation.css'],
        scripts: ['multi-select.js'],
        profile,
        values,
        errors,
        kinds: ORGANISATION_KINDS,
        languages: DESCRIPTION_LANGUAGES,
        f: new Formatter(web.lang),
        action: profile ? `/espace/organisations/${profile.id}` : '/espace/organisations/nouvelle',
      },
      { status },
    );
  }
}
