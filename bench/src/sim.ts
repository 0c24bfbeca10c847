import path from "node:path";
import type { Counters, GroundTruth, TenantInput, TenantSizes, TenantSummary } from "@capstan/graph-sim";
import { defaultDeletedUsers, defaultGuests } from "@capstan/graph-sim";
import { type Child, freePort, startNode, waitForHttp } from "./processes";

export interface SimSettings {
  /** Fixed latency of every Graph call, ms. */
  latencyMs: number;
  /** Uniform extra latency in [0, jitterMs). 50 + [0, 100) is "100 ms ± 50 ms". */
  jitterMs: number;
  /** Graph's limits enforced by the simulator (0 = none). */
  perAppRps: number;
  perAppTenantRps: number;
  seed?: number;
}

/** The Graph simulator as its own process (apps/graph-sim), driven through its /_sim control API. */
export class SimProcess {
  private constructor(
    readonly child: Child,
    readonly url: string,
  ) {}

  static async start(
    settings: SimSettings,
    logDir: string,
    onExit?: (name: string) => void,
  ): Promise<SimProcess> {
    const port = await freePort();
    const child = startNode(
      "graph-sim",
      path.join("apps", "graph-sim", "src", "main.ts"),
      {
        PORT: String(port),
        HOST: "127.0.0.1",
        SIM_SEED: String(settings.seed ?? 1),
        SIM_LATENCY_MS: String(settings.latencyMs),
        SIM_JITTER_MS: String(settings.jitterMs),
        SIM_PER_APP_RPS: String(settings.perAppRps),
        SIM_PER_APP_TENANT_RPS: String(settings.perAppTenantRps),
      },
      logDir,
      onExit,
    );
    const url = `http://127.0.0.1:${port}`;
    await waitForHttp(`${url}/_sim/health`, "the graph simulator");
    return new SimProcess(child, url);
  }

  private async call<T>(method: string, route: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.url}${route}`, {
      method,
      ...(body !== undefined
        ? { body: JSON.stringify(body), headers: { "content-type": "application/json" } }
        : {}),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`simulator ${method} ${route}: ${res.status} ${text.slice(0, 300)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  createTenant(input: TenantInput): Promise<TenantSummary> {
    // Nobody consented yet: Capstan onboards the tenant through admin consent, like a real customer.
    return this.call("POST", "/_sim/tenants", { consentedApps: [], ...input });
  }

  setNextConsentTenant(tenant: string): Promise<void> {
    return this.call("POST", "/_sim/consent/next-tenant", { tenant });
  }

  listUsers(tenant: string): Promise<{ id: string; messageCount: number }[]> {
    return this.call("GET", `/_sim/tenants/${tenant}/users`);
  }

  /** Messages a full whole-tenant export receives: every user's getAllMessages plus every team's channels. */
  async expectedItems(tenant: string): Promise<number> {
    const users = await this.listUsers(tenant);
    const teams = await this.call<{ channels: { messageCount: number }[] }[]>(
      "GET",
      `/_sim/tenants/${tenant}/teams`,
    );
    return (
      users.reduce((n, u) => n + u.messageCount, 0) +
      teams.reduce((n, t) => n + t.channels.reduce((m, c) => m + c.messageCount, 0), 0)
    );
  }

  counters(): Promise<Counters> {
    return this.call("GET", "/_sim/counters");
  }

  resetCounters(): Promise<void> {
    return this.call("POST", "/_sim/counters/reset");
  }

  groundTruth(tenant: string): Promise<GroundTruth> {
    return this.call("GET", `/_sim/tenants/${tenant}/ground-truth`);
  }

  stop(): Promise<void> {
    return this.child.stop();
  }
}

/** Sizes with every field given (the simulator fills the rest from its defaults otherwise). */
export function sizes(partial: Partial<TenantSizes>): TenantSizes {
  const users = partial.users ?? 20;
  return {
    users: 20,
    chatsPerUser: 4,
    messagesPerChat: 50,
    teams: 2,
    channelsPerTeam: 3,
    messagesPerChannel: 50,
    extraGroups: 0,
    historyDays: 120,
    // Senders outside the directory, guests and deleted users as the simulator makes them by default: a
    // fetch-once export must find them all.
    externalShare: 0.04,
    hostedCardShare: 0.01,
    guests: defaultGuests(users),
    deletedUsers: defaultDeletedUsers(users),
    ...partial,
  };
}
