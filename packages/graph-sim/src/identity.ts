import { createHash, randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { decodeProtectedHeader, importSPKI, jwtVerify } from "jose";
import { CLOUD_NAMES, CLOUDS, DEMO_TENANT, LOGIN_ORIGIN } from "./constants";
import type { SimContext } from "./context";
import { cloudsOfLogin, loginHostOf } from "./hosts";
import { inc, type Tenant } from "./state";
import { issueAccessToken, TOKEN_LIFETIME_S } from "./tokens";

// Entra ID endpoints on the same paths as login.microsoftonline.com.

/** The `.default` scope of a tenant's Graph: its cloud's Graph host. */
const defaultScopeOf = (t: Tenant) => `https://${CLOUDS[t.cloud].graph}/.default`;
/** Every cloud's Graph resource, to tell "another cloud's Graph" from a malformed scope. */
const GRAPH_RESOURCES = new Set(CLOUD_NAMES.map((c) => `https://${CLOUDS[c].graph}`));
const META_TENANTS = new Set(["organizations", "common", "consumers"]);

function entraTimestamp(d: Date): string {
  return `${d.toISOString().slice(0, 19).replace("T", " ")}Z`;
}

export function entraError(
  ctx: SimContext,
  reply: FastifyReply,
  status: number,
  error: string,
  code: number,
  text: string,
): FastifyReply {
  const now = new Date(ctx.state.now());
  const traceId = randomUUID();
  const correlationId = randomUUID();
  ctx.state.counters.tokens.refused++;
  inc(ctx.state.counters.tokens.byError, `AADSTS${code}`);
  return reply
    .code(status)
    .header("content-type", "application/json; charset=utf-8")
    .header("x-ms-request-id", traceId)
    .send({
      error,
      error_description: `AADSTS${code}: ${text} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${entraTimestamp(now)}`,
      error_codes: [code],
      timestamp: entraTimestamp(now),
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `${LOGIN_ORIGIN}/error?code=${code}`,
    });
}

export function openidConfiguration(tenantSeg: string, loginHost: string = CLOUDS.global.login) {
  const t = META_TENANTS.has(tenantSeg.toLowerCase()) ? "{tenantid}" : tenantSeg;
  const origin = `https://${loginHost}`;
  const base = `${origin}/${tenantSeg}`;
  const cloud = CLOUDS[cloudsOfLogin(loginHost)[0] ?? "global"];
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ["client_secret_post", "private_key_jwt", "client_secret_basic"],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ["query", "fragment", "form_post"],
    subject_types_supported: ["pairwise"],
    id_token_signing_alg_values_supported: ["RS256"],
    response_types_supported: ["code", "id_token", "code id_token", "id_token token"],
    scopes_supported: ["openid", "profile", "email", "offline_access"],
    issuer: `${origin}/${t}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `https://${cloud.graph}/oidc/userinfo`,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: [
      "sub",
      "iss",
      "cloud_instance_name",
      "cloud_instance_host_name",
      "cloud_graph_host_name",
      "msgraph_host",
      "aud",
      "exp",
      "iat",
      "auth_time",
      "acr",
      "nonce",
      "preferred_username",
      "name",
      "tid",
      "ver",
      "at_hash",
      "c_hash",
      "email",
    ],
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: "NA",
    cloud_instance_name: loginHost.replace(/^login\.(partner\.)?/, ""),
    cloud_graph_host_name: "graph.windows.net",
    msgraph_host: cloud.graph,
    rbac_url: "https://pas.windows.net",
  };
}

export function instanceDiscovery(loginHost: string = CLOUDS.global.login) {
  return {
    tenant_discovery_endpoint: `https://${loginHost}/{tenant}/v2.0/.well-known/openid-configuration`,
    "api-version": "1.1",
    metadata:
      loginHost === CLOUDS.global.login
        ? [
            {
              preferred_network: "login.microsoftonline.com",
              preferred_cache: "login.windows.net",
              aliases: [
                "login.microsoftonline.com",
                "login.windows.net",
                "login.microsoft.com",
                "sts.windows.net",
              ],
            },
          ]
        : [{ preferred_network: loginHost, preferred_cache: loginHost, aliases: [loginHost] }],
  };
}

/** Thumbprint hex → the base64url form MSAL puts in x5t / x5t#S256. */
const hexToB64url = (hex: string) => Buffer.from(hex, "hex").toString("base64url");

