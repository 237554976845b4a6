import { mailMessage, MailWords, type Locale, type MailMessage } from '@app/core';

/** The invitee may have no account yet: the mail goes in the language of the one who invited. */
export function invitationMail(
  to: string,
  lang: Locale,
  organisationName: string,
  role: string,
  link: string,
): Promise<MailMessage> {
  const w = new MailWords(lang);
  const user = { organisation: organisationName };
  return mailMessage(to, {
    locale: lang,
    subject: w.t('invitation.subject', user),
    blocks: [w.paragraph('invitation.body', { role }, user), w.paragraph('invitation.valid')],
    action: { label: w.t('invitation.action'), url: link },
    target: link,
    reason: w.parts('reason.invitation', {}, user),
  });
}
