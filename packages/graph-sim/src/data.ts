import { DAY_MS, DEFAULT_QUIRKS, DELETED_TEAM_KEPT_MS, DELETED_VISIBLE_MS, GRAPH_ORIGIN } from "./constants";
import { guid, hash, hashString, hex32, shuffledIndices, unit } from "./hash";
import { pngFor } from "./png";
import {
  CHANNEL_NAMES,
  CHAT_TOPICS,
  escapeHtml,
  FILE_NAMES,
  GIVEN_NAMES,
  JOB_TITLES,
  LANGS,
  largeText,
  messageText,
  OFFICES,
  pick,
  REACTIONS,
  SURNAMES,
  TEAM_NAMES,
} from "./text";
import type { QuirksConfig, TenantSizes, VersionKey } from "./types";

// Deterministic, lazily generated tenant directory and message store.
// Users, chats, teams and channels are built eagerly (they are small); messages are derived on demand
// from hash(seed, tenant, container, index). Mutations live in per-container overlays.

export interface UserRec {
  idx: number;
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  userPrincipalName: string;
  mail: string;
  jobTitle: string;
  officeLocation: string;
  preferredLanguage: string;
  mobilePhone: string | null;
  businessPhones: string[];
  accountEnabled: boolean;
  userType: "Member" | "Guest";
  /** When the user was deleted from the directory (tenant clock), 0 = listed in GET /users. */
  deletedMs: number;
}

/** A chat participant outside the directory (never listed by GET /users). */
export interface ExternalRec {
  idx: number;
  id: string;
  displayName: string;
  userIdentityType: string;
  tenantId: string | null;
  /** Shared (never mutated) `from` identity set, and its JSON. */
  from: IdentitySet;
  fromJson: string;
}

/** userIdentityType of external chat participants, in pool order. */
export const EXTERNAL_USER_TYPES = [
  "anonymousGuest",
  "federatedUser",
  "personalMicrosoftAccountUser",
  "skypeUser",
  "phoneUser",
  "emailUser",
  "azureCommunicationServicesUser",
] as const;

/** App senders: `sender` = -2 - index. */
export const APP_SENDERS = [
  { type: "bot", name: "Polly", salt: 5000 },
  { type: "aadApplication", name: "Power Automate", salt: 5001 },
  { type: "tenantBot", name: "IT Helpdesk", salt: 5002 },
  { type: "office365Connector", name: "Incoming Webhook", salt: 5003 },
  { type: "outgoingWebhook", name: "Build Notifier", salt: 5004 },
] as const;
export const APP_IDENTITY_TYPES = APP_SENDERS.map((a) => a.type);

/** `sender` of external participant e is EXT_BASE - e. */
const EXT_BASE = -10;
const MSA_TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";
const EXT_DOMAINS = [
  "fabrikam.com",
  "northwindtraders.com",
  "adatum.com",
  "litwareinc.com",
  "tailspintoys.com",
  "wingtiptoys.com",
];

export interface TeamRec {
  idx: number;
  id: string;
  displayName: string;
  description: string;
  mailNickname: string;
  createdMs: number;
  visibility: "Public" | "Private";
  members: number[];
  channels: Container[];
  /** Created before Teams set resourceProvisioningOptions: its group lacks "Team", only GET /teams lists it. */
  legacy: boolean;
  /** When the team was deleted (tenant clock), 0 = live. Deleted teams are served under /teamwork/deletedTeams. */
  deletedMs: number;
}

export interface GroupRec {
  id: string;
  displayName: string;
  description: string;
  mailNickname: string;
  createdMs: number;
  visibility: "Public" | "Private";
  team: TeamRec | null;
}

export interface Container {
  /** Global ordinal inside the tenant; part of every message hash. */
  idx: number;
  kind: "chat" | "channel";
  id: string;
  chatType: "oneOnOne" | "group" | "meeting" | null;
  topic: string | null;
  team: TeamRec | null;
  displayName: string;
  membershipType: "standard" | "private";
  /** User indices allowed to post (chat members / team members). */
  members: number[];
  /** External participants (indices into TenantData.externals); chats only. */
  externals: number[];
  /** Probability that a non-system, non-app message is sent by one of `externals`. */
  extQ: number;
  createdMs: number;
  /** Chats: lastUpdatedDateTime (renamed or members changed); channels: when renamed. */
  updatedMs: number;
  startMs: number;
  intervalMs: number;
  genCount: number;
  /** Index of a message forced to have a > 100 KB body (-1 = none). */
  largeAt: number;
}

/** Cheap per-message facts, enough to filter without building JSON. */
export interface GenMeta {
  i: number;
  createdMs: number;
  /** User index, -1 = system event, -2…-6 = app (APP_SENDERS[-2 - sender]), ≤ -10 = external (-10 - sender). */
  sender: number;
  system: boolean;
  replyTo: number;
  editMs: number;
  reactMs: number;
  reactions: number;
  deletedMs: number;
  emptyBodyDelete: boolean;
  lmMs: number;
  /** The etag's instant: lmMs, unless a quirk left the etag behind (see QuirksConfig). */
  etagMs: number;
  images: number;
  /** Adaptive cards with a hosted image not referenced from the body (hosted contents images…images+cards-1). */
  cards: number;
  h: number;
}

/** A message that was changed or posted through the control API / PATCH. */
export interface OverlayMsg {
  container: Container;
  id: string;
  /** Generated index, or -1 for a posted message. */
  index: number;
  json: ChatMessageJson;
  str: string;
  /** UTF-8 of `str`. */
  buf: Buffer;
  lmMs: number;
  deletedMs: number;
  images: number;
  versions: VersionKey[];
}

export interface ContainerOverlay {
  byIndex: Map<number, OverlayMsg>;
  byId: Map<string, OverlayMsg>;
  /** Append-only list (first mutation order); paging phase 1 walks it. */
  touched: OverlayMsg[];
  lastIdMs: number;
}

export interface IdentitySet {
  application: null | {
    "@odata.type"?: string;
    id: string;
    displayName: string | null;
    applicationIdentityType: string;
  };
  device: null;
  user: null | {
    "@odata.type": string;
    id: string;
    displayName: string | null;
    userIdentityType: string;
    tenantId: string | null;
  };
}

export interface ChatMessageJson {
  "@odata.type": string;
  id: string;
  replyToId: string | null;
  etag: string;
  messageType: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  lastEditedDateTime: string | null;
  deletedDateTime: string | null;
  subject: string | null;
  summary: string | null;
  chatId: string | null;
  importance: string;
  locale: string;
  webUrl: string | null;
  channelIdentity: { teamId: string; channelId: string } | null;
  policyViolation: unknown;
  eventDetail: unknown;
  from: IdentitySet | null;
  body: { contentType: "text" | "html"; content: string };
  attachments: unknown[];
  mentions: unknown[];
  reactions: unknown[];
  messageHistory: unknown[];
}

/** Shared view used by $filter evaluation. */
export interface MsgView {
  lmMs: number;
  fromUserId: string | null;
  fromUserType: string | null;
  fromAppType: string | null;
  messageType: string;
}

