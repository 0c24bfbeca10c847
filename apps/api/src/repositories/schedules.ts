import type { ExportOptions } from "@capstan/contracts";
import type { Db, ExportSchedule } from "@capstan/db";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

export function schedulesRepository(db: Db) {
  const view = (s: ExportSchedule) => ({
    id: s.id,
    tenantId: s.tenantId,
    intervalSeconds: s.intervalSeconds,
    overlapSeconds: s.overlapSeconds,
    sweepDays: s.sweepDays,
    sweepIntervalSeconds: s.sweepIntervalSeconds,
    lastSweepAt: s.lastSweepAt?.toISOString() ?? null,
    enabled: s.enabled,
    options: s.options as ExportOptions,
    nextRunAt: s.nextRunAt.toISOString(),
    lastExportId: s.lastExportId,
  });

  return {
    async get(accountId: string, tenantId: string) {
      const s = await db.exportSchedule.findFirst({ where: { tenantId, accountId } });
      return s ? view(s) : null;
    },

    /** Creates or replaces the tenant's schedule; the first run starts at once. */
    async put(
      accountId: string,
      tenantId: string,
      input: {
        intervalSeconds: number;
        overlapSeconds: number;
        sweepDays: number;
        sweepIntervalSeconds: number;
        enabled: boolean;
        options?: ExportOptions | undefined;
      },
    ) {
      const data = {
        intervalSeconds: input.intervalSeconds,
        overlapSeconds: input.overlapSeconds,
        sweepDays: input.sweepDays,
        sweepIntervalSeconds: input.sweepIntervalSeconds,
        enabled: input.enabled,
        options: (input.options ?? {}) as object,
      };
      const s = await db.exportSchedule.upsert({
        where: { tenantId },
        create: { ...data, accountId, tenantId, nextRunAt: new Date() },
        update: data,
      });
      return view(s);
    },

    async remove(accountId: string, tenantId: string): Promise<boolean> {
      const removed = await db.exportSchedule.deleteMany({ where: { tenantId, accountId } });
      return removed.count > 0;
    },
  };
}

declare module "fastify" {
  interface FastifyInstance {
    schedulesRepository: ReturnType<typeof schedulesRepository>;
  }
}

export default fp(
  async function schedulesRepositoryPlugin(app: FastifyInstance) {
    app.decorate("schedulesRepository", schedulesRepository(app.db));
  },
  { name: "schedules-repository", dependencies: ["db"] },
);
