import { newRequestMail, sharedFieldRows, statusChangedMail } from './contact-request-mails';

const label = (kind: string, code: string, lang: string) => `${kind}:${code}:${lang}`;

describe('contact request e-mails', () => {
  it('lists exactly the shared fields, in profile order, named in the reader’s language', () => {
    const shared = {
      businessName: 'Thiès Agro',
      residenceCountry: 'FR',
      sectorCodes: [],
      stageCode: null,
    };
    expect(sharedFieldRows(shared, label, 'fr')).toEqual([
      { label: 'Pays de résidence :', value: 'country:FR:fr' },
      { label: 'Secteurs :', value: 'non renseigné' },
      { label: 'Stade du projet :', value: 'non renseigné' },
      { label: 'Nom de l’entreprise :', value: 'Thiès Agro' },
    ]);
    expect(sharedFieldRows(shared, label, 'pt')[0]).toEqual({
      label: 'País de residência:',
      value: 'country:FR:pt',
    });
  });

  it('ignores keys that are not shareable profile fields', () => {
    expect(
      sharedFieldRows({ email: 'x@example.test', dateOfBirth: '1990-01-01' }, label, 'en'),
    ).toEqual([]);
  });

  const base = {
    offerTitle: 'Bourse d’amorçage',
    senderName: 'Awa Diop',
    subject: 'Cohorte de mars',
    message: 'Bonjour,\nje souhaite candidater.',
    rows: [{ label: 'Langues :', value: 'wolof' }],
    link: 'https://passerelle.test/espace/organisations/o/demandes/r',
  };

  it('quotes the message and sets Reply-To only when the e-mail is shared', async () => {
    const shared = await newRequestMail('org@example.test', 'fr', {
      ...base,
      senderEmail: 'awa@example.test',
    });
    expect(shared.headers).toEqual({ 'Reply-To': 'awa@example.test' });
    expect(shared.subject).toBe('Nouvelle demande de contact : « Bourse d’amorçage »');
    expect(shared.text).toContain('> Cohorte de mars\n>\n> Bonjour,\n> je souhaite candidater.');
    expect(shared.text).toContain('- Langues : wolof');
    expect(shared.text).not.toContain('New contact request');

    const unshared = await newRequestMail('org@example.test', 'en', { ...base, senderEmail: null });
    expect(unshared.headers).toBeUndefined();
    expect(unshared.subject).toBe('New contact request: “Bourse d’amorçage”');
    expect(unshared.text).not.toContain('@example.test');
  });

  it('tells the entrepreneur the new status, with the reason when declined', async () => {
    const mail = await statusChangedMail('awa@example.test', 'fr', {
      offerTitle: 'Bourse',
      organisationName: 'Réseau Diaspora',
      status: 'declined',
      reason: 'Réservé aux résidents belges.',
      link: 'https://passerelle.test/mon-espace/demandes/r',
    });
    expect(mail.subject).toBe('Votre demande de contact « Bourse » n’a pas été retenue');
    expect(mail.text).toContain('Message de l’organisation :\n\n> Réservé aux résidents belges.');
  });

  it('quotes the organisation’s written answer, escaped in the HTML part', async () => {
    const mail = await statusChangedMail('awa@example.test', 'fr', {
      offerTitle: 'Bourse',
      organisationName: 'Réseau Diaspora',
      status: 'accepted',
      reason: null,
      answer: '  Bienvenue !\r\n\r\nAppelez-nous <b>lundi</b> & apportez votre plan.\n',
      link: 'https://passerelle.test/mon-espace/demandes/r',
    });
    const quote = '> Bienvenue !\n>\n> Appelez-nous <b>lundi</b> & apportez votre plan.';
    expect(mail.text).toContain(`Réseau Diaspora vous répond :\n\n${quote}\n\nVoir la demande`);
    expect(mail.text).not.toContain('\r');
    expect(mail.html).toContain('Appelez-nous &lt;b&gt;lundi&lt;/b&gt; &amp; apportez');
    expect(mail.html).toContain('<bdi dir="auto">Réseau Diaspora</bdi>');

    const silent = await statusChangedMail('awa@example.test', 'fr', {
      offerTitle: 'Bourse',
      organisationName: 'Réseau Diaspora',
      status: 'in_progress',
      reason: null,
      answer: null,
      link: 'https://passerelle.test/mon-espace/demandes/r',
    });
    expect(silent.text).not.toContain('vous répond');
  });
});
