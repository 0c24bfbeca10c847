// Throughput benchmark: how many getAllMessages pages of 50 messages per second the simulator serves.
// Usage (from packages/graph-sim): npx tsx bench/throughput.ts [seconds=10] [connections=16]
// Page URLs are collected from one simulator process, then replayed against a FRESH process (skiptokens
// carry all state), so pages are generated rather than served from a warm cache.
import { type ChildProcess, spawn } from "node:child_process";
import autocannon from "autocannon";
import { DEMO_APP } from "../src/index";

const seconds = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 16);
const PAGES = 12_000;

interface Server {
  proc: ChildProcess;
  url: string;
  cpuAtStart: number;
  cpuAtExit: Promise<number>;
}

async function startServer(): Promise<Server> {
  // A larger young generation cuts scavenge time for this allocation-heavy workload.
  const extra = process.env.BENCH_NODE_ARGS
    ? process.env.BENCH_NODE_ARGS.split(" ")
    : ["--max-semi-space-size=64"];
  const proc = spawn(
    process.execPath,
    [...extra, "--import", "tsx", new URL("./server.ts", import.meta.url).pathname],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let buf = "";
  let exitCpu: (n: number) => void = () => {};
  const cpuAtExit = new Promise<number>((r) => {
    exitCpu = r;
  });
  const [url, cpuAtStart] = await new Promise<[string, number]>((resolve, reject) => {
    proc.stdout!.on("data", (d: Buffer) => {
      buf += d.toString();
      const m = /(http:\/\/\S+) cpu=(\d+)\n/.exec(buf);
      if (m) resolve([m[1]!, Number(m[2])]);
      const e = /exit cpu=(\d+)\n/.exec(buf);
      if (e) exitCpu(Number(e[1]));
    });
    proc.once("exit", (code) => reject(new Error(`server exited ${code}`)));
  });
  return { proc, url, cpuAtStart, cpuAtExit };
}

async function token(url: string): Promise<string> {
  const tenant = (await (await fetch(`${url}/_sim/tenants/bench`)).json()) as { id: string };
  const res = await fetch(`${url}/${tenant.id}/oauth2/v2.0/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: DEMO_APP.clientId,
      client_secret: DEMO_APP.clientSecret,
      scope: "https://graph.microsoft.com/.default",
    }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

const stop = (p: ChildProcess) =>
  new Promise<void>((r) => {
    p.once("exit", () => r());
    p.kill("SIGTERM");
  });

// 1. Collect distinct page paths (first pages and nextLinks) from a first process.
const a = await startServer();
const tokA = await token(a.url);
const users = (await (await fetch(`${a.url}/_sim/tenants/bench/users`)).json()) as { id: string }[];
const paths: string[] = [];
for (const u of users) {
  let next: string | undefined = `${a.url}/v1.0/users/${u.id}/chats/getAllMessages?$top=50`;
  while (next && paths.length < PAGES) {
    const body = (await (await fetch(next, { headers: { authorization: `Bearer ${tokA}` } })).json()) as {
      value: unknown[];
      "@odata.nextLink"?: string;
    };
    // Only full pages count towards "pages of 50".
    if (body.value.length === 50) paths.push(next.slice(a.url.length));
    next = body["@odata.nextLink"];
  }
  if (paths.length >= PAGES) break;
}
await stop(a.proc);

// 2. Replay them against a fresh process.
const b = await startServer();
const tokB = await token(b.url);
let i = 0;
const result = await autocannon({
  url: b.url,
  connections,
  duration: seconds,
  headers: { authorization: `Bearer ${tokB}` },
  requests: [
    {
      method: "GET",
      setupRequest: (req) => {
        req.path = paths[i++ % paths.length]!;
        return req;
      },
    },
  ],
});
await stop(b.proc);
const serverCpuUs = (await b.cpuAtExit) - b.cpuAtStart;

const ok = result["2xx"];
console.log(
  JSON.stringify(
    {
      distinctPages: paths.length,
      seconds,
      connections,
      requests: result.requests.total,
      non2xx: result.non2xx,
      pagesPerSecond: Math.round(ok / seconds),
      messagesPerSecond: Math.round((ok * 50) / seconds),
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
      throughputMBps: Math.round((result.throughput.average / 1e6) * 10) / 10,
      // Server CPU per page, and the pages/s one fully available core sustains at that cost.
      serverCpuUsPerPage: Math.round(serverCpuUs / ok),
      pagesPerCpuSecond: Math.round((ok * 1e6) / serverCpuUs),
    },
    null,
    2,
  ),
);
