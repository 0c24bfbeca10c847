import { DELETED_VISIBLE_MS } from "./constants";
import {
  type ChatMessageJson,
  type Container,
  iso,
  type OverlayMsg,
  setSerialized,
  type TenantData,
} from "./data";
import { hash } from "./hash";
import type { SimState, Tenant } from "./state";
import { escapeHtml, REACTIONS } from "./text";
import type {
  ContainerRef,
  DeletionKey,
  GroundTruth,
  GroundTruthQuery,
  HostedContentKey,
  PostInput,
  VersionKey,
} from "./types";

// Data changes (as Graph would record them) and the ground truth a correct exporter must reach.

export class SimError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function resolveContainer(t: Tenant, ref: ContainerRef): Container {
  if ("chatId" in ref) {
    const c = t.data.containerById.get(ref.chatId);
    if (c?.kind !== "chat") throw new SimError(404, `chat ${ref.chatId} not found`);
    return c;
  }
  const team = t.data.teamById.get(ref.teamId.toLowerCase());
  const c = team?.channels.find((x) => x.id === ref.channelId);
  if (!c) throw new SimError(404, `channel ${ref.channelId} of team ${ref.teamId} not found`);
  return c;
}

/**
 * Apply a change to one message, bumping lastModifiedDateTime and etag; `keep` leaves the etag (a reaction
 * under the reactionKeepsEtag quirk) or both (a silent deletion under silentDeleteKeepsEtag) as they were.
 */
export function mutate(
  st: SimState,
  t: Tenant,
  c: Container,
  id: string,
  fn: (json: ChatMessageJson, nowMs: number) => "etag" | "both" | undefined,
  changeType: "updated" | "deleted" = "updated",
): OverlayMsg {
  const rec = t.data.materialize(c, id, t.createdAtMs);
  if (!rec) throw new SimError(404, `message ${id} not found in ${c.id}`);
  if (rec.deletedMs && st.tenantNow(t) - rec.deletedMs > DELETED_VISIBLE_MS)
    throw new SimError(404, `message ${id} not found in ${c.id}`);
  const now = Math.max(st.tenantNow(t), rec.lmMs + 1);
  const keep = fn(rec.json, now);
  if (keep !== "both") {
    rec.json.lastModifiedDateTime = iso(now);
    rec.lmMs = now;
  }
  if (!keep) rec.json.etag = String(now);
  setSerialized(rec);
  rec.versions.push(t.data.versionKey(c, rec.json, rec.deletedMs > 0));
  if (st.changeListeners.size > 0)
    st.emitChange({
      tenant: t,
      container: c,
      changeType,
      messageId: id,
      replyToId: rec.json.replyToId,
      json: rec.str,
    });
  return rec;
}

function ensureNotDeleted(rec: { deletedMs: number }, id: string): void {
  if (rec.deletedMs) throw new SimError(400, `message ${id} is deleted`);
}

export function postMessage(st: SimState, t: Tenant, c: Container, input: PostInput): ChatMessageJson {
  const data = t.data;
  const o = data.ensureOverlay(c);
  const fromUser = input.fromUserId ? data.findUser(input.fromUserId) : data.users[c.members[0]!];
  if (!fromUser) throw new SimError(400, `user ${input.fromUserId} not found`);
  if (!c.members.includes(fromUser.idx))
    throw new SimError(400, `user ${fromUser.id} is not a member of ${c.id}`);
  let rootId: string | null = null;
  if (input.replyToId) {
    if (c.kind !== "channel") throw new SimError(400, "replyToId is only valid in channels");
    const root = data.lookup(c, input.replyToId);
    if (!root || root.json.replyToId !== null)
      throw new SimError(400, `root message ${input.replyToId} not found`);
    rootId = input.replyToId;
  }
  const now = Math.max(st.tenantNow(t), o.lastIdMs + 1);
  o.lastIdMs = now;
  const id = String(now);
  const images = Math.max(0, Math.min(4, Math.floor(input.images ?? 0)));
  const text = input.content ?? `Posted at ${iso(now)} ✅`;
  let body: ChatMessageJson["body"];
  if (images > 0 || input.contentType === "html") {
    let content = input.contentType === "html" ? text : `<p>${escapeHtml(text)}</p>`;
    for (let x = 0; x < images; x++) {
      const hcId = data.hostedContentId(c, id, x);
      content += `<p><img alt="image" src="${data.graphOrigin}/v1.0${data.messagePath(c, id, rootId)}/hostedContents/${hcId}/$value" width="200" height="200" style="vertical-align:bottom; width:200px; height:200px"></p>`;
    }
    body = { contentType: "html", content };
  } else body = { contentType: "text", content: text };
  const json: ChatMessageJson = {
    "@odata.type": "#microsoft.graph.chatMessage",
    id,
    replyToId: rootId,
    etag: id,
    messageType: "message",
    createdDateTime: iso(now),
    lastModifiedDateTime: iso(now),
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject: null,
    summary: null,
    chatId: c.kind === "chat" ? c.id : null,
    importance: "normal",
    locale: "en-us",
    webUrl:
      c.kind === "channel"
        ? `https://teams.microsoft.com/l/message/${encodeURIComponent(c.id)}/${id}?groupId=${c.team!.id}&tenantId=${t.id}&createdTime=${id}&parentMessageId=${rootId ?? id}`
        : null,
    channelIdentity: c.kind === "channel" ? { teamId: c.team!.id, channelId: c.id } : null,
    policyViolation: null,
    eventDetail: null,
    from: { application: null, device: null, user: data.userIdentity(fromUser) },
    body,
    attachments: [],
    mentions: [],
    reactions: [],
    messageHistory: [],
  };
  const rec: OverlayMsg = {
    container: c,
    id,
    index: -1,
    json,
    str: "",
    buf: Buffer.alloc(0),
    lmMs: now,
    deletedMs: 0,
    images,
    versions: [data.versionKey(c, json, false)],
  };
  setSerialized(rec);
  o.byId.set(id, rec);
  o.touched.push(rec);
  if (st.changeListeners.size > 0)
    st.emitChange({
      tenant: t,
      container: c,
      changeType: "created",
      messageId: id,
      replyToId: rootId,
      json: rec.str,
    });
  return json;
}