const EDIT_MAX_MS = 2 * DAY_MS;
const REACT_MAX_MS = 7 * DAY_MS;
const DELETE_MAX_MS = 40 * DAY_MS;
/** Upper bound of lastModified − created for generated messages (used to prune filtered scans). */
export const MAX_MOD_DELAY_MS = DELETE_MAX_MS;

const CACHE_BITS = 16;
const EMPTY = Buffer.alloc(0);

/** Refresh the serialized forms of an overlay record after its JSON changed. */
export function setSerialized(rec: OverlayMsg): void {
  rec.str = JSON.stringify(rec.json);
  rec.buf = Buffer.from(rec.str);
}

const PAD2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));
const PAD3 = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, "0"));
const dayPrefix = new Map<number, string>();

/** Date.prototype.toISOString without allocating a Date (day prefixes are cached). */
export function iso(ms: number): string {
  const day = Math.floor(ms / 86_400_000);
  let prefix = dayPrefix.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * 86_400_000).toISOString().slice(0, 11);
    if (dayPrefix.size > 50_000) dayPrefix.clear();
    dayPrefix.set(day, prefix);
  }
  let r = ms - day * 86_400_000;
  const h = Math.floor(r / 3_600_000);
  r -= h * 3_600_000;
  const m = Math.floor(r / 60_000);
  r -= m * 60_000;
  const sec = Math.floor(r / 1000);
  return `${prefix}${PAD2[h]}:${PAD2[m]}:${PAD2[sec]}.${PAD3[r - sec * 1000]}Z`;
}

function ascii(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[^A-Za-z0-9]/g, "")
    .toLowerCase();
}

export interface TenantDataInput {
  seed: number;
  id: string;
  name: string;
  sizes: TenantSizes;
  anchorMs: number;
  demo?: { userId: string; upn: string; teamId: string; targetMessages: number };
  /** Origin of the tenant's Graph (its national cloud), as message bodies name it. */
  graphOrigin?: string;
}

export class TenantData {
  readonly id: string;
  readonly name: string;
  readonly domain: string;
  readonly key: number;
  readonly anchorMs: number;
  readonly sizes: TenantSizes;
  readonly graphOrigin: string;
  /** Every directory user ever: members, then guests, then generated deleted users. */
  readonly users: UserRec[] = [];
  /** Non-directory chat participants. */
  readonly externals: ExternalRec[] = [];
  private listedCache: UserRec[] | null = null;
  readonly userByKey = new Map<string, UserRec>();
  readonly chats: Container[] = [];
  readonly userChats: number[][] = [];
  readonly teams: TeamRec[] = [];
  readonly groups: GroupRec[] = [];
  readonly containerById = new Map<string, Container>();
  readonly teamById = new Map<string, TeamRec>();
  readonly overlays = new Map<number, ContainerOverlay>();
  private readonly cacheC = new Int32Array(1 << CACHE_BITS).fill(-1);
  private readonly cacheI = new Int32Array(1 << CACHE_BITS);
  private readonly cacheB: (Buffer | undefined)[] = new Array(1 << CACHE_BITS);
  private readonly shuffleCache = new Map<string, Container[]>();
  private nextIdx = 0;
  private quirksNow: QuirksConfig = { ...DEFAULT_QUIRKS };

  /** The quirks generated history follows (the tenant's effective ones). */
  get quirks(): QuirksConfig {
    return this.quirksNow;
  }

  /** Generated messages follow new quirks from now on: cached serializations are dropped. */
  setQuirks(q: QuirksConfig): void {
    if (
      q.silentDeleteKeepsEtag === this.quirksNow.silentDeleteKeepsEtag &&
      q.reactionKeepsEtag === this.quirksNow.reactionKeepsEtag
    )
      return;
    this.quirksNow = { ...q };
    this.cacheC.fill(-1);
  }

  constructor(input: TenantDataInput) {
    this.id = input.id;
    this.name = input.name;
    this.domain = `${ascii(input.name) || "tenant"}.onmicrosoft.com`;
    this.key = hash(input.seed, hashString(input.id));
    this.anchorMs = input.anchorMs;
    this.sizes = input.sizes;
    this.graphOrigin = input.graphOrigin ?? GRAPH_ORIGIN;
    this.buildUsers(input.demo);
    this.buildChats(input.demo);
    this.buildTeams(input.demo);
    // Built last so that the members, chats and teams above do not depend on these sizes.
    this.buildExtraUsers(input.demo);
    this.buildExternals(input.demo);
    // Last again, so that every container ordinal above stays put.
    this.buildLaterTeams();
  }

  // ---------- directory ----------

  private buildUsers(demo: TenantDataInput["demo"]): void {
    const k = this.key;
    const n = Math.max(1, Math.floor(this.sizes.users));
    const taken = new Set<string>();
    for (let i = 0; i < n; i++) {
      let given = pick(GIVEN_NAMES, hash(k, i, 1));
      let surname = pick(SURNAMES, hash(k, i, 2));
      let id = guid(k, 1000 + i);
      let local = `${ascii(given)}${ascii(surname).charAt(0)}`;
      if (i === 0 && demo) {
        given = "Megan";
        surname = "Bowen";
        id = demo.userId;
        local = demo.upn.split("@")[0]!;
      }
      if (taken.has(local)) local = `${local}${i}`;
      taken.add(local);
      const upn = `${local}@${this.domain}`;
      const u: UserRec = {
        idx: i,
        id,
        displayName: `${given} ${surname}`,
        givenName: given,
        surname,
        userPrincipalName: upn,
        mail: upn,
        jobTitle: pick(JOB_TITLES, hash(k, i, 3)),
        officeLocation: pick(OFFICES, hash(k, i, 4)),
        preferredLanguage: pick(LANGS, hash(k, i, 5)),
        mobilePhone: hash(k, i, 6) % 3 === 0 ? null : `+1 425 555 ${String(1000 + (hash(k, i, 7) % 9000))}`,
        businessPhones:
          hash(k, i, 8) % 2 === 0 ? [] : [`+1 425 555 ${String(1000 + (hash(k, i, 9) % 9000))}`],
        accountEnabled: true,
        userType: "Member",
        deletedMs: 0,
      };
      this.addUser(u);
    }
  }

  /** Puts a user in the directory's lookups (by id and UPN); returns the user's chat list, filled later. */
  private addUser(u: UserRec): number[] {
    const chats: number[] = [];
    this.users.push(u);
    this.userByKey.set(u.id.toLowerCase(), u);
    this.userByKey.set(u.userPrincipalName.toLowerCase(), u);
    this.userChats.push(chats);
    return chats;
  }

  private newContainer(
    partial: Omit<
      Container,
      "idx" | "startMs" | "intervalMs" | "genCount" | "largeAt" | "externals" | "extQ" | "updatedMs"
    >,
    mean: number,
  ): Container {
    const idx = this.nextIdx++;
    const k = this.key;
    const genCount = mean <= 0 ? 0 : Math.max(1, Math.round(mean * (0.3 + 1.4 * unit(hash(k, idx, 0, 1)))));
    const c: Container = {
      ...partial,
      externals: [],
      extQ: 0,
      updatedMs: partial.createdMs,
      idx,
      startMs: 0,
      intervalMs: 2,
      genCount,
      largeAt: idx % 10 === 3 ? genCount >> 1 : -1,
    };
    this.layoutTimes(c);
    return c;
  }

