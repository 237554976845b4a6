import { mailMessage, MailWords, type Locale, type MailBlock, type MailMessage } from '@app/core';

type Decision = 'published' | 'changes_requested' | 'rejected' | 'archived';

/** One e-mail per decision to each member of the organisation, in the member's language. */
export function decisionMail(
  to: string,
  lang: Locale,
  decision: Decision,
  offerTitle: string,
  link: string,
  options: { reason?: string | null; revision?: boolean },
): Promise<MailMessage> {
  const w = new MailWords(lang);
  const key = `moderation.${options.revision ? 'revision' : 'offer'}.${decision}`;
  const blocks: MailBlock[] = [
    { kind: 'paragraph', parts: [...w.parts(key, {}, { offer: offerTitle }), '.'] },
  ];
  if (options.reason)
    blocks.push(w.paragraph('moderation.reason'), { kind: 'quote', text: options.reason });
  return mailMessage(to, {
    locale: lang,
    subject: w.t(key, { offer: offerTitle }),
    blocks,
    action: { label: w.t('moderation.action'), url: link },
    target: link,
    reason: w.parts('reason.organisation'),
  });
}
