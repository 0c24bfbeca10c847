import type { Config } from "@capstan/config";
import type { Db } from "@capstan/db";
import type { GraphClient } from "@capstan/graph";
import {
  applyPolicyViolations,
  CertificateStore,
  drainNotifications,
  handleLifecycle,
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
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());

  const drainLoop = (async () => {
    while (!stopped) {
      try {
        if ((await drainOnce()) === 0) await sleep(25);
      } catch (error) {
        logger.warn({ err: (error as Error).message }, "live inbox drain failed");
        await sleep(1_000);
      }
    }
  })();
  // DLP verdicts: applied through Graph soon after they are asked for.
  const dlpLoop = (async () => {
    while (!stopped) {
      try {
        if ((await applyPolicyViolations({ db, graph })) === 0) await sleep(100);
      } catch (error) {
        logger.warn({ err: (error as Error).message }, "policy violations failed");
        await sleep(1_000);
      }
    }
  })();
  const manageLoop = (async () => {
    while (!stopped) {
      try {
        await handleLifecycle(db);
        await manager.run();
      } catch (error) {
        logger.warn({ err: (error as Error).message }, "live subscription upkeep failed");
      }
      // Lifecycle events are looked at often; Graph calls happen only for subscriptions that need them.
      for (let waited = 0; waited < config.LIVE_MANAGER_INTERVAL_MS && !stopped; waited += 250) {
        await sleep(250);
        if ((await db.liveInbox.count({ where: { kind: "lifecycle" } }).catch(() => 0)) > 0) break;
      }
    }
  })();

  return {
    manager,
    drainOnce,
    async stop() {
      stopped = true;
      await Promise.all([drainLoop, manageLoop, dlpLoop]);
    },
  };
}