  /** Spread genCount messages between createdMs and 2 h before the anchor; ids stay unique. */
  private layoutTimes(c: Container): void {
    c.startMs = c.createdMs + 60_000;
    const end = this.anchorMs - 2 * 3_600_000;
    c.intervalMs = Math.max(2, Math.floor((end - c.startMs) / Math.max(1, c.genCount + 1)));
  }

  private buildChats(demo: TenantDataInput["demo"]): void {
    const k = this.key;
    const users = this.users.length;
    if (users < 2) return;
    const nChats = Math.max(0, Math.round((users * this.sizes.chatsPerUser) / 2));
    const span = this.sizes.historyDays * DAY_MS;
    const pairs = new Set<string>();
    for (let j = 0; j < nChats; j++) {
      const creator = j % users;
      const r = unit(hash(k, 200, j));
      let type: "oneOnOne" | "group" | "meeting" = r < 0.55 ? "oneOnOne" : r < 0.85 ? "group" : "meeting";
      const members = [creator];
      if (type === "oneOnOne") {
        const other = (creator + 1 + (hash(k, 201, j) % (users - 1))) % users;
        const pk = creator < other ? `${creator}:${other}` : `${other}:${creator}`;
        if (pairs.has(pk) && users >= 3) type = "group";
        else {
          pairs.add(pk);
          members.push(other);
        }
      }
      if (type !== "oneOnOne") {
        const want = Math.min(users, 3 + (hash(k, 202, j) % (type === "group" ? 5 : 7)));
        for (let a = 0; members.length < want && a < want * 8; a++) {
          const m = hash(k, 203, j, a) % users;
          if (!members.includes(m)) members.push(m);
        }
      }
      const createdMs = this.anchorMs - span + Math.floor(unit(hash(k, 204, j)) * span * 0.2);
      let id: string;
      if (type === "oneOnOne") {
        const [a, b] = members.map((m) => this.users[m]!.id).sort();
        id = `19:${a}_${b}@unq.gbl.spaces`;
      } else if (type === "group") id = `19:${hex32(k, 205, j)}@thread.v2`;
      else id = `19:meeting_${Buffer.from(hex32(k, 206, j), "hex").toString("base64url")}@thread.v2`;
      const c = this.newContainer(
        {
          kind: "chat",
          id,
          chatType: type,
          topic: type === "oneOnOne" ? null : pick(CHAT_TOPICS, hash(k, 207, j)),
          team: null,
          displayName: "",
          membershipType: "standard",
          members: members,
          createdMs,
        },
        this.sizes.messagesPerChat,
      );
      this.chats.push(c);
      this.containerById.set(id, c);
      for (const m of members) this.userChats[m]!.push(this.chats.length - 1);
    }
    // The demo user gets a modest, fixed-size mailbox regardless of the seed.
    if (demo && this.userChats[0]!.length > 0) {
      const mine = this.userChats[0]!.map((i) => this.chats[i]!);
      const total = mine.reduce((s, c) => s + c.genCount, 0) || 1;
      for (const c of mine) {
        c.genCount = Math.max(2, Math.round((c.genCount * demo.targetMessages) / total));
        c.largeAt = -1;
        this.layoutTimes(c);
      }
      mine[0]!.largeAt = mine[0]!.genCount >> 1;
    }
  }

  private buildTeams(demo: TenantDataInput["demo"]): void {
    const k = this.key;
    const span = this.sizes.historyDays * DAY_MS;
    const nTeams = Math.max(0, Math.floor(this.sizes.teams));
    for (let t = 0; t < nTeams; t++) {
      const id = t === 0 && demo ? demo.teamId : guid(k, 3000 + t);
      const name = t < TEAM_NAMES.length ? TEAM_NAMES[t]! : `${pick(TEAM_NAMES, hash(k, 300, t))} ${t}`;
      this.addTeam(t, id, name, this.anchorMs - span - DAY_MS, t === 0 && !!demo);
    }
    for (let g = 0; g < this.sizes.extraGroups; g++) {
      const name = `${pick(["Project", "Committee", "Distribution", "Club"], hash(k, 310, g))} ${g + 1}`;
      this.groups.push({
        id: guid(k, 4000 + g),
        displayName: name,
        description: `${name} (no team)`,
        mailNickname: ascii(name),
        createdMs: this.anchorMs - span,
        visibility: "Public",
        team: null,
      });
    }
    // Deterministic, not alphabetical, listing order.
    const order = shuffledIndices(this.groups.length, hash(k, 311));
    const copy = [...this.groups];
    this.groups.length = 0;
    for (const i of order) this.groups.push(copy[i]!);
  }

  private addTeam(t: number, id: string, name: string, createdMs: number, withDemoUser: boolean): TeamRec {
    const k = this.key;
    const users = this.users.length;
    const members: number[] = [];
    const want = Math.min(users, 3 + (hash(k, 301, t) % 15));
    for (let a = 0; members.length < want && a < want * 8; a++) {
      const m = hash(k, 302, t, a) % users;
      if (!members.includes(m)) members.push(m);
    }
    if (withDemoUser && !members.includes(0)) members.push(0);
    const team: TeamRec = {
      idx: t,
      id,
      displayName: name,
      description: `${name} team`,
      mailNickname: ascii(name) || `team${t}`,
      createdMs,
      visibility: hash(k, 303, t) % 4 === 0 ? "Private" : "Public",
      members,
      channels: [],
      legacy: false,
      deletedMs: 0,
    };
    const nCh = Math.max(1, Math.floor(this.sizes.channelsPerTeam));
    for (let ch = 0; ch < nCh; ch++) {
      const chId =
        ch === 0 ? `19:${hex32(k, 304, t)}@thread.tacv2` : `19:${hex32(k, 305, t, ch)}@thread.tacv2`;
      const c = this.newContainer(
        {
          kind: "channel",
          id: chId,
          chatType: null,
          topic: null,
          team,
          displayName: ch === 0 ? "General" : pick(CHANNEL_NAMES, hash(k, 306, t, ch)),
          membershipType: ch > 0 && hash(k, 307, t, ch) % 5 === 0 ? "private" : "standard",
          members,
          createdMs: createdMs + ch * 3_600_000,
        },
        this.sizes.messagesPerChannel,
      );
      team.channels.push(c);
      this.containerById.set(chId, c);
    }
    this.teams.push(team);
    this.teamById.set(id.toLowerCase(), team);
    this.groups.push({
      id,
      displayName: name,
      description: team.description,
      mailNickname: team.mailNickname,
      createdMs,
      visibility: team.visibility,
      team,
    });
    return team;
  }

