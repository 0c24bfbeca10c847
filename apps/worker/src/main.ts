import { ConfigError, loadConfig } from "@capstan/config";
import { startMetricsServer } from "./metrics";
import { createLogger, startWorkerRuntime } from "./runtime";

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config);
  const runtime = await startWorkerRuntime(config, logger);
  // Several workers on one host need a METRICS_PORT each; one that finds its port taken works on, unobserved.
  const metrics = await startMetricsServer({
    host: config.METRICS_HOST,
    port: config.METRICS_PORT,
    token: config.METRICS_TOKEN,
    checkReady: runtime.checkReady,
    logger,
  }).catch((error: Error) => {
    logger.warn(
      { err: error.message, port: config.METRICS_PORT },
      "metrics server not started: set METRICS_PORT to a free port (0 picks one)",
    );
    return null;
  });
  logger.info({ concurrency: config.WORKER_CONCURRENCY, metrics: metrics?.url ?? null }, "worker started");
  const stop = async () => {
    await metrics?.close();
    await runtime.close();
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error) => {
  process.stderr.write(`worker failed to start: ${(error as Error).message}\n`);
  process.exit(1);
});
