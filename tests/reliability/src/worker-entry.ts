// A worker process for crash tests: the export runtime only (no metrics server), configured from the
// environment like apps/worker. Killed with SIGKILL by the tests; SIGTERM stops it cleanly.
import { loadConfig } from "@capstan/config";
import pino from "pino";
import { startWorkerRuntime } from "../../../apps/worker/src/runtime";

const config = loadConfig();
const runtime = await startWorkerRuntime(config, pino({ level: config.LOG_LEVEL }));
process.send?.("ready");
const stop = async () => {
  await runtime.close();
  process.exit(0);
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