  /**
   * Teams created before resourceProvisioningOptions existed (the groups filter misses them), then teams
   * deleted at the data anchor (after their last message): GET /teamwork/deletedTeams lists them.
   */
  private buildLaterTeams(): void {
    const k = this.key;
    const span = this.sizes.historyDays * DAY_MS;
    const legacy = Math.max(0, Math.floor(this.sizes.legacyTeams ?? 0));
    const deleted = Math.max(0, Math.floor(this.sizes.deletedTeams ?? 0));
    for (let x = 0; x < legacy + deleted; x++) {
      const t = this.teams.length;
      const name = `${pick(TEAM_NAMES, hash(k, 320, x))} ${x < legacy ? "(classic)" : "(deleted)"} ${x + 1}`;
      const team = this.addTeam(t, guid(k, 3500 + x), name, this.anchorMs - span - 2 * DAY_MS, false);
      if (x < legacy) team.legacy = true;
      else team.deletedMs = this.anchorMs;
    }
  }

  /** Teams GET /teams lists: every live team, whatever its group says. */
  liveTeams(): TeamRec[] {
    return this.teams.filter((t) => t.deletedMs === 0);
  }

  /** Deleted teams Graph still keeps (GET /teamwork/deletedTeams) at tenant time `nowMs`. */
  keptDeletedTeams(nowMs: number): TeamRec[] {
    return this.teams.filter((t) => t.deletedMs > 0 && nowMs - t.deletedMs < DELETED_TEAM_KEPT_MS);
  }

  /** Guests (listed) and deleted users (not listed), appended after the members; they join group chats. */
  private buildExtraUsers(demo: TenantDataInput["demo"]): void {
    const k = this.key;
    const n = this.users.length;
    const guests = Math.max(0, Math.floor(this.sizes.guests ?? 0));
    const deleted = Math.max(0, Math.floor(this.sizes.deletedUsers ?? 0));
    const groupChats: number[] = [];
    for (let j = 0; j < this.chats.length; j++)
      if (this.chats[j]!.chatType !== "oneOnOne") groupChats.push(j);
    for (let x = 0; x < guests + deleted; x++) {
      const i = n + x;
      const guest = x < guests;
      const given = pick(GIVEN_NAMES, hash(k, i, 1));
      const surname = pick(SURNAMES, hash(k, i, 2));
      const id = guid(k, 1000 + i);
      const local = `${ascii(given)}.${ascii(surname)}${i}`;
      const home = pick(EXT_DOMAINS, hash(k, i, 10));
      const upn = guest ? `${local}_${home}#EXT#@${this.domain}` : `${local}@${this.domain}`;
      const u: UserRec = {
        idx: i,
        id,
        displayName: `${given} ${surname}`,
        givenName: given,
        surname,
        userPrincipalName: upn,
        mail: guest ? `${local}@${home}` : upn,
        jobTitle: pick(JOB_TITLES, hash(k, i, 3)),
        officeLocation: pick(OFFICES, hash(k, i, 4)),
        preferredLanguage: pick(LANGS, hash(k, i, 5)),
        mobilePhone: null,
        businessPhones: [],
        accountEnabled: true,
        userType: guest ? "Guest" : "Member",
        // Deleted after the last generated message, before the export starts.
        deletedMs: guest ? 0 : this.anchorMs - 3_600_000,
      };
      const mine = this.addUser(u);
      if (groupChats.length === 0) continue;
      const want = Math.min(groupChats.length, 1 + (hash(k, 230, i) % 3));
      for (let a = 0; mine.length < want && a < want * 8; a++) {
        const j = groupChats[hash(k, 231, i, a) % groupChats.length]!;
        const c = this.chats[j]!;
        // The demo user's mailbox keeps its fixed shape.
        if (mine.includes(j) || (demo && c.members.includes(0))) continue;
        c.members.push(i);
        mine.push(j);
      }
    }
  }

  /**
   * External participants: a pool covering every userIdentityType, joined to ~30 % of group / meeting chats,
   * plus a few 1:1 chats between a member and an external user. Their per-message share (extQ) is set so
   * that about `externalShare` of all chat messages come from them.
   */
  private buildExternals(demo: TenantDataInput["demo"]): void {
    const share = Math.max(0, Math.min(1, this.sizes.externalShare ?? 0));
    const n = Math.max(1, Math.floor(this.sizes.users));
    const nChats = this.chats.length;
    if (share <= 0 || nChats === 0 || n < 2) return;
    const k = this.key;
    const T = EXTERNAL_USER_TYPES.length;
    const pool = Math.min(10 * T, T * (1 + Math.floor(n / 50)));
    const fedTenants = [guid(k, 7000), guid(k, 7001), guid(k, 7002)];
    const acsResource = guid(k, 7100);
    for (let e = 0; e < pool; e++) {
      const type = EXTERNAL_USER_TYPES[e % T]!;
      const given = pick(GIVEN_NAMES, hash(k, 250, e, 1));
      const surname = pick(SURNAMES, hash(k, 250, e, 2));
      let id = guid(k, 6000 + e);
      let displayName = `${given} ${surname}`;
      let tenantId: string | null = this.id;
      if (type === "anonymousGuest") displayName = `${given} (Guest)`;
      else if (type === "federatedUser") tenantId = fedTenants[e % fedTenants.length]!;
      else if (type === "personalMicrosoftAccountUser") {
        id = hex32(k, 251, e).slice(0, 16);
        tenantId = MSA_TENANT;
      } else if (type === "skypeUser") {
        id = `live:.cid.${hex32(k, 252, e).slice(0, 16)}`;
        tenantId = null;
      } else if (type === "phoneUser") {
        id = `+1206555${String(1000 + (e % 9000))}`;
        displayName = id;
      } else if (type === "emailUser") {
        displayName = `${ascii(given)}.${ascii(surname)}@${pick(EXT_DOMAINS, hash(k, 253, e))}`;
      } else if (type === "azureCommunicationServicesUser") {
        id = `acs:${acsResource}_${guid(k, 6500 + e)}`;
        tenantId = null;
      }
      const from: IdentitySet = {
        application: null,
        device: null,
        user: {
          "@odata.type": "#microsoft.graph.teamworkUserIdentity",
          id,
          displayName,
          userIdentityType: type,
          tenantId,
        },
      };
      this.externals.push({
        idx: e,
        id,
        displayName,
        userIdentityType: type,
        tenantId,
        from,
        fromJson: JSON.stringify(from),
      });
    }
    let next = 0;
    const extChats: Container[] = [];
    for (const c of this.chats) {
      if (c.chatType === "oneOnOne" || unit(hash(k, 220, c.idx)) >= 0.3) continue;
      if (demo && c.members.includes(0)) continue;
      c.externals.push(next++ % pool);
      if (hash(k, 221, c.idx) % 2 === 0) {
        const e2 = hash(k, 222, c.idx) % pool;
        if (!c.externals.includes(e2)) c.externals.push(e2);
      }
      extChats.push(c);
    }
    // 1:1 chats with external users (after the teams, so existing container ordinals stay put).
    const span = this.sizes.historyDays * DAY_MS;
    const one: Container[] = [];
    const nOne = Math.max(1, Math.round(nChats * share * 0.25));
    // 1:1 chats exist with federated, personal-account and email users (ids safe in a chat id).
    const oneTypes = new Set<string>(["federatedUser", "personalMicrosoftAccountUser", "emailUser"]);
    const oneExt = this.externals.filter((e) => oneTypes.has(e.userIdentityType));
    for (let x = 0; x < nOne; x++) {
      const u = demo ? 1 + (hash(k, 240, x) % (n - 1)) : hash(k, 240, x) % n;
      const ext = oneExt[x % oneExt.length]!;
      const [a, b] = [this.users[u]!.id, ext.id].sort();
      const id = `19:${a}_${b}@unq.gbl.spaces`;
      if (this.containerById.has(id)) continue;
      const c = this.newContainer(
        {
          kind: "chat",
          id,
          chatType: "oneOnOne",
          topic: null,
          team: null,
          displayName: "",
          membershipType: "standard",
          members: [u],
          createdMs: this.anchorMs - span + Math.floor(unit(hash(k, 241, x)) * span * 0.2),
        },
        this.sizes.messagesPerChat,
      );
      c.externals.push(ext.idx);
      c.extQ = 0.5;
      this.chats.push(c);
      this.containerById.set(id, c);
      this.userChats[u]!.push(this.chats.length - 1);
      one.push(c);
    }
    const total = this.chats.reduce((s, c) => s + c.genCount, 0);
    const fromOne = one.reduce((s, c) => s + c.genCount * c.extQ, 0);
    const inExt = extChats.reduce((s, c) => s + c.genCount, 0);
    const q = inExt > 0 ? Math.max(0, Math.min(0.6, (share * total - fromOne) / inExt)) : 0;
    for (const c of extChats) c.extQ = q;
  }

