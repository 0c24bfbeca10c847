import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { SimControl } from "./control";
import { SimError } from "./mutations";
import type { ContainerRef, GroundTruthScope } from "./types";

// /_sim: JSON control API mirroring SimControl method by method.

type Params = Record<string, string>;
type Body = Record<string, unknown>;

export function registerControlRoutes(app: FastifyInstance, control: SimControl): void {
  const handle =
    (fn: (p: Params, body: Body, q: Record<string, string | undefined>) => unknown, status = 200) =>
    async (req: FastifyRequest, reply: FastifyReply) => {
      try {
        const out = fn(
          req.params as Params,
          (req.body ?? {}) as Body,
          req.query as Record<string, string | undefined>,
        );
        return reply.code(out === undefined ? 204 : status).send(out === undefined ? undefined : out);
      } catch (e) {
        if (e instanceof SimError) return reply.code(e.status).send({ error: e.message });
        return reply.code(400).send({ error: (e as Error).message });
      }
    };

  app.get(
    "/_sim/health",
    handle(() => control.health()),
  );
  app.get(
    "/_sim/config",
    handle(() => control.getConfig()),
  );
  app.patch(
    "/_sim/config",
    handle((_p, b) => control.configure(b)),
  );
  app.get(
    "/_sim/apps",
    handle(() => control.listApps()),
  );
  app.post(
    "/_sim/apps",
    handle((_p, b) => control.registerApp(b as never), 201),
  );
  app.get(
    "/_sim/tenants",
    handle(() => control.listTenants()),
  );
  app.post(
    "/_sim/tenants",
    handle((_p, b) => control.createTenant(b as never), 201),
  );
  app.get(
    "/_sim/tenants/:tenant",
    handle((p) => control.getTenant(p.tenant!)),
  );
  app.patch(
    "/_sim/tenants/:tenant",
    handle((p, b) => control.configureTenant(p.tenant!, b)),
  );
  app.post(
    "/_sim/tenants/:tenant/consent",
    handle((p, b) => control.grantConsent(p.tenant!, String(b.appId ?? ""), b.roles as string[] | undefined)),
  );
  app.delete(
    "/_sim/tenants/:tenant/consent/:appId",
    handle((p) => control.revokeConsent(p.tenant!, p.appId!)),
  );
  app.post(
    "/_sim/consent/next-tenant",
    handle((_p, b) => control.setNextConsentTenant((b.tenant as string | null) ?? null)),
  );
  app.put(
    "/_sim/tenants/:tenant/users/:userId/licenses",
    handle((p, b) => control.setLicenses(p.tenant!, p.userId!, (b.licenses as string[]) ?? [])),
  );
  app.post(
    "/_sim/tenants/:tenant/billing/reset",
    handle((p) => control.resetBilling(p.tenant!)),
  );
  app.get(
    "/_sim/tenants/:tenant/users",
    handle((p) => control.listUsers(p.tenant!)),
  );
  app.get(
    "/_sim/tenants/:tenant/deleted-users",
    handle((p) => control.listDeletedUsers(p.tenant!)),
  );
  app.get(
    "/_sim/tenants/:tenant/externals",
    handle((p) => control.listExternalParticipants(p.tenant!)),
  );
  app.post(
    "/_sim/tenants/:tenant/users/:userId/delete",
    handle((p) => control.deleteUser(p.tenant!, p.userId!)),
  );
  app.get(
    "/_sim/tenants/:tenant/users/:userId/chats",
    handle((p) => control.listChats(p.tenant!, p.userId!)),
  );
  app.get(
    "/_sim/tenants/:tenant/teams",
    handle((p) => control.listTeams(p.tenant!)),
  );
  app.patch(
    "/_sim/tenants/:tenant/teams/:teamId",
    handle((p, b) => control.updateTeam(p.tenant!, p.teamId!, b)),
  );
  app.patch(
    "/_sim/tenants/:tenant/teams/:teamId/channels/:channelId",
    handle((p, b) => control.updateTeam(p.tenant!, p.teamId!, { ...b, channelId: p.channelId! })),
  );
  app.get(
    "/_sim/tenants/:tenant/chats",
    handle((p) => control.listAllChats(p.tenant!)),
  );
  app.patch(
    "/_sim/tenants/:tenant/chats/:chatId",
    handle((p, b) => control.updateChat(p.tenant!, p.chatId!, b as { topic?: string | null })),
  );
  app.patch(
    "/_sim/tenants/:tenant/users/:userId",
    handle((p, b) => control.updateUser(p.tenant!, p.userId!, b)),
  );
  app.post(
    "/_sim/tenants/:tenant/teams/:teamId/delete",
    handle((p, b) => control.deleteTeam(p.tenant!, p.teamId!, typeof b.at === "string" ? b.at : undefined)),
  );

  // Message mutations, for chats and channels.
  const containers: { prefix: string; ref: (p: Params) => ContainerRef }[] = [
    { prefix: "/_sim/tenants/:tenant/chats/:chatId/messages", ref: (p) => ({ chatId: p.chatId! }) },
    {
      prefix: "/_sim/tenants/:tenant/teams/:teamId/channels/:channelId/messages",
      ref: (p) => ({ teamId: p.teamId!, channelId: p.channelId! }),
    },
  ];
  for (const { prefix, ref } of containers) {
    app.post(
      prefix,
      handle((p, b) => control.postMessage(p.tenant!, ref(p), b), 201),
    );
    app.get(
      `${prefix}/:messageId`,
      handle((p) => control.getMessage(p.tenant!, ref(p), p.messageId!)),
    );
    app.patch(
      `${prefix}/:messageId`,
      handle((p, b) => control.editMessage(p.tenant!, ref(p), p.messageId!, b)),
    );
    app.post(
      `${prefix}/:messageId/reactions`,
      handle((p, b) => control.reactToMessage(p.tenant!, ref(p), p.messageId!, b)),
    );
    app.delete(
      `${prefix}/:messageId`,
      handle((p, b, q) =>
        control.deleteMessage(p.tenant!, ref(p), p.messageId!, {
          ...((q.shape ?? b.shape) ? { shape: (q.shape ?? b.shape) as "deletedDateTime" | "emptyBody" } : {}),
        }),
      ),
    );
  }

  // ?userId= | ?teamId= | (neither: whole tenant); optional gt / lt ISO bounds on lastModifiedDateTime.
  app.get(
    "/_sim/tenants/:tenant/ground-truth",
    handle((p, _b, q) => {
      const scope: GroundTruthScope = q.userId
        ? { userId: q.userId }
        : q.teamId
          ? { teamId: q.teamId }
          : { tenant: true };
      return control.groundTruth({
        tenant: p.tenant!,
        scope,
        ...(q.gt ? { gt: q.gt } : {}),
        ...(q.lt ? { lt: q.lt } : {}),
        ...(q.retained === "true" ? { retained: true } : {}),
      });
    }),
  );
  app.get(
    "/_sim/counters",
    handle(() => control.counters()),
  );
  app.post(
    "/_sim/counters/reset",
    handle(() => control.resetCounters()),
  );
}
