import { createSimulator, DEMO_APP, DEMO_TENANT, type Simulator, type SimulatorOptions } from "../src/index";

// biome-ignore lint/suspicious/noExplicitAny: untyped Graph JSON in tests
export type Json = any;

export const GRAPH_SCOPE = "https://graph.microsoft.com/.default";

export async function startSim(opts: SimulatorOptions = {}): Promise<{ sim: Simulator; url: string }> {
  const sim = await createSimulator({ seed: 42, ...opts });
  const url = await sim.listen({ port: 0, host: "127.0.0.1" });
  return { sim, url };
}

export async function tokenResponse(
  url: string,
  tenant: string,
  form: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${url}/${tenant}/oauth2/v2.0/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: DEMO_APP.clientId,
      client_secret: DEMO_APP.clientSecret,
      scope: GRAPH_SCOPE,
      ...form,
    }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export async function getToken(
  url: string,
  tenant: string = DEMO_TENANT.tenantId,
  form: Record<string, string> = {},
): Promise<string> {
  const r = await tokenResponse(url, tenant, form);
  if (r.status !== 200) throw new Error(`token failed: ${JSON.stringify(r.body)}`);
  return r.body.access_token as string;
}

export async function graph(url: string, token: string, path: string, init: RequestInit = {}) {
  const res = await fetch(path.startsWith("http") ? path : `${url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
  });
  const text = await res.text();
  let body: Json = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  return { status: res.status, headers: res.headers, body };
}

export async function getJson(u: string): Promise<Json> {
  return (await fetch(u)).json();
}

export interface Drained {
  items: Json[];
  pages: number;
  retries: number;
  shortPages: number;
}

/** Follow nextLinks to the end, retrying 429/5xx, collecting every item. */
export async function drain(url: string, token: string, first: string, maxPages = 10_000): Promise<Drained> {
  let next: string | undefined = first.startsWith("http") ? first : `${url}${first}`;
  const out: Drained = { items: [], pages: 0, retries: 0, shortPages: 0 };
  let top = Number(new URL(next).searchParams.get("$top") ?? 20);
  while (next && out.pages < maxPages) {
    const r = await graph(url, token, next);
    if (r.status === 429 || r.status >= 500) {
      out.retries++;
      continue;
    }
    if (r.status !== 200) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
    out.pages++;
    out.items.push(...r.body.value);
    next = r.body["@odata.nextLink"];
    if (next && r.body.value.length < top) out.shortPages++;
    if (next) top = Number(new URL(next).searchParams.get("$top") ?? top);
  }
  return out;
}

export const key = (m: Json) => `${m.chatId ?? m.channelIdentity?.channelId}|${m.id}|${m.etag}`;
export const vkey = (v: { containerId: string; messageId: string; etag: string }) =>
  `${v.containerId}|${v.messageId}|${v.etag}`;

export { DEMO_APP, DEMO_TENANT };
