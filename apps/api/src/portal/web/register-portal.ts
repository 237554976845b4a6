import csrfProtection from '@fastify/csrf-protection';
import fastifyStatic from '@fastify/static';
import fastifyView from '@fastify/view';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Eta } from 'eta';
import path from 'node:path';
import { ASSETS_DIR, ASSETS_PREFIX } from './assets';
import { registerSessionRefresh } from './session-refresh';
import { setPublicUrl } from './web-context';

export const VIEWS_DIR = path.join(__dirname, '..', 'views');

/** Templates, static assets, CSRF tokens and session renewal for the HTML pages. */
export async function registerPortal(
  app: NestFastifyApplication,
  options: { production: boolean; publicUrl: string },
): Promise<void> {
  setPublicUrl(options.publicUrl);
  // autoEscape: `<%= %>` escapes HTML; raw output (`<%~ %>`) is only for our own partials.
  const eta = new Eta({ views: VIEWS_DIR, cache: options.production, autoEscape: true });
  await app.register(fastifyView, {
    engine: { eta },
    templates: VIEWS_DIR,
    production: options.production,
  });
  await app.register(fastifyStatic, {
    root: ASSETS_DIR,
    prefix: ASSETS_PREFIX,
    decorateReply: false,
    // URLs carry a content hash (assetUrl), so a year is safe.
    maxAge: '365d',
    immutable: true,
    index: false,
  });
  await app.register(csrfProtection, {
    cookieOpts: { httpOnly: true, sameSite: 'lax', secure: true, path: '/' },
  });
  registerSessionRefresh(app.getHttpAdapter().getInstance());
}