export function editMessage(
  st: SimState,
  t: Tenant,
  c: Container,
  id: string,
  p: { content?: string; contentType?: "text" | "html" },
): ChatMessageJson {
  return mutate(st, t, c, id, (json, now) => {
    const rec = t.data.overlay(c)!.byId.get(id)!;
    ensureNotDeleted(rec, id);
    const text = p.content ?? `${json.body.content} (edited)`;
    json.body =
      (p.contentType ?? json.body.contentType) === "html"
        ? { contentType: "html", content: p.contentType === "html" ? text : `<p>${escapeHtml(text)}</p>` }
        : { contentType: "text", content: text };
    json.lastEditedDateTime = iso(now);
    return undefined;
  }).json;
}

export function reactToMessage(
  st: SimState,
  t: Tenant,
  c: Container,
  id: string,
  p: { userId?: string; reactionType?: string },
): ChatMessageJson {
  const user = p.userId
    ? t.data.findUser(p.userId)
    : t.data.users[c.members[hash(t.data.key, c.idx, Number(id) % 1e9) % c.members.length]!];
  if (!user) throw new SimError(400, `user ${p.userId} not found`);
  return mutate(st, t, c, id, (json, now) => {
    ensureNotDeleted(t.data.overlay(c)!.byId.get(id)!, id);
    const reactionType = p.reactionType ?? REACTIONS[json.reactions.length % REACTIONS.length]!;
    const reaction = {
      reactionType,
      displayName: reactionType.charAt(0).toUpperCase() + reactionType.slice(1),
      reactionContentUrl: null,
      createdDateTime: iso(now),
      user: { application: null, device: null, user: t.data.userIdentity(user, false) },
    };
    json.reactions.push(reaction);
    json.messageHistory.push({ modifiedDateTime: iso(now), actions: "reactionAdded", reaction });
    return t.data.quirks.reactionKeepsEtag ? "etag" : undefined;
  }).json;
}

export function deleteMessage(
  st: SimState,
  t: Tenant,
  c: Container,
  id: string,
  p: { shape?: "deletedDateTime" | "emptyBody" },
): ChatMessageJson {
  return mutate(
    st,
    t,
    c,
    id,
    (json, now) => {
      const rec = t.data.overlay(c)!.byId.get(id)!;
      ensureNotDeleted(rec, id);
      const shape =
        p.shape ?? (hash(t.data.key, Number(id) % 1e9, 0xde1) % 5 < 2 ? "emptyBody" : "deletedDateTime");
      rec.deletedMs = now;
      json.deletedDateTime = shape === "emptyBody" ? null : iso(now);
      json.body = { contentType: json.body.contentType, content: "" };
      json.attachments = [];
      json.mentions = [];
      return shape === "emptyBody" && t.data.quirks.silentDeleteKeepsEtag ? "both" : undefined;
    },
    "deleted",
  ).json;
}

export function setPolicyViolation(
  st: SimState,
  t: Tenant,
  c: Container,
  id: string,
  pv: unknown,
): ChatMessageJson {
  return mutate(st, t, c, id, (json) => {
    json.policyViolation = pv;
    return undefined;
  }).json;
}

// ---------- ground truth ----------

