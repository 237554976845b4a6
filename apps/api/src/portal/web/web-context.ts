import type {} from '@fastify/cookie';
import type {} from '@fastify/csrf-protection';
import type {} from '@fastify/view';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '@app/identity';
import { commonMessages } from '../messages';
import { assetUrl } from './assets';
import { isolate, isolatingTranslator } from './bidi';
import { ALL_MESSAGES } from '../messages';
import { languagesOf, translator, type MessageCatalogue, type Translate } from './i18n';
import {
  DEFAULT_UI_LANGUAGE,
  directionOf,
  isUiLanguage,
  LANGUAGE_COOKIE,
  LANGUAGE_NAMES,
  resolveLanguage,
  type UiLanguage,
} from './language';

const FLASH_COOKIE = 'passerelle_flash';
const FLASH_KEY = /^[A-Za-z0-9._-]{1,80}$/;
const YEAR_SECONDS = 365 * 24 * 3600;

export interface PageMeta {
  /** The <title>, without the site name (added by the layout). */
  readonly title: string;
  /** The title is a person's words (an offer's title, a name): the <title> isolates it. */
  readonly titleIsContent?: boolean;
  readonly description?: string;
  /** Open Graph: type (website, article) and an absolute canonical path. */
  readonly ogType?: string;
  readonly canonicalPath?: string;
  /** Pages that must not be indexed (forms, private spaces). */
  readonly noindex?: boolean;
  /** Other forms of this page (`<link rel="alternate">`): its Atom feed. */
  readonly alternates?: ReadonlyArray<{ type: string; href: string; title: string }>;
  /** schema.org data of the page, already made safe by `jsonLdScriptContent`. */
  readonly jsonLd?: string;
  /** Reload the page every so many seconds (a job's progress, without any script). */
  readonly refreshSeconds?: number;
}

export interface RenderOptions {
  readonly status?: number;
}

type PortalRequest = FastifyRequest & { user?: AuthenticatedUser };

let publicUrl = '';
/** The site's public address (PUBLIC_URL), for canonical and Open Graph links. */
export function setPublicUrl(url: string): void {
  publicUrl = url.replace(/\/$/, '');
}
export function absoluteUrl(path: string): string {
  return `${publicUrl}${path}`;
}

/**
 * Everything a page handler needs about the request it serves: language, the signed-in
 * person, translations, CSRF token, flash message, and how to answer (render/redirect).
 */
export class WebContext {
  readonly lang: UiLanguage;
  /** The languages this page can be read in (the switch offers these). */
  readonly languages: readonly UiLanguage[];
  readonly dir: 'ltr' | 'rtl';
  readonly user: AuthenticatedUser | undefined;
  readonly t: Translate;
  /** Path and query of this request, for `next=` links and the language switch. */
  readonly path: string;
  private readonly flashKey: string | undefined;
  private csrfToken: string | undefined;

  constructor(
    readonly request: FastifyRequest,
    readonly reply: FastifyReply,
    catalogues: readonly MessageCatalogue[] = [],
  ) {
    const user = (request as PortalRequest).user;
    const query = request.query as Record<string, unknown> | undefined;
    this.user = user;
    const sources = [...catalogues, commonMessages];
    this.languages = languagesOf(sources);
    const wanted = resolveLanguage({
      query: query?.lang,
      cookie: request.cookies?.[LANGUAGE_COOKIE],
      preferred: user?.preferredLanguage,
      acceptLanguage: headerOf(request, 'accept-language'),
    });
    // Portuguese and Arabic only where the whole page is translated; French otherwise.
    this.lang = this.languages.includes(wanted) ? wanted : DEFAULT_UI_LANGUAGE;
    // The switch is a plain link (?lang=en): remember the choice for the next pages.
    if (isUiLanguage(query?.lang) && request.cookies?.[LANGUAGE_COOKIE] !== query.lang) {
      reply.setCookie(LANGUAGE_COOKIE, query.lang, {
        path: '/',
        maxAge: YEAR_SECONDS,
        sameSite: 'lax',
        secure: true,
        httpOnly: true,
      });
    }
    this.dir = directionOf(this.lang);
    this.t = translator(this.lang, sources);
    this.path = request.url;
    const flash = request.cookies?.[FLASH_COOKIE];
    this.flashKey = flash && FLASH_KEY.test(flash) ? flash : undefined;
  }

