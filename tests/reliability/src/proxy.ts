import net from "node:net";

/**
 * A TCP proxy on 127.0.0.1 in front of a real server (Postgres, Redis). `cut()` is what a restart of that
 * server looks like to its clients: every open connection is torn down and new ones are refused (nothing
 * listens) until `restore()`. The real server, shared with every other test file, is never touched.
 */
export class TcpProxy {
  private server: net.Server | null = null;
  private readonly open = new Set<net.Socket>();
  private listenPort = 0;
  /** Connections accepted so far. */
  accepted = 0;
  /** Connections torn down by cuts. */
  severed = 0;
  /** Times the proxy was cut. */
  cuts = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  get port(): number {
    return this.listenPort;
  }

  get isUp(): boolean {
    return this.server !== null;
  }

  /** Starts listening (on a free port the first time, on the same port after a cut). */
  async start(): Promise<number> {
    if (this.server) return this.listenPort;
    const server = net.createServer((client) => this.accept(client));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ host: "127.0.0.1", port: this.listenPort }, () => {
        server.off("error", reject);
        resolve();
      });
    });
    this.listenPort = (server.address() as net.AddressInfo).port;
    this.server = server;
    return this.listenPort;
  }

  private accept(client: net.Socket): void {
    this.accepted++;
    const upstream = net.connect({ host: this.target.host, port: this.target.port });
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    this.open.add(client);
    this.open.add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
      this.open.delete(client);
      this.open.delete(upstream);
    };
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
    client.pipe(upstream);
    upstream.pipe(client);
  }

  /** Like a server restart: tears down every connection and refuses new ones until restore(). */
  async cut(): Promise<void> {
    this.cuts++;
    const server = this.server;
    this.server = null;
    // Stop listening first (new connections are refused), then sever the open ones; close() resolves once
    // the last accepted connection is gone.
    const closed = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
    for (const socket of this.open) {
      this.severed++;
      socket.destroy();
    }
    this.open.clear();
    await closed;
  }

  /** The server is back: connections are accepted again, on the same port. */
  async restore(): Promise<void> {
    await this.start();
  }

  /** Host:port URL of the proxy for a given upstream URL (same credentials, database and options). */
  urlFor(upstreamUrl: string): string {
    const u = new URL(upstreamUrl);
    u.hostname = "127.0.0.1";
    u.port = String(this.listenPort);
    return u.toString();
  }

  async close(): Promise<void> {
    await this.cut();
  }
}

/** The host and port of a postgres:// or redis:// URL. */
export function hostPortOf(url: string, defaultPort: number): { host: string; port: number } {
  const u = new URL(url);
  return { host: u.hostname || "127.0.0.1", port: Number(u.port || defaultPort) };
}
