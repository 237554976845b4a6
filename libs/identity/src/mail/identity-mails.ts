import type { MailMessage } from '@app/core';
import type { Language } from '../entities/user.entity';

// Account e-mails in the reader's language (pt/ar readers get French or English until
// those translations are written: French for pt/ar speakers of francophone Africa is the
// safer default, with the English text below it).
type Lang = 'fr' | 'en';
const pick = (lang: Language): Lang => (lang === 'en' ? 'en' : 'fr');

function message(
  to: string,
  lang: Language,
  subject: Record<Lang, string>,
  body: Record<Lang, string>,
): MailMessage {
  const first = pick(lang);
  const second: Lang = first === 'fr' ? 'en' : 'fr';
  return {
    to,
    subject: subject[first],
    text: `${body[first]}\n\n— Passerelle\n\n----\n\n${body[second]}\n\n— Passerelle\n`,
  };
}

export const identityMails = {
  verifyEmail: (to: string, lang: Language, link: string) =>
    message(
      to,
      lang,
      { fr: 'Confirmez votre adresse e-mail', en: 'Confirm your e-mail address' },
      {
        fr: `Bienvenue sur Passerelle !\n\nConfirmez votre adresse en ouvrant ce lien (valable 48 heures) :\n${link}\n\nSi vous n'avez pas créé de compte, ignorez ce message.`,
        en: `Welcome to Passerelle!\n\nConfirm your address by opening this link (valid for 48 hours):\n${link}\n\nIf you did not create an account, ignore this message.`,
      },
    ),
  alreadyRegistered: (to: string, lang: Language, resetLink: string) =>
    message(
      to,
      lang,
      { fr: 'Vous avez déjà un compte Passerelle', en: 'You already have a Passerelle account' },
      {
        fr: `Quelqu'un (peut-être vous) a voulu créer un compte avec cette adresse, qui en a déjà un.\n\nMot de passe oublié ? Choisissez-en un nouveau ici :\n${resetLink}`,
        en: `Someone (perhaps you) tried to create an account with this address, which already has one.\n\nForgot your password? Choose a new one here:\n${resetLink}`,
      },
    ),
  resetPassword: (to: string, lang: Language, link: string) =>
    message(
      to,
      lang,
      { fr: 'Choisir un nouveau mot de passe', en: 'Choose a new password' },
      {
        fr: `Pour choisir un nouveau mot de passe, ouvrez ce lien (valable 1 heure, une seule fois) :\n${link}\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.`,
        en: `To choose a new password, open this link (valid for 1 hour, once):\n${link}\n\nIf you did not ask for this, ignore this message: your password stays the same.`,
      },
    ),
  passwordChanged: (to: string, lang: Language) =>
    message(
      to,
      lang,
      { fr: 'Votre mot de passe a été changé', en: 'Your password was changed' },
      {
        fr: `Le mot de passe de votre compte vient d'être changé et toutes vos sessions ont été fermées.\n\nSi ce n'était pas vous, demandez un nouveau mot de passe immédiatement et écrivez-nous.`,
        en: `Your account's password was just changed and all your sessions were signed out.\n\nIf this was not you, reset your password now and contact us.`,
      },
    ),
};
