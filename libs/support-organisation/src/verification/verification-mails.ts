import type { MailMessage } from '@app/core';

export function organisationVerifiedMail(to: string, organisationName: string): MailMessage {
  return {
    to,
    subject: `${organisationName} est vérifiée sur Passerelle / ${organisationName} is verified`,
    text:
      `L'équipe Passerelle a vérifié « ${organisationName} ».\n` +
      `Votre page et vos offres publiées portent désormais le badge « organisation vérifiée ».\n` +
      `Si vous changez l'identifiant légal de l'organisation, elle sera vérifiée à nouveau.\n\n` +
      `----\n\nThe Passerelle team verified "${organisationName}".\n` +
      `Your page and published offers now carry the "verified organisation" badge.\n` +
      `If you change the organisation's legal identifier, it will be verified again.\n\n— Passerelle\n`,
  };
}

export function organisationRejectedMail(
  to: string,
  organisationName: string,
  reason: string,
): MailMessage {
  return {
    to,
    subject: `${organisationName} n'a pas été vérifiée / ${organisationName} was not verified`,
    text:
      `L'équipe Passerelle n'a pas pu vérifier « ${organisationName} ». Motif :\n\n${reason}\n\n` +
      `Corrigez le profil de l'organisation puis demandez une nouvelle vérification.\n\n` +
      `----\n\nThe Passerelle team could not verify "${organisationName}". Reason:\n\n${reason}\n\n` +
      `Correct the organisation's profile, then request verification again.\n\n— Passerelle\n`,
  };
}
