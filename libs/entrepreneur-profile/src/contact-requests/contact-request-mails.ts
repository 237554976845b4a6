import {
  mailMessage,
  MailWords,
  type Locale,
  type MailBlock,
  type MailField,
  type MailMessage,
} from '@app/core';
import { PROFILE_SHAREABLE_FIELDS, type ShareableProfileField } from '../profile/profile.types';
import type { ContactRequestTarget } from './contact-request-state';

/** Names a code of a shared field in one language (country, language, sector or stage). */
export type Labeller = (
  kind: 'country' | 'language' | 'sector' | 'stage',
  code: string,
  lang: Locale,
) => string;

const KIND: Partial<Record<ShareableProfileField, Parameters<Labeller>[0]>> = {
  residenceCountry: 'country',
  originCountries: 'country',
  targetCountries: 'country',
  sectorCodes: 'sector',
  stageCode: 'stage',
  languages: 'language',
};

/** One "Label: value" row per shared field, in the profile's field order, in the reader's language. */
export function sharedFieldRows(
  shared: Record<string, unknown>,
  label: Labeller,
  lang: Locale,
): MailField[] {
  const w = new MailWords(lang);
  const rows: MailField[] = [];
  for (const field of PROFILE_SHAREABLE_FIELDS) {
    if (!(field in shared)) continue;
    const raw = shared[field];
    const values = (Array.isArray(raw) ? raw : raw == null || raw === '' ? [] : [raw]).map(String);
    const kind = KIND[field];
    const shown = values.map((v) => (kind ? label(kind, v, lang) : v));
    rows.push({
      label: w.t('layout.label', { label: w.t(`contact.field.${field}`) }),
      value: shown.length ? shown.join(', ') : w.t('contact.notGiven'),
    });
  }
  return rows;
}

export interface NewRequestMailInput {
  readonly offerTitle: string;
  readonly senderName: string;
  /** Only when the entrepreneur shared it: then it is also the Reply-To. */
  readonly senderEmail: string | null;
  readonly subject: string | null;
  readonly message: string;
  /** The shared profile fields, named in the reader's language (sharedFieldRows). */
  readonly rows: readonly MailField[];
  readonly link: string;
}

/** To each member of the organisation: a new request, its message and the shared fields. */
export function newRequestMail(
  to: string,
  lang: Locale,
  input: NewRequestMailInput,
): Promise<MailMessage> {
  const { offerTitle, senderName, senderEmail, subject, message, rows, link } = input;
  const w = new MailWords(lang);
  const blocks: MailBlock[] = [
    w.paragraph('contact.new.intro', {}, { sender: senderName, offer: offerTitle }),
    { kind: 'quote', text: `${subject ? `${subject}\n\n` : ''}${message}` },
  ];
  if (rows.length) blocks.push(w.paragraph('contact.new.shared'), { kind: 'fields', rows });
  blocks.push(
    senderEmail
      ? w.paragraph('contact.new.replyTo', {}, { email: senderEmail })
      : w.paragraph('contact.new.noEmail'),
  );
  return mailMessage(
    to,
    {
      locale: lang,
      subject: w.t('contact.new.subject', { offer: offerTitle }),
      blocks,
      action: { label: w.t('contact.action'), url: link },
      target: link,
      reason: w.parts('reason.organisation'),
    },
    senderEmail ? { 'Reply-To': senderEmail } : {},
  );
}

/**
 * To the entrepreneur: the organisation moved their request (with its reason when declined,
 * and the answer it wrote with this change, quoted).
 */
export function statusChangedMail(
  to: string,
  lang: Locale,
  input: {
    readonly offerTitle: string;
    readonly organisationName: string;
    readonly status: ContactRequestTarget;
    readonly reason: string | null;
    /** The answer written with this change, if any. */
    readonly answer?: string | null;
    readonly link: string;
  },
): Promise<MailMessage> {
  const { offerTitle, organisationName, status, reason, answer, link } = input;
  const w = new MailWords(lang);
  const blocks: MailBlock[] = [
    w.paragraph(
      'contact.status.body',
      { status },
      { organisation: organisationName, offer: offerTitle },
    ),
  ];
  if (reason) blocks.push(w.paragraph('contact.status.reason'), { kind: 'quote', text: reason });
  if (answer?.trim())
    blocks.push(w.paragraph('contact.status.answer', {}, { organisation: organisationName }), {
      kind: 'quote',
      text: answer,
    });
  return mailMessage(to, {
    locale: lang,
    subject: w.t('contact.status.subject', { status, offer: offerTitle }),
    blocks,
    action: { label: w.t('contact.action'), url: link },
    target: link,
    reason: w.parts('reason.contactRequest'),
  });
}
