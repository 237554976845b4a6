import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ACCESS_COOKIE, isPartnerApiKey, REFRESH_COOKIE } from '@app/identity';

export interface HttpCachingOptions {
  /** max-age of public API answers, in seconds. */
  readonly publicMaxAgeSeconds: number;
}

/**
 * Validators and cache rules for every successful GET, in one onSend hook registered before
 * compression (so it hashes the body once, as the handler made it, and a 304 is never
 * compressed):
 * - An answer the handler already marked `no-store` (a signed-in page, a token) is left alone.
 * - An answer for a signed-in caller (session cookie or access token; a partner API key does
 *   not count, it reads only public data) or one that sets a cookie becomes
 *   `private, no-store`, without an ETag: nothing personal is kept by any cache.
 * - Otherwise the answer gets an ETag and, for the API, `public, max-age=N`
 *   (pages keep their own `no-cache`: they embed a per-visitor form token). A request whose
 *   If-None-Match matches gets 304 with no body.
 *
 * The ETag is weak (`W/"…"`): it is a hash of the body before content-coding, and the same
 * body goes out as br, gzip or identity. A strong validator must differ per encoding
 * (RFC 9110 §8.8.1); a weak one states "same content", which is what we know, and
 * If-None-Match uses the weak comparison anyway.
 */
export function registerHttpCaching(fastify: FastifyInstance, options: HttpCachingOptions): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      reply.statusCode !== 200 ||
      (typeof payload !== 'string' && !Buffer.isBuffer(payload))
    ) {
      done(null, payload);
      return;
    }
    const given = String(reply.getHeader('cache-control') ?? '');
    if (/no-store/i.test(given)) {
      done(null, payload);
      return;
    }
    if (isSignedIn(request) || reply.hasHeader('set-cookie')) {
      reply.header('cache-control', 'private, no-store');
      done(null, payload);
      return;
    }
    if (!given) reply.header('cache-control', defaultCacheControl(request, options));
    // The same URL answers a signed-in caller differently (e.g. an offer with its eligibility
    // verdict): a cache keyed on the URL alone must not hand this copy to them.
    if (request.url.startsWith('/api/')) addVary(reply, 'Authorization', 'Cookie');
    const etag = weakEtag(payload);
    reply.header('etag', etag);
    if (matches(request.headers['if-none-match'], etag)) {
      reply.code(304);
      reply.removeHeader('content-length');
      reply.removeHeader('content-type');
      done(null, '');
      return;
    }
    done(null, payload);
  });
}

function defaultCacheControl(request: FastifyRequest, options: HttpCachingOptions): string {
  const path = request.url.split('?', 1)[0];
  // Probes and live counters must never be served from a cache.
  if (path.startsWith('/health') || path.startsWith('/metrics')) return 'no-store';
  if (path.startsWith('/api/')) return `public, max-age=${options.publicMaxAgeSeconds}`;
  return 'no-cache';
}

/** A session (cookie) or an access token; a partner API key reads public data only. */
function isSignedIn(request: FastifyRequest): boolean {
  const cookies = (request as FastifyRequest & { cookies?: Record<string, string | undefined> })
    .cookies;
  if (cookies?.[ACCESS_COOKIE] || cookies?.[REFRESH_COOKIE]) return true;
  const authorization = request.headers.authorization;
  if (typeof authorization !== 'string' || authorization.trim() === '') return false;
  const token = /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
  return !(token && isPartnerApiKey(token));
}

function addVary(reply: FastifyReply, ...names: string[]): void {
  const current = String(reply.getHeader('vary') ?? '');
  const have = new Set(
    current
      .split(',')
      .map((v) => v.trim().toLowerCase())
      .filter(Boolean),
  );
  const missing = names.filter((n) => !have.has(n.toLowerCase()));
  if (missing.length) reply.header('vary', [current, ...missing].filter(Boolean).join(', '));
}

export function weakEtag(payload: string | Buffer): string {
  return `W/"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;
}

/** If-None-Match with the weak comparison (RFC 9110 §13.1.2): `*`, or any listed tag. */
function matches(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return value.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}
