import type { Config } from "@capstan/config";
import { type Db, pgPoolOf } from "@capstan/db";
import type { GraphClient } from "@capstan/graph";
import {
  applyPolicyViolations,
  CertificateStore,
  drainNotifications,
  handleLifecycle,
  LIVE_CHANNEL,
  SubscriptionManager,
} from "@capstan/live";
import { secretBoxFromConfig } from "@capstan/webhooks";
import type { Logger } from "pino";

export interface LiveCaptureLoops {
  manager: SubscriptionManager;
  /** Stores what is waiting in live_inbox now (tests); resolves to the rows consumed. */
  drainOnce(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Live capture in a worker: a loop that stores notifications as soon as they are queued (polling the inbox
 * when it is empty), a slower one that handles lifecycle events and keeps subscriptions alive, and one
 * that applies DLP policy violations through Graph.
 */
export function startLiveCapture(deps: {
  config: Config;
  db: Db;
  graph: GraphClient;
  logger: Logger;
  admit(tenantId: string): Promise<void>;
}): LiveCaptureLoops {
  const { config, db, graph, logger } = deps;
  const base = config.PUBLIC_BASE_URL.replace(/\/$/, "");
  const manager = new SubscriptionManager({
    db,
    graph,
    certificates: new CertificateStore(db, secretBoxFromConfig(config)),
    admit: deps.admit,
    settings: {
      notificationUrl: `${base}/graph/notifications`,
      lifecycleUrl: `${base}/graph/lifecycle`,
      subscriptionMinutes: config.LIVE_SUBSCRIPTION_MINUTES,
      renewBeforeMs: config.LIVE_RENEW_BEFORE_MS,
      catchUpOverlapMs: config.LIVE_CATCH_UP_OVERLAP_MS,
      retryAfterMs: Math.max(1_000, config.LIVE_MANAGER_INTERVAL_MS),
    },
    log: (msg, fields) => logger.warn(fields, msg),
  });
  const drainOnce = () => drainNotifications({ db, graph }, config.LIVE_DRAIN_BATCH);
  let stopped = false;
  // Work arriving (a notification queued, a verdict asked for) wakes the loops through Postgres NOTIFY; without
  // it they look every second, so a lost connection only slows them down.
  const IDLE_MS = 1_000;
  let wakers: (() => void)[] = [];
  const wakeAll = () => {
    const w = wakers;
    wakers = [];
    for (const f of w) f();
  };
  const idle = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        wakers = wakers.filter((f) => f !== done);
        resolve();
      }, ms);
      t.unref();
      const done = () => {
        clearTimeout(t);
        resolve();
      };
      wakers.push(done);
    });
  let listener: { release(err?: Error | boolean): void } | null = null;
  const listen = async () => {
    while (!stopped && !listener) {
      try {
        const client = await pgPoolOf(db).connect();
        client.on("notification", wakeAll);
        client.on("error", () => {
          client.removeListener("notification", wakeAll);
          client.release(true);
          if (listener === client) listener = null;
          if (!stopped) void listen();
        });
        await client.query(`LISTEN ${LIVE_CHANNEL}`);
        listener = client;
      } catch (error) {
        logger.warn({ err: (error as Error).message }, "live capture cannot listen; polling");
        await idle(IDLE_MS);
      }
    }
  };
  void listen();

  const loop = (what: string, step: () => Promise<number>) =>
    (async () => {
      while (!stopped) {
        try {
          // More work may wait behind a full batch: go again at once; otherwise wait to be woken.
          if ((await step()) === 0) await idle(IDLE_MS);
        } catch (error) {
          logger.warn({ err: (error as Error).message }, `${what} failed`);
          await idle(IDLE_MS);
        }
      }
    })();
  const drainLoop = loop("live inbox drain", drainOnce);
  // DLP verdicts: applied through Graph soon after they are asked for.
  const dlpLoop = loop("policy violations", () => applyPolicyViolations({ db, graph }));
  // Lifecycle events when woken; subscription upkeep (Graph calls only where needed) every interval.
  let upkeepAt = 0;
  const manageLoop = loop("live subscription upkeep", async () => {
    const events = await handleLifecycle(db);
    if (events > 0 || Date.now() - upkeepAt >= config.LIVE_MANAGER_INTERVAL_MS) {
      upkeepAt = Date.now();
      await manager.run();
    }
    return events;
  });

  return {
    manager,
    drainOnce,
    async stop() {
      stopped = true;
      wakeAll();
      await Promise.all([drainLoop, manageLoop, dlpLoop]);
      listener?.release();
      listener = null;
    },
  };
}
