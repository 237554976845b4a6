import type { MailMessage } from '@app/core';
import { PROFILE_SHAREABLE_FIELDS, type ShareableProfileField } from '../profile/profile.types';
import type { ContactRequestTarget } from './contact-request-state';

type Lang = 'fr' | 'en';
/** Names a code of a shared field in one language (country, language, sector or stage). */
export type Labeller = (
  kind: 'country' | 'language' | 'sector' | 'stage',
  code: string,
  lang: Lang,
) => string;

const FIELD_LABELS: Record<ShareableProfileField, Record<Lang, string>> = {
  residenceCountry: { fr: 'Pays de résidence', en: 'Country of residence' },
  originCountries: { fr: "Pays d'origine", en: 'Countries of origin' },
  targetCountries: { fr: 'Pays du projet', en: 'Project countries' },
  sectorCodes: { fr: 'Secteurs', en: 'Sectors' },
  stageCode: { fr: 'Stade du projet', en: 'Project stage' },
  businessName: { fr: "Nom de l'entreprise", en: 'Business name' },
  businessDescription: { fr: 'Description du projet', en: 'Project description' },
  languages: { fr: 'Langues', en: 'Languages' },
};

const KIND: Partial<Record<ShareableProfileField, Parameters<Labeller>[0]>> = {
  residenceCountry: 'country',
  originCountries: 'country',
  targetCountries: 'country',
  sectorCodes: 'sector',
  stageCode: 'stage',
  languages: 'language',
};

const NOT_GIVEN: Record<Lang, string> = { fr: 'non renseigné', en: 'not given' };

/** One "Label: value" line per shared field, in the profile's field order, per language. */
export function sharedFieldLines(
  shared: Record<string, unknown>,
  label: Labeller,
): Record<Lang, string[]> {
  const out: Record<Lang, string[]> = { fr: [], en: [] };
  for (const field of PROFILE_SHAREABLE_FIELDS) {
    if (!(field in shared)) continue;
    const raw = shared[field];
    const values = (Array.isArray(raw) ? raw : raw == null || raw === '' ? [] : [raw]).map(String);
    for (const lang of ['fr', 'en'] as const) {
      const kind = KIND[field];
      const shown = values.map((v) => (kind ? label(kind, v, lang) : v));
      const sep = lang === 'fr' ? ' : ' : ': ';
      out[lang].push(
        `- ${FIELD_LABELS[field][lang]}${sep}${shown.length ? shown.join(', ') : NOT_GIVEN[lang]}`,
      );
    }
  }
  return out;
}

export interface NewRequestMailInput {
  readonly offerTitle: string;
  readonly senderName: string;
  /** Only when the entrepreneur shared it: then it is also the Reply-To. */
  readonly senderEmail: string | null;
  readonly subject: string | null;
  readonly message: string;
  readonly lines: Record<Lang, string[]>;
  readonly link: string;
}

/** To each member of the organisation: a new request, its message and the shared fields. */
export function newRequestMail(to: string, input: NewRequestMailInput): MailMessage {
  const { offerTitle, senderName, senderEmail, subject, message, lines, link } = input;
  const quoted = `${subject ? `${subject}\n\n` : ''}${message}`
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
  const fieldsFr = lines.fr.length
    ? `\n\nInformations partagées depuis son profil :\n${lines.fr.join('\n')}`
    : '';
  const fieldsEn = lines.en.length ? `\n\nShared from their profile:\n${lines.en.join('\n')}` : '';
  const replyFr = senderEmail
    ? `\n\nRépondez directement à ce message pour lui écrire (${senderEmail}).`
    : `\n\nCette personne n'a pas partagé son adresse e-mail : elle est prévenue de chaque changement de statut de sa demande.`;
  const replyEn = senderEmail
    ? `\n\nReply to this message to write to them (${senderEmail}).`
    : `\n\nThey did not share their e-mail address: they are told of each status change of their request.`;
  return {
    to,
    subject: `Nouvelle demande de contact : « ${offerTitle} » / New contact request: "${offerTitle}"`,
    text:
      `${senderName} vous écrit au sujet de votre offre « ${offerTitle} » :\n\n${quoted}` +
      `${fieldsFr}${replyFr}\n\nVoir la demande : ${link}\n\n----\n\n` +
      `${senderName} wrote to you about your offer "${offerTitle}":\n\n${quoted}` +
      `${fieldsEn}${replyEn}\n\nSee the request: ${link}\n\n— Passerelle\n`,
    ...(senderEmail ? { headers: { 'Reply-To': senderEmail } } : {}),
  };
}

const STATUS_FR: Record<ContactRequestTarget, string> = {
  in_progress: 'est en cours de traitement',
  accepted: 'a été acceptée',
  declined: "n'a pas été retenue",
};
const STATUS_EN: Record<ContactRequestTarget, string> = {
  in_progress: 'is being handled',
  accepted: 'was accepted',
  declined: 'was declined',
};

/** Plain-text quotation: every line behind "> " (the mail has no HTML part to escape for). */
function quoted(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
}

/**
 * To the entrepreneur: the organisation moved their request (with its reason when declined,
 * and the answer it wrote with this change, quoted).
 */
export function statusChangedMail(
  to: string,
  input: {
    readonly offerTitle: string;
    readonly organisationName: string;
    readonly status: ContactRequestTarget;
    readonly reason: string | null;
    /** The answer written with this change, if any. */
    readonly answer?: string | null;
    readonly link: string;
  },
): MailMessage {
  const { offerTitle, organisationName, status, reason, answer, link } = input;
  const reasonFr = reason ? `\n\nMessage de l'organisation :\n${reason}` : '';
  const reasonEn = reason ? `\n\nThe organisation's message:\n${reason}` : '';
  const written = answer?.trim() ? quoted(answer) : '';
  const answerFr = written ? `\n\n${organisationName} vous répond :\n\n${written}` : '';
  const answerEn = written ? `\n\n${organisationName} answered you:\n\n${written}` : '';
  return {
    to,
    subject:
      `Votre demande de contact « ${offerTitle} » ${STATUS_FR[status]} / ` +
      `Your contact request "${offerTitle}" ${STATUS_EN[status]}`,
    text:
      `Votre demande de contact à ${organisationName} au sujet de « ${offerTitle} » ${STATUS_FR[status]}.` +
      `${reasonFr}${answerFr}\n\nVoir la demande : ${link}\n\n----\n\n` +
      `Your contact request to ${organisationName} about "${offerTitle}" ${STATUS_EN[status]}.` +
      `${reasonEn}${answerEn}\n\nSee the request: ${link}\n\n— Passerelle\n`,
  };
}
