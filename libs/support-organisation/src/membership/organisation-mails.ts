import type { MailMessage } from '@app/core';

export function invitationMail(
  to: string,
  organisationName: string,
  role: string,
  link: string,
): MailMessage {
  const roleFr = role === 'owner' ? 'propriétaire' : 'éditeur·rice';
  return {
    to,
    subject: `Invitation à rejoindre ${organisationName} sur Passerelle / Invitation to join ${organisationName}`,
    text:
      `Vous êtes invité·e à rejoindre « ${organisationName} » sur Passerelle en tant que ${roleFr}.\n` +
      `Acceptez l'invitation (valable 7 jours, une seule fois) :\n${link}\n\n` +
      `----\n\nYou are invited to join "${organisationName}" on Passerelle as ${role}.\n` +
      `Accept the invitation (valid for 7 days, once):\n${link}\n\n— Passerelle\n`,
  };
}
