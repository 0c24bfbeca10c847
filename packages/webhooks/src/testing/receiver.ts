import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  remoteAddress: string | undefined;
  /** TLS server name the client asked for (https receivers). */
  servername?: string | false | undefined;
}

export interface Receiver {
  port: number;
  /** http(s)://127.0.0.1:<port> */
  origin: string;
  requests: ReceivedRequest[];
  /** TCP connections accepted, requests or not. */
  connections: number;
  close(): Promise<void>;
}

type Handler = (req: ReceivedRequest, res: http.ServerResponse) => void;

/** A real HTTP(S) receiver on 127.0.0.1 that records every request and answers with `handler`. */
export async function startReceiver(
  handler: Handler = (_req, res) => res.end("ok"),
  tls?: { key: string; cert: string },
): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const received: ReceivedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        remoteAddress: req.socket.remoteAddress,
        servername: (req.socket as { servername?: string | false }).servername,
      };
      requests.push(received);
      handler(received, res);
    });
  };
  const server = tls
    ? https.createServer({ key: tls.key, cert: tls.cert }, listener)
    : http.createServer(listener);
  const state = { connections: 0 };
  server.on("connection", () => {
    state.connections++;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `${tls ? "https" : "http"}://127.0.0.1:${port}`,
    requests,
    get connections() {
      return state.connections;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
