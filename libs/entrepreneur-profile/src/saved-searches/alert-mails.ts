import type { MailMessage } from '@app/core';
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
}

const day = (iso: string, lang: MailLanguage) =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

function offerLines(offers: readonly AlertOfferLine[], lang: MailLanguage): string {
  return offers
    .map((o) => {
      const when = o.rolling
        ? lang === 'fr'
          ? 'Candidatures au fil de l’eau'
          : 'Rolling applications'
        : o.deadline
          ? lang === 'fr'
            ? `Date limite : ${day(o.deadline, lang)}`
            : `Deadline: ${day(o.deadline, lang)}`
          : undefined;
      return [
        `• ${o.title} — ${o.organisation}`,
        ...(when ? [`  ${when}`] : []),
        `  ${o.url}`,
      ].join('\n');
    })
    .join('\n\n');
}

/**
 * The alert: which saved search, its filters in words, the new offers with their links, and an
 * unsubscribe link that works without signing in (also as List-Unsubscribe). The link opens a
 * page with a button (a GET changes nothing, so mail scanners cannot unsubscribe anyone).
 */
export function alertMail(input: AlertMailInput): MailMessage {
  const n = input.offers.length + input.more;
  const fr = input.lang === 'fr';
  const subject = fr
    ? `${n} nouvelle${n > 1 ? 's' : ''} offre${n > 1 ? 's' : ''} pour « ${input.name} »`
    : `${n} new offer${n > 1 ? 's' : ''} for “${input.name}”`;
  const more =
    input.more > 0
      ? fr
        ? `\n\n… et ${input.more} autre${input.more > 1 ? 's' : ''} : retrouvez-les avec cette recherche sur Passerelle.`
        : `\n\n… and ${input.more} more: find them with this search on Passerelle.`
      : '';
  const text = fr
    ? `Bonjour,\n\n` +
      `Votre recherche enregistrée « ${input.name} » a trouvé ${n} nouvelle${n > 1 ? 's' : ''} offre${n > 1 ? 's' : ''}.\n` +
      `Recherche : ${input.description}\n\n` +
      `${offerLines(input.offers, 'fr')}${more}\n\n` +
      `Vous recevez cette alerte au plus une fois par ${input.frequency === 'daily' ? 'jour' : 'semaine'}, seulement quand il y a du nouveau.\n` +
      `Se désabonner : ${input.unsubscribeUrl}\n\n— Passerelle\n`
    : `Hello,\n\n` +
      `Your saved search “${input.name}” found ${n} new offer${n > 1 ? 's' : ''}.\n` +
      `Search: ${input.description}\n\n` +
      `${offerLines(input.offers, 'en')}${more}\n\n` +
      `You get this alert at most once a ${input.frequency === 'daily' ? 'day' : 'week'}, only when there is something new.\n` +
      `Unsubscribe: ${input.unsubscribeUrl}\n\n— Passerelle\n`;
  return {
    to: input.to,
    subject,
    text,
    // RFC 2369. The RFC 8058 one-click POST (List-Unsubscribe-Post) needs the API to accept
    // form-encoded bodies first; until then mail clients open the link (GET).
    headers: { 'List-Unsubscribe': `<${input.unsubscribeUrl}>` },
  };
}

/** To someone who asked for an alert without an account: nothing is sent until they confirm. */
export function confirmAlertMail(input: {
  to: string;
  lang: MailLanguage;
  name: string;
  description: string;
  frequency: 'daily' | 'weekly';
  confirmUrl: string;
}): MailMessage {
  const fr = input.lang === 'fr';
  return {
    to: input.to,
    subject: fr ? `Confirmez votre alerte « ${input.name} »` : `Confirm your alert “${input.name}”`,
    text: fr
      ? `Bonjour,\n\nVous avez demandé à recevoir ${input.frequency === 'daily' ? 'chaque jour' : 'chaque semaine'} par e-mail les nouvelles offres de Passerelle pour cette recherche :\n` +
        `${input.description}\n\n` +
        `Confirmez en ouvrant ce lien (valable 48 heures, une seule fois) :\n${input.confirmUrl}\n\n` +
        `Si vous n'avez rien demandé, ignorez ce message : aucune alerte ne sera envoyée.\n\n— Passerelle\n`
      : `Hello,\n\nYou asked to receive Passerelle's new offers for this search by e-mail, ${input.frequency === 'daily' ? 'daily' : 'weekly'}:\n` +
        `${input.description}\n\n` +
        `Confirm by opening this link (valid for 48 hours, once):\n${input.confirmUrl}\n\n` +
        `If you did not ask for this, ignore this message: no alert will be sent.\n\n— Passerelle\n`,
  };
}
