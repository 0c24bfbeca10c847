import { DEMO_APP } from "./constants";
import { type ChatMessageJson, type Container, iso } from "./data";
import {
  deleteMessage,
  editMessage,
  groundTruth,
  postMessage,
  reactToMessage,
  resolveContainer,
  SimError,
} from "./mutations";
import { mergeFaults, type SimState, type Tenant } from "./state";
import type {
  AppInput,
  ChatInfo,
  ContainerRef,
  Counters,
  FaultConfig,
  FaultPatch,
  GroundTruth,
  GroundTruthQuery,
  LimitsConfig,
  PostInput,
  QuirksConfig,
  TeamInfo,
  TenantInput,
  TenantPatch,
  TenantSummary,
  UserInfo,
} from "./types";

export interface SimConfig {
  seed: number;
  now: string;
  clockOffsetMs: number;
  anchor: string;
  limits: LimitsConfig;
  faults: FaultConfig;
  quirks: QuirksConfig;
  nextConsentTenant: string | null;
}

export interface ConfigPatch {
  limits?: Partial<LimitsConfig>;
  faults?: FaultPatch;
  quirks?: Partial<QuirksConfig>;
  /** Shift the simulator clock (affects tokens, deletion visibility, billing months). */
  clockOffsetMs?: number;
}

export interface AppSummary {
  clientId: string;
  displayName: string;
  hasSecret: boolean;
  hasCertificate: boolean;
  roles: string[];
  redirectUris: string[];
}

export interface Health {
  status: "ok";
  seed: number;
  tenants: number;
  apps: number;
  url: string | null;
  uptimeMs: number;
}

/** In-process equivalent of every /_sim route. */
export class SimControl {
  private readonly started = Date.now();
  constructor(
    private readonly st: SimState,
    private readonly urlOf: () => string | null,
  ) {}

  private tenant(key: string): Tenant {
    const t = this.st.resolveTenant(key);
    if (!t) throw new SimError(404, `tenant ${key} not found`);
    return t;
  }

  health(): Health {
    return {
      status: "ok",
      seed: this.st.seed,
      tenants: this.st.tenants.size,
      apps: this.st.apps.size,
      url: this.urlOf(),
      uptimeMs: Date.now() - this.started,
    };
  }

  getConfig(): SimConfig {
    return {
      seed: this.st.seed,
      now: new Date(this.st.now()).toISOString(),
      clockOffsetMs: this.st.clockOffsetMs,
      anchor: new Date(this.st.anchorMs).toISOString(),
      limits: { ...this.st.limits },
      faults: structuredClone(this.st.faults),
      quirks: { ...this.st.quirks },
      nextConsentTenant: this.st.nextConsentTenant,
    };
  }

  /** Global defaults; tenant settings override them field by field. */
  configure(p: ConfigPatch): SimConfig {
    if (p.limits) this.st.limits = { ...this.st.limits, ...p.limits };
    if (p.faults) this.st.faults = mergeFaults(this.st.faults, p.faults);
    if (p.quirks) this.st.quirks = { ...this.st.quirks, ...p.quirks };
    if (p.clockOffsetMs !== undefined) this.st.clockOffsetMs = p.clockOffsetMs;
    return this.getConfig();
  }

  listApps(): AppSummary[] {
    return [...this.st.apps.values()].map((a) => ({
      clientId: a.clientId,
      displayName: a.displayName,
      hasSecret: !!a.clientSecret,
      hasCertificate: !!a.certificate,
      roles: [...a.roles],
      redirectUris: [...a.redirectUris],
    }));
  }

  /** Register (or replace) an app; to add a certificate to the demo app, pass its clientId and secret again. */
  registerApp(input: AppInput): AppSummary {
    if (!input.clientId) throw new SimError(400, "clientId is required");
    const existing = this.st.apps.get(input.clientId.toLowerCase());
    this.st.registerApp({
      ...input,
      clientSecret: input.clientSecret !== undefined ? input.clientSecret : (existing?.clientSecret ?? null),
      certificate: input.certificate !== undefined ? input.certificate : (existing?.certificate ?? null),
      roles: input.roles ?? existing?.roles ?? [...DEMO_APP.roles],
      displayName: input.displayName ?? existing?.displayName ?? input.clientId,
    });
    return this.listApps().find((a) => a.clientId === input.clientId.toLowerCase())!;
  }

