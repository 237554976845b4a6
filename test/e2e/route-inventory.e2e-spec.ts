import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { IS_PUBLIC } from '@app/identity';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * The reviewed list of routes anyone may call without signing in. A new public route
 * fails this test until it is added here on purpose, in a reviewed change.
 */
const PUBLIC_ROUTES = [
  'GET /health/live',
  'GET /health/ready',
  'POST /api/v1/auth/password-reset/confirm',
  'POST /api/v1/auth/password-reset/request',
  'POST /api/v1/auth/refresh',
  'POST /api/v1/auth/sign-in',
  'POST /api/v1/auth/sign-out',
  'POST /api/v1/auth/sign-up',
  'POST /api/v1/auth/verify-email',
  // An organisation's public page: public profile fields and the verified badge only.
  'GET /api/v1/public/organisations/:idOrSlug',
  // Verified organisations (page, or partner sync with tombstones): public fields only.
  'GET /api/v1/public/organisations',
  // Taxonomy and reference code lists: read-only, no personal data.
  'GET /api/v1/taxonomy',
  'GET /api/v1/reference/countries',
  'GET /api/v1/reference/languages',
  'GET /api/v1/reference/currencies',
  // Published offers only (drafts, pending revisions and moderation fields never leave).
  'GET /api/v1/offers',
  'GET /api/v1/offers/:idOrSlug',
  // Search over published offers.
  'GET /api/v1/search',
  'GET /api/v1/search/suggest',
  // E-mail alerts without an account: rate-limited per IP and per address, same answer for any
  // address, nothing sent but a confirmation until its single-use 48 h link is followed.
  'POST /api/v1/alerts',
  'POST /api/v1/alerts/confirm',
  // The one-click unsubscribe link of every alert e-mail: an HMAC-signed, single-purpose token
  // naming one saved search; it can only turn that search's alerts off.
  'GET /api/v1/alerts/unsubscribe',
  // Pages renew an expired access token through the path-limited refresh cookie, then go back
  // (local paths only).
  'GET /api/v1/auth/web-refresh',
  // The same for a form post: 307 back, so the browser posts the form again.
  'POST /api/v1/auth/web-refresh',
  // The public site: home, search, published offers and organisations, sitemap. Every POST of a
  // page below is CSRF-checked (PortalController) and mirrors a public API route above.
  'GET /',
  'GET /recherche',
  'GET /offres/:slug',
  // The offer's "apply" link: counts the click, then 302 to the offer's own http(s) link only.
  'GET /offres/:slug/postuler',
  'GET /organisations/:slug',
  'GET /robots.txt',
  'GET /sitemap.xml',
  // Open data: published offers of verified organisations only, with the public profile of
  // their organisation and the offer's own public contact (HSDS 3.0, data package, CSV).
  'GET /api/v1/open-data/hsds.zip',
  'GET /api/v1/open-data/hsds/services',
  'GET /api/v1/open-data/hsds/services/:id',
  'GET /api/v1/open-data/offers.csv',
  'GET /donnees-ouvertes',
  // The search page's results as Atom and iCalendar feeds: the same public search, no session.
  'GET /recherche.atom',
  'GET /recherche.ics',
  // The calendar of an entrepreneur's saved offers, for calendar apps that cannot sign in: the
  // secret, revocable token in the path is the only key (stored hashed; unknown or revoked → 404).
  'GET /calendrier/favoris/:token',
  // Sign-up, sign-in, sign-out, password reset, address confirmation: the pages of the public
  // auth routes, rate-limited in the same buckets. Links from e-mails only show a button (GET
  // never consumes a token).
  'GET /connexion',
  'POST /connexion',
  'POST /deconnexion',
  'GET /inscription',
  'POST /inscription',
  'GET /inscription/confirmation',
  'GET /mot-de-passe-oublie',
  'POST /mot-de-passe-oublie',
  'GET /mot-de-passe-oublie/envoye',
  'GET /reset-password',
  'POST /reset-password',
  'GET /verify-email',
  'POST /verify-email',
  'GET /verify-email/confirmee',
  // An invitation link shows which organisation invites; accepting it needs a session.
  'GET /invitations/accept',
  // E-mail alerts without an account, their confirmation and unsubscribe pages (the same
  // signed single-purpose tokens as the API routes).
  'GET /alertes',
  'POST /alertes',
  'GET /alertes/envoyee',
  'GET /alertes/confirmer',
  'POST /alertes/confirmer',
  'GET /alertes/desabonner',
  'POST /alertes/desabonner',
  // Stop links of deadline reminder e-mails: a signed token naming one account (and offer);
  // the GET only shows a button.
  'GET /rappels/arreter',
  'POST /rappels/arreter',
].sort();

interface Route {
  readonly method: string;
  readonly path: string;
  readonly isPublic: boolean;
}

function listRoutes(t: TestApp): Route[] {
  const reflector = t.app.get(Reflector);
  const routes: Route[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | undefined;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const sub = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
        const path = `/${[base, sub].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/');
        const isPublic =
          reflector.getAllAndOverride<boolean>(IS_PUBLIC, [handler as () => void, controller]) ===
          true;
        routes.push({ method: RequestMethod[method], path, isPublic });
      }
    }
  }
  return routes;
}

describe('route inventory', () => {
  let t: TestApp;
  let routes: Route[];
  beforeAll(async () => {
    // With a metrics token, so that GET /metrics (a machine's route) is under review too.
    t = await createTestApp({
      env: { METRICS_TOKEN: 'a-metrics-token-of-at-least-32-characters' },
    });
    routes = listRoutes(t);
  });
  afterAll(() => t.close());

  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThan(20);
  });

  it('keeps /metrics private: it opens only with the metrics token', () => {
    expect(routes).toContainEqual({ method: 'GET', path: '/metrics', isPublic: false });
  });

  it('public routes are exactly the reviewed list', () => {
    const publicRoutes = routes.filter((r) => r.isPublic).map((r) => `${r.method} ${r.path}`);
    expect(publicRoutes.sort()).toEqual(PUBLIC_ROUTES);
  });

  it('every other route answers 401 problem+json without a token', async () => {
    const privateRoutes = routes.filter((r) => !r.isPublic);
    for (const route of privateRoutes) {
      const url = route.path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
      const res = await t.app.inject({
        method: route.method as 'GET',
        url,
        payload: route.method === 'GET' ? undefined : {},
      });
      expect({ route: `${route.method} ${route.path}`, status: res.statusCode }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 401,
      });
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('every private page sends a browser to sign in, and back', async () => {
    const pages = routes.filter((r) => !r.isPublic && !/^\/(api\/|health\/|metrics$)/.test(r.path));
    expect(pages.length).toBeGreaterThan(10);
    for (const route of pages) {
      const url = route.path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
      const res = await t.app.inject({
        method: route.method as 'GET',
        url,
        headers: {
          accept: 'text/html',
          ...(route.method === 'GET'
            ? {}
            : { 'content-type': 'application/x-www-form-urlencoded' }),
        },
        payload: route.method === 'GET' ? undefined : '',
      });
      expect({ route: `${route.method} ${route.path}`, status: res.statusCode }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 303,
      });
      expect(String(res.headers.location)).toMatch(/^\/connexion\?next=/);
    }
  });
});
