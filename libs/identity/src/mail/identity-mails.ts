import { mailMessage, MailWords, type MailMessage } from '@app/core';
import type { Language } from '../entities/user.entity';

/** Account e-mails, in the account's language. Links are absolute (PUBLIC_URL). */
export const identityMails = {
  verifyEmail: (to: string, lang: Language, link: string): Promise<MailMessage> => {
    const w = new MailWords(lang);
    return mailMessage(to, {
      locale: lang,
      subject: w.t('verify.subject'),
      blocks: [
        w.paragraph('verify.welcome'),
        w.paragraph('verify.body'),
        w.paragraph('verify.ignore'),
      ],
      action: { label: w.t('verify.action'), url: link },
      target: link,
      reason: w.parts('reason.signUp'),
    });
  },
  alreadyRegistered: (to: string, lang: Language, resetLink: string): Promise<MailMessage> => {
    const w = new MailWords(lang);
    return mailMessage(to, {
      locale: lang,
      subject: w.t('registered.subject'),
      blocks: [w.paragraph('registered.body'), w.paragraph('registered.forgot')],
      action: { label: w.t('reset.action'), url: resetLink },
      target: resetLink,
      reason: w.parts('reason.signUp'),
    });
  },
  resetPassword: (to: string, lang: Language, link: string): Promise<MailMessage> => {
    const w = new MailWords(lang);
    return mailMessage(to, {
      locale: lang,
      subject: w.t('reset.subject'),
      blocks: [w.paragraph('reset.body'), w.paragraph('reset.ignore')],
      action: { label: w.t('reset.action'), url: link },
      target: link,
      reason: w.parts('reason.account'),
    });
  },
  /** `forgotLink`: the page that sends a new reset link, for when it was not the owner. */
  passwordChanged: (to: string, lang: Language, forgotLink: string): Promise<MailMessage> => {
    const w = new MailWords(lang);
    return mailMessage(to, {
      locale: lang,
      subject: w.t('changed.subject'),
      blocks: [w.paragraph('changed.body'), w.paragraph('changed.notYou')],
      action: { label: w.t('changed.action'), url: forgotLink },
      target: forgotLink,
      reason: w.parts('reason.account'),
    });
  },
};
