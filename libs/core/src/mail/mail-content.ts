import { formatMessage, type MessageParams } from '../i18n/messages';
import type { Locale } from '../i18n/locale';

/**
 * What an e-mail says, apart from how it looks: the renderer turns it into the shared HTML
 * layout and a plain-text part. Text is plain (never HTML): the renderer escapes it.
 */

/** A run of a sentence: our words, a person's words (isolated, dir="auto"), or a link. */
export type Inline =
  string | { readonly user: string } | { readonly text: string; readonly href: string };

export type MailBlock =
  | { readonly kind: 'paragraph'; readonly parts: readonly Inline[] }
  /** A person's own text (a message, a reason), quoted as written. */
  | { readonly kind: 'quote'; readonly text: string }
  /** Label / value rows; values are a person's words or codes named for the reader. */
  | { readonly kind: 'fields'; readonly rows: readonly MailField[] }
  /** Offers with their links (alerts, reminders). */
  | { readonly kind: 'items'; readonly items: readonly MailItem[] };

export interface MailField {
  readonly label: string;
  readonly value: string;
}

export interface MailItem {
  /** A person's words (offer titles): isolated in both parts. */
  readonly title: string;
  /** Who offers it (a person's words too). */
  readonly by?: string;
  readonly url: string;
  readonly details: readonly (readonly Inline[])[];
}

export interface MailContent {
  readonly locale: Locale;
  readonly subject: string;
  /** The line mail clients show after the subject. */
  readonly preview?: string;
  readonly blocks: readonly MailBlock[];
  readonly action?: { readonly label: string; readonly url: string };
  /** Absolute URL the language links open with ?lang=xx (the action's page when there is one). */
  readonly target: string;
  /** Why the reader gets this e-mail (footer). */
  readonly reason: readonly Inline[];
  /** Alerts and reminders: a link that stops them, also sent as List-Unsubscribe. */
  readonly unsubscribe?: { readonly label: string; readonly url: string };
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');

/**
 * The sentences of the `mail` catalogue in one locale. `user` parameters are a person's words
 * (titles, names, messages): they come back as separate runs so the HTML part can isolate and
 * escape them; `params` are ours (numbers for plurals, select keys, dates already formatted).
 */
export class MailWords {
  constructor(readonly locale: Locale) {}

  t(key: string, params?: MessageParams): string {
    return formatMessage(this.locale, ['mail'], key, params);
  }

  /** A sentence split into runs, the `user` values marked as a person's words. */
  parts(
    key: string,
    params: MessageParams = {},
    user: Readonly<Record<string, string>> = {},
  ): Inline[] {
    const values = Object.values(user);
    const marked = Object.fromEntries(
      Object.keys(user).map((name, i) => [name, `${OPEN}${i}${CLOSE}`]),
    );
    const text = this.t(key, { ...params, ...marked });
    const out: Inline[] = [];
    let last = 0;
    for (const match of text.matchAll(MARK)) {
      if (match.index > last) out.push(text.slice(last, match.index));
      out.push({ user: values[Number(match[1])] });
      last = match.index + match[0].length;
    }
    if (last < text.length) out.push(text.slice(last));
    return out;
  }

  paragraph(
    key: string,
    params?: MessageParams,
    user?: Readonly<Record<string, string>>,
  ): MailBlock {
    return { kind: 'paragraph', parts: this.parts(key, params, user) };
  }

  /** A long date in the reader's language, in UTC (deadlines are days, not instants). */
  day(isoDay: string): string {
    return new Intl.DateTimeFormat(INTL_LOCALE[this.locale], {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${isoDay.slice(0, 10)}T00:00:00Z`));
  }
}

const INTL_LOCALE: Record<Locale, string> = {
  fr: 'fr-FR',
  en: 'en-GB',
  pt: 'pt-PT',
  ar: 'ar',
};

/** Plain text of a run list: a person's words as written, a link's address on its own line. */
export function plainText(parts: readonly Inline[]): string {
  return parts
    .map((p) =>
      typeof p === 'string'
        ? p
        : 'user' in p
          ? p.user
          : p.text === p.href
            ? p.href
            : `${p.text}\n${p.href}\n`,
    )
    .join('')
    .trimEnd();
}