  /**
   * Renames a user in the directory (GET /users, chat members, deletedItems). Messages already sent keep the
   * `from.user.displayName` they were sent with.
   */
  renameUser(u: UserRec, change: { displayName?: string; userPrincipalName?: string }): void {
    if (change.displayName !== undefined) u.displayName = change.displayName;
    if (change.userPrincipalName !== undefined && change.userPrincipalName !== u.userPrincipalName) {
      this.userByKey.delete(u.userPrincipalName.toLowerCase());
      u.userPrincipalName = change.userPrincipalName;
      this.userByKey.set(u.userPrincipalName.toLowerCase(), u);
    }
  }

  findUser(idOrUpn: string): UserRec | undefined {
    return this.userByKey.get(idOrUpn.toLowerCase());
  }

  /** Users GET /users lists (members and guests that are not deleted), in directory order. */
  listedUsers(): UserRec[] {
    if (!this.listedCache) this.listedCache = this.users.filter((u) => u.deletedMs === 0);
    return this.listedCache;
  }

  /** Users listed by GET /directory/deletedItems/microsoft.graph.user. */
  deletedUsers(): UserRec[] {
    return this.users.filter((u) => u.deletedMs > 0);
  }

  /** Move a user to deletedItems from now on (their messages stay). */
  removeUser(u: UserRec, atMs: number): void {
    if (u.deletedMs > 0) return;
    u.deletedMs = atMs;
    this.listedCache = null;
  }

  /** Whether a chat has a member still listed in GET /users (its messages are reachable by an export). */
  hasListedMember(c: Container): boolean {
    return c.members.some((m) => this.users[m]!.deletedMs === 0);
  }

  /** Containers of a scope in a deterministic shuffled order. */
  containersOf(scope: { user: UserRec } | { team: TeamRec }): Container[] {
    const key = "user" in scope ? `u${scope.user.idx}` : `t${scope.team.idx}`;
    let list = this.shuffleCache.get(key);
    if (!list) {
      const base =
        "user" in scope
          ? this.userChats[scope.user.idx]!.map((i) => this.chats[i]!)
          : [...scope.team.channels];
      const order = shuffledIndices(base.length, hash(this.key, hashString(key), 5));
      list = order.map((i) => base[i]!);
      this.shuffleCache.set(key, list);
    }
    return list;
  }

  // ---------- lazy message generation ----------

  createdAt(c: Container, i: number): number {
    return c.startMs + i * c.intervalMs + (hash(this.key, c.idx, i, 2) % (c.intervalMs - 1));
  }

  /** Generated index of a message id, or -1. */
  indexOf(c: Container, id: string): number {
    if (!/^\d{10,16}$/.test(id)) return -1;
    const t = Number(id);
    const i = Math.floor((t - c.startMs) / c.intervalMs);
    if (i < 0 || i >= c.genCount) return -1;
    return this.createdAt(c, i) === t ? i : -1;
  }

  /** Index range of generated messages that can have lastModified in (gtMs, ltMs). */
  indexRange(c: Container, gtMs: number, ltMs: number): [number, number] {
    let lo = 0;
    let hi = c.genCount;
    if (gtMs > Number.NEGATIVE_INFINITY) {
      lo = Math.max(0, Math.floor((gtMs - MAX_MOD_DELAY_MS - c.startMs) / c.intervalMs) - 1);
    }
    if (ltMs < Number.POSITIVE_INFINITY) {
      hi = Math.min(c.genCount, Math.max(0, Math.ceil((ltMs - c.startMs) / c.intervalMs) + 1));
    }
    return [Math.min(lo, hi), hi];
  }

  private isChannelSystem(c: Container, i: number): boolean {
    return i === 0 || (i % 50 === 0 && unit(hash(this.key, c.idx, i, 6)) < 0.3);
  }

  private isBasicRoot(c: Container, i: number): boolean {
    return i % 50 === 0 || unit(hash(this.key, c.idx, i, 5)) < 0.4;
  }

  /** For a channel item: -1 if it is a root post, else the index of the root it replies to. */
  rootOf(c: Container, i: number): number {
    if (this.isBasicRoot(c, i)) return -1;
    for (let j = i - 1; j >= 0 && j >= i - 50; j--) {
      if (this.isBasicRoot(c, j) && !this.isChannelSystem(c, j)) return j;
    }
    return -1;
  }

  /** Uniform [0,1) draw for (container, index, salt). */
  private u(c: Container, i: number, salt: number): number {
    return unit(hash(this.key, c.idx, i, salt));
  }

