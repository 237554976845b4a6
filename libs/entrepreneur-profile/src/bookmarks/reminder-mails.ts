import { mailMessage, MailWords, type Locale, type MailMessage } from '@app/core';

export interface DeadlineReminderInput {
  readonly offerTitle: string;
  readonly organisationName: string;
  /** YYYY-MM-DD. */
  readonly deadline: string;
  readonly daysLeft: number;
  readonly offerUrl: string;
  /** Stops reminders for this offer only. */
  readonly stopOfferUrl: string;
  /** Stops every deadline reminder of the account (also List-Unsubscribe). */
  readonly stopAllUrl: string;
}

/** A saved offer closes soon: its deadline, the days left, and two ways to stop reminders. */
export function deadlineReminderMail(
  to: string,
  lang: Locale,
  input: DeadlineReminderInput,
): Promise<MailMessage> {
  const w = new MailWords(lang);
  const user = { offer: input.offerTitle, organisation: input.organisationName };
  return mailMessage(to, {
    locale: lang,
    subject: w.t('reminder.subject', { days: input.daysLeft, offer: input.offerTitle }),
    blocks: [
      w.paragraph('layout.hello'),
      w.paragraph('reminder.body', { date: w.day(input.deadline) }, user),
      w.paragraph('reminder.left', { days: input.daysLeft }),
    ],
    action: { label: w.t('reminder.action'), url: input.offerUrl },
    target: input.offerUrl,
    reason: [
      ...w.parts('reason.reminder'),
      ' ',
      { text: w.t('reminder.stopOffer'), href: input.stopOfferUrl },
    ],
    unsubscribe: { label: w.t('reminder.stopAll'), url: input.stopAllUrl },
  });
}
