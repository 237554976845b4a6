import { LOCALES, messageKeys, type Locale, type MailMessage } from '@app/core';
import { decisionMail } from '@app/catalogue';
import {
  alertMail,
  confirmAlertMail,
  deadlineReminderMail,
  newRequestMail,
  sharedFieldRows,
  statusChangedMail,
} from '@app/entrepreneur-profile';
import { identityMails } from '@app/identity';
import {
  invitationMail,
  organisationRejectedMail,
  organisationVerifiedMail,
} from '@app/support-organisation';

/**
 * Every e-mail the platform sends, rendered in every language with sample data: the HTML
 * part is in that language and direction, nothing is left untranslated or in another
 * language, every link is absolute, the other languages and (alerts, reminders) the
 * unsubscribe link are offered, and the text part says the same with its links written out.
 */
const BASE = 'https://passerelle.test';
const TO = 'reader@example.test';
// A person's words: shown as written (escaped), never translated.
const OFFER = 'Fonds <Kora> & Co';
const ORGANISATION = 'Réseau Diaspora';
const MESSAGE = 'Bonjour,\n<script>alert(1)</script> je candidate.';
const PERSON = [OFFER, ORGANISATION, MESSAGE, 'Awa Diop', 'awa@example.test', 'Subventions'];
const UNSUBSCRIBE = `${BASE}/alertes/desabonner?token=abc`;
const STOP_ALL = `${BASE}/rappels/arreter?token=all.x&lang=fr`;
const LANGUAGE_NAMES = ['Français', 'English', 'Português', 'العربية'];

interface Sample {
  readonly name: string;
  readonly render: (lang: Locale) => Promise<MailMessage>;
  /** The link the call to action opens, when there is one. */
  readonly action?: string;
  readonly unsubscribe?: string;
}

const link = (path: string) => `${BASE}${path}`;
const label = (_kind: string, code: string) => `[${code}]`;

const SAMPLES: readonly Sample[] = [
  {
    name: 'verify e-mail',
    action: link('/verify-email?token=t1'),
    render: (l) => identityMails.verifyEmail(TO, l, link('/verify-email?token=t1')),
  },
  {
    name: 'already registered',
    action: link('/reset-password?token=t2'),
    render: (l) => identityMails.alreadyRegistered(TO, l, link('/reset-password?token=t2')),
  },
  {
    name: 'reset password',
    action: link('/reset-password?token=t3'),
    render: (l) => identityMails.resetPassword(TO, l, link('/reset-password?token=t3')),
  },
  {
    name: 'password changed',
    action: link('/mot-de-passe-oublie'),
    render: (l) => identityMails.passwordChanged(TO, l, link('/mot-de-passe-oublie')),
  },
  {
    name: 'new contact request',
    action: link('/espace/organisations/o/demandes/r'),
    render: (l) =>
      newRequestMail(TO, l, {
        offerTitle: OFFER,
        senderName: 'Awa Diop',
        senderEmail: 'awa@example.test',
        subject: 'Subventions',
        message: MESSAGE,
        rows: sharedFieldRows({ residenceCountry: 'FR', sectorCodes: [] }, label, l),
        link: link('/espace/organisations/o/demandes/r'),
      }),
  },
  ...(['in_progress', 'accepted', 'declined'] as const).map((status) => ({
    name: `contact request ${status}`,
    action: link('/mon-espace/demandes/r'),
    render: (l: Locale) =>
      statusChangedMail(TO, l, {
        offerTitle: OFFER,
        organisationName: ORGANISATION,
        status,
        reason: status === 'declined' ? MESSAGE : null,
        answer: MESSAGE,
        link: link('/mon-espace/demandes/r'),
      }),
  })),
  ...(['published', 'changes_requested', 'rejected', 'archived'] as const).flatMap((decision) =>
    [false, true].map((revision) => ({
      name: `moderation ${decision}${revision ? ' (revision)' : ''}`,
      action: link('/espace/offres/o'),
      render: (l: Locale) =>
        decisionMail(TO, l, decision, OFFER, link('/espace/offres/o'), {
          reason: MESSAGE,
          revision,
        }),
    })),
  ),
  {
    name: 'organisation verified',
    action: link('/espace/organisations/o'),
    render: (l) => organisationVerifiedMail(TO, l, ORGANISATION, link('/espace/organisations/o')),
  },
  {
    name: 'organisation rejected',
    action: link('/espace/organisations/o'),
    render: (l) =>
      organisationRejectedMail(TO, l, ORGANISATION, MESSAGE, link('/espace/organisations/o')),
  },
  ...(['owner', 'editor'] as const).map((role) => ({
    name: `invitation (${role})`,
    action: link('/invitations/accept?token=t4'),
    render: (l: Locale) =>
      invitationMail(TO, l, ORGANISATION, role, link('/invitations/accept?token=t4')),
  })),
  {
    name: 'alert',
    unsubscribe: UNSUBSCRIBE,
    render: (l) =>
      alertMail({
        to: TO,
        lang: l,
        name: 'Subventions',
        description: 'Subventions',
        frequency: 'weekly',
        offers: [
          {
            title: OFFER,
            organisation: ORGANISATION,
            url: link('/offres/a'),
            deadline: '2026-12-31',
            rolling: false,
          },
          {
            title: OFFER,
            organisation: ORGANISATION,
            url: link('/offres/b'),
            deadline: null,
            rolling: true,
          },
        ],
        more: 3,
        unsubscribeUrl: UNSUBSCRIBE,
        homeUrl: `${BASE}/`,
      }),
  },
  {
    name: 'alert confirmation',
    action: link('/alertes/confirmer?token=t5'),
    render: (l) =>
      confirmAlertMail({
        to: TO,
        lang: l,
        name: 'Subventions',
        description: 'Subventions',
        frequency: 'daily',
        confirmUrl: link('/alertes/confirmer?token=t5'),
      }),
  },
  ...[14, 3, 1].map((daysLeft) => ({
    name: `deadline reminder (${daysLeft} days)`,
    action: link('/offres/a'),
    unsubscribe: STOP_ALL,
    render: (l: Locale) =>
      deadlineReminderMail(TO, l, {
        offerTitle: OFFER,
        organisationName: ORGANISATION,
        deadline: '2026-12-31',
        daysLeft,
        offerUrl: link('/offres/a'),
        stopOfferUrl: `${BASE}/rappels/arreter?token=offer.x&lang=fr`,
        stopAllUrl: STOP_ALL,
      }),
  })),
];

