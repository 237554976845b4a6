import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import type { ModuleMetadata } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { constants as zlib } from 'node:zlib';
import {
  answerClientError,
  assertWellFormedText,
  createLogger,
  parseJsonBody,
  PinoNestLogger,
  runWithRequestContext,
  sendProblem,
  type AppConfig,
} from '@app/core';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { registerHttpCaching } from './common/http-caching';
import { readableOperationId, toOpenApi31 } from './common/openapi-document';
import { SingleReplyFastifyAdapter } from './common/single-reply-adapter';
import { observeHttpRequests } from './metrics/http-metrics';
import { registerPortal } from './portal/web/register-portal';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export interface CreateApiAppOptions {
  readonly config: AppConfig;
  readonly databaseUrl: string;
  readonly logger?: Logger;
  /** Extra modules, for tests that need a probe route. */
  readonly imports?: ModuleMetadata['imports'];
}

/** Builds the HTTP app (not listening yet). Used by `main.ts`, the local launcher and e2e tests. */
export async function createApiApp(options: CreateApiAppOptions): Promise<NestFastifyApplication> {
  const { config } = options;
  const logger = options.logger ?? createLogger({ level: config.LOG_LEVEL, name: 'api' });
  const adapter = new SingleReplyFastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    // Fastify accepts a hop count too; its option type omits it.
    trustProxy: config.TRUST_PROXY as boolean | string[],
    // genReqId reads X-Request-Id itself: kept when well-formed, so traces join up across
    // services; replaced otherwise, so a caller cannot inject text into our logs.
    requestIdHeader: false,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    logger: false,
    // Errors Fastify raises before routing (malformed URL, over-long path parameter).
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) =>
      sendProblem(error, request, reply, logger),
    // Refused by Node's HTTP parser (431 for an oversized request line or headers…).
    clientErrorHandler: answerClientError,
  });
  const fastify = adapter.getInstance();
  adapter.markSends(fastify);
  // Before compression's hook: the ETag hashes the body as made, and a 304 is never compressed.
  registerHttpCaching(fastify, { publicMaxAgeSeconds: config.PUBLIC_CACHE_MAX_AGE_SECONDS });
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    runWithRequestContext(
      {
        requestId: request.id,
        acceptLanguage: request.headers['accept-language'],
      },
      done,
    );
  });
  // No text with NUL or half a surrogate pair goes further (PostgreSQL refuses both): a 400
  // naming the field, whether it came in the path, the query or the body.
  fastify.addHook('preValidation', (request, _reply, done) => {
    try {
      assertWellFormedText({ params: request.params, query: request.query, body: request.body });
    } catch (error) {
      done(error as Error);
      return;
    }
    done();
  });
  observeHttpRequests(fastify);
  fastify.addHook('onResponse', (request, reply, done) => {
    logger.info(
      {
        requestId: request.id,
        method: request.method,
        url: request.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request completed',
    );
    done();
  });

  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({
      config,
      databaseUrl: options.databaseUrl,
      logger,
      imports: options.imports,
    }),
    adapter,
    {
      logger: new PinoNestLogger(logger),
      bufferLogs: false,
      abortOnError: false,
    },
  );
  // JSON bodies: depth bounded before parsing, errors as 400 `CORE.INVALID_JSON` with the reason.
  app.useBodyParser(
    'application/json',
    { bodyLimit: config.BODY_LIMIT_BYTES },
    (_req, body, done) => {
      try {
        done(null, parseJsonBody(body.toString('utf8')));
      } catch (error) {
        done(error as Error, undefined);
      }
    },
  );
  // Pages and JSON shrink 4–6× (the search page from ~44 KB to ~8 KB): it matters on the slow
  // mobile connections many of our users have. Brotli at a low quality keeps the CPU cost of
  // compressing every dynamic answer small.
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(cookie);
  // Uploads (the catalogue import): parsed only by the routes that read them, within IMPORT_MAX_BYTES.
  await app.register(multipart, { limits: { fileSize: config.IMPORT_MAX_BYTES, files: 1 } });
  await registerPortal(app, {
    production: config.NODE_ENV === 'production',
    publicUrl: config.PUBLIC_URL,
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Swagger UI at /api/docs needs inline styles; scripts stay 'self' only, so no
        // inline script or event-handler attribute can run in our pages.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
      },
    },
    // Our own pages see where a form came from (to return to it); other sites see nothing.
    referrerPolicy: { policy: 'same-origin' },
  });
  app.enableCors({
    origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false,
    credentials: true,
    exposedHeaders: ['x-request-id', 'retry-after', 'etag', 'ratelimit', 'ratelimit-policy'],
  });

  const document = toOpenApi31(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Passerelle API')
        .setDescription(
          'Services for African-diaspora entrepreneurs: search, organisations, offers, moderation. ' +
            'Errors are application/problem+json (RFC 9457) with a stable `code`. ' +
            'Partners mirror the public catalogue with `updatedSince`/`cursor` on the public ' +
            'lists (tombstones included), conditional GETs (ETag, If-None-Match) and a ' +
            'read-only API key (X-Api-Key or Bearer) for a higher rate limit; see ' +
            'docs/open-data/sync.md.',
        )
        .setVersion('1')
        .addBearerAuth()
        .addCookieAuth('passerelle_access')
        .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'partnerKey')
        .build(),
      { operationIdFactory: readableOperationId },
    ),
    config.PUBLIC_URL,
  );
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/openapi.json',
  });
  return app;
}