  listTenants(): TenantSummary[] {
    return [...this.st.tenants.values()].map((t) => this.summary(t));
  }

  getTenant(tenant: string): TenantSummary {
    return this.summary(this.tenant(tenant));
  }

  createTenant(input: TenantInput): TenantSummary {
    try {
      return this.summary(this.st.createTenant(input));
    } catch (e) {
      if (e instanceof SimError) throw e;
      throw new SimError(400, (e as Error).message);
    }
  }

  configureTenant(tenant: string, patch: TenantPatch): TenantSummary {
    const t = this.tenant(tenant);
    this.st.configureTenant(t, patch);
    return this.summary(t);
  }

  grantConsent(tenant: string, appId: string, roles?: string[]): TenantSummary {
    const t = this.tenant(tenant);
    this.st.grantConsent(t, appId, roles);
    return this.summary(t);
  }

  revokeConsent(tenant: string, appId: string): TenantSummary {
    const t = this.tenant(tenant);
    t.consent.delete(appId.toLowerCase());
    return this.summary(t);
  }

  /** The tenant whose admin answers the next /organizations or /common admin-consent request. */
  setNextConsentTenant(tenant: string | null): void {
    this.st.nextConsentTenant = tenant === null ? null : this.tenant(tenant).id;
  }

  setLicenses(tenant: string, userId: string, licenses: string[]): UserInfo {
    const t = this.tenant(tenant);
    const u = t.data.findUser(userId);
    if (!u) throw new SimError(404, `user ${userId} not found`);
    t.licenses.set(u.id.toLowerCase(), [...licenses]);
    return this.userInfo(t, u.idx);
  }

  resetBilling(tenant: string): void {
    this.tenant(tenant).billed.clear();
  }

  /** Users GET /users lists now (members and guests). */
  listUsers(tenant: string): UserInfo[] {
    const t = this.tenant(tenant);
    return t.data.listedUsers().map((u) => this.userInfo(t, u.idx));
  }

  /** Users deleted from the directory (GET /directory/deletedItems/microsoft.graph.user). */
  listDeletedUsers(tenant: string): UserInfo[] {
    const t = this.tenant(tenant);
    return t.data.deletedUsers().map((u) => this.userInfo(t, u.idx));
  }

  /** Distinct non-directory chat participants (external users). */
  listExternalParticipants(
    tenant: string,
  ): { id: string; displayName: string; userIdentityType: string; tenantId: string | null }[] {
    return this.tenant(tenant).data.externals.map((e) => ({
      id: e.id,
      displayName: e.displayName,
      userIdentityType: e.userIdentityType,
      tenantId: e.tenantId,
    }));
  }

  /**
   * Delete a listed user from the directory now: it leaves GET /users for deletedItems, its getAllMessages
   * answers 404; its messages stay in the other participants' exports and in ground truth.
   */
  deleteUser(tenant: string, userId: string): UserInfo {
    const t = this.tenant(tenant);
    const u = t.data.findUser(userId);
    if (!u) throw new SimError(404, `user ${userId} not found`);
    if (u.deletedMs > 0) throw new SimError(409, `user ${userId} is already deleted`);
    t.data.removeUser(u, this.st.tenantNow(t));
    return this.userInfo(t, u.idx);
  }

  /**
   * Delete a live team at `at` (ISO, tenant clock; default now): it leaves /teams and /groups for
   * /teamwork/deletedTeams, whose getAllMessages serves it until 30 days after `at`, then answers 404.
   */
  deleteTeam(tenant: string, teamId: string, at?: string): TeamInfo {
    const t = this.tenant(tenant);
    const team = t.data.teamById.get(teamId.toLowerCase());
    if (!team) throw new SimError(404, `team ${teamId} not found`);
    if (team.deletedMs > 0) throw new SimError(409, `team ${teamId} is already deleted`);
    const atMs = at === undefined ? this.st.tenantNow(t) : Date.parse(at);
    if (Number.isNaN(atMs)) throw new SimError(400, "at must be an ISO date-time");
    team.deletedMs = atMs;
    return this.listTeams(tenant).find((x) => x.id === team.id) as TeamInfo;
  }

