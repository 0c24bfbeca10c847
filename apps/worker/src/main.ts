import { ConfigError, loadConfig } from "@capstan/config";
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
  logger.info({ concurrency: config.WORKER_CONCURRENCY }, "worker started");
  const stop = async () => {
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
