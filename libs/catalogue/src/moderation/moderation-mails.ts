import type { MailMessage } from '@app/core';

type Decision = 'published' | 'changes_requested' | 'rejected' | 'archived';

const FR: Record<Decision, string> = {
  published: 'est publiée',
  changes_requested: 'demande des modifications',
  rejected: "n'a pas été acceptée",
  archived: 'a été archivée par l’équipe Passerelle',
};
const EN: Record<Decision, string> = {
  published: 'is published',
  changes_requested: 'needs changes',
  rejected: 'was not accepted',
  archived: 'was archived by the Passerelle team',
};

/** One e-mail per decision to each member of the organisation, French then English. */
export function decisionMail(
  to: string,
  decision: Decision,
  offerTitle: string,
  link: string,
  options: { reason?: string | null; revision?: boolean },
): MailMessage {
  const what = options.revision ? 'La modification de votre offre' : 'Votre offre';
  const whatEn = options.revision ? 'The change to your offer' : 'Your offer';
  const reasonFr = options.reason ? `\n\nMessage de la modération :\n${options.reason}` : '';
  const reasonEn = options.reason ? `\n\nModerator's message:\n${options.reason}` : '';
  return {
    to,
    subject: `${what} « ${offerTitle} » ${FR[decision]} / ${whatEn} "${offerTitle}" ${EN[decision]}`,
    text:
      `${what} « ${offerTitle} » ${FR[decision]}.${reasonFr}\n\nVoir l'offre : ${link}\n\n----\n\n` +
      `${whatEn} "${offerTitle}" ${EN[decision]}.${reasonEn}\n\nSee the offer: ${link}\n\n— Passerelle\n`,
  };
}
