import type { TestApp } from './test-app';

export interface PageResponse {
  readonly status: number;
  readonly body: string;
  readonly headers: Record<string, string | string[] | number | undefined>;
  /** The Location header of a redirect, else undefined. */
  readonly location: string | undefined;
}

type Form = Record<string, string | number | boolean | readonly string[] | undefined>;

/**
 * A browser-like client for the HTML pages over app.inject: keeps cookies, sends
 * Accept: text/html, posts url-encoded forms with the CSRF token of the last page seen.
 */
export class BrowserSession {
  private readonly jar = new Map<string, string>();
  private lastCsrf: string | undefined;

  constructor(
    private readonly t: TestApp,
    private readonly language = 'fr',
  ) {}

  get cookies(): Readonly<Record<string, string>> {
    return Object.fromEntries(this.jar);
  }

  /** Signs in through the sign-in API (sets the same httpOnly cookies as the page does). */
  async signIn(email: string, password: string): Promise<this> {
    const res = await this.t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email, password },
    });
    if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.payload}`);
    this.keep(res.cookies);
    return this;
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<PageResponse> {
    const res = await this.t.app.inject({
      method: 'GET',
      url,
      headers: { accept: 'text/html', 'accept-language': this.language, ...headers },
      cookies: this.cookies,
    });
    this.keep(res.cookies);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1];
    if (csrf) this.lastCsrf = csrf;
    return toPage(res);
  }

  /**
   * Posts a form like a browser (urlencoded, repeated names for arrays). The CSRF token
   * is the one of the last page fetched unless `_csrf` is given (use '' to send none).
   */
  async post(url: string, form: Form = {}): Promise<PageResponse> {
    const body = new URLSearchParams();
    const withToken: Form = { _csrf: this.lastCsrf, ...form };
    for (const [name, value] of Object.entries(withToken)) {
      if (value === undefined) continue;
      if (Array.isArray(value)) for (const v of value) body.append(name, String(v));
      else body.append(name, String(value));
    }
    const res = await this.t.app.inject({
      method: 'POST',
      url,
      headers: {
        accept: 'text/html',
        'accept-language': this.language,
        'content-type': 'application/x-www-form-urlencoded',
      },
      cookies: this.cookies,
      payload: body.toString(),
    });
    this.keep(res.cookies);
    return toPage(res);
  }

  /** Fetches `page` (for its CSRF token), then posts `form` to `action` (default: the page). */
  async submit(page: string, form: Form, action = page): Promise<PageResponse> {
    const shown = await this.get(page);
    if (shown.status !== 200) throw new Error(`GET ${page} answered ${shown.status}`);
    return this.post(action, form);
  }

  private keep(
    cookies: readonly { name: string; value: string; maxAge?: number; expires?: Date }[],
  ) {
    for (const c of cookies) {
      const expired =
        c.maxAge === 0 || (c.expires !== undefined && c.expires.getTime() < Date.now());
      if (expired || c.value === '') this.jar.delete(c.name);
      else this.jar.set(c.name, c.value);
    }
  }
}

function toPage(res: {
  statusCode: number;
  body: string;
  headers: Record<string, string | string[] | number | undefined>;
}): PageResponse {
  const location = res.headers.location;
  return {
    status: res.statusCode,
    body: res.body,
    headers: res.headers,
    location: typeof location === 'string' ? location : undefined,
  };
}

/** Text of the page without tags, whitespace collapsed: for readable `toContain` checks. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
