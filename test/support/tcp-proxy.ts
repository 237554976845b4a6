import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy between an app and the test PostgreSQL, to take the database away and give it
 * back at a moment the test chooses, without touching the server every test file shares.
 * `cut()` drops every connection and refuses new ones (a server that went away), `stall()`
 * accepts connections and never answers (a server that hangs), `restore()` lets them through
 * again on the same port.
 */
export class TcpProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private mode: 'forward' | 'stall' = 'forward';
  private port = 0;

  private constructor(private readonly target: { host: string; port: number }) {}

  /** Listens on a free port in front of `host:port`. */
  static async to(host: string, port: number): Promise<TcpProxy> {
    const proxy = new TcpProxy({ host, port });
    await proxy.listen();
    return proxy;
  }

  /** `url` with its host and port replaced by the proxy's. */
  route(url: string): string {
    const routed = new URL(url);
    routed.hostname = '127.0.0.1';
    routed.port = String(this.port);
    return routed.toString();
  }

  async cut(): Promise<void> {
    await this.close();
  }

  async stall(): Promise<void> {
    this.mode = 'stall';
    this.dropConnections();
    if (!this.server) await this.listen();
  }

  async restore(): Promise<void> {
    this.mode = 'forward';
    this.dropConnections();
    if (!this.server) await this.listen();
  }

  async stop(): Promise<void> {
    await this.close();
  }

  private listen(): Promise<void> {
    const server = createServer((client) => this.accept(client));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => {
        const address = server.address();
        if (typeof address === 'object' && address) this.port = address.port;
        resolve();
      });
    });
  }

  private accept(client: Socket): void {
    this.track(client);
    if (this.mode === 'stall') return; // read nothing, answer nothing
    const upstream = connect(this.target.port, this.target.host);
    this.track(upstream);
    client.pipe(upstream).pipe(client);
    const drop = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
  }

  private dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  private async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.dropConnections();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
