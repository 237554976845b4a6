import { alertMail, confirmAlertMail } from './alert-mails';

const offer = (n: number, extra: Partial<Parameters<typeof alertMail>[0]['offers'][0]> = {}) => ({
  title: `Offre ${n}`,
  organisation: 'Fonds Kora',
  url: `https://passerelle.test/offres/offre-${n}`,
  deadline: '2026-12-31',
  rolling: false,
  ...extra,
});

describe('alert e-mails', () => {
  const base = {
    to: 'awa@example.test',
    name: 'Subventions Sénégal',
    frequency: 'daily' as const,
    more: 0,
    unsubscribeUrl: 'https://passerelle.test/alertes/desabonner?token=abc',
    homeUrl: 'https://passerelle.test/',
  };

  it('names the saved search, says its filters in words and lists each offer with its link', async () => {
    const mail = await alertMail({
      ...base,
      lang: 'fr',
      description: 'Catégorie : Subvention · Pays du projet : Sénégal',
      offers: [offer(1), offer(2, { rolling: true, deadline: null })],
    });
    expect(mail.subject).toBe('2 nouvelles offres pour « Subventions Sénégal »');
    expect(mail.text).toContain('Votre recherche enregistrée « Subventions Sénégal »');
    expect(mail.text).toContain('Recherche : Catégorie : Subvention · Pays du projet : Sénégal');
    expect(mail.text).toContain(
      '• Offre 1 — Fonds Kora\n  Date limite : 31 décembre 2026\n  https://passerelle.test/offres/offre-1',
    );
    expect(mail.text).toContain(
      '• Offre 2 — Fonds Kora\n  Candidatures au fil de l’eau\n  https://passerelle.test/offres/offre-2',
    );
    expect(mail.text).toContain('seulement quand il y a du nouveau.');
    expect(mail.text).toContain(`Se désabonner de cette alerte :\n${base.unsubscribeUrl}\n`);
    expect(mail.html).toContain(`href="${base.unsubscribeUrl}"`);
    // The link opens a page with a button: no promise of a single click.
    expect(mail.text).not.toMatch(/un clic/);
    expect(mail.headers).toEqual({ 'List-Unsubscribe': `<${base.unsubscribeUrl}>` });
  });

  it('in English, with the count of offers not listed', async () => {
    const mail = await alertMail({
      ...base,
      lang: 'en',
      frequency: 'weekly',
      description: 'Category: Grant',
      offers: [offer(1)],
      more: 3,
    });
    expect(mail.subject).toBe('4 new offers for “Subventions Sénégal”');
    expect(mail.text).toContain('Your saved search “Subventions Sénégal” found 4 new offers.');
    expect(mail.text).toContain('Search: Category: Grant');
    expect(mail.text).toContain('Deadline: 31 December 2026');
    expect(mail.text).toContain('… and 3 more');
    expect(mail.text).toContain('at most once a week');
    expect(mail.text).toContain(`Unsubscribe from this alert:\n${base.unsubscribeUrl}\n`);
    expect(mail.text).not.toMatch(/one click/i);
    const one = await alertMail({ ...base, lang: 'en', description: 'x', offers: [offer(1)] });
    expect(one.subject).toBe('1 new offer for “Subventions Sénégal”');
  });

  it('in Arabic, with the plural forms Arabic has', async () => {
    const mail = await alertMail({
      ...base,
      lang: 'ar',
      description: 'x',
      offers: [offer(1), offer(2)],
    });
    expect(mail.subject).toBe('عرضان جديدان لـ«Subventions Sénégal»');
    expect(mail.html).toContain('<html lang="ar" dir="rtl"');
  });

  it('confirmation: what will be sent, how often, and the link', async () => {
    const mail = await confirmAlertMail({
      to: 'x@example.test',
      lang: 'fr',
      name: 'Mon alerte',
      description: 'Catégorie : Prêt',
      frequency: 'weekly',
      confirmUrl: 'https://passerelle.test/alertes/confirmer?token=t',
    });
    expect(mail.subject).toBe('Confirmez votre alerte « Mon alerte »');
    expect(mail.text).toContain('chaque semaine');
    expect(mail.text).toContain('> Catégorie : Prêt');
    expect(mail.text).toContain('valable 48 heures, une seule fois).');
    expect(mail.text).toContain(
      'Confirmer l’alerte :\nhttps://passerelle.test/alertes/confirmer?token=t',
    );
  });
});
