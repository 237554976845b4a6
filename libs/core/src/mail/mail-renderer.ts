import { directionOf, LOCALES, type Locale } from '../i18n/locale';
import { formatMessage } from '../i18n/messages';
import { escapeHtml } from '../http/escape-html';
import type { MailMessage } from './mailer';
import { plainText, type Inline, type MailBlock, type MailContent } from './mail-content';

/**
 * One layout for every e-mail: header with the site name, the body, a call-to-action button,
 * and a footer saying why the reader gets it, the same page in the other languages and, for
 * alerts and reminders, how to stop them. MJML makes the HTML responsive and safe for mail
 * clients; the text part is written from the same blocks, so both always say the same thing.
 */

/** Each language's name in itself, for the language links. */
const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  fr: 'Français',
  en: 'English',
  pt: 'Português',
  ar: 'العربية',
};

const SLOT = (name: string) => `%%PASSERELLE_${name}%%`;
const SLOTS = ['TITLE', 'PREVIEW', 'HOME', 'SITE', 'BODY', 'ACTION_URL', 'ACTION_LABEL', 'FOOTER'];

const COLOURS = { brand: '#0b3d6b', link: '#0b5cad', text: '#1f2933', muted: '#4a5563' };

/** The MJML of the layout, with slots (exported for bench/mail/render.mjs). */
export function layoutSource(locale: Locale, withAction: boolean): string {
  const dir = directionOf(locale);
  const align = dir === 'rtl' ? 'right' : 'left';
  const action = withAction
    ? `<mj-button href="${SLOT('ACTION_URL')}" background-color="${COLOURS.link}" color="#ffffff" font-size="16px" font-weight="bold" border-radius="4px" align="${align}" padding="8px 0 0">${SLOT('ACTION_LABEL')}</mj-button>`
    : '';
  return `<mjml lang="${locale}" dir="${dir}">
  <mj-head>
    <mj-title>${SLOT('TITLE')}</mj-title>
    <mj-preview>${SLOT('PREVIEW')}</mj-preview>
    <mj-attributes>
      <mj-all font-family="Arial, Helvetica, sans-serif" />
      <mj-text font-size="16px" line-height="1.5" color="${COLOURS.text}" align="${align}" padding="0" />
    </mj-attributes>
    <mj-style>
      a { color: ${COLOURS.link}; }
      p { margin: 0 0 16px; }
      ul { margin: 0 0 16px; padding-${align}: 20px; padding-${dir === 'rtl' ? 'left' : 'right'}: 0; }
      li { margin: 0 0 8px; }
      blockquote { margin: 0 0 16px; padding: 8px 12px; border-${align}: 4px solid #9aa5b1; background: #f5f7fa; white-space: pre-line; }
    </mj-style>
  </mj-head>
  <mj-body background-color="#eef1f4" width="600px">
    <mj-section background-color="${COLOURS.brand}" padding="16px 24px">
      <mj-column>
        <mj-text color="#ffffff" font-size="20px" font-weight="bold"><a href="${SLOT('HOME')}" style="color:#ffffff;text-decoration:none">${SLOT('SITE')}</a></mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="24px">
      <mj-column>
        <mj-text>${SLOT('BODY')}</mj-text>
        ${action}
      </mj-column>
    </mj-section>
    <mj-section padding="16px 24px">
      <mj-column>
        <mj-text font-size="13px" color="${COLOURS.muted}">${SLOT('FOOTER')}</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}

/** Compiled layouts, per locale and with or without a button: MJML runs once for each. */
const layouts = new Map<string, Promise<string>>();

async function compile(source: string): Promise<string> {
  const { default: mjml2html } = await import('mjml');
  // mjml 5 answers a promise (4 answered the result itself): await covers both.
  const result = await (mjml2html(source, { validationLevel: 'strict' }) as unknown as Promise<{
    html: string;
    errors: readonly { formattedMessage: string }[];
  }>);
  if (result.errors.length)
    throw new Error(`e-mail layout: ${result.errors.map((e) => e.formattedMessage).join('; ')}`);
  return result.html;
}

function layout(locale: Locale, withAction: boolean): Promise<string> {
  const key = `${locale}/${withAction}`;
  let html = layouts.get(key);
  if (!html) {
    html = compile(layoutSource(locale, withAction));
    // A failed compile is not kept: the next e-mail tries again.
    html.catch(() => layouts.delete(key));
    layouts.set(key, html);
  }
  return html;
}

/**
 * Inline styles on what goes into the compiled layout: many mail clients drop <style>, and
 * MJML only inlines what it compiles, not what fills the slots afterwards.
 */
const STYLE = {
  p: 'margin:0 0 16px;',
  ul: 'margin:0 0 16px;padding:0 20px;',
  li: 'margin:0 0 8px;',
  a: `color:${COLOURS.link};`,
  quote: `margin:0 0 16px;padding:8px 12px;border:0 solid #9aa5b1;border-inline-start-width:4px;background:#f5f7fa;white-space:pre-line;`,
};

const user = (text: string) => `<bdi dir="auto">${escapeHtml(text)}</bdi>`;

function inlineHtml(parts: readonly Inline[]): string {
  return parts
    .map((p) =>
      typeof p === 'string'
        ? escapeHtml(p)
        : 'user' in p
          ? user(p.user)
          : `<a href="${escapeHtml(p.href)}" style="${STYLE.a}">${escapeHtml(p.text)}</a>`,
    )
    .join('');
}

