import { newRequestMail, sharedFieldLines, statusChangedMail } from './contact-request-mails';

const label = (kind: string, code: string, lang: string) => `${kind}:${code}:${lang}`;

describe('contact request e-mails', () => {
  it('lists exactly the shared fields, in profile order, with names in both languages', () => {
    const lines = sharedFieldLines(
      { businessName: 'Thiès Agro', residenceCountry: 'FR', sectorCodes: [], stageCode: null },
      label,
    );
    expect(lines.fr).toEqual([
      '- Pays de résidence : country:FR:fr',
      '- Secteurs : non renseigné',
      '- Stade du projet : non renseigné',
      "- Nom de l'entreprise : Thiès Agro",
    ]);
    expect(lines.en).toEqual([
      '- Country of residence: country:FR:en',
      '- Sectors: not given',
      '- Project stage: not given',
      '- Business name: Thiès Agro',
    ]);
  });

  it('ignores keys that are not shareable profile fields', () => {
    expect(sharedFieldLines({ email: 'x@example.test', dateOfBirth: '1990-01-01' }, label)).toEqual(
      { fr: [], en: [] },
    );
  });

  const base = {
    offerTitle: 'Bourse d’amorçage',
    senderName: 'Awa Diop',
    subject: 'Cohorte de mars',
    message: 'Bonjour,\nje souhaite candidater.',
    lines: { fr: ['- Langues : wo'], en: ['- Languages: wo'] },
    link: 'https://passerelle.test/espace/organisations/o/demandes/r',
  };

  it('quotes the message in both languages and sets Reply-To only when the e-mail is shared', () => {
    const shared = newRequestMail('org@example.test', { ...base, senderEmail: 'awa@example.test' });
    expect(shared.headers).toEqual({ 'Reply-To': 'awa@example.test' });
    expect(shared.subject).toContain('Nouvelle demande de contact');
    expect(shared.subject).toContain('New contact request');
    expect(shared.text).toContain('> Cohorte de mars\n>\n> Bonjour,\n> je souhaite candidater.');
    expect(shared.text).toContain('- Langues : wo');
    expect(shared.text).toContain('- Languages: wo');

    const unshared = newRequestMail('org@example.test', { ...base, senderEmail: null });
    expect(unshared.headers).toBeUndefined();
    expect(unshared.text).not.toContain('@example.test');
  });

  it('tells the entrepreneur the new status, with the reason when declined', () => {
    const mail = statusChangedMail('awa@example.test', {
      offerTitle: 'Bourse',
      organisationName: 'Réseau Diaspora',
      status: 'declined',
      reason: 'Réservé aux résidents belges.',
      link: 'https://passerelle.test/mon-espace/demandes/r',
    });
    expect(mail.subject).toBe(
      'Votre demande de contact « Bourse » n\'a pas été retenue / Your contact request "Bourse" was declined',
    );
    expect(mail.text).toContain("Message de l'organisation :\nRéservé aux résidents belges.");
    expect(mail.text).toContain("The organisation's message:\nRéservé aux résidents belges.");
  });

  it('quotes the organisation’s written answer as plain text, in both languages', () => {
    const mail = statusChangedMail('awa@example.test', {
      offerTitle: 'Bourse',
      organisationName: 'Réseau Diaspora',
      status: 'accepted',
      reason: null,
      answer: '  Bienvenue !\r\n\r\nAppelez-nous <b>lundi</b> & apportez votre plan.\n',
      link: 'https://passerelle.test/mon-espace/demandes/r',
    });
    const quote = '> Bienvenue !\n>\n> Appelez-nous <b>lundi</b> & apportez votre plan.';
    expect(mail.text).toContain(`Réseau Diaspora vous répond :\n\n${quote}\n\nVoir la demande`);
    expect(mail.text).toContain(`Réseau Diaspora answered you:\n\n${quote}\n\nSee the request`);
    expect(mail.text).not.toContain('\r');
    expect(mail.html).toBeUndefined();

    const silent = statusChangedMail('awa@example.test', {
      offerTitle: 'Bourse',
      organisationName: 'Réseau Diaspora',
      status: 'in_progress',
      reason: null,
      answer: null,
      link: 'https://passerelle.test/mon-espace/demandes/r',
    });
    expect(silent.text).not.toContain('vous répond');
    expect(silent.text).not.toContain('answered you');
  });
});
