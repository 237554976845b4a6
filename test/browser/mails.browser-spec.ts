import { existsSync } from 'node:fs';
import { alertMail, deadlineReminderMail, newRequestMail } from '@app/entrepreneur-profile';
import { checkA11y, newPage, screenshot } from './support/browser';

/**
 * The e-mails as a mail client shows them (the HTML part opened as a page): accessible (axe,
 * WCAG A/AA) in a right-to-left and a left-to-right language, on a desktop and a phone width.
 * No platform needed: the mail modules render the same HTML the worker sends.
 */
const BASE = 'https://passerelle.test';

describe('e-mails in a browser', () => {
  it('a deadline reminder in Arabic: right to left, accessible, readable on a phone', async () => {
    const mail = await deadlineReminderMail('awa@example.test', 'ar', {
      offerTitle: 'Bourse d’amorçage Casamance',
      organisationName: 'Fonds Kora',
      deadline: '2026-12-31',
      daysLeft: 3,
      offerUrl: `${BASE}/offres/bourse`,
      stopOfferUrl: `${BASE}/rappels/arreter?token=offer.x&lang=ar`,
      stopAllUrl: `${BASE}/rappels/arreter?token=all.x&lang=ar`,
    });
    const page = await newPage({ viewport: { width: 375, height: 812 }, locale: 'ar' });
    await page.setContent(mail.html!);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    // The offer's own (Latin) title keeps its direction inside the Arabic sentence.
    expect(await page.locator('bdi', { hasText: 'Bourse d’amorçage Casamance' }).count()).toBe(1);
    await checkA11y(page, 'reminder e-mail (ar)');
    expect(existsSync(await screenshot(page, 'mail-reminder-ar-phone'))).toBe(true);
  });

  it('an alert in Portuguese and a contact request in Arabic, on a desktop', async () => {
    const alert = await alertMail({
      to: 'awa@example.test',
      lang: 'pt',
      name: 'Subvenções no Senegal',
      description: 'Categoria: Subvenção · País do projeto: Senegal',
      frequency: 'daily',
      offers: [
        {
          title: 'Bourse d’amorçage Casamance',
          organisation: 'Fonds Kora',
          url: `${BASE}/offres/bourse`,
          deadline: '2026-12-31',
          rolling: false,
        },
        {
          title: 'منحة ريادة الأعمال',
          organisation: 'Réseau Diaspora',
          url: `${BASE}/offres/minha`,
          deadline: null,
          rolling: true,
        },
      ],
      more: 2,
      unsubscribeUrl: `${BASE}/alertes/desabonner?token=t`,
      homeUrl: `${BASE}/`,
    });
    const request = await newRequestMail('org@example.test', 'ar', {
      offerTitle: 'Bourse d’amorçage Casamance',
      senderName: 'Awa Diop',
      senderEmail: 'awa@example.test',
      subject: 'Cohorte de mars',
      message: 'Bonjour,\nje souhaite candidater <b>vite</b>.',
      rows: [{ label: 'بلد الإقامة:', value: 'فرنسا' }],
      link: `${BASE}/espace/organisations/o/demandes/r`,
    });
    for (const [name, html] of [
      ['mail-alert-pt', alert.html!],
      ['mail-contact-request-ar', request.html!],
    ] as const) {
      const page = await newPage();
      await page.setContent(html);
      await checkA11y(page, name);
      await screenshot(page, name);
    }
  });
});
