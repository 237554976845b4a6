import { mailMessage, MailWords, type Locale, type MailMessage } from '@app/core';

/** `link`: the organisation's space, where its profile is corrected and verification asked. */
export function organisationVerifiedMail(
  to: string,
  lang: Locale,
  organisationName: string,
  link: string,
): Promise<MailMessage> {
  const w = new MailWords(lang);
  const user = { organisation: organisationName };
  return mailMessage(to, {
    locale: lang,
    subject: w.t('verification.verified.subject', user),
    blocks: [
      w.paragraph('verification.verified.body', {}, user),
      w.paragraph('verification.verified.again'),
    ],
    action: { label: w.t('verification.action'), url: link },
    target: link,
    reason: w.parts('reason.organisation'),
  });
}

export function organisationRejectedMail(
  to: string,
  lang: Locale,
  organisationName: string,
  reason: string,
  link: string,
): Promise<MailMessage> {
  const w = new MailWords(lang);
  const user = { organisation: organisationName };
  return mailMessage(to, {
    locale: lang,
    subject: w.t('verification.rejected.subject', user),
    blocks: [
      w.paragraph('verification.rejected.body', {}, user),
      { kind: 'quote', text: reason },
      w.paragraph('verification.rejected.next'),
    ],
    action: { label: w.t('verification.action'), url: link },
    target: link,
    reason: w.parts('reason.organisation'),
  });
}
