import { Body, Get, Post, Query, UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import type { FieldViolation } from '@app/core';
import { TaxonomyService } from '@app/catalogue';
import { ANONYMOUS_ALERT_FREQUENCIES, SavedSearchesService } from '@app/entrepreneur-profile';
import { AuthThrottlerGuard, Public } from '@app/identity';
import {
  AlertTokenDto,
  CreateAlertDto,
  toSavedSearchQuery,
} from '../../entrepreneur-profile/saved-searches.dto';
import { SearchFiltersDto } from '../../search/search.dto';
import { entrepreneurMessages } from '../messages';
import {
  asForm,
  FormErrors,
  optionalText,
  text,
  validateWith,
  violationsOf,
  type FormBody,
} from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import { Formats, ReferenceLabels } from './page-helpers';
import {
  describeQuery,
  hiddenFieldsOf,
  searchFromForm,
  searchProblems,
  type Criterion,
} from './saved-search-query';

const isSearchField = (v: FieldViolation) => v.field === 'search' || v.field.startsWith('search.');

/**
 * E-mail alerts without an account, as the API's AlertsController offers them: ask (same
 * answer whatever the address), confirm with the e-mailed link, stop with the link every
 * alert carries. Following a link only shows a button: a GET never changes anything, so
 * mail scanners that open links cannot confirm or unsubscribe on someone's behalf.
 */
@PortalController('alertes')
@Public()
export class AlertsPagesController {
  constructor(
    private readonly savedSearches: SavedSearchesService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** The form the search page links to (its query in the address) or posts to. */
  @Get()
  async form(@Web(entrepreneurMessages) web: WebContext, @Query() query: FormBody): Promise<void> {
    const form = asForm(query);
    await this.renderForm(web, form, [], { email: '', frequency: text(form, 'frequency') });
  }

  @Post()
  @UseGuards(AuthThrottlerGuard)
  async request(@Web(entrepreneurMessages) web: WebContext, @Body() body: unknown): Promise<void> {
    const form = asForm(body);
    const { search, violations: sortViolations } = searchFromForm(form);
    const values = { email: text(form, 'email'), frequency: text(form, 'frequency') || 'daily' };
    const { value, violations } = await validateWith(CreateAlertDto, {
      email: values.email,
      search,
      frequency: values.frequency,
      name: optionalText(form, 'name'),
      language: web.lang,
    });
    if (violations.length || sortViolations.length) {
      return this.renderForm(web, form, [...sortViolations, ...violations], values);
    }
    try {
      await this.savedSearches.requestAlert({
        email: value.email,
        search: toSavedSearchQuery(value.search),
        frequency: value.frequency,
        name: value.name,
        language: value.language,
      });
    } catch (error) {
      const refused = violationsOf(error);
      if (!refused) throw error;
      return this.renderForm(web, form, refused, values);
    }
    // The same answer whatever the address: nothing tells a known one apart.
    web.redirect('/alertes/envoyee');
  }

  @Get('envoyee')
  async sent(@Web(entrepreneurMessages) web: WebContext): Promise<void> {
    await web.render(
      'entrepreneur/alert-message',
      { title: web.t('alerts.sent.title'), noindex: true },
      { paragraphs: [web.t('alerts.sent.body'), web.t('alerts.sent.spam')] },
    );
  }

  @Get('confirmer')
  async confirmPage(
    @Web(entrepreneurMessages) web: WebContext,
    @Query('token') token: unknown,
    @Query('statut') status: unknown,
  ): Promise<void> {
    // The page after the button says it (no flash on top: the same sentence twice).
    if (status === 'confirmee') {
      return this.message(web, 'alerts.confirmed', [web.t('alerts.confirmed.body')]);
    }
    await this.tokenPage(web, token, {
      action: '/alertes/confirmer',
      title: 'alerts.confirm.title',
      body: 'alerts.confirm.body',
      button: 'alerts.confirm.button',
    });
  }

  @Post('confirmer')
  @UseGuards(AuthThrottlerGuard)
  @SkipThrottle({ account: true })
  async confirm(@Web(entrepreneurMessages) web: WebContext, @Body() body: unknown): Promise<void> {
    const token = await this.validToken(web, body);
    if (token === undefined) return;
    try {
      await this.savedSearches.confirmAlert(token);
    } catch (error) {
      if (!violationsOf(error)) throw error;
      return this.message(web, 'alerts.confirm.title', [web.t('alerts.linkInvalid')], 400);
    }
    web.redirect('/alertes/confirmer?statut=confirmee');
  }

  @Get('desabonner')
  async unsubscribePage(
    @Web(entrepreneurMessages) web: WebContext,
    @Query('token') token: unknown,
    @Query('statut') status: unknown,
  ): Promise<void> {
    if (status === 'fait') {
      return this.message(web, 'alerts.unsubscribe.title', [
        web.t('alerts.unsubscribed'),
        web.t('alerts.unsubscribed.body'),
      ]);
    }
    await this.tokenPage(web, token, {
      action: '/alertes/desabonner',
      title: 'alerts.unsubscribe.title',
      body: 'alerts.unsubscribe.body',
      button: 'alerts.unsubscribe.button',
    });
  }

  @Post('desabonner')
  async unsubscribe(
    @Web(entrepreneurMessages) web: WebContext,
    @Body() body: unknown,
  ): Promise<void> {
    const token = await this.validToken(web, body);
    if (token === undefined) return;
    try {
      // Stopping an alert twice answers the same: the link keeps working.
      await this.savedSearches.unsubscribe(token);
    } catch (error) {
      if (!violationsOf(error)) throw error;
      return this.message(web, 'alerts.unsubscribe.title', [web.t('alerts.linkInvalid')], 400);
    }
    web.redirect('/alertes/desabonner?statut=fait');
  }

  /** The token of a posted link form, or undefined once a 400 page has been sent. */
  private async validToken(web: WebContext, body: unknown): Promise<string | undefined> {
    const { value, violations } = await validateWith(AlertTokenDto, {
      token: text(asForm(body), 'token'),
    });
    if (!violations.length) return value.token;
    await this.message(web, 'error.title.400', [web.t('alerts.linkInvalid')], 400);
    return undefined;
  }

  /** A link's landing page: a button that posts the token (nothing happens on GET). */
  private async tokenPage(
    web: WebContext,
    token: unknown,
    keys: { action: string; title: string; body: string; button: string },
  ): Promise<void> {
    const given = typeof token === 'string' ? token.trim() : '';
    const { violations } = await validateWith(AlertTokenDto, { token: given });
    if (violations.length) {
      return this.message(
        web,
        keys.title,
        [web.t(given ? 'alerts.linkInvalid' : 'alerts.linkMissing')],
        400,
      );
    }
    await web.render(
      'entrepreneur/alert-token',
      { title: web.t(keys.title), noindex: true },
      { token: given, action: keys.action, body: web.t(keys.body), button: web.t(keys.button) },
    );
  }

  private async message(
    web: WebContext,
    titleKey: string,
    paragraphs: string[],
    status = 200,
  ): Promise<void> {
    await web.render(
      'entrepreneur/alert-message',
      { title: web.t(titleKey), noindex: true },
      { paragraphs },
      { status },
    );
  }

  private async renderForm(
    web: WebContext,
    form: FormBody,
    violations: readonly FieldViolation[],
    values: { email: string; frequency: string },
  ): Promise<void> {
    const problems = searchProblems(violations.filter(isSearchField), web.t);
    let criteria: Criterion[] = [];
    if (!problems.length) {
      const { search, violations: sortViolations } = searchFromForm(form);
      const checked = await validateWith(SearchFiltersDto, search);
      problems.push(...searchProblems([...sortViolations, ...checked.violations], web.t));
      if (!problems.length) {
        criteria = describeQuery(
          toSavedSearchQuery(checked.value),
          web.t,
          await ReferenceLabels.load(this.taxonomy, web.lang),
          new Formats(web.lang),
        );
      }
    }
    const errors = new FormErrors(
      violations.filter((v) => !isSearchField(v) && v.field !== 'sort'),
      web.t,
    );
    const hidden = hiddenFieldsOf(form);
    await web.render(
      'entrepreneur/alert-new',
      { title: web.t('alerts.new.title'), noindex: true },
      {
        styles: ['entrepreneur.css'],
        errors,
        problems,
        criteria,
        hidden,
        values: {
          email: values.email,
          frequency: (ANONYMOUS_ALERT_FREQUENCIES as readonly string[]).includes(values.frequency)
            ? values.frequency
            : 'daily',
        },
        frequencies: ANONYMOUS_ALERT_FREQUENCIES,
        // A signed-in entrepreneur can keep the search in their space instead.
        saveInSpaceUrl:
          web.user?.kind === 'entrepreneur'
            ? `/mon-espace/recherches/nouvelle${queryString(hidden)}`
            : undefined,
      },
      { status: problems.length || errors.any ? 400 : 200 },
    );
  }
}

function queryString(fields: ReadonlyArray<{ name: string; value: string }>): string {
  const params = new URLSearchParams();
  for (const { name, value } of fields) params.append(name, value);
  const out = params.toString();
  return out ? `?${out}` : '';
}