  meta(c: Container, i: number): GenMeta {
    const k = this.key;
    const h = hash(k, c.idx, i, 3);
    const createdMs = this.createdAt(c, i);
    let system: boolean;
    let replyTo = -1;
    if (c.kind === "channel") {
      replyTo = this.rootOf(c, i);
      system = replyTo === -1 && this.isChannelSystem(c, i);
    } else {
      system =
        ((i === 0 && c.chatType !== "oneOnOne") || unit(hash(k, c.idx, i, 7)) < 0.03) && i !== c.largeAt;
    }
    let sender = -1;
    if (!system) {
      if (c.chatType === "group" && i !== c.largeAt && unit(hash(k, c.idx, i, 8)) < 0.02)
        sender = -2 - (hash(k, c.idx, i, 81) % APP_SENDERS.length);
      else if (c.extQ > 0 && unit(hash(k, c.idx, i, 82)) < c.extQ)
        sender = EXT_BASE - c.externals[hash(k, c.idx, i, 83) % c.externals.length]!;
      else sender = c.members[hash(k, c.idx, i, 9) % c.members.length]!;
    }
    const room = Math.max(1, this.anchorMs - 3_600_000 - createdMs);
    const editMs =
      !system && this.u(c, i, 10) < 0.07
        ? createdMs + 1 + Math.floor(this.u(c, i, 11) * Math.min(EDIT_MAX_MS, room))
        : 0;
    const reactions = !system && this.u(c, i, 12) < 0.1 ? 1 + (hash(k, c.idx, i, 13) % 3) : 0;
    const reactMs = reactions
      ? createdMs + 1 + Math.floor(this.u(c, i, 14) * Math.min(REACT_MAX_MS, room))
      : 0;
    const deletedMs =
      !system && this.u(c, i, 15) < 0.025
        ? createdMs + 1 + Math.floor(this.u(c, i, 16) * Math.min(DELETE_MAX_MS, room))
        : 0;
    const emptyBodyDelete = deletedMs > 0 && this.u(c, i, 17) < 0.4;
    // Quirks: a silent deletion changes neither time; a reaction moves lastModifiedDateTime only.
    const q = this.quirks;
    const deleteMs = emptyBodyDelete && q.silentDeleteKeepsEtag ? 0 : deletedMs;
    const lmMs = Math.max(createdMs, editMs, reactMs, deleteMs);
    const etagMs = Math.max(createdMs, editMs, q.reactionKeepsEtag ? 0 : reactMs, deleteMs);
    const images = !system && this.u(c, i, 18) < 0.04 ? 1 + (hash(k, c.idx, i, 19) % 2) : 0;
    const cards =
      !system && this.sizes.hostedCardShare > 0 && this.u(c, i, 60) < this.sizes.hostedCardShare ? 1 : 0;
    return {
      i,
      createdMs,
      sender,
      system,
      replyTo,
      editMs,
      reactMs,
      reactions,
      deletedMs,
      emptyBodyDelete,
      lmMs,
      etagMs,
      images,
      cards,
      h,
    };
  }

  view(m: GenMeta): MsgView {
    const s = m.sender;
    let fromUserId: string | null = null;
    let fromUserType: string | null = null;
    let fromAppType: string | null = null;
    if (s >= 0) {
      fromUserId = this.users[s]!.id;
      fromUserType = "aadUser";
    } else if (s <= EXT_BASE) {
      const e = this.externals[EXT_BASE - s]!;
      fromUserId = e.id;
      fromUserType = e.userIdentityType;
    } else if (s <= -2) fromAppType = APP_SENDERS[-2 - s]!.type;
    return {
      lmMs: m.lmMs,
      fromUserId,
      fromUserType,
      fromAppType,
      messageType: m.system ? "systemEventMessage" : "message",
    };
  }

  private readonly appFrom: IdentitySet[] = [];

  /** Shared (never mutated) `from` of a generated message's sender, or null for system events. */
  fromOfSender(s: number): IdentitySet | null {
    if (s >= 0) return this.fromOf(this.users[s]!);
    if (s <= EXT_BASE) return this.externals[EXT_BASE - s]!.from;
    if (s === -1) return null;
    const a = -2 - s;
    let f = this.appFrom[a];
    if (!f) {
      const app = APP_SENDERS[a]!;
      f = {
        application: {
          "@odata.type": "#microsoft.graph.teamworkApplicationIdentity",
          id: guid(this.key, app.salt),
          displayName: app.name,
          applicationIdentityType: app.type,
        },
        device: null,
        user: null,
      };
      this.appFrom[a] = f;
    }
    return f;
  }

  private readonly fromCache: IdentitySet[] = [];
  private readonly chanIdCache = new Map<number, { teamId: string; channelId: string }>();

  /** Shared channelIdentity object of a channel. */
  channelIdentity(c: Container): { teamId: string; channelId: string } {
    let v = this.chanIdCache.get(c.idx);
    if (!v) {
      v = { teamId: c.team!.id, channelId: c.id };
      this.chanIdCache.set(c.idx, v);
    }
    return v;
  }

  /** Shared (never mutated) `from` identity set of a user. */
  fromOf(u: UserRec): IdentitySet {
    let f = this.fromCache[u.idx];
    if (!f) {
      f = { application: null, device: null, user: this.userIdentity(u) };
      this.fromCache[u.idx] = f;
    }
    return f;
  }

  userIdentity(u: UserRec, withName = true): NonNullable<IdentitySet["user"]> {
    return {
      "@odata.type": "#microsoft.graph.teamworkUserIdentity",
      id: u.id,
      displayName: withName ? u.displayName : null,
      userIdentityType: "aadUser",
      tenantId: this.id,
    };
  }

  /** Graph path prefix of a message (used in img src and hostedContents routes). */
  messagePath(c: Container, id: string, rootId: string | null): string {
    if (c.kind === "chat") return `/chats/${c.id}/messages/${id}`;
    const base = `/teams/${c.team!.id}/channels/${c.id}/messages`;
    return rootId ? `${base}/${rootId}/replies/${id}` : `${base}/${id}`;
  }

  hostedContentKey(c: Container, id: string, k: number): number {
    const n = Number(id);
    return hash(this.key, c.idx, n % 4294967296, Math.floor(n / 4294967296), 50 + k);
  }

  hostedContentId(c: Container, id: string, k: number): string {
    const key = this.hostedContentKey(c, id, k);
    const region = `0-wus-d${1 + (key % 9)}-${hex32(key, 1)}`;
    return Buffer.from(
      `id=x_${k}-wus-d${1 + (key % 9)}-${hex32(key, 1)},type=1,url=https://us-api.asm.skype.com/v1/objects/${region}/views/imgo`,
    ).toString("base64");
  }

  /** Inverse of hostedContentId: the image index k, or -1. */
  parseHostedContentId(c: Container, id: string, hcId: string): number {
    const m = /^id=x_(\d+)-/.exec(Buffer.from(hcId, "base64").toString("latin1"));
    if (!m) return -1;
    const k = Number(m[1]);
    return k < 8 && this.hostedContentId(c, id, k) === hcId ? k : -1;
  }

  hostedContentBytes(c: Container, id: string, k: number) {
    return pngFor(this.hostedContentKey(c, id, k));
  }

  private systemEvent(c: Container, m: GenMeta): unknown {
    const k = this.key;
    const initiatorUser = this.users[c.members[hash(k, c.idx, m.i, 30) % c.members.length]!]!;
    const initiator = { application: null, device: null, user: this.userIdentity(initiatorUser, false) };
    if (c.kind === "channel") {
      return {
        "@odata.type": "#microsoft.graph.channelAddedEventMessageDetail",
        channelId: c.id,
        channelDisplayName: c.displayName,
        initiator,
      };
    }
    const r = m.i === 0 ? 0 : hash(k, c.idx, m.i, 31) % 3;
    if (r === 0) {
      return {
        "@odata.type": "#microsoft.graph.membersAddedEventMessageDetail",
        visibleHistoryStartDateTime: "0001-01-01T00:00:00Z",
        members: c.members.map((u) => ({
          id: this.users[u]!.id,
          displayName: null,
          userIdentityType: "aadUser",
          tenantId: this.id,
        })),
        initiator,
      };
    }
    if (r === 1 || c.chatType !== "meeting") {
      return {
        "@odata.type": "#microsoft.graph.chatRenamedEventMessageDetail",
        chatId: c.id,
        chatDisplayName: c.topic ?? pick(CHAT_TOPICS, hash(k, c.idx, m.i, 32)),
        initiator,
      };
    }
    return {
      "@odata.type": "#microsoft.graph.callEndedEventMessageDetail",
      callId: hex32(k, c.idx, m.i),
      callDuration: `PT${1 + (hash(k, c.idx, m.i, 33) % 59)}M${hash(k, c.idx, m.i, 34) % 60}S`,
      callEventType: "meeting",
      callParticipants: c.members.slice(0, 4).map((u) => ({
        participant: { application: null, device: null, user: this.userIdentity(this.users[u]!, false) },
      })),
      initiator,
    };
  }

