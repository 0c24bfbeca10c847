import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  DELETED_VISIBLE_MS,
  E5_CLASS_LICENSES,
  MAX_TOP_MESSAGES,
  TEXT_402_EVALUATION,
  TEXT_402_MODEL_B,
  text402UserLicense,
} from "./constants";
import type { SimContext } from "./context";
import { type Container, iso, type TeamRec, type UserRec } from "./data";
import { compileFilter, FilterError } from "./filter";
import { hash, hashString } from "./hash";
import { audienceRefusal, graphHostOf } from "./hosts";
import { SimError, setPolicyViolation } from "./mutations";
import { buildPage } from "./paging";
import { decodeToken, encodeToken, type ListPageState, type MessagePageState } from "./skiptoken";
import { inc, type Tenant } from "./state";
import type { AccessClaims } from "./tokens";

// Microsoft Graph v1.0 routes: auth → throttling → faults → handler.

type Query = Record<string, string | undefined>;

interface Call {
  req: FastifyRequest;
  reply: FastifyReply;
  tenant: Tenant;
  claims: AccessClaims;
  appId: string;
  requestId: string;
  clientRequestId: string;
  endpoint: string;
  query: Query;
  params: Record<string, string>;
}

interface RouteSpec {
  endpoint: string;
  roles: string[];
  /** Team id of a channel endpoint (for the per-team throttle). */
  team?: (params: Record<string, string>) => string | undefined;
}

const COMMA = Buffer.from(",");
const CLOSE = Buffer.from("]}");
const JSON_TYPE =
  "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";
/** Graph's @odata.context for a request: its own host's metadata (national clouds have their own). */
const contextOf = (req: FastifyRequest) =>
  `https://${graphHostOf(req)?.host ?? "graph.microsoft.com"}/v1.0/$metadata`;

