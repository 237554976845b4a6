import { Body, Get, Post, Query, UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { DeadlineRemindersService, type ReminderStop } from '@app/entrepreneur-profile';
import { AuthThrottlerGuard, Public } from '@app/identity';
import { AlertTokenDto } from '../../entrepreneur-profile/saved-searches.dto';
import { entrepreneurMessages, mailMessages } from '../messages';
import { asForm, text, validateWith, violationsOf } from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';

const PAGE_MESSAGES = [mailMessages, entrepreneurMessages];
const STOPPED = { offer: 'page.reminders.stopped.offer', all: 'page.reminders.stopped.all' };

/**
 * The stop links of deadline reminder e-mails, without signing in. Like alert links, the
 * link only shows a button: a GET changes nothing, so mail scanners cannot stop anything.
 */
@PortalController('rappels')
@Public()
export class RemindersPagesController {
  constructor(private readonly reminders: DeadlineRemindersService) {}

  @Get('arreter')
  async stopPage(
    @Web(PAGE_MESSAGES) web: WebContext,
    @Query('token') token: unknown,
    @Query('statut') status: unknown,
  ): Promise<void> {
    if (status === 'offer' || status === 'all') {
      return this.message(web, [web.t(STOPPED[status])]);
    }
    const given = typeof token === 'string' ? token.trim() : '';
    const stop = await this.stopOf(given);
    if (!stop) {
      return this.message(web, [web.t(given ? 'alerts.linkInvalid' : 'alerts.linkMissing')], 400);
    }
    await web.render(
      'entrepreneur/alert-token',
      { title: web.t('page.reminders.stop.title'), noindex: true },
      {
        token: given,
        action: '/rappels/arreter',
        body: web.t(stop.scope === 'all' ? 'page.reminders.stop.all' : 'page.reminders.stop.offer'),
        button: web.t('page.reminders.stop.button'),
      },
    );
  }

  @Post('arreter')
  @UseGuards(AuthThrottlerGuard)
  @SkipThrottle({ account: true })
  async stop(@Web(PAGE_MESSAGES) web: WebContext, @Body() body: unknown): Promise<void> {
    const { value, violations } = await validateWith(AlertTokenDto, {
      token: text(asForm(body), 'token'),
    });
    if (violations.length) return this.message(web, [web.t('alerts.linkInvalid')], 400);
    let stop: ReminderStop;
    try {
      // Idempotent: the link keeps answering the same.
      stop = await this.reminders.stop(value.token);
    } catch (error) {
      if (!violationsOf(error)) throw error;
      return this.message(web, [web.t('alerts.linkInvalid')], 400);
    }
    web.redirect(`/rappels/arreter?statut=${stop.scope}`);
  }

  private async stopOf(token: string): Promise<ReminderStop | undefined> {
    const { violations } = await validateWith(AlertTokenDto, { token });
    if (violations.length) return undefined;
    try {
      return this.reminders.stopOf(token);
    } catch (error) {
      if (!violationsOf(error)) throw error;
      return undefined;
    }
  }

  private async message(web: WebContext, paragraphs: string[], status = 200): Promise<void> {
    await web.render(
      'entrepreneur/alert-message',
      { title: web.t('page.reminders.stop.title'), noindex: true },
      { paragraphs },
      { status },
    );
  }
}
