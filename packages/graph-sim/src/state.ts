import {
  CLOUD_NAMES,
  CLOUDS,
  DAY_MS,
  DEFAULT_LEGACY_BILLING,
  DEFAULT_LIMITS,
  DEFAULT_QUIRKS,
  DEFAULT_SIZES,
  DEMO_APP,
  DEMO_TENANT,
  defaultDeletedUsers,
  defaultGuests,
  NO_FAULTS,
} from "./constants";
import { type Container, TenantData } from "./data";
import { guid, hash, hashString, Prng } from "./hash";
import { RateTracker } from "./throttle";
import type {
  AppInput,
  CloudName,
  Counters,
  FaultConfig,
  FaultPatch,
  LegacyBillingConfig,
  LimitsConfig,
  QuirksConfig,
  RefuseConsent,
  TenantInput,
  TenantSizes,
  UserAccess,
} from "./types";

export interface AppRec {
  clientId: string;
  displayName: string;
  clientSecret: string | null;
  certificate: { publicKeyPem: string; thumbprintSha1?: string; thumbprintSha256?: string } | null;
  roles: string[];
  redirectUris: string[];
}

export interface ConsentRec {
  roles: string[];
  grantedAtMs: number;
}

/** A tenant: generated data plus its mutable configuration. */
export class Tenant {
  readonly data: TenantData;
  readonly consent = new Map<string, ConsentRec>();
  refuseConsent: RefuseConsent = null;
  defaultLicenses: string[] = ["E5"];
  readonly licenses = new Map<string, string[]>();
  limits: Partial<LimitsConfig> = {};
  faults: FaultPatch = {};
  legacyBilling: LegacyBillingConfig = { ...DEFAULT_LEGACY_BILLING };
  quirks: Partial<QuirksConfig> = {};
  clockOffsetMs = 0;
  protectedApiApproved = true;
  /** Lower-cased user id → why Graph cannot serve that user's chats (absent: it can). */
  readonly userAccess = new Map<string, Exclude<UserAccess, "ok">>();
  /** Roles admin consent grants; null: every role the app asks for. */
  consentRoles: string[] | null = null;
  readonly prng: Prng;
  /** Tenant-clock time of creation: versions visible since then form ground truth's allVersions. */
  readonly createdAtMs: number;
  /** Billing ledger: "appId|YYYY-MM" → messages returned. */
  readonly billed = new Map<string, number>();
  /** A Teams retention policy holds messages: getAllRetainedMessages returns them past deletion. */
  retentionPolicy = false;

  constructor(
    data: TenantData,
    seed: number,
    createdAtMs: number,
    /** Its cloud: Entra ID and Graph answer for it only under that cloud's hosts. */
    readonly cloud: CloudName = "global",
  ) {
    this.data = data;
    this.prng = new Prng(hash(seed, hashString(data.id), 0xfa));
    this.createdAtMs = createdAtMs;
  }

  get id(): string {
    return this.data.id;
  }

  licensesOf(userId: string): string[] {
    return this.licenses.get(userId.toLowerCase()) ?? this.defaultLicenses;
  }
}

export function emptyCounters(nowIso: string): Counters {
  return {
    since: nowIso,
    requests: { total: 0, byEndpoint: {}, byTenant: {}, byTenantEndpoint: {}, byStatus: {} },
    throttled: { total: 0, byTenant: {}, byScope: {} },
    faults: { total: 0, byKind: {}, byTenant: {} },
    messagesReturned: { total: 0, byTenant: {} },
    hostedContentBytes: 0,
    tokens: { issued: 0, refused: 0, byError: {} },
    consents: { granted: 0, refused: 0 },
    peaks: { app: {}, appTenant: {}, appTenantTeam: {} },
    billing: {},
  };
}

export const inc = (rec: Record<string, number>, key: string, by = 1) => {
  rec[key] = (rec[key] ?? 0) + by;
};

export function mergeFaults(base: FaultConfig, patch: FaultPatch | undefined): FaultConfig {
  if (!patch) return base;
  const { latency, ...rest } = patch;
  const out: FaultConfig = { ...base, latency: { ...base.latency, ...(latency ?? {}) } };
  for (const [k, v] of Object.entries(rest))
    if (v !== undefined) (out as unknown as Record<string, number>)[k] = v;
  return out;
}

/** A message version as Graph records it, for change notifications (its JSON text at that instant). */
export interface ChangeEvent {
  tenant: Tenant;
  container: Container;
  changeType: "created" | "updated" | "deleted";
  messageId: string;
  replyToId: string | null;
  json: string;
}