export function registerGraphRoutes(app: FastifyInstance, ctx: SimContext): void {
  const st = ctx.state;
  const c = () => st.counters;

  function graphError(
    reply: FastifyReply,
    ids: { requestId: string; clientRequestId: string },
    status: number,
    code: string,
    message: string,
  ): FastifyReply {
    inc(c().requests.byStatus, String(status));
    return reply
      .code(status)
      .header("content-type", JSON_TYPE)
      .send(
        JSON.stringify({
          error: {
            code,
            message,
            innerError: {
              date: new Date(st.now()).toISOString().slice(0, 19),
              "request-id": ids.requestId,
              "client-request-id": ids.clientRequestId,
            },
          },
        }),
      );
  }

  function ok(call: Call, body: string, status = 200): FastifyReply {
    inc(c().requests.byStatus, String(status));
    // One UTF-8 encoding pass (a string body would be measured and encoded separately).
    return call.reply.code(status).header("content-type", JSON_TYPE).send(Buffer.from(body));
  }

  function fault(call: Call, kind: string): void {
    const counters = c();
    counters.faults.total++;
    inc(counters.faults.byKind, kind);
    inc(counters.faults.byTenant, call.tenant.id);
  }

  function route(
    method: "GET" | "PATCH",
    url: string,
    spec: RouteSpec,
    handler: (call: Call) => FastifyReply | Promise<FastifyReply>,
  ): void {
    app.route({
      method,
      url,
      handler: async (req, reply) => {
        const requestId = randomUUID();
        const hdr = req.headers["client-request-id"];
        const clientRequestId = typeof hdr === "string" && hdr ? hdr : requestId;
        reply.header("request-id", requestId).header("client-request-id", clientRequestId);
        const ids = { requestId, clientRequestId };
        const counters = c();
        counters.requests.total++;
        inc(counters.requests.byEndpoint, spec.endpoint);

        // ---- authentication / authorization ----
        const auth = req.headers.authorization;
        if (!auth || !/^Bearer\s+\S/i.test(auth))
          return graphError(reply, ids, 401, "InvalidAuthenticationToken", "Access token is empty.");
        const v = await ctx.verifier.verify(auth.slice(auth.indexOf(" ") + 1).trim(), st.now());
        if (!v.ok) return graphError(reply, ids, 401, "InvalidAuthenticationToken", v.message);
        const claims = v.claims;
        // A token is for its cloud's Graph only: another cloud's Graph (or this one under a login host) refuses it.
        const refusal = audienceRefusal(req, claims.aud);
        if (refusal) return graphError(reply, ids, 401, "InvalidAuthenticationToken", refusal);
        const tenant = st.tenants.get(claims.tid);
        if (!tenant)
          return graphError(
            reply,
            ids,
            401,
            "InvalidAuthenticationToken",
            "Access token validation failure. Invalid audience.",
          );
        inc(counters.requests.byTenant, tenant.id);
        const bte = counters.requests.byTenantEndpoint[tenant.id] ?? {};
        counters.requests.byTenantEndpoint[tenant.id] = bte;
        inc(bte, spec.endpoint);
        if (!tenant.consent.has(claims.appid))
          return graphError(
            reply,
            ids,
            401,
            "InvalidAuthenticationToken",
            `Access token validation failure. The service principal of application '${claims.appid}' no longer exists in tenant '${tenant.id}' (consent revoked).`,
          );
        if (!spec.roles.some((r) => claims.roles.includes(r)))
          return graphError(
            reply,
            ids,
            403,
            "Forbidden",
            `Missing role permissions on the request. API requires one of '${spec.roles.join(", ")}'. Roles on the request '${claims.roles.join(", ")}'.`,
          );

        // ---- throttling (exact sliding 1 s windows), per endpoint class and, on channel endpoints, team ----
        const limits = st.effectiveLimits(tenant);
        const nowP = performance.now();
        const cls = limits.classThrottle ? endpointClass(spec.endpoint) : "export";
        // The export class keeps the plain keys (and the peaks.app / peaks.appTenant counters).
        const suffix = cls === "export" ? "" : `#${cls}`;
        const appKey = `${claims.appid}${suffix}`;
        const atKey = `${claims.appid}/${tenant.id}${suffix}`;
        const appRps =
          cls === "message" ? limits.messageAppRps : cls === "other" ? limits.otherAppRps : limits.perAppRps;
        const atRps =
          cls === "message"
            ? limits.messageTenantRps
            : cls === "other"
              ? limits.otherTenantRps
              : limits.perAppTenantRps;
        const teamId = spec.team?.(req.params as Record<string, string>);
        const teamKey = teamId ? `${claims.appid}/${tenant.id}/${teamId.toLowerCase()}` : null;
        const sApp = st.rates.arrive(appKey, nowP);
        const sAt = st.rates.arrive(atKey, nowP);
        const sTeam = teamKey ? st.rates.arrive(teamKey, nowP) : 0;
        let over: { key: string; kind: string } | null = null;
        if (atRps > 0 && sAt >= atRps) over = { key: atKey, kind: `appTenant${suffix}` };
        else if (appRps > 0 && sApp >= appRps) over = { key: appKey, kind: `app${suffix}` };
        else if (teamKey && limits.teamChannelThrottle && sTeam >= limits.teamChannelRps)
          over = { key: teamKey, kind: "team" };
        if (over) {
          counters.throttled.total++;
          inc(counters.throttled.byTenant, tenant.id);
          inc(counters.throttled.byScope, over.kind);
          if (!limits.omitRetryAfter) {
            const ms = st.rates.msUntilFree(over.key, nowP);
            reply.header(
              "Retry-After",
              limits.fractionalRetryAfter
                ? (Math.max(1, ms) / 1000).toFixed(3)
                : String(Math.max(1, Math.ceil(ms / 1000))),
            );
          }
          return graphError(reply, ids, 429, "TooManyRequests", "Please retry again later.");
        }
        st.rates.serve(appKey, nowP);
        st.rates.serve(atKey, nowP);
        if (teamKey) st.rates.serve(teamKey, nowP);

        const call: Call = {
          req,
          reply,
          tenant,
          claims,
          appId: claims.appid,
          requestId,
          clientRequestId,
          endpoint: spec.endpoint,
          query: req.query as Query,
          params: req.params as Record<string, string>,
        };

        // ---- faults (seeded per-tenant PRNG; a draw only happens when the rate is > 0) ----
        const f = st.effectiveFaults(tenant);
        const rnd = tenant.prng;
        const hit = (rate: number) => rate > 0 && rnd.next() < rate;
        if ((f.latency.ms > 0 || f.latency.jitterMs > 0) && hit(f.latency.rate)) {
          const ms = f.latency.ms + Math.floor(rnd.next() * f.latency.jitterMs);
          await new Promise((r) => setTimeout(r, ms));
        }
        if (hit(f.hang)) {
          fault(call, "hang");
          reply.hijack();
          const sock = req.raw.socket;
          ctx.hung.add(sock);
          sock.once("close", () => ctx.hung.delete(sock));
          return reply;
        }
        if (hit(f.reset)) {
          fault(call, "reset");
          reply.hijack();
          req.raw.socket.destroy();
          return reply;
        }
        if (hit(f.error500)) {
          fault(call, "error500");
          return graphError(
            reply,
            ids,
            500,
            "InternalServerError",
            "An internal server error occurred. Please retry.",
          );
        }
        if (hit(f.error503)) {
          fault(call, "error503");
          return graphError(
            reply,
            ids,
            503,
            "ServiceUnavailable",
            "The service is temporarily unavailable. Please retry.",
          );
        }
        if (hit(f.error504)) {
          fault(call, "error504");
          return graphError(reply, ids, 504, "GatewayTimeout", "The operation timed out. Please retry.");
        }
        if (call.query.$skiptoken !== undefined && hit(f.skiptoken500)) {
          fault(call, "skiptoken500");
          return graphError(
            reply,
            ids,
            500,
            "UnknownError",
            "Failed to execute request with skip token. Please retry.",
          );
        }
        try {
          return await handler(call);
        } catch (e) {
          if (e instanceof GraphHttpError) return graphError(reply, ids, e.status, e.code, e.message);
          if (e instanceof SimError)
            return graphError(reply, ids, e.status, e.status === 404 ? "NotFound" : "BadRequest", e.message);
          throw e;
        }
      },
    });
  }

  // Links keep the path prefix that named the cloud host (see hosts.ts).
  const origin = (req: FastifyRequest) => `${req.protocol}://${req.host}${graphHostOf(req)?.prefix ?? ""}`;

  // ---------- helpers ----------

  function findUser(t: Tenant, id: string): UserRec {
    const u = t.data.findUser(id);
    // Deleted users (directory/deletedItems) are gone for /users/{id} and their getAllMessages.
    if (!u || u.deletedMs > 0)
      throw new GraphHttpError(
        404,
        "Request_ResourceNotFound",
        `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
      );
    return u;
  }
  function findTeam(t: Tenant, id: string): TeamRec {
    const team = t.data.teamById.get(id.toLowerCase());
    if (!team || team.deletedMs > 0)
      throw new GraphHttpError(404, "NotFound", `No team found with Group Id ${id}`);
    return team;
  }
  /** A deleted team Graph still keeps; once it no longer does (30 days), 404 like any unknown id. */
  function findDeletedTeam(t: Tenant, id: string): TeamRec {
    const team = t.data.teamById.get(id.toLowerCase());
    if (!team || !t.data.keptDeletedTeams(st.tenantNow(t)).includes(team))
      throw new GraphHttpError(404, "NotFound", `No deleted team found with id ${id}`);
    return team;
  }
  function findChat(t: Tenant, id: string): Container {
    const chat = t.data.containerById.get(id);
    if (chat?.kind !== "chat") throw new GraphHttpError(404, "NotFound", `Chat '${id}' not found.`);
    return chat;
  }
  function findChannel(t: Tenant, teamId: string, channelId: string): Container {
    const team = findTeam(t, teamId);
    const ch = team.channels.find((x) => x.id === channelId);
    if (!ch) throw new GraphHttpError(404, "NotFound", `Channel '${channelId}' not found in team ${teamId}.`);
    return ch;
  }
  /** Visible message (respecting the 21-day deletion window), matching root/reply placement. */
  function findMessage(call: Call, cont: Container, id: string, rootId: string | null) {
    const m = call.tenant.data.lookup(cont, id);
    const expired = m?.deletedMs && st.tenantNow(call.tenant) - m.deletedMs > DELETED_VISIBLE_MS;
    if (!m || expired || (cont.kind === "channel" && m.json.replyToId !== rootId))
      throw new GraphHttpError(404, "NotFound", `Message '${id}' not found.`);
    return m;
  }

  function parseTop(q: Query, def: number, max: number, messages: boolean): number {
    if (q.$top === undefined) return def;
    if (!/^\d+$/.test(q.$top) || Number(q.$top) < 1) {
      throw new GraphHttpError(400, "BadRequest", `Invalid value '${q.$top}' for query option '$top'.`);
    }
    const top = Number(q.$top);
    if (top > max) {
      if (messages)
        throw new GraphHttpError(
          400,
          "BadRequest",
          `The limit of '${max}' for Top query has been exceeded. The value from the incoming request is '${top}'.`,
        );
      throw new GraphHttpError(
        400,
        "Request_BadRequest",
        `Invalid page size specified: '${top}'. Must be between 1 and ${max} inclusive.`,
      );
    }
    return top;
  }

  // ---------- users ----------

  const USER_FIELDS = [
    "businessPhones",
    "displayName",
    "givenName",
    "jobTitle",
    "mail",
    "mobilePhone",
    "officeLocation",
    "preferredLanguage",
    "surname",
    "userPrincipalName",
    "id",
  ];
  const USER_EXTRA = ["accountEnabled", "assignedLicenses", "userType", "usageLocation"];
  function userJson(t: Tenant, u: UserRec, sel: string[] | null): Record<string, unknown> {
    const full: Record<string, unknown> = {
      businessPhones: u.businessPhones,
      displayName: u.displayName,
      givenName: u.givenName,
      jobTitle: u.jobTitle,
      mail: u.mail,
      mobilePhone: u.mobilePhone,
      officeLocation: u.officeLocation,
      preferredLanguage: u.preferredLanguage,
      surname: u.surname,
      userPrincipalName: u.userPrincipalName,
      id: u.id,
    };
    if (!sel) return full;
    const out: Record<string, unknown> = {};
    for (const s of sel) {
      if (s === "accountEnabled") out[s] = u.accountEnabled;
      else if (s === "userType") out[s] = u.userType;
      else if (s === "deletedDateTime") out[s] = u.deletedMs > 0 ? iso(u.deletedMs) : null;
      else if (s === "usageLocation") out[s] = "US";
      else if (s === "assignedLicenses")
        out[s] = t
          .licensesOf(u.id)
          .map((sku) => ({ disabledPlans: [], skuId: skuGuid(sku), skuPartNumber: sku }));
      else out[s] = full[s];
    }
    return out;
  }
  function parseSelect(raw: string | undefined, allowed: string[], type: string): string[] | null {
    if (raw === undefined) return null;
    const sel = raw
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    for (const s of sel)
      if (!allowed.includes(s))
        throw new GraphHttpError(
          400,
          "Request_BadRequest",
          `Could not find a property named '${s}' on type 'microsoft.graph.${type}'.`,
        );
    return sel;
  }

  function listPage<T>(
    call: Call,
    kind: ListPageState["k"],
    path: string,
    all: () => T[],
    render: (x: T, sel: string[] | null) => unknown,
    allowed: string[],
    type: string,
    contextName: string,
  ): FastifyReply {
    const q = call.query;
    let state: ListPageState;
    if (q.$skiptoken !== undefined) {
      const s = decodeToken(q.$skiptoken);
      if (!s || s.k !== kind || s.t !== call.tenant.id)
        throw new GraphHttpError(
          400,
          "Request_BadRequest",
          "The specified page token value has expired or is invalid.",
        );
      state = s;
    } else {
      const top = parseTop(q, 100, 999, false);
      state = { k: kind, t: call.tenant.id, o: 0, top, sel: q.$select ?? null, f: q.$filter ?? null };
    }
    const sel = parseSelect(state.sel ?? undefined, allowed, type);
    const items = all();
    const slice = items.slice(state.o, state.o + state.top);
    const body: Record<string, unknown> = {
      "@odata.context": `${contextOf(call.req)}#${contextName}${sel ? `(${sel.join(",")})` : ""}`,
    };
    if (state.o + state.top < items.length) {
      const next = encodeToken({ ...state, o: state.o + state.top });
      body["@odata.nextLink"] =
        `${origin(call.req)}/v1.0/${path}?$top=${state.top}${state.sel ? `&$select=${encodeURIComponent(state.sel)}` : ""}${state.f ? `&$filter=${encodeURIComponent(state.f)}` : ""}&$skiptoken=${next}`;
    }
    body.value = slice.map((x) => render(x, sel));
    return ok(call, JSON.stringify(body));
  }

  route(
    "GET",
    "/v1.0/users",
    { endpoint: "GET /users", roles: ["User.Read.All", "Directory.Read.All", "User.ReadBasic.All"] },
    (call) => {
      if (call.query.$filter !== undefined)
        throw new GraphHttpError(400, "Request_UnsupportedQuery", "Unsupported Query.");
      return listPage(
        call,
        "users",
        "users",
        () => call.tenant.data.listedUsers(),
        (u, sel) => userJson(call.tenant, u, sel),
        [...USER_FIELDS, ...USER_EXTRA],
        "user",
        "users",
      );
    },
  );

  // Users deleted from the directory (soft-deleted, restorable): Graph prefixes their UPN with the id.
  route(
    "GET",
    "/v1.0/directory/deletedItems/microsoft.graph.user",
    {
      endpoint: "GET /directory/deletedItems/microsoft.graph.user",
      roles: ["User.Read.All", "Directory.Read.All"],
    },
    (call) => {
      if (call.query.$filter !== undefined)
        throw new GraphHttpError(400, "Request_UnsupportedQuery", "Unsupported Query.");
      return listPage(
        call,
        "deletedUsers",
        "directory/deletedItems/microsoft.graph.user",
        () => call.tenant.data.deletedUsers(),
        (u, sel) => {
          const upn = `${u.id.replace(/-/g, "")}${u.userPrincipalName}`;
          if (!sel)
            return {
              ...userJson(call.tenant, u, null),
              userPrincipalName: upn,
              deletedDateTime: iso(u.deletedMs),
            };
          const out = userJson(call.tenant, u, sel);
          if ("userPrincipalName" in out) out.userPrincipalName = upn;
          return out;
        },
        [...USER_FIELDS, ...USER_EXTRA, "deletedDateTime"],
        "user",
        "directory/deletedItems/microsoft.graph.user",
      );
    },
  );

  route(
    "GET",
    "/v1.0/users/:userId",
    { endpoint: "GET /users/{id}", roles: ["User.Read.All", "Directory.Read.All", "User.ReadBasic.All"] },
    (call) => {
      const u = findUser(call.tenant, call.params.userId!);
      const sel = parseSelect(call.query.$select, [...USER_FIELDS, ...USER_EXTRA], "user");
      return ok(
        call,
        JSON.stringify({
          "@odata.context": `${contextOf(call.req)}#users/$entity`,
          ...userJson(call.tenant, u, sel),
        }),
      );
    },
  );

  // ---------- groups / teams / channels ----------

  const TEAM_FILTER = /^resourceProvisioningOptions\/Any\((\w+):\s*\1\s+eq\s+'Team'\)$/i;
  const GROUP_FIELDS = [
    "id",
    "deletedDateTime",
    "classification",
    "createdDateTime",
    "creationOptions",
    "description",
    "displayName",
    "groupTypes",
    "mail",
    "mailEnabled",
    "mailNickname",
    "resourceProvisioningOptions",
    "securityEnabled",
    "visibility",
  ];
  route(
    "GET",
    "/v1.0/groups",
    { endpoint: "GET /groups", roles: ["Group.Read.All", "Directory.Read.All", "Team.ReadBasic.All"] },
    (call) => {
      const f =
        call.query.$filter ?? (call.query.$skiptoken ? decodeTokenFilter(call.query.$skiptoken) : undefined);
      let teamsOnly = false;
      if (f !== undefined) {
        if (!TEAM_FILTER.test(f.trim()))
          throw new GraphHttpError(400, "Request_UnsupportedQuery", "Unsupported Query.");
        teamsOnly = true;
      } else if (!call.claims.roles.some((r) => r === "Group.Read.All" || r === "Directory.Read.All")) {
        throw new GraphHttpError(
          403,
          "Authorization_RequestDenied",
          "Insufficient privileges to complete the operation.",
        );
      }
      const d = call.tenant.data;
      return listPage(
        call,
        "groups",
        "groups",
        // A deleted team's group is in the directory's recycle bin; a legacy team's lacks "Team".
        () =>
          d.groups
            .filter((g) => !g.team || (g.team.deletedMs === 0 && (!teamsOnly || !g.team.legacy)))
            .filter((g) => !teamsOnly || g.team),
        (g, sel) => {
          const full: Record<string, unknown> = {
            id: g.id,
            deletedDateTime: null,
            classification: null,
            createdDateTime: iso(g.createdMs),
            creationOptions: g.team && !g.team.legacy ? ["Team"] : [],
            description: g.description,
            displayName: g.displayName,
            groupTypes: ["Unified"],
            mail: `${g.mailNickname}@${d.domain}`,
            mailEnabled: true,
            mailNickname: g.mailNickname,
            resourceProvisioningOptions: g.team && !g.team.legacy ? ["Team"] : [],
            securityEnabled: false,
            visibility: g.visibility,
          };
          return sel ? Object.fromEntries(sel.map((s) => [s, full[s]])) : full;
        },
        GROUP_FIELDS,
        "group",
        "groups",
      );
    },
  );

  // Every live team, legacy ones included (their group lacks resourceProvisioningOptions). Graph fills only
  // id, displayName, description and visibility here; the other properties are null.
  const TEAM_LIST_FIELDS = ["id", "displayName", "description", "visibility", "createdDateTime", "webUrl"];
  route(
    "GET",
    "/v1.0/teams",
    {
      endpoint: "GET /teams",
      roles: ["Team.ReadBasic.All", "TeamSettings.Read.All", "TeamSettings.ReadWrite.All"],
    },
    (call) => {
      if (call.query.$filter !== undefined) throw new GraphHttpError(400, "BadRequest", "Unsupported Query.");
      return listPage(
        call,
        "teams",
        "teams",
        () => call.tenant.data.liveTeams(),
        (team, sel) => {
          const full: Record<string, unknown> = {
            id: team.id,
            createdDateTime: null,
            displayName: team.displayName,
            description: team.description,
            internalId: null,
            classification: null,
            specialization: null,
            visibility: team.visibility.toLowerCase(),
            webUrl: null,
            isArchived: null,
            tenantId: null,
            isMembershipLimitedToOwners: null,
            memberSettings: null,
            guestSettings: null,
            messagingSettings: null,
            funSettings: null,
            discoverySettings: null,
            summary: null,
          };
          return sel ? Object.fromEntries(sel.map((x) => [x, full[x]])) : full;
        },
        TEAM_LIST_FIELDS,
        "team",
        "teams",
      );
    },
  );

  // Deleted teams Graph still keeps (their group is restorable for 30 days).
  route(
    "GET",
    "/v1.0/teamwork/deletedTeams",
    { endpoint: "GET /teamwork/deletedTeams", roles: ["Team.ReadBasic.All"] },
    (call) => {
      if (call.query.$filter !== undefined) throw new GraphHttpError(400, "BadRequest", "Unsupported Query.");
      return listPage(
        call,
        "deletedTeams",
        "teamwork/deletedTeams",
        () => call.tenant.data.keptDeletedTeams(st.tenantNow(call.tenant)),
        (team) => ({ "@odata.type": "#microsoft.graph.deletedTeam", id: team.id }),
        ["id"],
        "deletedTeam",
        "teamwork/deletedTeams",
      );
    },
  );

  route(
    "GET",
    "/v1.0/teams/:teamId",
    { endpoint: "GET /teams/{id}", roles: ["Team.ReadBasic.All", "Group.Read.All", "Directory.Read.All"] },
    (call) => {
      const team = findTeam(call.tenant, call.params.teamId!);
      return ok(
        call,
        JSON.stringify({
          "@odata.context": `${contextOf(call.req)}#teams/$entity`,
          id: team.id,
          createdDateTime: iso(team.createdMs),
          displayName: team.displayName,
          description: team.description,
          internalId: team.channels[0]!.id,
          classification: null,
          specialization: "none",
          visibility: team.visibility.toLowerCase(),
          webUrl: `https://teams.microsoft.com/l/team/${encodeURIComponent(team.channels[0]!.id)}/conversations?groupId=${team.id}&tenantId=${call.tenant.id}`,
          isArchived: false,
          tenantId: call.tenant.id,
        }),
      );
    },
  );

  route(
    "GET",
    "/v1.0/teams/:teamId/channels",
    {
      endpoint: "GET /teams/{id}/channels",
      roles: ["Channel.ReadBasic.All", "ChannelSettings.Read.All", "Group.Read.All", "Directory.Read.All"],
      team: (p) => p.teamId,
    },
    (call) => {
      const team = findTeam(call.tenant, call.params.teamId!);
      const value = team.channels.map((ch) => ({
        id: ch.id,
        createdDateTime: iso(ch.createdMs),
        displayName: ch.displayName,
        description: ch.displayName === "General" ? `${team.displayName} general channel` : null,
        isFavoriteByDefault: null,
        email: "",
        tenantId: call.tenant.id,
        webUrl: `https://teams.microsoft.com/l/channel/${encodeURIComponent(ch.id)}/${encodeURIComponent(ch.displayName)}?groupId=${team.id}&tenantId=${call.tenant.id}`,
        membershipType: ch.membershipType,
      }));
      return ok(
        call,
        JSON.stringify({
          "@odata.context": `${contextOf(call.req)}#teams('${team.id}')/channels`,
          "@odata.count": value.length,
          value,
        }),
      );
    },
  );

  // ---------- chats and their members ----------

  const CHAT_ROLES = ["Chat.ReadBasic.All", "Chat.Read.All", "Chat.ReadWrite.All"];

  function chatJson(t: Tenant, chat: Container): Record<string, unknown> {
    const organizer = chat.chatType === "meeting" ? t.data.users[chat.members[0]!] : undefined;
    return {
      id: chat.id,
      topic: chat.topic,
      createdDateTime: iso(chat.createdMs),
      lastUpdatedDateTime: iso(chat.updatedMs),
      chatType: chat.chatType,
      webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chat.id)}/0?tenantId=${t.id}`,
      tenantId: t.id,
      isHiddenForAllMembers: false,
      onlineMeetingInfo: organizer
        ? {
            calendarEventId: null,
            joinWebUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(chat.id)}/0`,
            organizer: { id: organizer.id, displayName: null, userIdentityType: "aadUser", tenantId: t.id },
          }
        : null,
      viewpoint: null,
    };
  }

  /**
   * aadUserConversationMember of every directory member (guests with the guest role) and of federated users
   * (another tenant's id); other people outside the directory are not listed as members.
   */
  function chatMembers(t: Tenant, chat: Container): Record<string, unknown>[] {
    const member = (
      userId: string,
      displayName: string,
      email: string | null,
      tenantId: string,
      guest: boolean,
    ) => ({
      "@odata.type": "#microsoft.graph.aadUserConversationMember",
      id: Buffer.from(`0#${t.id}##${chat.id}##${userId}`).toString("base64"),
      roles: [guest ? "guest" : "owner"],
      displayName,
      visibleHistoryStartDateTime: "0001-01-01T00:00:00Z",
      userId,
      email,
      tenantId,
    });
    const out = chat.members.map((m) => {
      const u = t.data.users[m]!;
      return member(u.id, u.displayName, u.mail, t.id, u.userType === "Guest");
    });
    for (const e of chat.externals) {
      const x = t.data.externals[e]!;
      if (x.userIdentityType === "federatedUser")
        out.push(member(x.id, x.displayName, null, x.tenantId!, false));
    }
    return out;
  }

  route("GET", "/v1.0/chats/:chatId", { endpoint: "GET /chats/{id}", roles: CHAT_ROLES }, (call) => {
    const chat = findChat(call.tenant, call.params.chatId!);
    return ok(
      call,
      JSON.stringify({
        "@odata.context": `${contextOf(call.req)}#chats/$entity`,
        ...chatJson(call.tenant, chat),
      }),
    );
  });

  route(
    "GET",
    "/v1.0/chats/:chatId/members",
    { endpoint: "GET /chats/{id}/members", roles: CHAT_ROLES },
    (call) => {
      const chat = findChat(call.tenant, call.params.chatId!);
      const value = chatMembers(call.tenant, chat);
      return ok(
        call,
        JSON.stringify({
          "@odata.context": `${contextOf(call.req)}#chats('${encodeURIComponent(chat.id)}')/members`,
          "@odata.count": value.length,
          value,
        }),
      );
    },
  );

  // ---------- getAllMessages ----------

  /**
   * getAllMessages and its relatives: `all` (live users and teams), `retained` (getAllRetainedMessages: under
   * a retention policy deleted messages stay past 21 days; no private channels; nothing without a policy),
   * `deleted` (a deleted team's channels, while Graph keeps the team).
   */
  function allMessages(
    call: Call,
    kind: "u" | "t",
    scopeId: string,
    path: string,
    variant: "all" | "retained" | "deleted" = "all",
  ): FastifyReply {
    const q = call.query;
    const t = call.tenant;
    for (const k of Object.keys(q))
      if (k.startsWith("$") && !["$top", "$skiptoken", "$filter"].includes(k))
        throw new GraphHttpError(400, "BadRequest", `Query option '${k}' is not supported.`);
    let state: MessagePageState;
    if (q.$skiptoken !== undefined) {
      const s = decodeToken(q.$skiptoken);
      if (
        !s ||
        s.k !== kind ||
        (s.v ?? "all") !== variant ||
        s.t !== t.id ||
        s.s.toLowerCase() !== scopeId.toLowerCase()
      )
        throw new GraphHttpError(400, "BadRequest", "The skip token is invalid or has expired.");
      state = s;
    } else {
      const top = parseTop(q, 20, MAX_TOP_MESSAGES, true);
      state = {
        k: kind,
        t: t.id,
        s: scopeId,
        f: q.$filter ?? null,
        top,
        m: q.model ?? null,
        c: 0,
        p: 0,
        i: 0,
        n: 0,
        ...(variant !== "all" ? { v: variant } : {}),
      };
    }
    const model = q.model ?? state.m;
    if (model !== null && model !== undefined && model !== "A" && model !== "B")
      throw new GraphHttpError(
        400,
        "BadRequest",
        `Invalid value '${model}' for query parameter 'model'. Supported values are 'A' and 'B'.`,
      );
    let filter: ReturnType<typeof compileFilter>;
    try {
      filter = compileFilter(state.f, kind === "u");
    } catch (e) {
      if (e instanceof FilterError) throw new GraphHttpError(400, "BadRequest", "Invalid $filter query.");
      throw e;
    }
    const data = t.data;
    let containers: Container[];
    let user: UserRec | null = null;
    if (kind === "u") {
      user = findUser(t, scopeId);
      containers = data.containersOf({ user });
    } else if (variant === "deleted") containers = data.containersOf({ team: findDeletedTeam(t, scopeId) });
    else containers = data.containersOf({ team: findTeam(t, scopeId) });
    if (variant === "retained")
      containers = t.retentionPolicy
        ? containers.filter((x) => x.kind === "chat" || x.membershipType === "standard")
        : [];

    // Legacy (pre-Aug-2025) metering rules.
    const nowT = st.tenantNow(t);
    const month = iso(nowT).slice(0, 7);
    const billKey = `${call.appId}|${month}`;
    if (t.legacyBilling.enabled) {
      if (!model && (t.billed.get(billKey) ?? 0) >= t.legacyBilling.evaluationCap)
        throw new GraphHttpError(402, "PaymentRequired", TEXT_402_EVALUATION);
      if (
        model === "A" &&
        user &&
        !t.licensesOf(user.id).some((l) => E5_CLASS_LICENSES.includes(l.toUpperCase()))
      )
        throw new GraphHttpError(402, "PaymentRequired", text402UserLicense(user.id));
    }
    if (!t.protectedApiApproved) throw new GraphHttpError(403, "UnknownError", "");
    const access = user ? t.userAccess.get(user.id.toLowerCase()) : undefined;
    if (access === "noTeamsLicense")
      throw new GraphHttpError(
        403,
        "Forbidden",
        "Failed to get license information for the user. Ensure user has a valid Office365 license assigned to them.",
      );
    if (access === "noMailbox")
      throw new GraphHttpError(
        404,
        "MailboxNotEnabledForRESTAPI",
        "The mailbox is either inactive, soft-deleted, or is hosted on-premise.",
      );

    const f = st.effectiveFaults(t);
    const short = f.shortPage > 0 && state.top > 1 && t.prng.next() < f.shortPage;
    const dup = f.duplicate > 0 && t.prng.next() < f.duplicate;
    const limit = short ? Math.floor(t.prng.next() * state.top) : state.top;
    const page = buildPage(data, containers, { c: state.c, p: state.p, i: state.i }, filter, {
      limit,
      nowMs: nowT,
      duplicate: dup,
      pageKey: hash(hashString(scopeId), state.n, state.c, state.i),
      keepDeleted: variant === "retained",
    });
    if (short) fault(call, "shortPage");
    if (dup && page.next && page.items.length >= 2) fault(call, "duplicate");

    const n = page.items.length;
    const counters = c();
    counters.messagesReturned.total += n;
    inc(counters.messagesReturned.byTenant, t.id, n);
    t.billed.set(billKey, (t.billed.get(billKey) ?? 0) + n);
    const bt = counters.billing[t.id] ?? {};
    counters.billing[t.id] = bt;
    const ba = bt[call.appId] ?? {};
    bt[call.appId] = ba;
    ba[month] = (ba[month] ?? 0) + n;

    let head = `{"@odata.context":"${contextOf(call.req)}#Collection(chatMessage)","@odata.count":${n}`;
    if (page.next) {
      const token = encodeToken({
        ...state,
        m: model ?? null,
        c: page.next.c,
        p: page.next.p,
        i: page.next.i,
        n: state.n + 1,
      });
      const link = `${origin(call.req)}/v1.0/${path}?$top=${state.top}${model ? `&model=${model}` : ""}&$skiptoken=${token}`;
      head += `,"@odata.nextLink":${JSON.stringify(link)}`;
    }
    // Items are pre-encoded UTF-8; the page is a byte concatenation.
    const parts: Buffer[] = [Buffer.from(`${head},"value":[`)];
    let len = parts[0]!.length + 2;
    for (let x = 0; x < n; x++) {
      if (x > 0) {
        parts.push(COMMA);
        len++;
      }
      const b = page.items[x]!;
      parts.push(b);
      len += b.length;
    }
    parts.push(CLOSE);
    inc(counters.requests.byStatus, "200");
    return call.reply.code(200).header("content-type", JSON_TYPE).send(Buffer.concat(parts, len));
  }

  route(
    "GET",
    "/v1.0/users/:userId/chats/getAllMessages",
    { endpoint: "GET /users/{id}/chats/getAllMessages", roles: ["Chat.Read.All"] },
    (call) => allMessages(call, "u", call.params.userId!, `users/${call.params.userId}/chats/getAllMessages`),
  );
  route(
    "GET",
    "/v1.0/teams/:teamId/channels/getAllMessages",
    {
      endpoint: "GET /teams/{id}/channels/getAllMessages",
      roles: ["ChannelMessage.Read.All"],
      team: (p) => p.teamId,
    },
    (call) =>
      allMessages(call, "t", call.params.teamId!, `teams/${call.params.teamId}/channels/getAllMessages`),
  );
  route(
    "GET",
    "/v1.0/users/:userId/chats/getAllRetainedMessages",
    { endpoint: "GET /users/{id}/chats/getAllRetainedMessages", roles: ["Chat.Read.All"] },
    (call) =>
      allMessages(
        call,
        "u",
        call.params.userId!,
        `users/${call.params.userId}/chats/getAllRetainedMessages`,
        "retained",
      ),
  );
  route(
    "GET",
    "/v1.0/teams/:teamId/channels/getAllRetainedMessages",
    {
      endpoint: "GET /teams/{id}/channels/getAllRetainedMessages",
      roles: ["ChannelMessage.Read.All"],
      team: (p) => p.teamId,
    },
    (call) =>
      allMessages(
        call,
        "t",
        call.params.teamId!,
        `teams/${call.params.teamId}/channels/getAllRetainedMessages`,
        "retained",
      ),
  );
  route(
    "GET",
    "/v1.0/teamwork/deletedTeams/:teamId/channels/getAllMessages",
    {
      endpoint: "GET /teamwork/deletedTeams/{id}/channels/getAllMessages",
      roles: ["ChannelMessage.Read.All"],
      team: (p) => p.teamId,
    },
    (call) =>
      allMessages(
        call,
        "t",
        call.params.teamId!,
        `teamwork/deletedTeams/${call.params.teamId}/channels/getAllMessages`,
        "deleted",
      ),
  );

  // ---------- single messages, hostedContents, PATCH ----------

  type Target = { cont: Container; id: string; rootId: string | null };
  const chatTarget = (call: Call): Target => ({
    cont: findChat(call.tenant, call.params.chatId!),
    id: call.params.messageId!,
    rootId: null,
  });
  const channelTarget = (call: Call): Target => ({
    cont: findChannel(call.tenant, call.params.teamId!, call.params.channelId!),
    id: call.params.replyId ?? call.params.messageId!,
    rootId: call.params.replyId ? call.params.messageId! : null,
  });

  const chatBase = "/v1.0/chats/:chatId/messages/:messageId";
  const chanBase = "/v1.0/teams/:teamId/channels/:channelId/messages/:messageId";
  const chanReply = `${chanBase}/replies/:replyId`;
  const teamOf = (p: Record<string, string>) => p.teamId;
  const variants: {
    base: string;
    label: string;
    target: (call: Call) => Target;
    read: string[];
    patch: string[];
    team?: typeof teamOf;
  }[] = [
    {
      base: chatBase,
      label: "/chats/{id}/messages/{id}",
      target: chatTarget,
      read: ["Chat.Read.All"],
      patch: ["Chat.UpdatePolicyViolation.All"],
    },
    {
      base: chanBase,
      label: "/teams/{id}/channels/{id}/messages/{id}",
      target: channelTarget,
      read: ["ChannelMessage.Read.All"],
      patch: ["ChannelMessage.UpdatePolicyViolation.All"],
      team: teamOf,
    },
    {
      base: chanReply,
      label: "/teams/{id}/channels/{id}/messages/{id}/replies/{id}",
      target: channelTarget,
      read: ["ChannelMessage.Read.All"],
      patch: ["ChannelMessage.UpdatePolicyViolation.All"],
      team: teamOf,
    },
  ];

  for (const v of variants) {
    const teamOpt = v.team ? { team: v.team } : {};
    route("GET", v.base, { endpoint: `GET ${v.label}`, roles: v.read, ...teamOpt }, (call) => {
      const { cont, id, rootId } = v.target(call);
      const m = findMessage(call, cont, id, rootId);
      return ok(
        call,
        JSON.stringify({ "@odata.context": `${contextOf(call.req)}#chatMessage/$entity`, ...m.json }),
      );
    });

    route(
      "GET",
      `${v.base}/hostedContents`,
      { endpoint: `GET ${v.label}/hostedContents`, roles: v.read, ...teamOpt },
      (call) => {
        const { cont, id, rootId } = v.target(call);
        const m = findMessage(call, cont, id, rootId);
        const n = m.deletedMs ? 0 : m.images;
        const value = [];
        for (let k = 0; k < n; k++)
          value.push({
            "@odata.type": "#microsoft.graph.chatMessageHostedContent",
            id: call.tenant.data.hostedContentId(cont, id, k),
            contentBytes: null,
            contentType: null,
          });
        return ok(
          call,
          JSON.stringify({
            "@odata.context": `${contextOf(call.req)}#Collection(microsoft.graph.chatMessageHostedContent)`,
            "@odata.count": n,
            value,
          }),
        );
      },
    );

    const hosted = (call: Call) => {
      const { cont, id, rootId } = v.target(call);
      const m = findMessage(call, cont, id, rootId);
      const k = call.tenant.data.parseHostedContentId(cont, id, call.params.hcId!);
      if (m.deletedMs || k < 0 || k >= m.images)
        throw new GraphHttpError(404, "NotFound", "Hosted content not found.");
      return { cont, id, k };
    };
    route(
      "GET",
      `${v.base}/hostedContents/:hcId`,
      { endpoint: `GET ${v.label}/hostedContents/{id}`, roles: v.read, ...teamOpt },
      (call) => {
        const { cont, id, k } = hosted(call);
        const png = call.tenant.data.hostedContentBytes(cont, id, k);
        return ok(
          call,
          JSON.stringify({
            "@odata.context": `${contextOf(call.req)}#microsoft.graph.chatMessageHostedContent`,
            id: call.params.hcId,
            contentBytes: png.bytes.toString("base64"),
            contentType: "image/png",
          }),
        );
      },
    );
    route(
      "GET",
      `${v.base}/hostedContents/:hcId/$value`,
      { endpoint: `GET ${v.label}/hostedContents/{id}/$value`, roles: v.read, ...teamOpt },
      (call) => {
        const { cont, id, k } = hosted(call);
        const png = call.tenant.data.hostedContentBytes(cont, id, k);
        c().hostedContentBytes += png.bytes.length;
        inc(c().requests.byStatus, "200");
        return call.reply
          .code(200)
          .header("content-type", "image/png")
          .header("content-length", png.bytes.length)
          .send(png.bytes);
      },
    );

    route("PATCH", v.base, { endpoint: `PATCH ${v.label}`, roles: v.patch, ...teamOpt }, (call) => {
      const { cont, id, rootId } = v.target(call);
      const t = call.tenant;
      if (t.legacyBilling.enabled && call.query.model === "B")
        throw new GraphHttpError(402, "PaymentRequired", TEXT_402_MODEL_B);
      const body = call.req.body;
      if (!body || typeof body !== "object" || Array.isArray(body))
        throw new GraphHttpError(400, "BadRequest", "Empty Payload. JSON content expected.");
      const keys = Object.keys(body).filter((k) => k !== "@odata.type");
      if (keys.length !== 1 || keys[0] !== "policyViolation")
        throw new GraphHttpError(
          400,
          "BadRequest",
          "Only the policyViolation property can be updated by this API.",
        );
      const pv = (body as Record<string, unknown>).policyViolation;
      if (pv !== null && (typeof pv !== "object" || Array.isArray(pv)))
        throw new GraphHttpError(400, "BadRequest", "Invalid value for property 'policyViolation'.");
      findMessage(call, cont, id, rootId);
      const json = setPolicyViolation(st, t, cont, id, pv);
      return ok(
        call,
        JSON.stringify({ "@odata.context": `${contextOf(call.req)}#chatMessage/$entity`, ...json }),
      );
    });
  }
}

/** Graph's throttling class of an endpoint label (Teams service limits). */
function endpointClass(endpoint: string): "export" | "message" | "other" {
  if (/getAll(Retained)?Messages/.test(endpoint)) return "export";
  if (/\/messages\//.test(endpoint)) return "message";
  return "other";
}

export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function decodeTokenFilter(token: string): string | undefined {
  const s = decodeToken(token);
  return s && s.k === "groups" ? (s.f ?? undefined) : undefined;
}

const skuCache = new Map<string, string>();
function skuGuid(sku: string): string {
  let g = skuCache.get(sku);
  if (!g) {
    const h = hashString(sku).toString(16).padStart(8, "0");
    g = `${h}-0000-4000-8000-${h}0000`;
    skuCache.set(sku, g);
  }
  return g;
}