function blockHtml(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p style="${STYLE.p}">${inlineHtml(block.parts)}</p>`;
    case 'quote':
      return `<blockquote dir="auto" style="${STYLE.quote}">${escapeHtml(block.text.trim())}</blockquote>`;
    case 'fields':
      return `<ul style="${STYLE.ul}">${block.rows
        .map(
          (r) =>
            `<li style="${STYLE.li}"><strong>${escapeHtml(r.label)}</strong> ${user(r.value)}</li>`,
        )
        .join('')}</ul>`;
    case 'items':
      return `<ul style="${STYLE.ul}">${block.items
        .map(
          (item) =>
            `<li style="${STYLE.li}"><a href="${escapeHtml(item.url)}" style="${STYLE.a}"><bdi dir="auto">${escapeHtml(item.title)}</bdi></a>` +
            (item.by ? ` — ${user(item.by)}` : '') +
            item.details.map((d) => `<br>${inlineHtml(d)}`).join('') +
            `</li>`,
        )
        .join('')}</ul>`;
  }
}

function blockText(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return plainText(block.parts);
    case 'quote':
      return block.text
        .replace(/\r\n?/g, '\n')
        .trim()
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>'))
        .join('\n');
    case 'fields':
      return block.rows.map((r) => `- ${r.label} ${r.value}`).join('\n');
    case 'items':
      return block.items
        .map((item) =>
          [
            `• ${item.title}${item.by ? ` — ${item.by}` : ''}`,
            ...item.details.map((d) => `  ${plainText(d)}`),
            `  ${item.url}`,
          ].join('\n'),
        )
        .join('\n\n');
  }
}

/** The same page in another language: the portal honours ?lang= and remembers it. */
export function withLanguage(url: string, locale: Locale): string {
  const parsed = new URL(url);
  parsed.searchParams.set('lang', locale);
  return parsed.toString();
}

/** "Label :" in French, "Label:" elsewhere. */
function labelled(locale: Locale, label: string): string {
  return formatMessage(locale, ['mail'], 'layout.label', { label });
}

function footer(content: MailContent): { html: string; text: string } {
  const t = (key: string) => formatMessage(content.locale, ['mail'], key);
  const others = LOCALES.filter((l) => l !== content.locale).map((l) => ({
    locale: l,
    name: LANGUAGE_NAMES[l],
    url: withLanguage(content.target, l),
  }));
  const languages = t('layout.languages');
  const html = [
    `<p style="${STYLE.p}">${inlineHtml(content.reason)}</p>`,
    `<p style="${STYLE.p}">${escapeHtml(languages)} ${others
      .map(
        (o) =>
          `<a href="${escapeHtml(o.url)}" lang="${o.locale}" hreflang="${o.locale}" dir="${directionOf(o.locale)}" style="${STYLE.a}">${o.name}</a>`,
      )
      .join(' · ')}</p>`,
    content.unsubscribe
      ? `<p style="${STYLE.p}"><a href="${escapeHtml(content.unsubscribe.url)}" style="${STYLE.a}">${escapeHtml(content.unsubscribe.label)}</a></p>`
      : '',
  ].join('');
  const text = [
    plainText(content.reason),
    `${languages}\n${others.map((o) => `${labelled(content.locale, o.name)} ${o.url}`).join('\n')}`,
    ...(content.unsubscribe
      ? [`${labelled(content.locale, content.unsubscribe.label)}\n${content.unsubscribe.url}`]
      : []),
  ].join('\n\n');
  return { html, text };
}

/** Replaces each slot once, with a function so `$` in a value stays itself. */
function fill(html: string, values: Readonly<Record<string, string>>): string {
  return html.replace(/%%PASSERELLE_([A-Z_]+)%%/g, (slot, name: string) =>
    SLOTS.includes(name) ? (values[name] ?? '') : slot,
  );
}

export interface RenderedMail {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

/** The e-mail as HTML (the shared layout) and plain text, in `content.locale`. */
export async function renderMail(content: MailContent): Promise<RenderedMail> {
  const site = formatMessage(content.locale, ['mail'], 'layout.site');
  const home = new URL('/', content.target).toString();
  const foot = footer(content);
  const html = fill(await layout(content.locale, content.action !== undefined), {
    TITLE: escapeHtml(content.subject),
    PREVIEW: escapeHtml(content.preview ?? ''),
    HOME: escapeHtml(withLanguage(home, content.locale)),
    SITE: escapeHtml(site),
    BODY: content.blocks.map(blockHtml).join(''),
    ACTION_URL: escapeHtml(content.action?.url ?? ''),
    ACTION_LABEL: escapeHtml(content.action?.label ?? ''),
    FOOTER: foot.html,
  });
  const text = [
    ...content.blocks.map(blockText),
    ...(content.action
      ? [`${labelled(content.locale, content.action.label)}\n${content.action.url}`]
      : []),
    `— ${site}`,
    '----',
    foot.text,
  ].join('\n\n');
  return { subject: content.subject, html, text: `${text}\n` };
}

/** renderMail as a message for the Mailer; an unsubscribe link is also List-Unsubscribe. */
export async function mailMessage(
  to: string,
  content: MailContent,
  headers: Readonly<Record<string, string>> = {},
): Promise<MailMessage> {
  const { subject, html, text } = await renderMail(content);
  const all: Record<string, string> = { ...headers };
  // RFC 2369. The RFC 8058 one-click POST (List-Unsubscribe-Post) needs the API to accept
  // form-encoded bodies first; until then mail clients open the link (GET).
  if (content.unsubscribe) all['List-Unsubscribe'] = `<${content.unsubscribe.url}>`;
  return { to, subject, html, text, ...(Object.keys(all).length ? { headers: all } : {}) };
}
