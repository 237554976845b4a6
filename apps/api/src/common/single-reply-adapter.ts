import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply } from 'fastify';

const ANSWERING = Symbol('passerelle.answering');

/**
 * Nest sends a handler's return value once the handler has run. Page handlers answer
 * themselves (`WebContext.render`, redirects): Nest then sent `undefined` a second time, and
 * while an asynchronous onSend hook (compression) was still working on the first answer,
 * Fastify accepted that second send and the body went out empty. Here, once a reply has
 * started sending, Nest's own send is skipped.
 */
export class SingleReplyFastifyAdapter extends FastifyAdapter {
  /** Marks each reply as soon as its first send starts (register before other onSend hooks). */
  markSends(fastify: FastifyInstance): void {
    fastify.addHook('onSend', (_request, reply, payload, done) => {
      (reply as unknown as Record<symbol, boolean>)[ANSWERING] = true;
      done(null, payload);
    });
  }

  override reply(
    response: Parameters<FastifyAdapter['reply']>[0],
    body: unknown,
    statusCode?: number,
  ): FastifyReply {
    if ((response as unknown as Record<symbol, boolean>)[ANSWERING])
      return response as FastifyReply;
    return super.reply(response, body, statusCode);
  }
}