export interface StateOptions {
  seed: number;
  now: () => Date;
  limits?: Partial<LimitsConfig>;
  faults?: FaultPatch;
  quirks?: Partial<QuirksConfig>;
  /** Start of generated history is relative to this instant (default: now, floored to UTC midnight). */
  anchor?: Date;
  /** Create the demo tenant (default true). */
  demoTenant?: boolean;
}

export class SimState {
  readonly seed: number;
  private readonly nowFn: () => Date;
  clockOffsetMs = 0;
  readonly anchorMs: number;
  readonly apps = new Map<string, AppRec>();
  readonly tenants = new Map<string, Tenant>();
  limits: LimitsConfig;
  faults: FaultConfig;
  private quirksAll: QuirksConfig;
  counters: Counters;
  readonly rates = new RateTracker();
  readonly globalPrng: Prng;
  nextConsentTenant: string | null = null;
  /** Listeners of message changes (the subscription hub); empty unless someone subscribes. */
  readonly changeListeners = new Set<(e: ChangeEvent) => void>();

  constructor(opts: StateOptions) {
    this.seed = opts.seed >>> 0;
    this.nowFn = opts.now;
    this.limits = { ...DEFAULT_LIMITS, ...(opts.limits ?? {}) };
    this.faults = mergeFaults(NO_FAULTS, opts.faults);
    this.quirksAll = { ...DEFAULT_QUIRKS, ...(opts.quirks ?? {}) };
    this.globalPrng = new Prng(hash(this.seed, 0xfb));
    const n = this.now();
    this.anchorMs = opts.anchor ? opts.anchor.getTime() : Math.floor(n / DAY_MS) * DAY_MS;
    this.counters = emptyCounters(new Date(n).toISOString());
    this.registerApp({ ...DEMO_APP, roles: [...DEMO_APP.roles] });
    if (opts.demoTenant !== false) {
      this.createTenant(
        { name: DEMO_TENANT.name, id: DEMO_TENANT.tenantId, sizes: { ...DEMO_TENANT.sizes } },
        {
          userId: DEMO_TENANT.demoUserId,
          upn: DEMO_TENANT.demoUserPrincipalName,
          teamId: DEMO_TENANT.demoTeamId,
          targetMessages: DEMO_TENANT.demoUserMessages,
        },
      );
    }
  }

  /** Simulator-wide quirks; tenants override them field by field. */
  get quirks(): QuirksConfig {
    return this.quirksAll;
  }

  set quirks(q: QuirksConfig) {
    this.quirksAll = { ...q };
    for (const t of this.tenants.values()) t.data.setQuirks(this.effectiveQuirks(t));
  }

  effectiveQuirks(t: Tenant): QuirksConfig {
    return { ...this.quirksAll, ...t.quirks };
  }

  emitChange(e: ChangeEvent): void {
    for (const l of this.changeListeners) l(e);
  }

  now(): number {
    return this.nowFn().getTime() + this.clockOffsetMs;
  }

  tenantNow(t: Tenant): number {
    return this.now() + t.clockOffsetMs;
  }

  registerApp(input: AppInput): AppRec {
    const rec: AppRec = {
      clientId: input.clientId.toLowerCase(),
      displayName: input.displayName ?? input.clientId,
      clientSecret: input.clientSecret ?? null,
      certificate: input.certificate ?? null,
      roles: input.roles ? [...input.roles] : [...DEMO_APP.roles],
      redirectUris: input.redirectUris ?? [],
    };
    this.apps.set(rec.clientId, rec);
    return rec;
  }

  createTenant(
    input: TenantInput,
    demo?: { userId: string; upn: string; teamId: string; targetMessages: number },
  ): Tenant {
    if (!input.name || typeof input.name !== "string") throw new Error("tenant name is required");
    const id = (input.id ?? guid(this.seed, hashString(input.name.toLowerCase()), 9)).toLowerCase();
    if (this.tenants.has(id)) throw new Error(`tenant ${id} already exists`);
    if (this.resolveTenant(input.name)) throw new Error(`tenant name ${input.name} already exists`);
    const given = input.sizes ?? {};
    const merged = { ...DEFAULT_SIZES, ...given };
    const users = Math.max(1, Math.floor(merged.users));
    const sizes: TenantSizes = {
      ...merged,
      guests: given.guests ?? defaultGuests(users),
      deletedUsers: given.deletedUsers ?? defaultDeletedUsers(users),
    };
    const cloud = input.cloud ?? "global";
    if (!CLOUD_NAMES.includes(cloud)) throw new Error(`cloud must be one of ${CLOUD_NAMES.join(", ")}`);
    const data = new TenantData({
      seed: this.seed,
      id,
      name: input.name,
      sizes,
      anchorMs: this.anchorMs,
      graphOrigin: `https://${CLOUDS[cloud].graph}`,
      ...(demo ? { demo } : {}),
    });
    const t = new Tenant(data, this.seed, this.now() + (input.clockOffsetMs ?? 0), cloud);
    if (input.consentRoles) t.consentRoles = [...input.consentRoles];
    for (const appId of input.consentedApps ?? [DEMO_APP.clientId]) this.grantConsent(t, appId);
    this.configureTenant(t, input);
    this.tenants.set(id, t);
    return t;
  }