export function registerIdentityRoutes(app: FastifyInstance, ctx: SimContext): void {
  const st = ctx.state;

  // Each cloud's Entra ID knows only its own tenants (see hosts.ts for how a request names its cloud).
  const loginOf = (req: FastifyRequest) => loginHostOf(req)?.host ?? null;
  const inCloud = (t: Tenant | undefined, host: string) =>
    t && CLOUDS[t.cloud].login === host ? t : undefined;
  const noRoute = (reply: FastifyReply, req: FastifyRequest) =>
    reply.code(404).send({ error: `no route ${req.method} ${req.url.split("?")[0]}` });
  app.get("/common/discovery/instance", async (req, reply) => {
    const host = loginOf(req);
    return host ? instanceDiscovery(host) : noRoute(reply, req);
  });
  app.get("/:tenant/discovery/instance", async (req, reply) => {
    const host = loginOf(req);
    return host ? instanceDiscovery(host) : noRoute(reply, req);
  });
  app.get<{ Params: { tenant: string } }>(
    "/:tenant/v2.0/.well-known/openid-configuration",
    async (req, reply) => {
      const host = loginOf(req);
      if (!host) return noRoute(reply, req);
      const seg = req.params.tenant;
      if (!META_TENANTS.has(seg.toLowerCase()) && !inCloud(st.resolveTenant(seg), host))
        return entraError(ctx, reply, 400, "invalid_tenant", 90002, tenantNotFound(seg));
      return openidConfiguration(seg, host);
    },
  );
  const keys = async () => ({ keys: [ctx.keys.jwk] });
  app.get("/:tenant/discovery/v2.0/keys", keys);
  app.get("/common/discovery/keys", keys);

  // ---- admin consent ----
  const consent = async (
    req: FastifyRequest<{ Params: { tenant: string }; Querystring: Record<string, string | undefined> }>,
    reply: FastifyReply,
  ) => {
    const host = loginOf(req);
    if (!host) return noRoute(reply, req);
    const q = req.query;
    const clientId = (q.client_id ?? "").toLowerCase();
    const appRec = st.apps.get(clientId);
    if (!clientId)
      return entraError(
        ctx,
        reply,
        400,
        "invalid_request",
        900144,
        "The request body must contain the following parameter: 'client_id'.",
      );
    const seg = req.params.tenant;
    let tenant: Tenant | undefined;
    if (META_TENANTS.has(seg.toLowerCase())) {
      // Which tenant's admin signs in: sim_tenant > login_hint's domain > control "next consenting tenant" > demo tenant.
      const hintDomain = q.login_hint?.includes("@") ? q.login_hint.split("@")[1] : undefined;
      const key = q.sim_tenant ?? hintDomain ?? st.nextConsentTenant ?? DEMO_TENANT.tenantId;
      if (!q.sim_tenant && !hintDomain) st.nextConsentTenant = null;
      tenant = inCloud(st.resolveTenant(key), host);
      if (!tenant) return entraError(ctx, reply, 400, "invalid_tenant", 90002, tenantNotFound(key));
    } else {
      tenant = inCloud(st.resolveTenant(seg), host);
      if (!tenant) return entraError(ctx, reply, 400, "invalid_tenant", 90002, tenantNotFound(seg));
    }
    if (!appRec)
      return entraError(
        ctx,
        reply,
        400,
        "unauthorized_client",
        700016,
        appNotFound(clientId, tenant.data.domain),
      );
    const redirect = q.redirect_uri;
    if (!redirect)
      return entraError(
        ctx,
        reply,
        400,
        "invalid_request",
        900144,
        "The request body must contain the following parameter: 'redirect_uri'.",
      );
    if (appRec.redirectUris.length > 0 && !appRec.redirectUris.includes(redirect))
      return entraError(
        ctx,
        reply,
        400,
        "invalid_request",
        50011,
        `The redirect URI '${redirect}' specified in the request does not match the redirect URIs configured for the application '${appRec.clientId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError to learn more about how to fix this.`,
      );
    let target: URL;
    try {
      target = new URL(redirect);
    } catch {
      return entraError(
        ctx,
        reply,
        400,
        "invalid_request",
        90102,
        `'redirect_uri' value must be a valid absolute URI.`,
      );
    }
    if (tenant.refuseConsent) {
      st.counters.consents.refused++;
      target.searchParams.set("error", tenant.refuseConsent);
      target.searchParams.set(
        "error_description",
        `AADSTS65004: User declined to consent to access the app. Trace ID: ${randomUUID()} Correlation ID: ${randomUUID()} Timestamp: ${entraTimestamp(new Date(st.now()))}`,
      );
      target.searchParams.set("tenant", tenant.id);
      if (q.state !== undefined) target.searchParams.set("state", q.state);
      return reply.redirect(target.toString(), 302);
    }
    st.grantConsent(tenant, clientId);
    st.counters.consents.granted++;
    target.searchParams.set("admin_consent", "True");
    target.searchParams.set("tenant", tenant.id);
    target.searchParams.set("scope", q.scope ?? defaultScopeOf(tenant));
    if (q.state !== undefined) target.searchParams.set("state", q.state);
    return reply.redirect(target.toString(), 302);
  };
  app.get<{ Params: { tenant: string }; Querystring: Record<string, string | undefined> }>(
    "/:tenant/v2.0/adminconsent",
    (req, reply) => consent(req, reply),
  );
  app.get<{ Params: { tenant: string }; Querystring: Record<string, string | undefined> }>(
    "/:tenant/adminconsent",
    (req, reply) => consent(req, reply),
  );

  // ---- token endpoint ----
  const token = async (req: FastifyRequest<{ Params: { tenant: string } }>, reply: FastifyReply) => {
    const host = loginOf(req);
    if (!host) return noRoute(reply, req);
    const body = (req.body ?? {}) as Record<string, string | undefined>;
    const seg = req.params.tenant;
    if (META_TENANTS.has(seg.toLowerCase()))
      return entraError(
        ctx,
        reply,
        400,
        "invalid_request",
        50059,
        "No tenant-identifying information found in either the request or implied by any provided credentials.",
      );
    const tenant = inCloud(st.resolveTenant(seg), host);
    if (!tenant) return entraError(ctx, reply, 400, "invalid_request", 90002, tenantNotFound(seg));
    if (body.grant_type !== "client_credentials")
      return entraError(
        ctx,
        reply,
        400,
        "unsupported_grant_type",
        70003,
        `The app requested an unsupported grant type '${body.grant_type ?? ""}'.`,
      );
    const clientId = (body.client_id ?? "").toLowerCase();
    if (!clientId)
      return entraError(
        ctx,
        reply,
        400,
        "invalid_request",
        900144,
        "The request body must contain the following parameter: 'client_id'.",
      );
    const appRec = st.apps.get(clientId);
    if (!appRec)
      return entraError(
        ctx,
        reply,
        400,
        "unauthorized_client",
        700016,
        appNotFound(clientId, tenant.data.domain),
      );
    const scopes = (body.scope ?? "")
      .split(/\s+/)
      .filter((s) => s && !["openid", "profile", "offline_access"].includes(s));
    const resource = scopes.length === 1 ? scopes[0]!.toLowerCase().replace(/\/\.default$/, "") : "";
    if (
      scopes.length === 1 &&
      scopes[0]!.toLowerCase() !== defaultScopeOf(tenant) &&
      GRAPH_RESOURCES.has(resource)
    )
      // Another cloud's Graph: no such resource in this tenant's cloud.
      return entraError(
        ctx,
        reply,
        400,
        "invalid_resource",
        500011,
        `The resource principal named ${resource} was not found in the tenant named ${tenant.data.name}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
      );
    if (scopes.length !== 1 || scopes[0]!.toLowerCase() !== defaultScopeOf(tenant))
      return entraError(
        ctx,
        reply,
        400,
        "invalid_scope",
        1002012,
        `The provided value for scope ${body.scope ?? ""} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
      );
    let cert = false;
    if (body.client_secret !== undefined) {
      if (!appRec.clientSecret || body.client_secret !== appRec.clientSecret)
        return entraError(
          ctx,
          reply,
          401,
          "invalid_client",
          7000215,
          `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${appRec.clientId}'.`,
        );
    } else if (body.client_assertion !== undefined) {
      if (body.client_assertion_type !== "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
        return entraError(
          ctx,
          reply,
          400,
          "invalid_request",
          700025,
          "Client is public so neither 'client_assertion' nor 'client_secret' should be presented.",
        );
      const err = await verifyAssertion(
        body.client_assertion,
        appRec.clientId,
        appRec.certificate,
        tenant,
        st.now(),
      );
      if (err) return entraError(ctx, reply, 401, "invalid_client", err.code, err.text);
      cert = true;
    } else {
      return entraError(
        ctx,
        reply,
        401,
        "invalid_client",
        7000218,
        "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
      );
    }
    const granted = tenant.consent.get(clientId);
    if (!granted)
      return entraError(
        ctx,
        reply,
        401,
        "invalid_client",
        7000229,
        `The client application ${appRec.clientId} is missing service principal in the tenant ${tenant.id}. See instructions here: https://go.microsoft.com/fwlink/?linkid=2225119`,
      );
    const accessToken = await issueAccessToken(ctx.keys, {
      tid: tenant.id,
      appid: appRec.clientId,
      appName: appRec.displayName,
      roles: granted.roles,
      nowMs: st.now(),
      cert,
      cloud: tenant.cloud,
    });
    st.counters.tokens.issued++;
    return reply
      .header("cache-control", "no-store, no-cache")
      .header("content-type", "application/json; charset=utf-8")
      .send({
        token_type: "Bearer",
        expires_in: TOKEN_LIFETIME_S,
        ext_expires_in: TOKEN_LIFETIME_S,
        access_token: accessToken,
      });
  };
  app.post<{ Params: { tenant: string } }>("/:tenant/oauth2/v2.0/token", (req, reply) => token(req, reply));
  app.post<{ Params: { tenant: string } }>("/:tenant/oauth2/token", (req, reply) => token(req, reply));
}

const tenantNotFound = (t: string) =>
  `Tenant '${t}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`;

const appNotFound = (clientId: string, domain: string) =>
  `Application with identifier '${clientId}' was not found in the directory '${domain}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`;

async function verifyAssertion(
  assertion: string,
  clientId: string,
  certRec: { publicKeyPem: string; thumbprintSha1?: string; thumbprintSha256?: string } | null,
  tenant: Tenant,
  nowMs: number,
): Promise<{ code: number; text: string } | null> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(assertion);
  } catch {
    return { code: 50027, text: "JWT token is invalid or malformed." };
  }
  const x5t = header.x5t ?? (header as Record<string, unknown>)["x5t#S256"];
  const sha1 = certRec?.thumbprintSha1 ? hexToB64url(certRec.thumbprintSha1) : null;
  const sha256 = certRec?.thumbprintSha256 ? hexToB64url(certRec.thumbprintSha256) : null;
  const derived = certRec ? thumbprintsOf(certRec.publicKeyPem) : null;
  const known = [sha1, sha256, derived?.sha1, derived?.sha256].filter(Boolean);
  if (!certRec || typeof x5t !== "string" || !known.includes(x5t))
    return {
      code: 700027,
      text: `The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '${typeof x5t === "string" ? Buffer.from(x5t, "base64url").toString("hex").toUpperCase() : ""}', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '${clientId}'.]`,
    };
  const alg = header.alg === "PS256" ? "PS256" : "RS256";
  let payload: Record<string, unknown>;
  try {
    const key = await importSPKI(certRec.publicKeyPem, alg);
    ({ payload } = await jwtVerify(assertion, key, {
      algorithms: [alg],
      currentDate: new Date(nowMs),
      clockTolerance: 300,
    }));
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ERR_JWT_EXPIRED" || code === "ERR_JWT_CLAIM_VALIDATION_FAILED")
      return { code: 700024, text: "Client assertion is not within its valid time range." };
    return {
      code: 700027,
      text: "Client assertion contains an invalid signature. [Reason - The key was not found.]",
    };
  }
  if (typeof payload.exp !== "number")
    return { code: 700024, text: "Client assertion is not within its valid time range." };
  if (String(payload.iss).toLowerCase() !== clientId || String(payload.sub).toLowerCase() !== clientId)
    return {
      code: 700021,
      text: "Client assertion application identifier doesn't match 'client_id' parameter.",
    };
  const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  const okAud = aud.some((a) => {
    if (typeof a !== "string") return false;
    const m = /^https?:\/\/[^/]+\/([^/]+)\/oauth2\/(v2\.0\/)?token\/?$/.exec(a);
    if (!m) return false;
    const t = m[1]!.toLowerCase();
    return (
      t === tenant.id ||
      t === tenant.data.domain ||
      t === tenant.data.name.toLowerCase() ||
      META_TENANTS.has(t)
    );
  });
  if (!okAud)
    return {
      code: 700212,
      text: `The audience claim in the client assertion is invalid. Expected the token endpoint of tenant '${tenant.id}'.`,
    };
  return null;
}

const thumbCache = new Map<string, { sha1: string; sha256: string }>();
function thumbprintsOf(pem: string): { sha1: string; sha256: string } {
  let t = thumbCache.get(pem);
  if (!t) {
    const der = Buffer.from(pem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, ""), "base64");
    t = {
      sha1: createHash("sha1").update(der).digest("base64url"),
      sha256: createHash("sha256").update(der).digest("base64url"),
    };
    thumbCache.set(pem, t);
  }
  return t;
}