  private subjectOf(c: Container, m: GenMeta): string | null {
    return c.kind === "channel" && m.replyTo < 0 && !m.system && this.u(c, m.i, 28) < 0.2
      ? pick(CHAT_TOPICS, m.h)
      : null;
  }

  private importanceOf(c: Container, m: GenMeta): string {
    const imp = this.u(c, m.i, 27);
    return imp < 0.9 ? "normal" : imp < 0.97 ? "high" : "urgent";
  }

  webUrlOf(c: Container, id: string, rootId: string | null): string | null {
    return c.kind === "channel"
      ? `https://teams.microsoft.com/l/message/${encodeURIComponent(c.id)}/${id}?groupId=${c.team!.id}&tenantId=${this.id}&createdTime=${id}&parentMessageId=${rootId ?? id}`
      : null;
  }

  private readonly fromJson: string[] = [];
  private readonly containerJson = new Map<number, string>();

  /**
   * Serialization of user messages (not system events, bots or deletions) written directly as a string;
   * identical to JSON.stringify(buildJson(c, m)), which the other cases use.
   */
  private fastString(c: Container, m: GenMeta): string | null {
    if (m.system || (m.sender < 0 && m.sender > EXT_BASE) || m.deletedMs > 0) return null;
    const id = String(m.createdMs);
    const rootId = m.replyTo >= 0 ? String(this.createdAt(c, m.replyTo)) : null;
    let from: string | undefined;
    let fromSet: IdentitySet;
    if (m.sender >= 0) {
      const user = this.users[m.sender]!;
      fromSet = this.fromOf(user);
      from = this.fromJson[user.idx];
      if (from === undefined) {
        from = JSON.stringify(fromSet);
        this.fromJson[user.idx] = from;
      }
    } else {
      const e = this.externals[EXT_BASE - m.sender]!;
      fromSet = e.from;
      from = e.fromJson;
    }
    let cont = this.containerJson.get(c.idx);
    if (cont === undefined) {
      cont = `"chatId":${c.kind === "chat" ? JSON.stringify(c.id) : "null"}`;
      this.containerJson.set(c.idx, cont);
    }
    const sink = { mentions: [] as unknown[], attachments: [] as unknown[], from: fromSet };
    const body = this.bodyOf(c, m, id, rootId, sink);
    let reactions = "[]";
    let history = "[]";
    if (m.reactions > 0) {
      const r: unknown[] = [];
      const h: unknown[] = [];
      this.reactionsOf(c, m, r, h);
      reactions = JSON.stringify(r);
      history = JSON.stringify(h);
    }
    const subject = this.subjectOf(c, m);
    const webUrl = this.webUrlOf(c, id, rootId);
    return `{"@odata.type":"#microsoft.graph.chatMessage","id":"${id}","replyToId":${rootId === null ? "null" : `"${rootId}"`},"etag":"${m.etagMs}","messageType":"message","createdDateTime":"${iso(m.createdMs)}","lastModifiedDateTime":"${iso(m.lmMs)}","lastEditedDateTime":${m.editMs ? `"${iso(m.editMs)}"` : "null"},"deletedDateTime":null,"subject":${subject === null ? "null" : JSON.stringify(subject)},"summary":null,${cont},"importance":"${this.importanceOf(c, m)}","locale":"en-us","webUrl":${webUrl === null ? "null" : JSON.stringify(webUrl)},"channelIdentity":${c.kind === "channel" ? JSON.stringify(this.channelIdentity(c)) : "null"},"policyViolation":null,"eventDetail":null,"from":${from},"body":{"contentType":"${body.contentType}","content":${JSON.stringify(body.content)}},"attachments":${sink.attachments.length ? JSON.stringify(sink.attachments) : "[]"},"mentions":${sink.mentions.length ? JSON.stringify(sink.mentions) : "[]"},"reactions":${reactions},"messageHistory":${history}}`;
  }

  /** Generated reactions (and their messageHistory entries). */
  private reactionsOf(c: Container, m: GenMeta, reactions: unknown[], history: unknown[]): void {
    const k = this.key;
    for (let x = 0; x < m.reactions; x++) {
      const who = this.users[c.members[hash(k, c.idx, m.i, 60 + x) % c.members.length]!]!;
      const reactionType = pick(REACTIONS, hash(k, c.idx, m.i, 70 + x));
      const at = iso(m.reactMs - (m.reactions - 1 - x));
      const reaction = {
        reactionType,
        displayName: reactionType.charAt(0).toUpperCase() + reactionType.slice(1),
        reactionContentUrl: null,
        createdDateTime: at,
        user: { application: null, device: null, user: { ...this.userIdentity(who, false) } },
      };
      reactions.push(reaction);
      history.push({ modifiedDateTime: at, actions: "reactionAdded", reaction });
    }
  }

  /** Body (and the mentions / attachments it references) of a non-system generated message. */
  private bodyOf(
    c: Container,
    m: GenMeta,
    id: string,
    rootId: string | null,
    sink: { mentions: unknown[]; attachments: unknown[]; from: IdentitySet | null } | null,
  ): ChatMessageJson["body"] {
    const k = this.key;
    const large = m.i === c.largeAt || this.u(c, m.i, 20) < 0.0005;
    const text = large ? largeText(m.h) : messageText(m.h);
    const wantMention = sink !== null && this.u(c, m.i, 21) < 0.06;
    const wantAttachment = sink !== null && this.u(c, m.i, 22) < 0.04;
    const wantCard = sink !== null && m.cards > 0;
    const html = m.images > 0 || wantMention || wantAttachment || wantCard || this.u(c, m.i, 23) < 0.5;
    if (!html) return { contentType: "text", content: text };
    let content = "";
    if (wantMention) {
      const who = this.users[c.members[hash(k, c.idx, m.i, 24) % c.members.length]!]!;
      content += `<at id="0">${escapeHtml(who.givenName)}</at> `;
      sink.mentions.push({
        id: 0,
        mentionText: who.givenName,
        mentioned: {
          application: null,
          device: null,
          conversation: null,
          tag: null,
          user: this.userIdentity(who),
        },
      });
    }
    content = `<p>${content}${escapeHtml(text).replace(/\n/g, "</p><p>")}</p>`;
    for (let x = 0; x < m.images; x++) {
      const hcId = this.hostedContentId(c, id, x);
      const w = 100 + (hash(k, c.idx, m.i, 40 + x) % 300);
      content += `<p><img alt="image" src="${this.graphOrigin}/v1.0${this.messagePath(c, id, rootId)}/hostedContents/${hcId}/$value" width="${w}" height="${w}" style="vertical-align:bottom; width:${w}px; height:${w}px"></p>`;
    }
    if (wantAttachment) {
      const attId = guid(k, c.idx, m.i, 25);
      const name = pick(FILE_NAMES, hash(k, c.idx, m.i, 26));
      const site =
        c.kind === "channel"
          ? `sites/${c.team!.mailNickname}`
          : `personal/${sink.from?.user?.id ?? "shared"}`;
      content += `<attachment id="${attId}"></attachment>`;
      sink.attachments.push({
        id: attId,
        contentType: "reference",
        contentUrl: `https://${this.domain.split(".")[0]}.sharepoint.com/${site}/Shared Documents/${encodeURIComponent(name)}`,
        content: null,
        name,
        thumbnailUrl: null,
        teamsAppId: null,
      });
    }
    if (wantCard) {
      // The card's image is hosted content number m.images; only the hostedContents listing names it.
      const attId = guid(k, c.idx, m.i, 61);
      content += `<attachment id="${attId}"></attachment>`;
      sink.attachments.push({
        id: attId,
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: JSON.stringify({
          type: "AdaptiveCard",
          version: "1.4",
          body: [
            { type: "TextBlock", text: "Status report", weight: "bolder" },
            { type: "Image", altText: "chart" },
          ],
        }),
        name: null,
        thumbnailUrl: null,
        teamsAppId: null,
      });
    }
    return { contentType: "html", content };
  }