export function groundTruth(st: SimState, q: GroundTruthQuery): GroundTruth {
  const t = st.resolveTenant(q.tenant);
  if (!t) throw new SimError(404, `tenant ${q.tenant} not found`);
  const data = t.data;
  const gtMs = q.gt ? Date.parse(q.gt) : Number.NEGATIVE_INFINITY;
  const ltMs = q.lt ? Date.parse(q.lt) : Number.POSITIVE_INFINITY;
  if (Number.isNaN(gtMs) || Number.isNaN(ltMs)) throw new SimError(400, "gt/lt must be ISO date-times");
  let containers: Container[];
  let scope: GroundTruth["scope"];
  if ("userId" in q.scope) {
    const u = data.findUser(q.scope.userId);
    if (!u) throw new SimError(404, `user ${q.scope.userId} not found`);
    containers = data.userChats[u.idx]!.map((i) => data.chats[i]!);
    scope = { kind: "user", userId: u.id };
  } else if ("teamId" in q.scope) {
    const team = data.teamById.get(q.scope.teamId.toLowerCase());
    if (!team) throw new SimError(404, `team ${q.scope.teamId} not found`);
    // A deleted team is exportable (under /teamwork/deletedTeams) only while Graph keeps it.
    const kept = team.deletedMs === 0 || data.keptDeletedTeams(st.tenantNow(t)).includes(team);
    containers = kept ? team.channels : [];
    scope = { kind: "team", teamId: team.id };
  } else {
    // Every chat an export can reach: at least one participant still listed in GET /users; every channel of
    // a live team (legacy ones too) and of a deleted team Graph still keeps.
    containers = [
      ...data.chats.filter((c) => data.hasListedMember(c)),
      ...data.liveTeams().flatMap((x) => x.channels),
      ...data.keptDeletedTeams(st.tenantNow(t)).flatMap((x) => x.channels),
    ];
    scope = { kind: "tenant" };
  }
  const now = st.tenantNow(t);
  // Under a retention policy getAllRetainedMessages keeps deleted messages of chats and of live teams'
  // standard channels past the 21 days (it has no private channels and no deleted teams).
  const retains = (c: Container) =>
    !!q.retained &&
    t.retentionPolicy &&
    (c.kind === "chat" || (c.membershipType === "standard" && c.team?.deletedMs === 0));
  let expiredBefore = now - DELETED_VISIBLE_MS;
  let expiredAtCreation = t.createdAtMs - DELETED_VISIBLE_MS;
  const inWin = (ms: number) => ms > gtMs && ms < ltMs;
  const current: VersionKey[] = [];
  const allVersions: VersionKey[] = [];
  const deletions: DeletionKey[] = [];
  const hosted: HostedContentKey[] = [];

  const addCurrent = (
    c: Container,
    json: ChatMessageJson,
    lmMs: number,
    deletedMs: number,
    images: number,
  ) => {
    if (deletedMs && deletedMs <= expiredBefore) return;
    if (!inWin(lmMs)) return;
    current.push(data.versionKey(c, json, deletedMs > 0));
    if (deletedMs) {
      deletions.push({
        containerId: c.id,
        containerType: c.kind,
        messageId: json.id,
        deletedAt: iso(deletedMs),
        shape: json.deletedDateTime ? "deletedDateTime" : "emptyBody",
      });
      return;
    }
    for (let k = 0; k < images; k++) {
      const png = data.hostedContentBytes(c, json.id, k);
      hosted.push({
        containerId: c.id,
        containerType: c.kind,
        ...(c.team ? { teamId: c.team.id } : {}),
        messageId: json.id,
        replyToId: json.replyToId,
        hostedContentId: data.hostedContentId(c, json.id, k),
        sha256: png.sha256,
        size: png.bytes.length,
        contentType: "image/png",
      });
    }
  };

  const visibleBefore = expiredBefore;
  const visibleAtCreation = expiredAtCreation;
  for (const c of containers) {
    const kept = retains(c);
    expiredBefore = kept ? Number.NEGATIVE_INFINITY : visibleBefore;
    expiredAtCreation = kept ? Number.NEGATIVE_INFINITY : visibleAtCreation;
    const ov = data.overlay(c);
    const [lo, hi] = data.indexRange(c, gtMs, ltMs);
    for (let i = lo; i < hi; i++) {
      if (ov?.byIndex.has(i)) continue;
      const m = data.meta(c, i);
      if (!inWin(m.lmMs)) continue;
      const needJson =
        !(m.deletedMs && m.deletedMs <= expiredBefore) || !(m.deletedMs && m.deletedMs <= expiredAtCreation);
      if (!needJson) continue;
      const json = data.buildJson(c, m);
      addCurrent(c, json, m.lmMs, m.deletedMs, m.images + m.cards);
      if (!(m.deletedMs && m.deletedMs <= expiredAtCreation))
        allVersions.push(data.versionKey(c, json, m.deletedMs > 0));
    }
    for (const rec of ov?.touched ?? []) {
      addCurrent(c, rec.json, rec.lmMs, rec.deletedMs, rec.images);
      for (const v of rec.versions) if (inWin(Date.parse(v.lastModifiedDateTime))) allVersions.push(v);
    }
  }
  return {
    tenantId: t.id,
    scope,
    window: { gt: q.gt ?? null, lt: q.lt ?? null },
    asOf: iso(now),
    current,
    allVersions,
    deletions,
    hostedContents: hosted,
    counts: {
      containers: containers.length,
      current: current.length,
      allVersions: allVersions.length,
      deletions: deletions.length,
      hostedContents: hosted.length,
      items: current.length,
    },
  };
}

export type { TenantData };