  listTeams(tenant: string): TeamInfo[] {
    const t = this.tenant(tenant);
    return t.data.teams.map((team) => ({
      id: team.id,
      displayName: team.displayName,
      description: team.description,
      legacy: team.legacy,
      deletedDateTime: team.deletedMs > 0 ? iso(team.deletedMs) : null,
      memberIds: team.members.map((m) => t.data.users[m]!.id),
      channels: team.channels.map((ch) => ({
        id: ch.id,
        displayName: ch.displayName,
        membershipType: ch.membershipType,
        messageCount: ch.genCount + this.posted(t, ch.idx),
      })),
    }));
  }

  listChats(tenant: string, userId: string): ChatInfo[] {
    const t = this.tenant(tenant);
    const u = t.data.findUser(userId);
    if (!u) throw new SimError(404, `user ${userId} not found`);
    return t.data.userChats[u.idx]!.map((i) => this.chatInfo(t, t.data.chats[i]!));
  }

  /** Every chat of the tenant (GET /chats/{id} of each answers with this topic, type and members). */
  listAllChats(tenant: string): ChatInfo[] {
    const t = this.tenant(tenant);
    return t.data.chats.map((c) => this.chatInfo(t, c));
  }

  /** Renames a chat (topic; null clears it): lastUpdatedDateTime moves to now. */
  updateChat(tenant: string, chatId: string, change: { topic?: string | null }): ChatInfo {
    const t = this.tenant(tenant);
    const c = resolveContainer(t, { chatId });
    if (change.topic !== undefined) {
      if (c.chatType === "oneOnOne") throw new SimError(400, "a oneOnOne chat has no topic");
      c.topic = change.topic;
      c.updatedMs = Math.max(this.st.tenantNow(t), c.updatedMs + 1);
    }
    return this.chatInfo(t, c);
  }

  /** Renames a directory user (displayName, userPrincipalName); sent messages keep the name they carry. */
  updateUser(
    tenant: string,
    userId: string,
    change: { displayName?: string; userPrincipalName?: string },
  ): UserInfo {
    const t = this.tenant(tenant);
    const u = t.data.findUser(userId);
    if (!u) throw new SimError(404, `user ${userId} not found`);
    const other = change.userPrincipalName ? t.data.findUser(change.userPrincipalName) : undefined;
    if (other && other !== u) throw new SimError(409, `${change.userPrincipalName} is taken`);
    t.data.renameUser(u, change);
    return this.userInfo(t, u.idx);
  }

  /** Renames a team (GET /teams/{id}, /groups) or one of its channels (GET /teams/{id}/channels). */
  updateTeam(
    tenant: string,
    teamId: string,
    change: { displayName?: string; description?: string; channelId?: string },
  ): TeamInfo {
    const t = this.tenant(tenant);
    const team = t.data.teamById.get(teamId.toLowerCase());
    if (!team) throw new SimError(404, `team ${teamId} not found`);
    if (change.channelId) {
      const ch = resolveContainer(t, { teamId, channelId: change.channelId });
      if (change.displayName !== undefined) ch.displayName = change.displayName;
      ch.updatedMs = this.st.tenantNow(t);
    } else {
      const group = t.data.groups.find((g) => g.team === team);
      if (change.displayName !== undefined) team.displayName = change.displayName;
      if (change.description !== undefined) team.description = change.description;
      if (group) Object.assign(group, { displayName: team.displayName, description: team.description });
    }
    return this.listTeams(tenant).find((x) => x.id === team.id)!;
  }

  private chatInfo(t: Tenant, c: Container): ChatInfo {
    return {
      id: c.id,
      chatType: c.chatType!,
      topic: c.topic,
      memberIds: c.members.map((m) => t.data.users[m]!.id),
      externalIds: c.externals.map((e) => t.data.externals[e]!.id),
      messageCount: c.genCount + this.posted(t, c.idx),
      createdDateTime: iso(c.createdMs),
      lastUpdatedDateTime: iso(c.updatedMs),
    };
  }