  /** Full Graph chatMessage JSON of generated message i (current generated version). */
  buildJson(c: Container, m: GenMeta): ChatMessageJson {
    const id = String(m.createdMs);
    const rootId = m.replyTo >= 0 ? String(this.createdAt(c, m.replyTo)) : null;
    const deleted = m.deletedMs > 0;
    const from = this.fromOfSender(m.sender);
    const mentions: unknown[] = [];
    const attachments: unknown[] = [];
    const reactions: unknown[] = [];
    const history: unknown[] = [];
    let body: ChatMessageJson["body"];
    if (m.system) {
      body = { contentType: "html", content: "<systemEventMessage/>" };
    } else {
      body = this.bodyOf(c, m, id, rootId, { mentions, attachments, from });
      this.reactionsOf(c, m, reactions, history);
    }
    if (deleted) {
      body = { contentType: body.contentType, content: "" };
      attachments.length = 0;
      mentions.length = 0;
    }
    return {
      "@odata.type": "#microsoft.graph.chatMessage",
      id,
      replyToId: rootId,
      etag: String(m.etagMs),
      messageType: m.system ? "systemEventMessage" : "message",
      createdDateTime: iso(m.createdMs),
      lastModifiedDateTime: iso(m.lmMs),
      lastEditedDateTime: m.editMs ? iso(m.editMs) : null,
      deletedDateTime: deleted && !m.emptyBodyDelete ? iso(m.deletedMs) : null,
      subject: this.subjectOf(c, m),
      summary: null,
      chatId: c.kind === "chat" ? c.id : null,
      importance: this.importanceOf(c, m),
      locale: "en-us",
      webUrl: this.webUrlOf(c, id, rootId),
      channelIdentity: c.kind === "channel" ? this.channelIdentity(c) : null,
      policyViolation: null,
      eventDetail: m.system ? this.systemEvent(c, m) : null,
      from,
      body,
      attachments,
      mentions,
      reactions,
      messageHistory: history,
    };
  }

  /** Serialized JSON of generated message i. */
  genString(c: Container, m: GenMeta): string {
    return this.fastString(c, m) ?? JSON.stringify(this.buildJson(c, m));
  }

  /**
   * UTF-8 JSON of generated message i through a direct-mapped cache: a chat message is exported once per
   * participant, and encoding each message separately keeps ASCII messages on V8's fast path.
   */
  genBuffer(c: Container, m: GenMeta): Buffer {
    const slot = (Math.imul(c.idx, 0x9e3779b1) ^ Math.imul(m.i, 0x85ebca6b)) >>> (32 - CACHE_BITS);
    if (this.cacheC[slot] === c.idx && this.cacheI[slot] === m.i) return this.cacheB[slot]!;
    const b = Buffer.from(this.genString(c, m));
    this.cacheC[slot] = c.idx;
    this.cacheI[slot] = m.i;
    this.cacheB[slot] = b;
    return b;
  }

  // ---------- overlays ----------

  overlay(c: Container): ContainerOverlay | undefined {
    return this.overlays.get(c.idx);
  }

  ensureOverlay(c: Container): ContainerOverlay {
    let o = this.overlays.get(c.idx);
    if (!o) {
      o = {
        byIndex: new Map(),
        byId: new Map(),
        touched: [],
        lastIdMs: c.genCount > 0 ? this.createdAt(c, c.genCount - 1) : 0,
      };
      this.overlays.set(c.idx, o);
    }
    return o;
  }

  versionKey(c: Container, json: ChatMessageJson, deleted: boolean): VersionKey {
    return {
      containerId: c.id,
      containerType: c.kind,
      ...(c.team ? { teamId: c.team.id } : {}),
      messageId: json.id,
      replyToId: json.replyToId,
      etag: json.etag,
      lastModifiedDateTime: json.lastModifiedDateTime,
      deleted,
    };
  }

  /** Overlay record of a message (creating it from the generated version if needed), or undefined. */
  materialize(c: Container, id: string, createdAtMs: number): OverlayMsg | undefined {
    const o = this.ensureOverlay(c);
    const have = o.byId.get(id);
    if (have) return have;
    const i = this.indexOf(c, id);
    if (i < 0) return undefined;
    const m = this.meta(c, i);
    const json = this.buildJson(c, m);
    const deletedMs = m.deletedMs;
    // The generated version counts as "visible since creation" unless its deletion had already expired.
    const visibleAtCreation = !deletedMs || createdAtMs - deletedMs <= DELETED_VISIBLE_MS;
    const rec: OverlayMsg = {
      container: c,
      id,
      index: i,
      json,
      str: "",
      buf: EMPTY,
      lmMs: m.lmMs,
      deletedMs,
      images: m.images + m.cards,
      versions: visibleAtCreation ? [this.versionKey(c, json, deletedMs > 0)] : [],
    };
    setSerialized(rec);
    o.byId.set(id, rec);
    o.byIndex.set(i, rec);
    o.touched.push(rec);
    return rec;
  }

  /** Find a message by id (overlay or generated) without materializing it. */
  /** `images`: the message's hosted contents, inline images and card images alike. */
  lookup(c: Container, id: string): { json: ChatMessageJson; deletedMs: number; images: number } | undefined {
    const ov = this.overlay(c)?.byId.get(id);
    if (ov) return ov;
    const i = this.indexOf(c, id);
    if (i < 0) return undefined;
    const m = this.meta(c, i);
    return { json: this.buildJson(c, m), deletedMs: m.deletedMs, images: m.images + m.cards };
  }

  viewOfOverlay(ov: OverlayMsg): MsgView {
    const f = ov.json.from;
    return {
      lmMs: ov.lmMs,
      fromUserId: f?.user?.id ?? null,
      fromUserType: f?.user?.userIdentityType ?? null,
      fromAppType: f?.application?.applicationIdentityType ?? null,
      messageType: ov.json.messageType,
    };
  }
}