  configureTenant(t: Tenant, p: Omit<Partial<TenantInput>, "name" | "id" | "sizes" | "cloud">): void {
    if (p.refuseConsent !== undefined) t.refuseConsent = p.refuseConsent;
    if (p.defaultLicenses) t.defaultLicenses = [...p.defaultLicenses];
    if (p.licenses) for (const [u, l] of Object.entries(p.licenses)) t.licenses.set(u.toLowerCase(), [...l]);
    if (p.limits) t.limits = { ...t.limits, ...p.limits };
    if (p.faults) {
      const { latency, ...rest } = p.faults;
      t.faults = {
        ...t.faults,
        ...rest,
        ...(latency ? { latency: { ...(t.faults.latency ?? {}), ...latency } } : {}),
      };
    }
    if (p.legacyBilling) t.legacyBilling = { ...t.legacyBilling, ...p.legacyBilling };
    if (p.quirks) t.quirks = { ...t.quirks, ...p.quirks };
    t.data.setQuirks(this.effectiveQuirks(t));
    if (p.clockOffsetMs !== undefined) t.clockOffsetMs = p.clockOffsetMs;
    if (p.protectedApiApproved !== undefined) t.protectedApiApproved = p.protectedApiApproved;
    for (const [u, access] of Object.entries(p.userAccess ?? {})) {
      if (access === "ok") t.userAccess.delete(u.toLowerCase());
      else if (access === "noTeamsLicense" || access === "noMailbox")
        t.userAccess.set(u.toLowerCase(), access);
      else throw new Error(`userAccess of ${u} must be ok, noTeamsLicense or noMailbox`);
    }
    if (p.consentRoles !== undefined) t.consentRoles = p.consentRoles ? [...p.consentRoles] : null;
    if (p.retentionPolicy !== undefined) t.retentionPolicy = p.retentionPolicy;
    if (p.consentedApps) {
      t.consent.clear();
      for (const a of p.consentedApps) this.grantConsent(t, a);
    }
  }

  grantConsent(t: Tenant, appId: string, roles?: string[]): void {
    const app = this.apps.get(appId.toLowerCase());
    const asked = app?.roles ?? [...DEMO_APP.roles];
    t.consent.set(appId.toLowerCase(), {
      roles: roles ?? (t.consentRoles ? asked.filter((r) => t.consentRoles?.includes(r)) : asked),
      grantedAtMs: this.now(),
    });
  }

  /** By id, name, or verified domain. */
  resolveTenant(key: string): Tenant | undefined {
    const k = key.toLowerCase();
    const byId = this.tenants.get(k);
    if (byId) return byId;
    for (const t of this.tenants.values()) {
      if (t.data.name.toLowerCase() === k || t.data.domain === k) return t;
    }
    return undefined;
  }

  effectiveFaults(t: Tenant | undefined): FaultConfig {
    return t ? mergeFaults(this.faults, t.faults) : this.faults;
  }

  effectiveLimits(t: Tenant | undefined): LimitsConfig {
    // App-wide limits span tenants: a tenant cannot change them.
    const { perAppRps, messageAppRps, otherAppRps } = this.limits;
    return t ? { ...this.limits, ...t.limits, perAppRps, messageAppRps, otherAppRps } : this.limits;
  }

  resetCounters(): void {
    this.counters = emptyCounters(new Date(this.now()).toISOString());
    this.rates.resetPeaks();
  }

  /** Counters snapshot with peaks filled in. */
  snapshotCounters(): Counters {
    const c = structuredClone(this.counters);
    for (const [key, p] of this.rates.peaks) {
      const parts = key.split("/");
      const target =
        parts.length === 1 ? c.peaks.app : parts.length === 2 ? c.peaks.appTenant : c.peaks.appTenantTeam;
      target[key] = { ...p };
    }
    return c;
  }
}
