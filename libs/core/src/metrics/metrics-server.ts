import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearerToken, secretMatches } from '../http/bearer-token';
import { metricsRegistry } from './metrics-registry';

export interface MetricsServerOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** When set, scrapes must send it as `Authorization: Bearer`. */
  readonly token?: string;
}

export interface MetricsServerLease {
  /** Where the metrics are served, e.g. `http://127.0.0.1:9464/metrics`. */
  readonly url: string;
  release(): Promise<void>;
}

interface Shared {
  users: number;
  readonly started: Promise<{ server: Server; url: string }>;
}

const servers = new Map<string, Shared>();

/**
 * Serves GET /metrics alone on its own port, apart from the public one. API and worker in
 * one process (`npm start`) ask for the same host and port: they share one server, closed
 * when the last of them releases it.
 */
export async function acquireMetricsServer(
  options: MetricsServerOptions,
): Promise<MetricsServerLease> {
  const key = `${options.host}:${options.port}`;
  let shared = servers.get(key);
  if (!shared) {
    const created: Shared = { users: 0, started: listen(options) };
    created.started.catch(() => servers.get(key) === created && servers.delete(key));
    servers.set(key, created);
    shared = created;
  }
  shared.users++;
  const current = shared;
  const started = await current.started.catch((error: unknown) => {
    current.users--;
    throw error;
  });
  let released = false;
  return {
    url: started.url,
    release: async () => {
      if (released) return;
      released = true;
      if (--current.users > 0) return;
      servers.delete(key);
      await new Promise<void>((resolve, reject) =>
        started.server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

async function listen(options: MetricsServerOptions): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => void serve(request, response, options.token));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return { server, url: `http://${host}:${port}/metrics` };
}

async function serve(request: IncomingMessage, response: ServerResponse, token?: string) {
  const path = (request.url ?? '').split('?')[0];
  if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
    return reply(response, 404, 'Not found\n');
  }
  if (token && !secretMatches(bearerToken(request.headers.authorization), token)) {
    response.setHeader('www-authenticate', 'Bearer');
    return reply(response, 401, 'Unauthorized\n');
  }
  try {
    const body = await metricsRegistry.metrics();
    response.writeHead(200, { 'content-type': metricsRegistry.contentType });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    reply(response, 500, 'Metrics could not be collected\n');
  }
}

function reply(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}