  /**
   * The page a reader is looking at: this URL for a GET; for a form answered in place
   * (errors shown after a POST), the page the form was on, so the language switch
   * goes back to a page rather than to a form action.
   */
  pagePath(): string {
    if (this.request.method === 'GET') return this.path;
    const referer = this.request.headers.referer;
    if (typeof referer === 'string') {
      try {
        const url = new URL(referer);
        if (url.host === this.request.headers.host) return `${url.pathname}${url.search}`;
      } catch {
        // not a URL: fall through
      }
    }
    return '/';
  }

  /**
   * The CSRF token for every form of this page (the secret lives in an httpOnly cookie).
   * One per request: a browser without the cookie yet would otherwise get a new secret per
   * form, and only the last one would be kept.
   */
  csrf(): string {
    this.csrfToken ??= this.reply.generateCsrf({
      httpOnly: true,
      sameSite: 'lax',
      secure: true,
      path: '/',
    });
    return this.csrfToken;
  }

  /** Renders `views/<view>.eta` inside the layout and sends it. */
  async render(
    view: string,
    meta: PageMeta,
    data: Record<string, unknown> = {},
    options: RenderOptions = {},
  ): Promise<void> {
    // A flash is set by one section and shown by whichever page comes next.
    const flash = this.flashKey ? translator(this.lang, ALL_MESSAGES)(this.flashKey) : undefined;
    if (this.flashKey) this.reply.clearCookie(FLASH_COOKIE, { path: '/' });
    const root: Record<string, unknown> = {
      ...data,
      web: this,
      t: this.t,
      tb: isolatingTranslator(this.t),
      lang: this.lang,
      dir: this.dir,
      user: this.user,
      meta: {
        ...meta,
        canonicalUrl: meta.canonicalPath ? absoluteUrl(meta.canonicalPath) : undefined,
      },
      flash,
      asset: assetUrl,
      pageLanguages: this.languages,
      languageNames: LANGUAGE_NAMES,
      switchUrl: (lang: string) => withQuery(this.pagePath(), { lang }),
      csrf: () => this.csrf(),
      isolate,
    };
    // Partials see the page's data merged into theirs (Eta's include); this lets them tell
    // an option they were given from one they inherited.
    root.__page = root;
    const html = await this.reply.viewAsync(view, root);
    // Pages may show personal data: never cached by shared caches.
    if (!this.reply.hasHeader('cache-control')) {
      this.reply.header('cache-control', this.user ? 'private, no-store' : 'no-cache');
    }
    this.reply
      .status(options.status ?? 200)
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-language', this.lang)
      .send(html);
  }

  /** Post/redirect/get: 303 to a local path, with an optional one-time message key. */
  redirect(path: string, flashKey?: string): void {
    if (flashKey && FLASH_KEY.test(flashKey)) {
      this.reply.setCookie(FLASH_COOKIE, flashKey, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: true,
        maxAge: 60,
      });
    }
    this.reply.status(303).header('location', safeLocalPath(path)).send();
  }
}

/** `@Web(catalogue…)`: the WebContext of the page, translating with these catalogues first. */
export const Web = createParamDecorator(
  (
    catalogues: MessageCatalogue | readonly MessageCatalogue[] | undefined,
    context: ExecutionContext,
  ): WebContext => {
    const http = context.switchToHttp();
    const list =
      catalogues === undefined ? [] : Array.isArray(catalogues) ? catalogues : [catalogues];
    return new WebContext(
      http.getRequest<FastifyRequest>(),
      http.getResponse<FastifyReply>(),
      list as readonly MessageCatalogue[],
    );
  },
);

/** Only same-site paths: `next=` values from the query must not send people elsewhere. */
export function safeLocalPath(candidate: unknown, fallback = '/'): string {
  if (typeof candidate !== 'string') return fallback;
  if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) {
    return fallback;
  }
  if (/[\r\n\t]/.test(candidate)) return fallback;
  return candidate;
}

/** Sets (or removes, with undefined) query parameters on a path. */
export function withQuery(path: string, params: Record<string, string | undefined>): string {
  const url = new URL(path, 'http://local');
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === '') url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  return `${url.pathname}${url.search}`;
}

function headerOf(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}