  getMessage(tenant: string, ref: ContainerRef, messageId: string): ChatMessageJson {
    const t = this.tenant(tenant);
    const m = t.data.lookup(resolveContainer(t, ref), messageId);
    if (!m) throw new SimError(404, `message ${messageId} not found`);
    return structuredClone(m.json);
  }

  postMessage(tenant: string, ref: ContainerRef, input: PostInput = {}): ChatMessageJson {
    const t = this.tenant(tenant);
    return structuredClone(postMessage(this.st, t, resolveContainer(t, ref), input));
  }

  editMessage(
    tenant: string,
    ref: ContainerRef,
    messageId: string,
    input: { content?: string; contentType?: "text" | "html" } = {},
  ): ChatMessageJson {
    const t = this.tenant(tenant);
    return structuredClone(editMessage(this.st, t, resolveContainer(t, ref), messageId, input));
  }

  reactToMessage(
    tenant: string,
    ref: ContainerRef,
    messageId: string,
    input: { userId?: string; reactionType?: string } = {},
  ): ChatMessageJson {
    const t = this.tenant(tenant);
    return structuredClone(reactToMessage(this.st, t, resolveContainer(t, ref), messageId, input));
  }

  deleteMessage(
    tenant: string,
    ref: ContainerRef,
    messageId: string,
    input: { shape?: "deletedDateTime" | "emptyBody" } = {},
  ): ChatMessageJson {
    const t = this.tenant(tenant);
    return structuredClone(deleteMessage(this.st, t, resolveContainer(t, ref), messageId, input));
  }

  groundTruth(query: GroundTruthQuery): GroundTruth {
    return groundTruth(this.st, query);
  }

  counters(): Counters {
    return this.st.snapshotCounters();
  }

  resetCounters(): void {
    this.st.resetCounters();
  }

  private posted(t: Tenant, idx: number): number {
    return t.data.overlays.get(idx)?.touched.filter((r) => r.index < 0).length ?? 0;
  }

  private userInfo(t: Tenant, idx: number): UserInfo {
    const u = t.data.users[idx]!;
    const chats = t.data.userChats[idx]!;
    return {
      id: u.id,
      displayName: u.displayName,
      userPrincipalName: u.userPrincipalName,
      userType: u.userType,
      deletedDateTime: u.deletedMs > 0 ? iso(u.deletedMs) : null,
      licenses: [...t.licensesOf(u.id)],
      chatCount: chats.length,
      messageCount: chats.reduce((s, i) => {
        const c = t.data.chats[i]!;
        return s + c.genCount + this.posted(t, c.idx);
      }, 0),
    };
  }

  private summary(t: Tenant): TenantSummary {
    const d = t.data;
    const channels = d.teams.flatMap((x) => x.channels);
    return {
      id: t.id,
      name: d.name,
      domain: d.domain,
      sizes: { ...d.sizes },
      counts: {
        users: d.listedUsers().length,
        guests: d.users.filter((u) => u.userType === "Guest" && u.deletedMs === 0).length,
        deletedUsers: d.deletedUsers().length,
        externalParticipants: d.externals.length,
        chats: d.chats.length,
        teams: d.liveTeams().length,
        legacyTeams: d.liveTeams().filter((x) => x.legacy).length,
        deletedTeams: d.keptDeletedTeams(this.st.tenantNow(t)).length,
        channels: channels.length,
        chatMessages: d.chats.reduce((s, c) => s + c.genCount, 0),
        channelMessages: channels.reduce((s, c) => s + c.genCount, 0),
      },
      consentedApps: [...t.consent.keys()],
      refuseConsent: t.refuseConsent,
      limits: { ...t.limits },
      faults: structuredClone(t.faults),
      legacyBilling: { ...t.legacyBilling },
      quirks: { ...t.quirks },
      effectiveQuirks: this.st.effectiveQuirks(t),
      clockOffsetMs: t.clockOffsetMs,
      protectedApiApproved: t.protectedApiApproved,
      userAccess: Object.fromEntries(t.userAccess),
      consentRoles: t.consentRoles ? [...t.consentRoles] : null,
      cloud: t.cloud,
      retentionPolicy: t.retentionPolicy,
      anchor: new Date(d.anchorMs).toISOString(),
    };
  }
}