/** The HTML's visible words, a person's words, addresses and names of languages taken out. */
function ourWords(text: string): string {
  let out = text
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/https?:\/\/\S+/g, ' ');
  for (const words of [...PERSON, ...PERSON.flatMap((p) => p.split('\n')), ...LANGUAGE_NAMES])
    out = out.split(words).join(' ');
  return out.replace(/Passerelle|\[FR\]|e-mail/g, ' ');
}

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);

describe('every e-mail in every language', () => {
  const rendered = new Map<string, MailMessage>();

  beforeAll(async () => {
    for (const sample of SAMPLES)
      for (const lang of LOCALES) rendered.set(`${sample.name}/${lang}`, await sample.render(lang));
  });

  const cases = SAMPLES.flatMap((sample) => LOCALES.map((lang) => [sample.name, lang] as const));

  it.each(cases)('%s in %s', (name, lang) => {
    const sample = SAMPLES.find((s) => s.name === name)!;
    const mail = rendered.get(`${name}/${lang}`)!;
    const html = mail.html!;
    expect(html).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`);

    // Nothing untranslated: no catalogue key, no ICU placeholder left.
    for (const key of messageKeys('mail')) {
      expect(mail.subject).not.toContain(key);
      expect(mail.text).not.toContain(key);
    }
    expect(ourWords(`${mail.subject} ${mail.text}`)).not.toMatch(/[{}]|mail\./);

    // Nothing in another language: the other versions' subjects and footers are not here.
    for (const other of LOCALES.filter((l) => l !== lang)) {
      const theirs = rendered.get(`${name}/${other}`)!;
      if (theirs.subject !== mail.subject) expect(mail.text).not.toContain(theirs.subject);
      const theirFooter = theirs.text.split('\n----\n')[1].split('\n')[0];
      const ourFooter = mail.text.split('\n----\n')[1].split('\n')[0];
      if (theirFooter !== ourFooter) expect(html).not.toContain(theirFooter);
    }
    const words = ourWords(html.slice(html.indexOf('<body')));
    if (lang === 'ar') expect(words).not.toMatch(/[A-Za-zÀ-ÿ]{3,}/);
    if (lang === 'pt' || lang === 'ar')
      expect(words).not.toMatch(/\b(vous|votre|offre|the|your|you|please)\b/i);

    // A person's words are escaped and isolated.
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<Kora>');
    if (!sample.action?.match(/token=t[123]|mot-de-passe/)) expect(html).toMatch(/dir="auto"/);

    // Every link absolute, to the platform; the other languages offered.
    for (const href of hrefs(html)) expect(href.startsWith(BASE)).toBe(true);
    for (const url of mail.text.match(/https?:\/\/\S+/g) ?? [])
      expect(url.startsWith(BASE)).toBe(true);
    for (const other of LOCALES.filter((l) => l !== lang)) {
      expect(
        hrefs(html).some(
          (h) => new URL(h.replace(/&amp;/g, '&')).searchParams.get('lang') === other,
        ),
      ).toBe(true);
      expect(mail.text).toMatch(new RegExp(`[?&]lang=${other}\\b`));
    }
    expect(hrefs(html).some((h) => new URL(h).searchParams.has('lang'))).toBe(true);

    // The text part: readable, with the links written out.
    expect(mail.text.length).toBeGreaterThan(100);
    if (sample.action) {
      expect(hrefs(html).map((h) => h.replace(/&amp;/g, '&'))).toContain(sample.action);
      expect(mail.text).toContain(sample.action);
    }
    if (sample.unsubscribe) {
      expect(mail.headers?.['List-Unsubscribe']).toBe(`<${sample.unsubscribe}>`);
      expect(hrefs(html).map((h) => h.replace(/&amp;/g, '&'))).toContain(sample.unsubscribe);
      expect(mail.text).toContain(sample.unsubscribe);
    } else {
      expect(mail.headers?.['List-Unsubscribe']).toBeUndefined();
    }
  });
});
