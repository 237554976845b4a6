import { Get } from '@nestjs/common';
import { intlLocale } from '@app/core';
import { Public } from '@app/identity';
import { OpenDataExportService } from '@app/open-data';
import { openDataMessages } from '../messages';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTime(lang: string, value: Date): string {
  let format = dateTimeFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(lang), {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'UTC',
    });
    dateTimeFormats.set(lang, format);
  }
  return `${format.format(value)} UTC`;
}

/** What the open data holds, under which licence, how fresh, and where to get it. */
@PortalController()
export class OpenDataPageController {
  constructor(private readonly exports: OpenDataExportService) {}

  @Public()
  @Get('donnees-ouvertes')
  async show(@Web(openDataMessages) web: WebContext): Promise<void> {
    const summary = await this.exports.summary();
    await web.render(
      'public/open-data',
      {
        title: web.t('openData.title'),
        description: web.t('openData.description'),
        canonicalPath: '/donnees-ouvertes',
      },
      {
        services: summary.services,
        licence: summary.licence,
        updatedAt: summary.updatedAt
          ? { iso: summary.updatedAt.toISOString(), text: dateTime(web.lang, summary.updatedAt) }
          : null,
      },
    );
  }
}
