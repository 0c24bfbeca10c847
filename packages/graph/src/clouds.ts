// Microsoft's clouds. A tenant lives in one: its Entra ID authority, its Graph host and the `.default` scope
// of its tokens follow from it. No machine of ours reaches Microsoft, so where each host is reached is
// configuration (CloudHosts): the real hosts by default, the simulator's base URLs in tests and demos.

export const CLOUDS = ["global", "usGovL4", "usGovL5", "china"] as const;
export type Cloud = (typeof CLOUDS)[number];

/** The public hosts of each cloud. US Government L4 (GCC High) and L5 (DoD) share one Entra ID. */
export const CLOUD_HOSTS: Record<Cloud, { login: string; graph: string }> = {
  global: { login: "login.microsoftonline.com", graph: "graph.microsoft.com" },
  usGovL4: { login: "login.microsoftonline.us", graph: "graph.microsoft.us" },
  usGovL5: { login: "login.microsoftonline.us", graph: "dod-graph.microsoft.us" },
  china: { login: "login.partner.microsoftonline.cn", graph: "microsoftgraph.chinacloudapi.cn" },
};

/** Where each Microsoft host is reached: host → base URL (no trailing slash). */
export type CloudHosts = Readonly<Record<string, string>>;

/** A tenant as a Graph or token call needs it: the directory id and its cloud. A bare id is global. */
export type TenantRef = string | { entraTenantId: string; cloud: Cloud };

export function refOf(tenant: TenantRef): { entraTenantId: string; cloud: Cloud } {
  return typeof tenant === "string" ? { entraTenantId: tenant, cloud: "global" } : tenant;
}

/** What a cloud means to Capstan: public origins, where they are reached, and the scope of its tokens. */
export interface CloudEndpoints {
  /** https://login.… — MSAL's authority host. */
  loginOrigin: string;
  /** https://graph.… — the Graph resource, the audience of its tokens. */
  graphOrigin: string;
  /** Where Entra ID calls go (the login origin unless configured otherwise). */
  identityBaseUrl: string;
  /** Where Graph calls go (the Graph origin unless configured otherwise). */
  graphBaseUrl: string;
  /** `${graphOrigin}/.default` */
  scope: string;
}

export function cloudEndpoints(cloud: Cloud, hosts: CloudHosts = {}): CloudEndpoints {
  const { login, graph } = CLOUD_HOSTS[cloud];
  const base = (host: string) => (hosts[host] ?? `https://${host}`).replace(/\/$/, "");
  return {
    loginOrigin: `https://${login}`,
    graphOrigin: `https://${graph}`,
    identityBaseUrl: base(login),
    graphBaseUrl: base(graph),
    scope: `https://${graph}/.default`,
  };
}

/**
 * Parses "host=url,host=url" (CLOUD_HOST_BASE_URLS). Only Microsoft's cloud hosts may be named, each once, each
 * with an http(s) URL.
 */
export function parseCloudHosts(text: string): CloudHosts {
  const known = new Set(CLOUDS.flatMap((c) => [CLOUD_HOSTS[c].login, CLOUD_HOSTS[c].graph]));
  const out: Record<string, string> = {};
  for (const part of text.split(",").map((p) => p.trim())) {
    if (!part) continue;
    const eq = part.indexOf("=");
    const host = part.slice(0, eq).trim().toLowerCase();
    const url = part.slice(eq + 1).trim();
    if (eq < 1 || !known.has(host)) throw new Error(`unknown cloud host in "${part}"`);
    if (out[host]) throw new Error(`cloud host ${host} named twice`);
    if (!/^https?:\/\/[^\s]+$/.test(url)) throw new Error(`"${url}" is not an http(s) URL`);
    out[host] = url.replace(/\/$/, "");
  }
  return out;
}
