import { mailMessage, MailWords, type Inline, type MailBlock, type MailMessage } from '@app/core';
import type { MailLanguage } from './saved-search-description';

export interface AlertOfferLine {
  readonly title: string;
  readonly organisation: string;
  readonly url: string;
  /** YYYY-MM-DD, or null for rolling offers. */
  readonly deadline: string | null;
  readonly rolling: boolean;
}

export interface AlertMailInput {
  readonly to: string;
  readonly lang: MailLanguage;
  /** The saved search's name, so the reader knows which search produced the alert. */
  readonly name: string;
  /** Its filters in words. */
  readonly description: string;
  readonly frequency: 'daily' | 'weekly';
  readonly offers: readonly AlertOfferLine[];
  /** New matching offers not listed (the e-mail lists a bounded number). */
  readonly more: number;
  readonly unsubscribeUrl: string;
  /** The portal's home page: the language links open it. */
  readonly homeUrl: string;
}

/** An offer's deadline, under its linked title. */
export function offerDetails(w: MailWords, o: AlertOfferLine): Inline[][] {
  if (o.rolling) return [[w.t('alert.rolling')]];
  return o.deadline ? [[w.t('alert.deadline', { date: w.day(o.deadline) })]] : [];
}

/**
 * The alert: which saved search, its filters in words, the new offers with their links, and an
 * unsubscribe link that works without signing in (also as List-Unsubscribe). The link opens a
 * page with a button (a GET changes nothing, so mail scanners cannot unsubscribe anyone).
 */
export function alertMail(input: AlertMailInput): Promise<MailMessage> {
  const w = new MailWords(input.lang);
  const count = input.offers.length + input.more;
  const blocks: MailBlock[] = [
    w.paragraph('layout.hello'),
    w.paragraph('alert.found', { count }, { name: input.name }),
    w.paragraph('alert.search', {}, { description: input.description }),
    {
      kind: 'items',
      items: input.offers.map((o) => ({
        title: o.title,
        by: o.organisation,
        url: o.url,
        details: offerDetails(w, o),
      })),
    },
  ];
  if (input.more > 0) blocks.push(w.paragraph('alert.more', { count: input.more }));
  return mailMessage(input.to, {
    locale: input.lang,
    subject: w.t('alert.subject', { count, name: input.name }),
    blocks,
    target: input.homeUrl,
    reason: w.parts('reason.alert', { frequency: input.frequency }),
    unsubscribe: { label: w.t('alert.unsubscribe'), url: input.unsubscribeUrl },
  });
}

/** To someone who asked for an alert without an account: nothing is sent until they confirm. */
export function confirmAlertMail(input: {
  to: string;
  lang: MailLanguage;
  name: string;
  description: string;
  frequency: 'daily' | 'weekly';
  confirmUrl: string;
}): Promise<MailMessage> {
  const w = new MailWords(input.lang);
  return mailMessage(input.to, {
    locale: input.lang,
    subject: w.t('alertConfirm.subject', { name: input.name }),
    blocks: [
      w.paragraph('layout.hello'),
      w.paragraph('alertConfirm.body', { frequency: input.frequency }),
      { kind: 'quote', text: input.description },
      w.paragraph('alertConfirm.valid'),
      w.paragraph('alertConfirm.ignore'),
    ],
    action: { label: w.t('alertConfirm.action'), url: input.confirmUrl },
    target: input.confirmUrl,
    reason: w.parts('reason.alertRequest'),
  });
}
